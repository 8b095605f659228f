import { useTranslation } from 'react-i18next';
import { Table } from '../../components/Table.js';
import { MultilineText } from '../components/MultilineText.js';
import { formatDateTime } from '../localise.js';
import type { RequestEvent } from '../request-types.js';
import { eventDetails } from './event-details.js';

/** What has happened to the request, oldest first. */
export function RequestHistory({ events }: { events: readonly RequestEvent[] }) {
  const { t, i18n } = useTranslation();
  return (
    <Table
      id="history"
      caption={t('requestDetail.history.title')}
      captionSize="m"
      columns={[
        t('requestDetail.history.when'),
        t('requestDetail.history.what'),
        t('requestDetail.history.details.title'),
      ]}
    >
      {events.map((event, index) => (
        <tr className="nhsuk-table__row" key={`${event.at}-${String(index)}`}>
          <td className="nhsuk-table__cell">
            <time dateTime={event.at}>{formatDateTime(event.at, i18n.resolvedLanguage)}</time>
          </td>
          <th className="nhsuk-table__header" scope="row">
            {t(`requestDetail.history.actions.${event.action}`)}
            {event.by && (
              <span className="nhsuk-body-s nhsuk-u-secondary-text-colour">
                {' '}
                {t('requestDetail.history.by', { name: event.by })}
              </span>
            )}
          </th>
          <td className="nhsuk-table__cell">
            {eventDetails(t, event).map((detail) => (
              <p className="nhsuk-body-s nhsuk-u-margin-bottom-1" key={detail.label}>
                <strong>{detail.label}:</strong> <MultilineText text={detail.value} />
              </p>
            ))}
          </td>
        </tr>
      ))}
    </Table>
  );
}
