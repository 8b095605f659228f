import { useTranslation } from 'react-i18next';
import { Link, Navigate } from 'react-router-dom';
import { useReferralTitle } from '../messages.js';
import { useDraft } from '../store.js';
import { START_PATH } from '../steps.js';

/** Request sent: the reference, what happens next. Kept in the session, so a refresh shows it again. */
export function ConfirmationPage() {
  const { t } = useTranslation();
  const { submitted } = useDraft();
  useReferralTitle(t('referral.confirmation.title'), false);
  if (!submitted) return <Navigate to={START_PATH} replace />;
  return (
    <div className="nhsuk-grid-row">
      <div className="nhsuk-grid-column-two-thirds">
        <div className="nhsuk-panel">
          <h1 className="nhsuk-panel__heading">{t('referral.confirmation.title')}</h1>
          <div className="nhsuk-panel__body">
            {t('referral.confirmation.reference')}
            <br />
            <strong id="reference">{submitted.reference}</strong>
          </div>
        </div>
        {submitted.bookingLink && (
          <div className="nhsuk-card nhsuk-card--clickable">
            <div className="nhsuk-card__content">
              <h2 className="nhsuk-card__heading nhsuk-heading-m">
                <Link className="nhsuk-card__link" to={submitted.bookingLink} id="book-now">
                  {t('referral.confirmation.bookNow')}
                </Link>
              </h2>
              <p className="nhsuk-card__description">{t('referral.confirmation.bookNowHint')}</p>
            </div>
          </div>
        )}
        {submitted.confirmationSent && (
          <p className="nhsuk-body">{t('referral.confirmation.confirmationSent')}</p>
        )}
        <p className="nhsuk-body">{t('referral.confirmation.keepReference')}</p>
        <h2 className="nhsuk-heading-m">{t('referral.confirmation.nextHeading')}</h2>
        <p className="nhsuk-body">{t('referral.confirmation.next')}</p>
        <p className="nhsuk-body">
          {submitted.urgency === 'crisis'
            ? t('referral.confirmation.crisis')
            : t('referral.confirmation.urgent')}
        </p>
        <p className="nhsuk-body">{t('referral.confirmation.contact')}</p>
        <h2 className="nhsuk-heading-m">{t('referral.confirmation.worseHeading')}</h2>
        <p className="nhsuk-body">{t('referral.confirmation.worse')}</p>
        <p className="nhsuk-body">
          <Link to="/">{t('referral.confirmation.home')}</Link>
        </p>
      </div>
    </div>
  );
}
