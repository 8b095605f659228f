import type { ProjectionResponse, ProjectionResultBody } from '@everyday/core';
import type { TFunction } from 'i18next';
import { useTranslation } from 'react-i18next';
import { ApiError } from '../api.js';
import { useLocale, type Locale } from '../booking/format.js';
import { Checkboxes } from '../components/Checkboxes.js';
import { Table } from '../components/Table.js';
import { formatDay } from '../dates/format-date.js';
import { ProjectionChart } from './ProjectionChart.js';
import {
  comparisonPoints,
  decimalText,
  percentText,
  projectionSummary,
  weekBand,
  weekEnding,
  type WeekBand,
} from './planning-view.js';
import { useProjections } from './use-projections.js';

export interface ComparisonCandidate {
  readonly projectionId: string;
  readonly name: string;
}

interface Shown {
  readonly id: string;
  readonly name: string;
  readonly result: ProjectionResultBody;
}

const band = (b: WeekBand, locale: Locale, t: TFunction): string =>
  b.p50 === null
    ? t('planning.compare.noValue')
    : t('planning.compare.band', {
        median: decimalText(b.p50, locale, 0),
        low: b.p10 === null ? '?' : decimalText(b.p10, locale, 0),
        high: b.p90 === null ? '?' : decimalText(b.p90, locale, 0),
      });

const cell = (value: number | null, locale: Locale, t: TFunction): string =>
  value === null ? t('planning.compare.noValue') : decimalText(value, locale, 0);

function workforceText(result: ProjectionResultBody, locale: Locale, t: TFunction): string {
  const w = result.workforce;
  if (w === null) return t('planning.compare.noTarget');
  const target = t('planning.scenarios.target', {
    share: percentText(w.target.share, locale),
    weeks: t('planning.page.weeks', {
      count: w.target.withinWeeks,
      value: decimalText(w.target.withinWeeks, locale, 0),
    }),
  });
  if (w.extraSessionsPerWeek === null)
    return t('planning.compare.notMet', {
      target,
      count: w.maxTried,
      max: decimalText(w.maxTried, locale, 0),
      share:
        w.achievedShare === null
          ? t('planning.compare.noValue')
          : percentText(w.achievedShare, locale),
    });
  return t('planning.compare.needed', {
    target,
    count: w.extraSessionsPerWeek,
    sessions: decimalText(w.extraSessionsPerWeek, locale, 2),
    wte: decimalText(w.extraWte ?? w.extraSessionsPerWeek / 10, locale, 2),
  });
}

function whyNot(found: ProjectionResponse | ApiError | undefined, t: TFunction): string | null {
  if (found === undefined) return null;
  if (found instanceof ApiError)
    return found.code === 'not_found'
      ? t('planning.compare.gone')
      : t('planning.compare.unavailable');
  if (found.status !== 'done' || found.result === null) return t('planning.compare.notFinished');
  return null;
}

/**
 * The baseline and scenarios side by side: the chosen finished projections' median list size
 * week by week with the 10th–90th band (a chart paired with its table), a summary at the end of
 * the projection (list size, longest wait, the share seen within target, the workforce needed),
 * each projection's CSV, and the workforce plan PDF of those chosen in the page's language.
 */
export function ProjectionComparison({
  candidates,
  selected,
  onSelect,
  known,
}: {
  candidates: readonly ComparisonCandidate[];
  selected: readonly string[];
  onSelect: (ids: string[]) => void;
  known: ReadonlyMap<string, ProjectionResponse>;
}) {
  const { t, i18n } = useTranslation();
  const locale = useLocale();
  const language = i18n.resolvedLanguage === 'cy' ? 'cy' : 'en';
  const chosen = candidates.filter((c) => selected.includes(c.projectionId));
  const found = useProjections(
    chosen.map((c) => c.projectionId),
    known,
  );
  const shown: Shown[] = chosen.flatMap((c) => {
    const p = found.get(c.projectionId);
    return p !== undefined && !(p instanceof ApiError) && p.status === 'done' && p.result !== null
      ? [{ id: c.projectionId, name: c.name, result: p.result }]
      : [];
  });
  const problems = chosen.flatMap((c) => {
    const why = whyNot(found.get(c.projectionId), t);
    return why === null ? [] : [{ name: c.name, why }];
  });
  const loading = chosen.some((c) => !found.has(c.projectionId));
  const first = shown[0];
  const summaries = shown.map((s) => ({ ...s, summary: projectionSummary(s.result) }));
  const chartSummary =
    first === undefined
      ? ''
      : t('planning.compare.summary', {
          week: first.result.weeks,
          list: summaries
            .map((s) =>
              t('planning.compare.summaryItem', {
                name: s.name,
                value: cell(s.summary.listSize.p50, locale, t),
              }),
            )
            .join('; '),
        });
  const weeks = Math.max(0, ...shown.map((s) => s.result.weeks));

  return (
    <section aria-labelledby="compare-title">
      <h2 id="compare-title" tabIndex={-1}>
        {t('planning.compare.title')}
      </h2>
      <p className="nhsuk-body">{t('planning.compare.intro')}</p>
      {candidates.length === 0 ? (
        <p className="nhsuk-body" id="compare-empty">
          {t('planning.compare.empty')}
        </p>
      ) : (
        <Checkboxes
          id="compare-choose"
          legend={t('planning.compare.choose')}
          hint={t('planning.compare.chooseHint')}
          items={candidates.map((c) => ({
            value: c.projectionId,
            id: `compare-${c.projectionId}`,
            label: c.name,
          }))}
          selected={selected}
          onChange={onSelect}
        />
      )}
      {problems.map((p) => (
        <p className="nhsuk-body" key={p.name}>
          {t('planning.compare.problem', { name: p.name, why: p.why })}
        </p>
      ))}
      {loading && (
        <p className="nhsuk-body" role="status">
          {t('common.loading')}
        </p>
      )}
      {first !== undefined && (
        <>
          <p className="nhsuk-body" id="compare-summary">
            {chartSummary}
          </p>
          <figure
            className="app-evidence-chart"
            id="compare-chart"
            aria-describedby="compare-summary"
          >
            <ProjectionChart
              name={t('planning.compare.chartName')}
              summary={chartSummary}
              points={comparisonPoints(
                shown.map((s) => s.result),
                locale,
              )}
              series={shown.map((s) => s.name)}
              bandName={(name) => t('planning.compare.bandName', { name })}
            />
          </figure>

          <Table
            id="compare-summary-table"
            caption={t('planning.compare.summaryCaption')}
            columns={[
              t('planning.compare.columns.projection'),
              t('planning.compare.columns.runs'),
              t('planning.compare.columns.listSize', { week: first.result.weeks }),
              t('planning.compare.columns.longestWait', { week: first.result.weeks }),
              t('planning.compare.columns.seenWithinTarget', {
                weeks: t('planning.page.weeks', {
                  count: summaries[0]?.summary.shareWeeks ?? 26,
                  value: decimalText(summaries[0]?.summary.shareWeeks ?? 26, locale, 0),
                }),
              }),
              t('planning.compare.columns.workforce'),
            ]}
          >
            {summaries.map((s) => (
              <tr className="nhsuk-table__row" key={s.id} data-projection-id={s.id}>
                <th className="nhsuk-table__header" scope="row">
                  {s.name}
                </th>
                <td className="nhsuk-table__cell">{decimalText(s.result.runs, locale, 0)}</td>
                <td className="nhsuk-table__cell" data-median={s.summary.listSize.p50 ?? ''}>
                  {band(s.summary.listSize, locale, t)}
                </td>
                <td className="nhsuk-table__cell">{band(s.summary.longestWaitWeeks, locale, t)}</td>
                <td className="nhsuk-table__cell">
                  {s.summary.shareSeenWithinTarget === null
                    ? t('planning.compare.nobodySeen')
                    : t('planning.compare.withinWeeks', {
                        share: percentText(s.summary.shareSeenWithinTarget, locale),
                        weeks: t('planning.page.weeks', {
                          count: s.result.targetWeeks,
                          value: decimalText(s.result.targetWeeks, locale, 0),
                        }),
                      })}
                </td>
                <td className="nhsuk-table__cell">{workforceText(s.result, locale, t)}</td>
              </tr>
            ))}
          </Table>
          {summaries.map(
            (s) =>
              s.result.vacancyRisk !== null && (
                <p className="nhsuk-body" key={`vacancy-${s.id}`}>
                  {t('planning.compare.vacancy', {
                    name: s.name,
                    risk: percentText(s.result.vacancyRisk, locale),
                  })}
                </p>
              ),
          )}
          {summaries.some((s) => s.result.stopped) && (
            <p className="nhsuk-body">{t('planning.compare.stopped')}</p>
          )}

          <Table
            id="compare-weekly-table"
            caption={t('planning.compare.weeklyCaption')}
            columns={[
              t('planning.compare.columns.weekEnding'),
              ...shown.flatMap((s) => [
                t('planning.compare.columns.p10', { name: s.name }),
                t('planning.compare.columns.p50', { name: s.name }),
                t('planning.compare.columns.p90', { name: s.name }),
              ]),
            ]}
          >
            {Array.from({ length: weeks }, (_, week) => (
              <tr className="nhsuk-table__row" key={week}>
                <th className="nhsuk-table__header" scope="row">
                  {t('planning.compare.weekRow', {
                    week: week + 1,
                    date: formatDay(weekEnding(first.result.start, week), locale, 'long'),
                  })}
                </th>
                {shown.flatMap((s) => {
                  const b = weekBand(s.result.percentiles.listSize, week);
                  return [
                    <td className="nhsuk-table__cell" key={`${s.id}-p10`}>
                      {cell(b.p10, locale, t)}
                    </td>,
                    <td className="nhsuk-table__cell" key={`${s.id}-p50`}>
                      {cell(b.p50, locale, t)}
                    </td>,
                    <td className="nhsuk-table__cell" key={`${s.id}-p90`}>
                      {cell(b.p90, locale, t)}
                    </td>,
                  ];
                })}
              </tr>
            ))}
          </Table>

          <h3 id="compare-downloads">{t('planning.compare.downloads')}</h3>
          <ul className="nhsuk-list" aria-labelledby="compare-downloads">
            {shown.map((s) => (
              <li key={s.id}>
                <a
                  href={`/api/planning/projections/${s.id}/projection.csv`}
                  download
                  id={`projection-csv-${s.id}`}
                >
                  {t('planning.compare.csv', { name: s.name })}
                </a>
              </li>
            ))}
            <li>
              <a
                href={`/api/planning/plan.pdf?projections=${shown.map((s) => s.id).join(',')}&lang=${language}`}
                id="plan-pdf"
              >
                {t('planning.compare.pdf')}
              </a>
            </li>
          </ul>
        </>
      )}
    </section>
  );
}
