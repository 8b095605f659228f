import { useTranslation } from 'react-i18next';
import { Table } from '../../components/Table.js';
import { formatDay, useLocale } from '../format.js';
import type { CapacityWeek, DisclosedCount } from '../clinic-types.js';

/**
 * Places per week: offered, booked, unused, attended, missed, and the did-not-attend rate. A count
 * the small-number rule suppressed shows as a marker, read out as "fewer than 8".
 */
export function CapacityTable({
  weeks,
  caption,
}: {
  weeks: readonly CapacityWeek[];
  caption: string;
}) {
  const { t } = useTranslation();
  const locale = useLocale();
  const percent = new Intl.NumberFormat('en-GB', { style: 'percent', maximumFractionDigits: 1 });
  const column = (key: string): string => t(`capacity.columns.${key}`);
  const count = (value: DisclosedCount) =>
    value === null ? (
      <>
        <span aria-hidden="true">{t('capacity.suppressedMark')}</span>
        <span className="nhsuk-u-visually-hidden">{t('capacity.suppressed')}</span>
      </>
    ) : (
      value
    );
  return (
    <Table
      id="capacity"
      caption={caption}
      captionSize="m"
      columns={[
        column('week'),
        column('offered'),
        column('booked'),
        column('unused'),
        column('attended'),
        column('didNotAttend'),
        column('rate'),
      ]}
    >
      {weeks.map((week) => (
        <tr className="nhsuk-table__row" key={week.weekStarting}>
          <th className="nhsuk-table__header" scope="row">
            {formatDay(week.weekStarting, locale, 'long')}
          </th>
          <td className="nhsuk-table__cell">{week.offered}</td>
          <td className="nhsuk-table__cell">{count(week.booked)}</td>
          <td className="nhsuk-table__cell">{count(week.unused)}</td>
          <td className="nhsuk-table__cell">{count(week.attended)}</td>
          <td className="nhsuk-table__cell">{count(week.didNotAttend)}</td>
          <td className="nhsuk-table__cell">
            {week.didNotAttendRate === null
              ? t('capacity.noRate')
              : percent.format(week.didNotAttendRate)}
          </td>
        </tr>
      ))}
    </Table>
  );
}
