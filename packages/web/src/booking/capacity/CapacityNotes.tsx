import { useTranslation } from 'react-i18next';
import { InsetText } from '../../components/InsetText.js';
import { useLocale } from '../format.js';
import type { CapacityView } from '../clinic-types.js';

/**
 * Under the capacity table: what each figure means and where it comes from (an NHS summary list),
 * and, when the small-number rule was applied, an inset text saying so and what the rule is. The
 * definitions and the rule's name come from the server in English; in Welsh they are marked so.
 */
export function CapacityNotes({
  definitions,
  disclosure,
}: Pick<CapacityView, 'definitions' | 'disclosure'>) {
  const { t } = useTranslation();
  const lang = useLocale() === 'en-GB' ? undefined : 'en';
  const rows: [string, string][] = [
    [t('capacity.columns.offered'), definitions.offered],
    [t('capacity.columns.booked'), definitions.booked],
    [t('capacity.columns.rate'), definitions.didNotAttendRate],
    [t('capacity.definitions.source'), definitions.source],
  ];
  return (
    <>
      {disclosure !== null && (
        <InsetText id="capacity-disclosure">
          <p>{t('capacity.disclosure.applied')}</p>
          <p>
            {t('capacity.disclosure.rule')} <span lang={lang}>{disclosure.rule}</span>
          </p>
        </InsetText>
      )}
      <section aria-labelledby="capacity-definitions-title">
        <h2 className="nhsuk-heading-m" id="capacity-definitions-title">
          {t('capacity.definitions.title')}
        </h2>
        <dl className="nhsuk-summary-list" id="capacity-definitions">
          {rows.map(([term, definition]) => (
            <div className="nhsuk-summary-list__row" key={term}>
              <dt className="nhsuk-summary-list__key">{term}</dt>
              <dd className="nhsuk-summary-list__value" lang={lang}>
                {definition}
              </dd>
            </div>
          ))}
          {disclosure !== null && (
            <div className="nhsuk-summary-list__row">
              <dt className="nhsuk-summary-list__key">{t('capacity.suppressedMark')}</dt>
              <dd className="nhsuk-summary-list__value">{t('capacity.definitions.suppressed')}</dd>
            </div>
          )}
        </dl>
      </section>
    </>
  );
}
