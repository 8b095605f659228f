import type { Figure, TrendPoint } from '@everyday/core';
import type { TFunction } from 'i18next';
import { useTranslation } from 'react-i18next';
import { useLocale } from '../booking/format.js';
import { formatDay, formatShortDay, type Locale } from '../dates/format-date.js';
import { Table } from '../components/Table.js';
import { TrendChart } from './charts/TrendChart.js';
import { DisclosureNote } from './DisclosureNote.js';
import { DownloadCsv } from './DownloadCsv.js';
import { definitionAnchor } from './FigureValue.js';
import { countText, figureText, formatNumber } from './format-figure.js';
import { sectionFigure, type EvidenceView } from './evidence-view.js';

const sum = (values: readonly (number | null)[]) =>
  values.reduce<number>((s, v) => s + (v ?? 0), 0);

/**
 * The trend in one sentence: requests over the period (the period's own disclosed count), first
 * appointments (a total only when no week's count is suppressed), and who was waiting at the end
 * of the first and the last week.
 */
export function trendSummary(
  points: readonly TrendPoint[],
  requests: Figure | undefined,
  locale: Locale,
  t: TFunction,
): string {
  const first = points[0];
  const last = points.at(-1);
  if (first === undefined || last === undefined) return t('evidence.trend.empty');
  const hidden = points.some(
    (p) => p.requests === null || p.firstAppointments === null || p.waiting === null,
  );
  const appointments = points.map((p) => p.firstAppointments);
  const sentence = t('evidence.trend.summary', {
    from: formatDay(first.week, locale, 'long'),
    to: formatDay(last.week, locale, 'long'),
    requests: requests ? figureText(requests, locale, t) : t('evidence.figure.none'),
    first: appointments.some((v) => v === null)
      ? t('evidence.figure.suppressed')
      : formatNumber(sum(appointments), 'count', locale),
    waitingStart: countText(first.waiting, locale, t),
    waitingEnd: countText(last.waiting, locale, t),
  });
  return hidden ? `${sentence} ${t('evidence.trend.someSuppressed')}` : sentence;
}

/** Requests, first appointments and waiting by week: a line chart, its summary and its table. */
export function TrendSection({ view }: { view: EvidenceView }) {
  const { t } = useTranslation();
  const locale = useLocale();
  const points = view.dashboard.trend;
  const summary = trendSummary(
    points,
    sectionFigure(view.dashboard, 'access', 'requests'),
    locale,
    t,
  );
  const labels = {
    requests: t('evidence.trend.requests'),
    firstAppointments: t('evidence.trend.firstAppointments'),
    waiting: t('evidence.trend.waiting'),
  };
  const caption = t('evidence.trend.caption');
  const link = (key: string, text: string) => <a href={`#${definitionAnchor(key)}`}>{text}</a>;
  return (
    <section aria-labelledby="trend-title">
      <h2 className="nhsuk-heading-l" id="trend-title">
        {t('evidence.trend.title')}
      </h2>
      <p className="nhsuk-body" id="trend-summary">
        {summary}
      </p>
      {points.length > 0 && (
        <figure className="app-evidence-chart" id="trend-chart" aria-describedby="trend-summary">
          <TrendChart
            name={t('evidence.trend.chartName')}
            summary={summary}
            labels={labels}
            points={points.map((p) => ({
              label: formatShortDay(p.week, locale),
              requests: p.requests,
              firstAppointments: p.firstAppointments,
              waiting: p.waiting,
            }))}
          />
        </figure>
      )}
      <Table
        id="trend-table"
        caption={caption}
        columns={[
          t('evidence.trend.week'),
          labels.requests,
          labels.firstAppointments,
          t('evidence.trend.attended'),
          labels.waiting,
          t('evidence.trend.longestWait'),
        ]}
      >
        {points.map((p) => (
          <tr className="nhsuk-table__row" key={p.week}>
            <th className="nhsuk-table__header" scope="row">
              {t('evidence.trend.weekOf', { date: formatDay(p.week, locale, 'long') })}
            </th>
            <td className="nhsuk-table__cell">
              {link('requests', countText(p.requests, locale, t))}
            </td>
            <td className="nhsuk-table__cell">{countText(p.firstAppointments, locale, t)}</td>
            <td className="nhsuk-table__cell">{countText(p.attended, locale, t)}</td>
            <td className="nhsuk-table__cell">
              {link('trend-waiting', countText(p.waiting, locale, t))}
            </td>
            <td className="nhsuk-table__cell">
              {link(
                'trend-longest-wait',
                p.longestWaitWeeks === null
                  ? t('evidence.figure.suppressedOrNone')
                  : t('evidence.units.weeks', {
                      count: p.longestWaitWeeks,
                      value: formatNumber(p.longestWaitWeeks, 'count', locale),
                    }),
              )}
            </td>
          </tr>
        ))}
      </Table>
      <p className="nhsuk-body-s">{t('evidence.trend.notes')}</p>
      <DisclosureNote disclosure={view.dashboard.disclosure} id="disclosure-trend" />
      <DownloadCsv query={view.query} table="trend" name={caption} />
    </section>
  );
}
