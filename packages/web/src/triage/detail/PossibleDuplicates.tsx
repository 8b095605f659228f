import { useTranslation } from 'react-i18next';
import { WarningCallout } from '../../components/WarningCallout.js';
import { formatDateOnly, formatNhsNumber } from '../localise.js';
import type { RequestDetail } from '../request-types.js';

/** Other records that may be the same person: for the OT to check, never merged automatically. */
export function PossibleDuplicates({ detail }: { detail: RequestDetail }) {
  const { t, i18n } = useTranslation();
  if (detail.possibleDuplicates.length === 0 && detail.duplicateRequestCount === 0) return null;
  return (
    <WarningCallout heading={t('requestDetail.duplicates.title')} id="possible-duplicates">
      {detail.duplicateRequestCount > 0 && (
        <p id="duplicate-requests">
          {t('requestDetail.duplicates.otherRequests', { count: detail.duplicateRequestCount })}
        </p>
      )}
      {detail.possibleDuplicates.length > 0 && <p>{t('requestDetail.duplicates.intro')}</p>}
      {detail.possibleDuplicates.length > 0 && (
        <ul className="nhsuk-list nhsuk-list--bullet">
          {detail.possibleDuplicates.map((person) => (
            <li key={person.id}>
              {person.givenName} {person.familyName}
              {person.dateOfBirth !== null &&
                `, ${t('requestDetail.duplicates.born', {
                  date: formatDateOnly(person.dateOfBirth, i18n.resolvedLanguage),
                })}`}
              {person.nhsNumber && `, ${formatNhsNumber(person.nhsNumber)}`}, {person.practiceName}
            </li>
          ))}
        </ul>
      )}
    </WarningCallout>
  );
}
