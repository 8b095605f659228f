import { useTranslation } from 'react-i18next';

/** The start page's reminder that this is not an emergency service, and where to go instead. */
export function EmergencyCard() {
  const { t } = useTranslation();
  return (
    <div
      className="nhsuk-card nhsuk-card--care nhsuk-card--care--emergency"
      id="not-for-emergencies"
    >
      <div className="nhsuk-card__heading-container">
        <h2 className="nhsuk-card__heading">
          <span className="nhsuk-u-visually-hidden">{t('referral.advice.emergencyPrefix')} </span>
          {t('referral.start.emergency.heading')}
        </h2>
        <span className="nhsuk-card--care__arrow" aria-hidden="true" />
      </div>
      <div className="nhsuk-card__content">
        <p>{t('referral.start.emergency.call999')}</p>
        <p>{t('referral.start.emergency.call111')}</p>
        <p>{t('referral.start.emergency.mentalHealth')}</p>
      </div>
    </div>
  );
}
