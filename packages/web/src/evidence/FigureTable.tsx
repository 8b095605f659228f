import type { EvidenceSection } from '@everyday/core';
import { useTranslation } from 'react-i18next';
import { Table } from '../components/Table.js';
import { useLocale } from '../booking/format.js';
import { DisclosureNote } from './DisclosureNote.js';
import { DownloadCsv } from './DownloadCsv.js';
import { FigureValue } from './FigureValue.js';
import { countedText, intervalText } from './format-figure.js';
import { sectionFigure, type EvidenceView } from './evidence-view.js';

/** The CSV table of each section (the outcomes section's own figures are `outcome-figures`). */
const CSV_TABLE: Readonly<Record<EvidenceSection, string>> = {
  access: 'access',
  outcomes: 'outcome-figures',
  work: 'work',
  avoided: 'avoided',
  experience: 'experience',
};

/**
 * One section's figures as a table: each figure's value (a link to its definition), its 95%
 * interval, what was counted, and the comparison period's value when one was asked for.
 */
export function FigureTable({ view, section }: { view: EvidenceView; section: EvidenceSection }) {
  const { t } = useTranslation();
  const locale = useLocale();
  const figures = view.dashboard.sections.find((s) => s.key === section)?.figures ?? [];
  const caption = t(`evidence.sections.${section}.caption`);
  const none = t('evidence.figure.notApplicable');
  return (
    <>
      <Table
        id={`section-${section}`}
        caption={caption}
        captionHidden
        columns={[
          t('evidence.columns.figure'),
          t('evidence.columns.value'),
          t('evidence.columns.interval'),
          t('evidence.columns.counted'),
          ...(view.compare ? [t('evidence.columns.comparison')] : []),
        ]}
      >
        {figures.map((figure) => {
          const before = sectionFigure(view.compare, section, figure.key);
          return (
            <tr className="nhsuk-table__row" key={figure.key}>
              <th className="nhsuk-table__header" scope="row">
                {view.title(figure.key)}
              </th>
              <td className="nhsuk-table__cell">
                <FigureValue figure={figure} />
              </td>
              <td className="nhsuk-table__cell">{intervalText(figure, locale) ?? none}</td>
              <td className="nhsuk-table__cell">{countedText(figure, locale, t) ?? none}</td>
              {view.compare && (
                <td className="nhsuk-table__cell">
                  {before ? <FigureValue figure={before} /> : none}
                </td>
              )}
            </tr>
          );
        })}
      </Table>
      <DisclosureNote disclosure={view.dashboard.disclosure} id={`disclosure-${section}`} />
      <DownloadCsv query={view.query} table={CSV_TABLE[section]} name={caption} />
    </>
  );
}
