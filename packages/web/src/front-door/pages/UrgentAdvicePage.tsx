import { useEffect, useState } from 'react';
import { Link } from 'react-router-dom';
import { BackLink } from '../../components/BackLink.js';
import { AdviceCard } from '../components/AdviceCard.js';
import { UrgentSaveStatus } from '../components/UrgentSaveStatus.js';
import { localToday } from '../date-of-birth.js';
import { useReferralTitle } from '../messages.js';
import { changePath, continuePath, missingUrgentDetails } from '../navigation.js';
import { adviceOf, closedAt, urgentNeeded } from '../screen.js';
import { updateDraft } from '../store.js';
import { startUrgentSave, urgentSaveInFlight } from '../submit.js';
import { useQuestion } from '../use-question.js';

/**
 * Straight after a red flag, ticked or found in the free text: what to do now (never dependent
 * on the server), then the name, phone and practice the request needs to be saved for a
 * clinician today, whether it was saved, and the choice to tell us more.
 */
export function UrgentAdvicePage() {
  const q = useQuestion('urgent-advice');
  const title = q.t('referral.urgent.title');
  useReferralTitle(title, false);
  const today = localToday();
  // When this page was opened: the browser's guess at whether the service is open, until saved.
  const [openedAt] = useState(() => Date.now());
  const save = q.draft.urgent?.save ?? null;
  const needed = urgentNeeded(q.answers);
  const advice = adviceOf(q.answers);
  const missing = missingUrgentDetails(q.draft, today);
  const askDetails = needed && missing.length > 0 && (save === null || save.status !== 'saved');
  const hasAdviceRoute = q.draft.advice !== null;

  // Arriving here without the way on recorded (an old tab): red flags lead to the details.
  useEffect(() => {
    if (needed && !hasAdviceRoute)
      updateDraft((d) => ({ ...d, advice: { from: 'red-flags', then: 'date-of-birth' } }));
  }, [needed, hasAdviceRoute]);

  // Nothing is sending it (a refresh mid-save, or the details just given): send it (again, with
  // the same key).
  const stalled = needed && missing.length === 0 && (save === null || save.status === 'saving');
  useEffect(() => {
    if (stalled && !urgentSaveInFlight()) void startUrgentSave(q.language);
  }, [stalled, q.language]);

  // The server's word once saved; until then this browser's London clock.
  const closed =
    save?.status === 'saved' && save.outOfHours !== undefined
      ? save.outOfHours
      : closedAt(openedAt);
  const next = continuePath('urgent-advice', q.draft, q.changing, today);
  const from = q.draft.advice?.from ?? 'red-flags';
  return (
    <div className="nhsuk-grid-row">
      <div className="nhsuk-grid-column-two-thirds">
        <BackLink to={q.changing ? changePath(from) : q.back}>{q.t('referral.back')}</BackLink>
        <h1 className="nhsuk-heading-l">{title}</h1>
        {!needed ? (
          <p className="nhsuk-body">{q.t('referral.urgent.noRedFlags')}</p>
        ) : (
          advice.map((id) => (
            <AdviceCard
              key={id}
              advice={id}
              saved={save?.status === 'saved' && !closed}
              unsavedText={
                closed && save?.status === 'saved'
                  ? q.t('referral.advice.practiceTodayClosed')
                  : undefined
              }
            />
          ))
        )}
        {needed && closed && (
          <div className="nhsuk-inset-text" id="out-of-hours">
            <span className="nhsuk-u-visually-hidden">
              {q.t('referral.urgent.importantHidden')}
            </span>
            <p className="nhsuk-body">{q.t('referral.urgent.outOfHours')}</p>
          </div>
        )}
        {askDetails ? (
          <>
            <h2 className="nhsuk-heading-m">{q.t('referral.urgent.detailsHeading')}</h2>
            <p className="nhsuk-body">
              {q.t(
                q.answers.for === 'someone_else'
                  ? 'referral.urgent.detailsBodySomeoneElse'
                  : 'referral.urgent.detailsBody',
              )}
            </p>
            <Link className="nhsuk-button" to={next} id="give-details" draggable={false}>
              {q.t('referral.urgent.giveDetails')}
            </Link>
          </>
        ) : (
          <>
            {(needed || save !== null) && (
              <UrgentSaveStatus
                closed={closed}
                save={save}
                onRetry={() => {
                  void startUrgentSave(q.language);
                }}
              />
            )}
            <h2 className="nhsuk-heading-m">{q.t('referral.urgent.moreHeading')}</h2>
            <p className="nhsuk-body">{q.t('referral.urgent.moreBody')}</p>
            <Link className="nhsuk-button nhsuk-button--secondary" to={next} id="tell-us-more">
              {q.t('referral.urgent.more')}
            </Link>
          </>
        )}
      </div>
    </div>
  );
}
