import type { Breakdown } from '@everyday/core';
import type { TFunction } from 'i18next';
import { useTranslation } from 'react-i18next';
import { useLocale } from '../booking/format.js';
import type { Locale } from '../dates/format-date.js';
import { BreakdownTable } from './BreakdownTable.js';
import { GroupBarChart } from './charts/GroupBarChart.js';
import { formatNumber } from './format-figure.js';
import { groupLabel } from './group-label.js';
import { InequalityTable } from './InequalityTable.js';
import type { EvidenceView } from './evidence-view.js';

function requestsOf(row: Breakdown['rows'][number]): number | null {
  return row.figures.find((f) => f.key === 'requests')?.value ?? null;
}

/** Requests by quintile in one sentence: how many from the most and the least deprived fifth. */
export function quintileSummary(
  quintiles: Breakdown,
  locale: Locale,
  t: TFunction,
  language: 'en' | 'cy',
): string {
  const shown = quintiles.rows.filter((r) => requestsOf(r) !== null);
  const total = shown.reduce((s, r) => s + (requestsOf(r) ?? 0), 0);
  if (shown.length === 0 && quintiles.rows.length > 0)
    return t('evidence.equity.quintileAllSuppressed');
  if (total === 0) return t('evidence.equity.quintileEmpty');
  const most = shown.reduce((a, b) => ((requestsOf(b) ?? 0) > (requestsOf(a) ?? 0) ? b : a));
  const sentence = t('evidence.equity.quintileSummary', {
    group: groupLabel('imd-quintile', most, t, language),
    n: formatNumber(requestsOf(most) ?? 0, 'count', locale),
    total: formatNumber(total, 'count', locale),
  });
  return shown.length < quintiles.rows.length
    ? `${sentence} ${t('evidence.equity.someSuppressed')}`
    : sentence;
}

/**
 * Who the service reaches and how they fare: requests by deprivation quintile as a bar chart with
 * its summary, every breakdown as a table, and the inequality gradient.
 */
export function EquitySection({ view }: { view: EvidenceView }) {
  const { t } = useTranslation();
  const locale = useLocale();
  const quintiles = view.dashboard.breakdowns.find((b) => b.key === 'imd-quintile');
  const summary = quintiles ? quintileSummary(quintiles, locale, t, view.language) : null;
  return (
    <section aria-labelledby="equity-title">
      <h2 className="nhsuk-heading-l" id="equity-title">
        {t('evidence.equity.title')}
      </h2>
      <p className="nhsuk-body">{t('evidence.equity.intro')}</p>
      {quintiles && summary !== null && (
        <>
          <h3 className="nhsuk-heading-m" id="quintile-chart-title">
            {t('evidence.equity.chartTitle')}
          </h3>
          <p className="nhsuk-body" id="quintile-summary">
            {summary}
          </p>
          <figure
            className="app-evidence-chart"
            id="quintile-chart"
            aria-labelledby="quintile-chart-title"
            aria-describedby="quintile-summary"
          >
            <GroupBarChart
              name={t('evidence.equity.chartTitle')}
              summary={summary}
              valueName={view.title('requests')}
              bars={quintiles.rows.map((row) => ({
                label: groupLabel('imd-quintile', row, t, view.language),
                value: requestsOf(row),
              }))}
            />
          </figure>
        </>
      )}
      {view.dashboard.breakdowns.map((breakdown) => (
        <BreakdownTable key={breakdown.key} view={view} breakdown={breakdown} />
      ))}
      <h3 className="nhsuk-heading-m">{t('evidence.inequality.title')}</h3>
      <InequalityTable view={view} />
    </section>
  );
}
