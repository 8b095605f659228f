import { useTranslation } from 'react-i18next';
import { Link } from 'react-router-dom';
import { CommunicationNeeds } from '../../components/CommunicationNeeds.js';
import { Table } from '../../components/Table.js';
import {
  DirectBookingTag,
  DuplicateTag,
  PathwayTag,
  TierTag,
  UrgencyTag,
} from '../../triage/components/TriageTags.js';
import type { WaitingEntry } from '../clinic-types.js';

interface WaitingEntriesTableProps {
  entries: readonly WaitingEntry[];
  sendingFor: string | null;
  onSendLink: (entry: WaitingEntry) => void;
}

function Heading({ children }: { children: string }) {
  return (
    <span className="nhsuk-table__heading" aria-hidden="true">
      {children}{' '}
    </span>
  );
}

/** Everyone waiting, most urgent then longest waiting first, each with Book and a booking link. */
export function WaitingEntriesTable({ entries, sendingFor, onSendLink }: WaitingEntriesTableProps) {
  const { t } = useTranslation();
  const column = (key: string): string => t(`waitingList.columns.${key}`);
  return (
    <Table
      id="waiting-entries"
      caption={t('waitingList.entriesCaption')}
      captionSize="m"
      columns={[
        column('person'),
        column('urgency'),
        column('waited'),
        column('practice'),
        column('pathway'),
        column('tier'),
        { label: column('actions'), hidden: true },
      ]}
      responsive
    >
      {entries.map((entry) => {
        const name = `${entry.person.givenName} ${entry.person.familyName}`;
        return (
          <tr className="nhsuk-table__row" key={entry.requestId}>
            <th className="nhsuk-table__header" scope="row">
              <Heading>{column('person')}</Heading>
              {name}
              <br />
              <span className="nhsuk-body-s">{entry.reference}</span>
              {entry.possibleDuplicate && (
                <>
                  <br />
                  <DuplicateTag />
                </>
              )}
              {entry.needsConfirmation && (
                <>
                  <br />
                  <DirectBookingTag />
                </>
              )}
              <CommunicationNeeds needs={entry.communicationNeeds} />
            </th>
            <td className="nhsuk-table__cell">
              <Heading>{column('urgency')}</Heading>
              <UrgencyTag urgency={entry.urgency} />
            </td>
            <td className="nhsuk-table__cell">
              <Heading>{column('waited')}</Heading>
              {t('waitingList.weeks', { count: entry.weeksWaited })}
            </td>
            <td className="nhsuk-table__cell">
              <Heading>{column('practice')}</Heading>
              {entry.practice.name}
            </td>
            <td className="nhsuk-table__cell">
              <Heading>{column('pathway')}</Heading>
              <PathwayTag pathway={entry.pathway} />
            </td>
            <td className="nhsuk-table__cell">
              <Heading>{column('tier')}</Heading>
              <TierTag tier={entry.tier} />
            </td>
            <td className="nhsuk-table__cell">
              <Heading>{column('actions')}</Heading>
              <ul className="nhsuk-list nhsuk-u-margin-bottom-0">
                <li>
                  <Link
                    to={`/clinics/book/${encodeURIComponent(entry.requestId)}?pathway=${entry.pathway}`}
                    state={{ name, reference: entry.reference }}
                  >
                    {t('waitingList.book')}
                    <span className="nhsuk-u-visually-hidden"> {name}</span>
                  </Link>
                </li>
                <li>
                  <button
                    className="nhsuk-button nhsuk-button--secondary nhsuk-button--small nhsuk-u-margin-bottom-0"
                    type="button"
                    disabled={sendingFor === entry.requestId}
                    onClick={() => {
                      onSendLink(entry);
                    }}
                  >
                    {t('waitingList.sendLink')}
                    <span className="nhsuk-u-visually-hidden">
                      {' '}
                      {t('waitingList.to', { name })}
                    </span>
                  </button>
                </li>
              </ul>
            </td>
          </tr>
        );
      })}
    </Table>
  );
}
