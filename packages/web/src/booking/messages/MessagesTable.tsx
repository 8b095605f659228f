import { useTranslation } from 'react-i18next';
import { Table } from '../../components/Table.js';
import { formatAppointment, useLocale } from '../format.js';
import type { OutboxMessage } from '../clinic-types.js';

interface MessagesTableProps {
  messages: readonly OutboxMessage[];
  caption: string;
  canRetry: boolean;
  retrying: string | null;
  onRetry: (message: OutboxMessage) => void;
}

function Heading({ children }: { children: string }) {
  return (
    <span className="nhsuk-table__heading" aria-hidden="true">
      {children}{' '}
    </span>
  );
}

/** Messages with what they were, who they were for (by reference), and why they failed. */
export function MessagesTable({
  messages,
  caption,
  canRetry,
  retrying,
  onRetry,
}: MessagesTableProps) {
  const { t } = useTranslation();
  const locale = useLocale();
  const column = (key: string): string => t(`messages.columns.${key}`);
  return (
    <Table
      id="messages"
      caption={caption}
      captionSize="m"
      columns={[
        column('message'),
        column('reference'),
        column('created'),
        column('attempts'),
        column('error'),
        ...(canRetry ? [{ label: column('actions'), hidden: true }] : []),
      ]}
      responsive
    >
      {messages.map((message) => {
        const what = t(`messages.kind.${message.kind}`, { defaultValue: message.kind });
        return (
          <tr className="nhsuk-table__row" key={message.id}>
            <th className="nhsuk-table__header" scope="row">
              <Heading>{column('message')}</Heading>
              {what}
              <br />
              <span className="nhsuk-body-s">
                {t(`messages.channel.${message.channel}`, { defaultValue: message.channel })},{' '}
                {t(`messages.language.${message.language}`, { defaultValue: message.language })}
              </span>
            </th>
            <td className="nhsuk-table__cell">
              <Heading>{column('reference')}</Heading>
              {message.reference ?? t('messages.noReference')}
            </td>
            <td className="nhsuk-table__cell">
              <Heading>{column('created')}</Heading>
              <time dateTime={message.createdAt}>
                {formatAppointment(message.createdAt, locale)}
              </time>
            </td>
            <td className="nhsuk-table__cell">
              <Heading>{column('attempts')}</Heading>
              {message.attempts}
            </td>
            <td className="nhsuk-table__cell">
              <Heading>{column('error')}</Heading>
              {message.lastError ?? t('messages.noError')}
            </td>
            {canRetry && (
              <td className="nhsuk-table__cell">
                <Heading>{column('actions')}</Heading>
                <button
                  className="nhsuk-button nhsuk-button--secondary nhsuk-button--small nhsuk-u-margin-bottom-0"
                  type="button"
                  disabled={retrying === message.id}
                  onClick={() => {
                    onRetry(message);
                  }}
                >
                  {t('messages.retry')}
                  <span className="nhsuk-u-visually-hidden">
                    {' '}
                    {t('messages.retryFor', { message: what, reference: message.reference ?? '' })}
                  </span>
                </button>
              </td>
            )}
          </tr>
        );
      })}
    </Table>
  );
}
