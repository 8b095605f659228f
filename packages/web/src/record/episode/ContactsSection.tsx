import { useTranslation } from 'react-i18next';
import { Link } from 'react-router-dom';
import { Table } from '../../components/Table.js';
import { MultilineText } from '../../triage/components/MultilineText.js';
import { recordPages } from '../api.js';
import { useRecordFormat } from '../format.js';
import type { RecordEntryDto } from '../types.js';
import { entriesOfKind } from '../types.js';
import { EntryLinks } from './EntryLinks.js';

interface ContactsSectionProps {
  episodeId: string;
  entries: readonly RecordEntryDto[];
}

/** Contacts, newest first: date, mode, minutes and the note, each with edit and history links. */
export function ContactsSection({ episodeId, entries }: ContactsSectionProps) {
  const { t } = useTranslation();
  const format = useRecordFormat();
  const contacts = entriesOfKind(entries, 'contact').sort(
    (a, b) =>
      b.data.occurredOn.localeCompare(a.data.occurredOn) || b.createdAt.localeCompare(a.createdAt),
  );
  const column = (key: string): string => t(`record.contacts.columns.${key}`);
  return (
    <section aria-labelledby="contacts-heading" className="nhsuk-u-margin-bottom-7">
      <h2 className="nhsuk-heading-l" id="contacts-heading">
        {t('record.contacts.title')}
      </h2>
      <p className="nhsuk-body">
        <Link to={recordPages.newContact(episodeId)} id="add-contact">
          {t('record.contacts.add')}
        </Link>
      </p>
      {contacts.length === 0 ? (
        <p className="nhsuk-body">{t('record.contacts.none')}</p>
      ) : (
        <Table
          id="contacts"
          caption={t('record.contacts.caption', { count: contacts.length })}
          captionHidden
          columns={[
            column('date'),
            column('mode'),
            column('minutes'),
            column('note'),
            { label: column('actions'), hidden: true },
          ]}
        >
          {contacts.map((contact) => (
            <tr className="nhsuk-table__row" key={contact.id}>
              <td className="nhsuk-table__cell">{format.day(contact.data.occurredOn)}</td>
              <td className="nhsuk-table__cell">{t(`record.contactMode.${contact.data.mode}`)}</td>
              <td className="nhsuk-table__cell">
                {contact.data.minutes === null
                  ? t('record.header.notRecorded')
                  : t('record.contacts.minutes', { count: contact.data.minutes })}
              </td>
              <td className="nhsuk-table__cell" data-testid="contact-note">
                <MultilineText text={contact.data.note} />
                <br />
                <span className="nhsuk-body-s">
                  {t('record.entry.by', {
                    name: contact.updatedBy,
                    when: format.dateTime(contact.updatedAt),
                  })}
                </span>
              </td>
              <td className="nhsuk-table__cell">
                <EntryLinks
                  episodeId={episodeId}
                  entry={contact}
                  about={t('record.contacts.about', { date: format.day(contact.data.occurredOn) })}
                  edit
                />
              </td>
            </tr>
          ))}
        </Table>
      )}
    </section>
  );
}
