import { useTranslation } from 'react-i18next';
import { Link } from 'react-router-dom';
import { recordPages } from '../api.js';
import type { RecordEntryDto } from '../types.js';

/** "Change" and "History" links of an entry, named for screen readers by what they are about. */
export function EntryLinks({
  episodeId,
  entry,
  about,
  edit,
  editTo,
}: {
  episodeId: string;
  entry: RecordEntryDto;
  /** What the entry is, for screen readers: "contact on 3 November 2026". */
  about: string;
  edit?: boolean;
  /** Where changing this entry is done, when it is not the generic edit page. */
  editTo?: { to: string; label: string };
}) {
  const { t } = useTranslation();
  return (
    <ul className="nhsuk-list nhsuk-u-margin-bottom-0">
      {edit && (
        <li>
          <Link to={recordPages.editEntry(episodeId, entry.id)}>
            {t('record.entry.change')}
            <span className="nhsuk-u-visually-hidden"> {about}</span>
          </Link>
        </li>
      )}
      {editTo && (
        <li>
          <Link to={editTo.to}>
            {editTo.label}
            <span className="nhsuk-u-visually-hidden"> {about}</span>
          </Link>
        </li>
      )}
      <li>
        <Link to={recordPages.history(episodeId, entry.id)}>
          {t('record.entry.history', { version: entry.version })}
          <span className="nhsuk-u-visually-hidden"> {about}</span>
        </Link>
      </li>
    </ul>
  );
}
