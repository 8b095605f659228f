import type { PlanningOverviewBody } from '@everyday/core';
import { useTranslation } from 'react-i18next';
import { useLocale } from '../booking/format.js';
import { Table } from '../components/Table.js';
import { formatDay } from '../dates/format-date.js';
import {
  assumptionEntries,
  assumptionSourceText,
  assumptionValueText,
  countText,
  decimalText,
} from './planning-view.js';

/**
 * What the projection assumes: where it starts, the rota's capacity, and each rate with its
 * value and whether it was measured from the record (over how many) or is a demo default.
 */
export function AssumptionsSection({ baseline }: { baseline: PlanningOverviewBody['baseline'] }) {
  const { t } = useTranslation();
  const locale = useLocale();
  const entries = assumptionEntries(baseline);
  const defaults = entries.some((e) => e.assumption.source === 'default');
  return (
    <section aria-labelledby="assumptions-title">
      <h2 id="assumptions-title">{t('planning.assumptions.title')}</h2>
      <p className="nhsuk-body">
        {t('planning.assumptions.start', { date: formatDay(baseline.start, locale, 'long') })}
      </p>
      <p className="nhsuk-body" id="assumptions-capacity">
        {t('planning.assumptions.capacity', {
          slots: decimalText(baseline.slotsPerWeek, locale),
          sessions: decimalText(baseline.sessionsPerWeek, locale),
          perSession: decimalText(baseline.slotsPerSession, locale),
        })}{' '}
        {t('planning.assumptions.waitingNow', {
          waiting: countText(baseline.waitingNow, locale, t),
        })}
      </p>
      <Table
        id="assumptions-table"
        caption={t('planning.assumptions.caption')}
        columns={[
          t('planning.assumptions.columns.assumption'),
          t('planning.assumptions.columns.value'),
          t('planning.assumptions.columns.source'),
        ]}
      >
        {entries.map(({ key, assumption }) => (
          <tr className="nhsuk-table__row" key={key} data-assumption={key}>
            <th className="nhsuk-table__header" scope="row">
              {t(`planning.assumptions.names.${key}`)}
            </th>
            <td className="nhsuk-table__cell">
              {assumptionValueText(key, assumption.value, locale, t)}
            </td>
            <td className="nhsuk-table__cell">{assumptionSourceText(assumption, locale, t)}</td>
          </tr>
        ))}
      </Table>
      {defaults && <p className="nhsuk-body">{t('planning.assumptions.defaultsNote')}</p>}
    </section>
  );
}
