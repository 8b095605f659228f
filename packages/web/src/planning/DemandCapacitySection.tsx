import type { PlanningOverviewBody } from '@everyday/core';
import { useTranslation } from 'react-i18next';
import { useLocale } from '../booking/format.js';
import { Table } from '../components/Table.js';
import { formatDay } from '../dates/format-date.js';
import { DemandCapacityChart } from './DemandCapacityChart.js';
import { countText, demandCapacityPoints, demandCapacityTotals } from './planning-view.js';
import { PlanningDisclosureNote } from './PlanningDisclosureNote.js';

/**
 * Demand against capacity in the past weeks: people joining the waiting list, first appointments
 * booked and the one-to-one slots the rota gave (and how many were booked), as a chart paired
 * with its table, a one-line summary and the CSV.
 */
export function DemandCapacitySection({ overview }: { overview: PlanningOverviewBody }) {
  const { t } = useTranslation();
  const locale = useLocale();
  const { weeks } = overview;
  const totals = demandCapacityTotals(weeks);
  const labels = {
    joined: t('planning.demand.joined'),
    booked: t('planning.demand.booked'),
    slots: t('planning.demand.slots'),
  };
  const summary =
    weeks.length === 0
      ? t('planning.demand.empty')
      : t('planning.demand.summary', {
          from: formatDay(overview.from, locale, 'long'),
          to: formatDay(overview.to, locale, 'long'),
          joined: countText(totals.joined, locale, t),
          booked: countText(totals.booked, locale, t),
          slots: countText(totals.slots, locale, t),
        });
  return (
    <section aria-labelledby="demand-title">
      <h2 id="demand-title">{t('planning.demand.title')}</h2>
      <p className="nhsuk-body">{t('planning.demand.intro')}</p>
      <p className="nhsuk-body" id="demand-summary">
        {summary}
      </p>
      {weeks.length > 0 && (
        <figure className="app-evidence-chart" id="demand-chart" aria-describedby="demand-summary">
          <DemandCapacityChart
            name={t('planning.demand.chartName')}
            summary={summary}
            labels={labels}
            points={demandCapacityPoints(weeks, locale)}
          />
        </figure>
      )}
      <Table
        id="demand-table"
        caption={t('planning.demand.caption')}
        columns={[
          t('planning.demand.week'),
          labels.joined,
          labels.booked,
          labels.slots,
          t('planning.demand.slotsBooked'),
        ]}
      >
        {weeks.map((w) => (
          <tr className="nhsuk-table__row" key={w.weekStart}>
            <th className="nhsuk-table__header" scope="row">
              {t('planning.demand.weekOf', { date: formatDay(w.weekStart, locale, 'long') })}
            </th>
            <td className="nhsuk-table__cell">{countText(w.joined, locale, t)}</td>
            <td className="nhsuk-table__cell">{countText(w.booked, locale, t)}</td>
            <td className="nhsuk-table__cell">{countText(w.slots, locale, t)}</td>
            <td className="nhsuk-table__cell">{countText(w.slotsBooked, locale, t)}</td>
          </tr>
        ))}
      </Table>
      <PlanningDisclosureNote overview={overview} id="disclosure-demand" />
      <p className="nhsuk-body">
        <a href="/api/planning/overview/weeks.csv" download id="demand-csv">
          {t('planning.page.csv')}
          <span className="nhsuk-u-visually-hidden">: {t('planning.demand.caption')}</span>
        </a>
      </p>
    </section>
  );
}
