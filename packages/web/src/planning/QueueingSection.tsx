import type { LiveQueueingGroupBody, PlanningOverviewBody } from '@everyday/core';
import type { TFunction } from 'i18next';
import { useTranslation } from 'react-i18next';
import { useLocale, type Locale } from '../booking/format.js';
import { Table } from '../components/Table.js';
import { formatDay } from '../dates/format-date.js';
import { countText, decimalText, groupName, SMALL_NUMBER_LIMIT } from './planning-view.js';
import { PlanningDisclosureNote } from './PlanningDisclosureNote.js';

const MEANINGS = [
  'load',
  'targetMeanWait',
  'targetQueueSize',
  'targetCapacity',
  'reliefCapacity',
  'pressure',
] as const;

/** The capacity the list needs: target capacity, or relief capacity once the list is too big. */
function capacityNeeded(group: LiveQueueingGroupBody, locale: Locale, t: TFunction): string {
  const figures = group.figures;
  if (figures === null) return t('planning.queueing.notWorkedOut');
  if (figures.reliefCapacity !== null)
    return t('planning.queueing.relief', { value: decimalText(figures.reliefCapacity, locale) });
  if (figures.targetCapacity !== null)
    return t('planning.queueing.target', { value: decimalText(figures.targetCapacity, locale) });
  return t('planning.queueing.notWorkedOut');
}

function FigureCells({ group }: { group: LiveQueueingGroupBody }) {
  const { t } = useTranslation();
  const locale = useLocale();
  const figures = group.figures;
  const none = group.suppressed
    ? t('planning.queueing.heldBack')
    : t('planning.queueing.notWorkedOut');
  if (figures === null)
    return (
      <>
        <td className="nhsuk-table__cell">{none}</td>
        <td className="nhsuk-table__cell">{none}</td>
        <td className="nhsuk-table__cell">{none}</td>
        <td className="nhsuk-table__cell">{none}</td>
      </>
    );
  return (
    <>
      <td className="nhsuk-table__cell">
        {decimalText(figures.load, locale, 2)}
        {figures.loadTooBig && (
          <span className="nhsuk-body-s nhsuk-u-display-block">{t('planning.queueing.grows')}</span>
        )}
      </td>
      <td className="nhsuk-table__cell">{decimalText(figures.targetQueueSize, locale)}</td>
      <td className="nhsuk-table__cell">{capacityNeeded(group, locale, t)}</td>
      <td className="nhsuk-table__cell">
        {decimalText(figures.pressure, locale, 2)}
        {figures.pressure > 1 && (
          <span className="nhsuk-body-s nhsuk-u-display-block">
            {t('planning.queueing.likelyToMiss')}
          </span>
        )}
      </td>
    </>
  );
}

/**
 * The live queueing figures of the whole list and of each pathway and tier (NHSRwaitinglist's,
 * from the record's joins and bookings over the window), each figure's meaning in plain words,
 * the source, the CSV, and the target wait they are worked out for (a GET form).
 */
export function QueueingSection({ overview }: { overview: PlanningOverviewBody }) {
  const { t } = useTranslation();
  const locale = useLocale();
  const weeks = overview.targetWeeks;
  // A rate of a group whose count was held back is held back too (it would give the count away).
  const rate = (group: LiveQueueingGroupBody, value: number | null) =>
    value === null
      ? group.suppressed
        ? t('planning.queueing.heldBack')
        : t('planning.queueing.notWorkedOut')
      : decimalText(value, locale);
  const weeksText = t('planning.page.weeks', {
    count: weeks,
    value: decimalText(weeks, locale, 0),
  });
  return (
    <section aria-labelledby="queueing-title">
      <h2 id="queueing-title">{t('planning.queueing.title')}</h2>
      <p className="nhsuk-body">
        {t('planning.queueing.intro', {
          from: formatDay(overview.from, locale, 'long'),
          to: formatDay(overview.to, locale, 'long'),
          weeks: weeksText,
          factor: decimalText(overview.factor, locale),
        })}
      </p>
      <form method="get" action="/planning" className="nhsuk-u-margin-bottom-5">
        <div className="nhsuk-form-group">
          <label className="nhsuk-label" htmlFor="targetWeeks">
            {t('planning.queueing.targetForm.label')}
          </label>
          <div className="nhsuk-hint" id="targetWeeks-hint">
            {t('planning.queueing.targetForm.hint')}
          </div>
          <input
            className="nhsuk-input nhsuk-input--width-5"
            id="targetWeeks"
            name="targetWeeks"
            type="number"
            inputMode="numeric"
            min={1}
            max={52}
            step={1}
            defaultValue={weeks}
            aria-describedby="targetWeeks-hint"
          />
        </div>
        <button className="nhsuk-button nhsuk-button--secondary" type="submit">
          {t('planning.queueing.targetForm.submit')}
        </button>
      </form>
      <Table
        id="queueing-table"
        caption={t('planning.queueing.caption', { weeks: weeksText })}
        columns={[
          t('planning.queueing.columns.group'),
          t('planning.queueing.columns.demand'),
          t('planning.queueing.columns.capacity'),
          t('planning.queueing.columns.waiting'),
          t('planning.queueing.columns.meanWait'),
          t('planning.queueing.columns.load'),
          t('planning.queueing.columns.targetQueueSize'),
          t('planning.queueing.columns.capacityNeeded'),
          t('planning.queueing.columns.pressure'),
        ]}
      >
        {overview.queueing.map((group) => (
          <tr
            className="nhsuk-table__row"
            key={`${group.pathway ?? 'all'}-${group.tier ?? 'all'}`}
            data-group={`${group.pathway ?? 'all'}-${group.tier ?? 'all'}`}
          >
            <th className="nhsuk-table__header" scope="row">
              {groupName(group, t)}
            </th>
            <td className="nhsuk-table__cell">{rate(group, group.demandPerWeek)}</td>
            <td className="nhsuk-table__cell">{rate(group, group.capacityPerWeek)}</td>
            <td className="nhsuk-table__cell">{countText(group.waiting, locale, t)}</td>
            <td className="nhsuk-table__cell">
              {group.meanWaitWeeks === null
                ? group.suppressed
                  ? t('planning.queueing.heldBack')
                  : t('planning.queueing.nobodyWaiting')
                : decimalText(group.meanWaitWeeks, locale)}
            </td>
            <FigureCells group={group} />
          </tr>
        ))}
      </Table>
      {overview.queueing.some((g) => g.suppressed) && (
        <p className="nhsuk-body" id="queueing-held-back">
          {t('planning.queueing.heldBackNote', { n: SMALL_NUMBER_LIMIT })}
        </p>
      )}
      {overview.queueing.length === 0 && (
        <p className="nhsuk-body">{t('planning.queueing.empty')}</p>
      )}
      <PlanningDisclosureNote overview={overview} id="disclosure-queueing" />
      <p className="nhsuk-body">
        <a
          href={`/api/planning/overview/queueing.csv?targetWeeks=${String(weeks)}`}
          download
          id="queueing-csv"
        >
          {t('planning.page.csv')}
          <span className="nhsuk-u-visually-hidden">
            : {t('planning.queueing.caption', { weeks: weeksText })}
          </span>
        </a>
      </p>
      <h3 id="queueing-meanings">{t('planning.queueing.meaningsTitle')}</h3>
      <dl className="nhsuk-summary-list" aria-labelledby="queueing-meanings">
        {MEANINGS.map((key) => (
          <div className="nhsuk-summary-list__row" key={key}>
            <dt className="nhsuk-summary-list__key">{t(`planning.queueing.names.${key}`)}</dt>
            <dd className="nhsuk-summary-list__value">
              {t(`planning.queueing.meanings.${key}`, {
                weeks: weeksText,
                factor: decimalText(overview.factor, locale),
              })}
            </dd>
          </div>
        ))}
      </dl>
      <p className="nhsuk-body-s" id="queueing-source">
        {t('planning.queueing.source')} <span lang="en">{t('planning.queueing.citation')}</span>,{' '}
        {t('planning.queueing.sourceEnd')}
      </p>
    </section>
  );
}
