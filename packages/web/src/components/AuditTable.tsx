import { useTranslation } from 'react-i18next';
import type { AuditEvent } from '../api-types.js';
import { formatTimestamp } from '../dates/format-date.js';
import { useLocale } from '../booking/format.js';
import { Table } from './Table.js';
import { Tag } from './Tag.js';

const COLUMNS = ['time', 'user', 'action', 'resource', 'person', 'outcome', 'ip'] as const;

/** One row per audit event: when, who, what, to which record and whose it is, and whether it was allowed. */
export function AuditTable({ events }: { events: readonly AuditEvent[] }) {
  const { t } = useTranslation();
  const locale = useLocale();
  return (
    <Table
      id="audit-events"
      caption={t('audit.caption')}
      captionHidden
      columns={COLUMNS.map((column) => t(`audit.columns.${column}`))}
    >
      {events.map((event) => (
        <tr className="nhsuk-table__row" key={event.id}>
          <td className="nhsuk-table__cell">
            <time dateTime={event.at}>{formatTimestamp(event.at, locale)}</time>
          </td>
          <td className="nhsuk-table__cell">{event.userEmail ?? t('audit.noUser')}</td>
          <td className="nhsuk-table__cell">
            {t(`audit.actions.${event.action}`, { defaultValue: event.action })}
          </td>
          <td className="nhsuk-table__cell">
            {event.resourceType}
            {event.resourceId && (
              <span className="nhsuk-body-s nhsuk-u-secondary-text-colour">
                {' '}
                {event.resourceId}
              </span>
            )}
          </td>
          <td className="nhsuk-table__cell">{event.person?.name ?? ''}</td>
          <td className="nhsuk-table__cell">
            {event.outcome === 'allowed' ? (
              <Tag colour="green">{t('audit.outcomes.allowed')}</Tag>
            ) : (
              <Tag colour="red">{t('audit.outcomes.denied')}</Tag>
            )}
            {event.reason && (
              <p className="nhsuk-body-s nhsuk-u-margin-top-2 nhsuk-u-margin-bottom-0">
                {event.reason}
              </p>
            )}
          </td>
          <td className="nhsuk-table__cell">{event.ip ?? ''}</td>
        </tr>
      ))}
    </Table>
  );
}
