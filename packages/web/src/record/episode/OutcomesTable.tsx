import type { OutcomeMeasure, OutcomePoint, OutcomeSeries } from '@everyday/core';
import { useTranslation } from 'react-i18next';
import { Table } from '../../components/Table.js';
import { useRecordFormat } from '../format.js';
import type { InstrumentLabels } from '../labels.js';
import { useInstrumentLabels } from '../labels.js';
import { formatChange, formatScore, outcomeRows } from './outcome-rows.js';

/** What a point's qualifier says in words: the band, the CFS level's name, the value set. */
function qualifierText(
  labels: InstrumentLabels,
  measure: OutcomeMeasure,
  point: OutcomePoint,
): string | null {
  const q = point.qualifier;
  switch (measure) {
    case 'eq5d_index':
      return q === null ? null : labels.valueSet(q);
    case 'phq9':
      return q === null ? null : labels.phq9(q);
    case 'gad7':
      return q === null ? null : labels.gad7(q);
    case 'work_ability':
      return q === null ? null : labels.workAbility(q);
    case 'six_cit':
      return q === null ? null : labels.sixCit(q);
    case 'cfs':
      return `${labels.cfs(point.value)}${q ? ` (${q})` : ''}`;
    case 'eq5d_vas':
    case 'copm_performance':
    case 'copm_satisfaction':
    case 'gas':
      return null;
  }
}

function PointCell({ measure, point }: { measure: OutcomeMeasure; point: OutcomePoint | null }) {
  const { t } = useTranslation();
  const labels = useInstrumentLabels();
  const format = useRecordFormat();
  if (point === null) return <>{t('record.outcomes.none')}</>;
  const qualifier = qualifierText(labels, measure, point);
  return (
    <>
      <strong>{formatScore(measure, point.value)}</strong>
      {qualifier && (
        <>
          <br />
          {qualifier}
        </>
      )}
      <br />
      <span className="nhsuk-body-s">{format.day(point.on)}</span>
    </>
  );
}

/** Each outcome measure recorded over the episode: first, latest and the change between them. */
export function OutcomesTable({ outcomes }: { outcomes: readonly OutcomeSeries[] }) {
  const { t } = useTranslation();
  const rows = outcomeRows(outcomes);
  const column = (key: string): string => t(`record.outcomes.columns.${key}`);
  return (
    <section aria-labelledby="outcomes-heading" className="nhsuk-u-margin-bottom-7">
      <h2 className="nhsuk-heading-l" id="outcomes-heading">
        {t('record.outcomes.title')}
      </h2>
      <Table
        id="outcomes"
        caption={t('record.outcomes.caption')}
        captionHidden
        columns={[column('measure'), column('first'), column('latest'), column('change')]}
      >
        {rows.map((row) => (
          <tr className="nhsuk-table__row" key={row.measure} id={`outcome-${row.measure}`}>
            <th className="nhsuk-table__header" scope="row">
              {t(`record.outcomes.measures.${row.measure}`)}
            </th>
            <td className="nhsuk-table__cell">
              <PointCell measure={row.measure} point={row.first} />
            </td>
            <td className="nhsuk-table__cell">
              {row.last ? (
                <PointCell measure={row.measure} point={row.last} />
              ) : (
                t('record.outcomes.notRepeated')
              )}
            </td>
            <td className="nhsuk-table__cell">
              {row.change !== null
                ? formatChange(row.measure, row.change)
                : row.notComparable
                  ? t('record.outcomes.notComparable')
                  : t('record.outcomes.noChange')}
            </td>
          </tr>
        ))}
      </Table>
    </section>
  );
}
