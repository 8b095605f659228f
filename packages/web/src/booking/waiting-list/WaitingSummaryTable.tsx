import { useTranslation } from 'react-i18next';
import { Table } from '../../components/Table.js';
import type { WaitingList } from '../clinic-types.js';

/** How many wait on each pathway and tier, and the longest wait of each. */
export function WaitingSummaryTable({ summary }: { summary: WaitingList['summary'] }) {
  const { t } = useTranslation();
  return (
    <Table
      id="waiting-summary"
      caption={t('waitingList.summary.caption')}
      captionSize="m"
      columns={[
        t('waitingList.summary.pathway'),
        t('waitingList.summary.tier'),
        t('waitingList.summary.count'),
        t('waitingList.summary.longest'),
      ]}
    >
      {summary.map((group) => (
        <tr className="nhsuk-table__row" key={`${group.pathway}-${group.tier}`}>
          <th className="nhsuk-table__header" scope="row">
            {t(`triage.pathway.${group.pathway}`)}
          </th>
          <td className="nhsuk-table__cell">{t(`triage.tier.${group.tier}`)}</td>
          <td className="nhsuk-table__cell">{group.count}</td>
          <td className="nhsuk-table__cell">
            {t('waitingList.weeks', { count: group.longestWeeks })}
          </td>
        </tr>
      ))}
    </Table>
  );
}
