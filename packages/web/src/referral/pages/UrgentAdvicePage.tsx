import { adviceFor } from '@everyday/core';
import { useEffect } from 'react';
import { Link } from 'react-router-dom';
import { BackLink } from '../../components/BackLink.js';
import { AdviceCard } from '../components/AdviceCard.js';
import { UrgentSaveStatus } from '../components/UrgentSaveStatus.js';
import { useReferralTitle } from '../messages.js';
import { changePath, continuePath } from '../navigation.js';
import { localToday } from '../date-of-birth.js';
import { startUrgentSave, urgentSaveInFlight } from '../submit.js';
import { useQuestion } from '../use-question.js';

/**
 * Straight after a red flag: what to do now (never dependent on the server), whether the request
 * was saved for a clinician today, and the choice to tell us more.
 */
export function UrgentAdvicePage() {
  const q = useQuestion('urgent-advice');
  const title = q.t('referral.urgent.title');
  useReferralTitle(title, false);
  const save = q.draft.urgent?.save ?? null;
  const redFlags = q.answers.redFlags;

  // After a refresh mid-save (or arriving here without one), nothing is sending it: send it
  // (again, with the same key).
  const stalled = redFlags.length > 0 && (save === null || save.status === 'saving');
  useEffect(() => {
    if (stalled && !urgentSaveInFlight()) void startUrgentSave(q.language);
  }, [stalled, q.language]);

  const more = q.changing
    ? continuePath('urgent-advice', q.answers, true, localToday())
    : '/refer/areas';
  return (
    <div className="nhsuk-grid-row">
      <div className="nhsuk-grid-column-two-thirds">
        <BackLink to={q.changing ? changePath('red-flags') : q.back}>
          {q.t('referral.back')}
        </BackLink>
        <h1 className="nhsuk-heading-l">{title}</h1>
        {redFlags.length === 0 ? (
          <p className="nhsuk-body">{q.t('referral.urgent.noRedFlags')}</p>
        ) : (
          adviceFor(redFlags).map((advice) => (
            <AdviceCard key={advice} advice={advice} saved={save?.status === 'saved'} />
          ))
        )}
        {(redFlags.length > 0 || save !== null) && (
          <UrgentSaveStatus
            save={save}
            onRetry={() => {
              void startUrgentSave(q.language);
            }}
          />
        )}
        <h2 className="nhsuk-heading-m">{q.t('referral.urgent.moreHeading')}</h2>
        <p className="nhsuk-body">{q.t('referral.urgent.moreBody')}</p>
        <Link className="nhsuk-button nhsuk-button--secondary" to={more} id="tell-us-more">
          {q.t('referral.urgent.more')}
        </Link>
      </div>
    </div>
  );
}
