import { useTranslation } from 'react-i18next';
import { InsetText } from '../../components/InsetText.js';
import { Radios } from '../../components/Radios.js';
import { WarningCallout } from '../../components/WarningCallout.js';
import { formatDateOnly, formatNhsNumber } from '../../triage/localise.js';
import type { PersonMatch } from '../../triage/request-types.js';
import { ENTRY_FIELD_IDS as ids } from './entry-fields.js';
import type { DuplicateCheck as Check } from './use-duplicate-check.js';
import { NEW_PERSON } from './use-duplicate-check.js';

interface DuplicateCheckProps {
  check: Check;
  onCheck: () => void;
  error: string | undefined;
}

function useMatchHint(): (match: PersonMatch) => string {
  const { t, i18n } = useTranslation();
  return (match) =>
    [
      t('staffEntry.duplicates.born', {
        date: formatDateOnly(match.dateOfBirth, i18n.resolvedLanguage),
      }),
      match.nhsNumber
        ? t('staffEntry.duplicates.nhsNumber', { number: formatNhsNumber(match.nhsNumber) })
        : t('staffEntry.duplicates.noNhsNumber'),
      match.postcode ?? '',
      match.practiceName,
      t(`staffEntry.duplicates.matchedOn.${match.matchedOn}`),
    ]
      .filter(Boolean)
      .join(' · ');
}

/** "Check for existing records", and the possible matches to choose from: never merged silently. */
export function DuplicateCheck({ check, onCheck, error }: DuplicateCheckProps) {
  const { t } = useTranslation();
  const hint = useMatchHint();
  const { state } = check;
  const matches = check.current && state.status === 'checked' ? state.matches : null;
  return (
    <div className="nhsuk-form-group">
      <button
        className="nhsuk-button nhsuk-button--secondary"
        type="button"
        id="check-existing"
        onClick={onCheck}
      >
        {t('staffEntry.duplicates.check')}
      </button>
      <div aria-live="polite">
        {check.current && state.status === 'checking' && (
          <p className="nhsuk-body">{t('staffEntry.duplicates.checking')}</p>
        )}
        {matches?.length === 0 && (
          <InsetText id="no-existing-records">
            <p>{t('staffEntry.duplicates.none')}</p>
          </InsetText>
        )}
        {matches && matches.length > 0 && (
          <WarningCallout
            heading={t('staffEntry.duplicates.title')}
            headingLevel={3}
            id="possible-duplicates"
          >
            <p>{t('staffEntry.duplicates.intro')}</p>
            <Radios
              id={ids.personChoice}
              name="existingRecord"
              legend={t('staffEntry.duplicates.legend')}
              items={[
                ...matches.map((match) => ({
                  value: match.id,
                  label: t('staffEntry.duplicates.use', {
                    name: `${match.givenName} ${match.familyName}`,
                  }),
                  hint: hint(match),
                })),
                {
                  value: NEW_PERSON,
                  label: t('staffEntry.duplicates.newPerson'),
                  dividerBefore: t('staffEntry.duplicates.or'),
                },
              ]}
              value={check.choice}
              onChange={check.choose}
              error={error}
            />
          </WarningCallout>
        )}
      </div>
    </div>
  );
}
