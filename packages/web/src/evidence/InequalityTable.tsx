import type { Figure } from '@everyday/core';
import { useTranslation } from 'react-i18next';
import { useLocale } from '../booking/format.js';
import { Table } from '../components/Table.js';
import { DisclosureNote } from './DisclosureNote.js';
import { DownloadCsv } from './DownloadCsv.js';
import { FigureValue } from './FigureValue.js';
import { formatNumber, intervalText } from './format-figure.js';
import type { EvidenceView } from './evidence-view.js';

/**
 * The slope and relative index of inequality of each rate across deprivation quintiles, with
 * their 95% intervals. The slope is a difference of proportions, shown in percentage points.
 */
export function InequalityTable({ view }: { view: EvidenceView }) {
  const { t } = useTranslation();
  const locale = useLocale();
  const none = t('evidence.figure.notApplicable');
  const points = (v: number) =>
    t('evidence.units.points', { value: formatNumber(v * 100, 'score', locale) });
  const cell = (figure: Figure, asPoints: boolean) => {
    const interval =
      asPoints && figure.lower !== null && figure.upper !== null
        ? `${points(figure.lower)} – ${points(figure.upper)}`
        : intervalText(figure, locale);
    return (
      <>
        <FigureValue
          figure={figure}
          {...(asPoints && figure.value !== null ? { text: points(figure.value) } : {})}
        />
        {interval && (
          <span className="nhsuk-body-s nhsuk-u-display-block">
            {t('evidence.figure.intervalShort', { interval })}
          </span>
        )}
      </>
    );
  };
  const caption = t('evidence.inequality.caption');
  return (
    <>
      <Table
        id="inequality"
        caption={caption}
        columns={[
          t('evidence.inequality.columns.rate'),
          t('evidence.inequality.columns.sii'),
          t('evidence.inequality.columns.rii'),
        ]}
      >
        {view.dashboard.inequality.map((row) => (
          <tr className="nhsuk-table__row" key={row.key}>
            <th className="nhsuk-table__header" scope="row">
              {view.title(row.key)}
            </th>
            <td className="nhsuk-table__cell">{cell(row.sii, true)}</td>
            <td className="nhsuk-table__cell">
              {row.rii.value === null && !row.rii.suppressed ? none : cell(row.rii, false)}
            </td>
          </tr>
        ))}
      </Table>
      <p className="nhsuk-body-s">{t('evidence.inequality.reading')}</p>
      <DisclosureNote disclosure={view.dashboard.disclosure} id="disclosure-inequality" />
      <DownloadCsv query={view.query} table="inequality" name={caption} />
    </>
  );
}
