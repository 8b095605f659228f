import { useTranslation } from 'react-i18next';
import { Link } from 'react-router-dom';
import { CareCard } from '../../components/CareCard.js';
import { Icon } from '../../components/Icon.js';
import { hasStarted } from '../draft.js';
import { useReferralTitle } from '../messages.js';
import { startNewReferral, useDraft } from '../store.js';
import { pathOf } from '../steps.js';

/** What the service is, that it is not for emergencies, what we will ask, and Start now. */
export function StartPage() {
  const { t } = useTranslation();
  const draft = useDraft();
  useReferralTitle(t('referral.start.title'), false);
  const resume = !draft.submitted && hasStarted(draft) && draft.step ? draft.step : null;
  const asked = ['urgent', 'who', 'contact', 'difficulties', 'goals', 'access'] as const;
  return (
    <div className="nhsuk-grid-row">
      <div className="nhsuk-grid-column-two-thirds">
        <h1 className="nhsuk-heading-xl">{t('referral.start.title')}</h1>
        <p className="nhsuk-lede-text">{t('referral.start.intro')}</p>
        <p className="nhsuk-body">{t('referral.start.examples')}</p>
        <p className="nhsuk-body">{t('referral.start.forWho')}</p>
        <CareCard
          kind="emergency"
          heading={t('referral.start.emergency.heading')}
          id="not-for-emergencies"
        >
          <p>{t('referral.start.emergency.call999')}</p>
          <p>{t('referral.start.emergency.call111')}</p>
          <p>{t('referral.start.emergency.mentalHealth')}</p>
        </CareCard>
        <h2 className="nhsuk-heading-m">{t('referral.start.askedHeading')}</h2>
        <p className="nhsuk-body">{t('referral.start.askedIntro')}</p>
        <ul className="nhsuk-list nhsuk-list--bullet">
          {asked.map((item) => (
            <li key={item}>{t(`referral.start.asked.${item}`)}</li>
          ))}
        </ul>
        <p className="nhsuk-body">{t('referral.start.time')}</p>
        <p className="nhsuk-body">{t('referral.start.kept')}</p>
        {resume && (
          <div className="nhsuk-inset-text">
            <p className="nhsuk-body">
              {t('referral.start.resumeIntro')}{' '}
              <Link to={pathOf(resume)} id="resume">
                {t('referral.start.resume')}
              </Link>
            </p>
          </div>
        )}
        <Link
          className="nhsuk-button nhsuk-button--icon"
          to={pathOf('who')}
          id="start-now"
          draggable={false}
          onClick={() => {
            // After a request was sent, Start now begins a new one; otherwise answers are kept.
            if (draft.submitted) startNewReferral();
          }}
        >
          <span className="nhsuk-button__content">{t('referral.start.startNow')}</span>
          <Icon name="arrow-right" />
        </Link>
      </div>
    </div>
  );
}
