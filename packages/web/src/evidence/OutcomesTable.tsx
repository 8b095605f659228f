import type { Figure, OutcomeRow } from '@everyday/core';
import { useTranslation } from 'react-i18next';
import { useLocale } from '../booking/format.js';
import { Table } from '../components/Table.js';
import { DisclosureNote } from './DisclosureNote.js';
import { DownloadCsv } from './DownloadCsv.js';
import { FigureValue } from './FigureValue.js';
import { countText, formatNumber, intervalText } from './format-figure.js';
import type { EvidenceView } from './evidence-view.js';

/**
 * Each instrument's paired first and last measurement: how many were paired and how many had no
 * second score (always shown), the means, the mean change with its 95% interval, and the share
 * reliably better and worse where the measure has a rule for it.
 */
export function OutcomesTable({ view }: { view: EvidenceView }) {
  const { t } = useTranslation();
  const locale = useLocale();
  const none = t('evidence.figure.notApplicable');
  const mean = (value: number | null, hidden: boolean) =>
    value !== null
      ? formatNumber(value, 'score', locale)
      : hidden
        ? t('evidence.figure.suppressed')
        : none;
  const withInterval = (figure: Figure) => {
    const interval = intervalText(figure, locale);
    return (
      <>
        <FigureValue figure={figure} />
        {interval && (
          <span className="nhsuk-body-s nhsuk-u-display-block">
            {t('evidence.figure.intervalShort', { interval })}
          </span>
        )}
      </>
    );
  };
  const name = (row: OutcomeRow) => {
    const measure = t(`record.outcomes.measures.${row.measure}`, { defaultValue: row.measure });
    return row.qualifier === null
      ? measure
      : t('evidence.outcomes.withValueSet', { measure, valueSet: row.qualifier });
  };
  const caption = t('evidence.outcomes.caption');
  return (
    <>
      {view.dashboard.outcomes.length === 0 ? (
        <p className="nhsuk-body">{t('evidence.outcomes.none')}</p>
      ) : (
        <Table
          id="outcomes-table"
          caption={caption}
          columns={[
            t('evidence.outcomes.columns.measure'),
            t('evidence.outcomes.columns.paired'),
            t('evidence.outcomes.columns.missing'),
            t('evidence.outcomes.columns.meanFirst'),
            t('evidence.outcomes.columns.meanLast'),
            t('evidence.outcomes.columns.change'),
            t('evidence.outcomes.columns.improved'),
            t('evidence.outcomes.columns.deteriorated'),
          ]}
        >
          {view.dashboard.outcomes.map((row) => (
            <tr className="nhsuk-table__row" key={`${row.measure}-${row.qualifier ?? ''}`}>
              <th className="nhsuk-table__header" scope="row">
                {name(row)}
              </th>
              <td className="nhsuk-table__cell">{countText(row.paired, locale, t)}</td>
              <td className="nhsuk-table__cell">{countText(row.missing, locale, t)}</td>
              <td className="nhsuk-table__cell">{mean(row.meanFirst, row.change.suppressed)}</td>
              <td className="nhsuk-table__cell">{mean(row.meanLast, row.change.suppressed)}</td>
              <td className="nhsuk-table__cell">{withInterval(row.change)}</td>
              <td className="nhsuk-table__cell">
                {row.reliablyImproved ? withInterval(row.reliablyImproved) : none}
              </td>
              <td className="nhsuk-table__cell">
                {row.reliablyDeteriorated ? withInterval(row.reliablyDeteriorated) : none}
              </td>
            </tr>
          ))}
        </Table>
      )}
      <DisclosureNote disclosure={view.dashboard.disclosure} id="disclosure-outcomes" />
      <DownloadCsv query={view.query} table="outcomes" name={caption} />
    </>
  );
}
