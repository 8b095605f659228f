import type { Breakdown, Figure } from '@everyday/core';
import { useTranslation } from 'react-i18next';
import { useLocale } from '../booking/format.js';
import { Table } from '../components/Table.js';
import { DisclosureNote } from './DisclosureNote.js';
import { DownloadCsv } from './DownloadCsv.js';
import { FigureValue } from './FigureValue.js';
import { countText, countedText } from './format-figure.js';
import { groupLabel } from './group-label.js';
import type { EvidenceView } from './evidence-view.js';

const RATE_KEYS = ['requests', 'dna-rate', 'improved-main-measure'] as const;

/**
 * One equity breakdown as a table: for each group, requests, the did-not-attend rate and the
 * share improved on their main measure (and, by practice, people per 1,000 registered), with the
 * people whose group is not recorded as a row of their own.
 */
export function BreakdownTable({ view, breakdown }: { view: EvidenceView; breakdown: Breakdown }) {
  const { t } = useTranslation();
  const locale = useLocale();
  const none = t('evidence.figure.notApplicable');
  const withUptake = breakdown.key === 'practice';
  const keys = withUptake ? [...RATE_KEYS, 'uptake-per-1000'] : RATE_KEYS;
  const title = t(`evidence.breakdowns.${breakdown.key}`);
  const cell = (figure: Figure | undefined) => {
    if (!figure) return none;
    const counted = countedText(figure, locale, t);
    return (
      <>
        <FigureValue figure={figure} />
        {counted && <span className="nhsuk-body-s nhsuk-u-display-block">{counted}</span>}
      </>
    );
  };
  return (
    <section aria-labelledby={`breakdown-${breakdown.key}-title`}>
      <h3 className="nhsuk-heading-s" id={`breakdown-${breakdown.key}-title`}>
        {title}
      </h3>
      {breakdown.index !== null && (
        <p className="nhsuk-body-s">{t(`evidence.index.${breakdown.index}`)}</p>
      )}
      <Table
        id={`breakdown-${breakdown.key}`}
        caption={t('evidence.breakdownCaption', { by: title })}
        captionHidden
        columns={[t('evidence.columns.group'), ...keys.map((key) => view.title(key))]}
      >
        {breakdown.rows.map((row) => (
          <tr className="nhsuk-table__row" key={row.group}>
            <th className="nhsuk-table__header" scope="row">
              {groupLabel(breakdown.key, row, t, view.language)}
            </th>
            {keys.map((key) => (
              <td className="nhsuk-table__cell" key={key}>
                {cell(row.figures.find((f) => f.key === key))}
              </td>
            ))}
          </tr>
        ))}
        <tr className="nhsuk-table__row">
          <th className="nhsuk-table__header" scope="row">
            {t('evidence.groups.unknown')}
          </th>
          <td className="nhsuk-table__cell">{countText(breakdown.unknown, locale, t)}</td>
          {keys.slice(1).map((key) => (
            <td className="nhsuk-table__cell" key={key}>
              {none}
            </td>
          ))}
        </tr>
      </Table>
      <DisclosureNote
        disclosure={view.dashboard.disclosure}
        id={`disclosure-breakdown-${breakdown.key}`}
      />
      <DownloadCsv query={view.query} table={breakdown.key} name={title} />
    </section>
  );
}
