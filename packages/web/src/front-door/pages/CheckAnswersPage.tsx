import { useMemo, useRef, useState } from 'react';
import { useNavigate } from 'react-router-dom';
import { BackLink } from '../../components/BackLink.js';
import { ErrorSummary } from '../../components/ErrorSummary.js';
import type { ErrorSummaryItem } from '../../form-errors.js';
import { currentLocale } from '../../i18n.js';
import { answerRows } from '../check-answers-rows.js';
import { localToday } from '../date-of-birth.js';
import { AnswersList } from '../components/AnswersList.js';
import { problemText, useReferralTitle } from '../messages.js';
import { useLocalise } from '../../localise.js';
import { changePath } from '../navigation.js';
import { getDraft, markSubmitted, updateDraft } from '../store.js';
import { CONFIRMATION_PATH } from '../steps.js';
import { matchKey, unseenMatches } from '../screen.js';
import { startUrgentSaveWhenReady, submitReferral } from '../submit.js';
import type { SubmitErrors } from '../submit-errors.js';
import { submitErrors } from '../submit-errors.js';
import { useQuestion } from '../use-question.js';
import { validateAll } from '../validate.js';
import { SendAnswersForm } from '../../components/SendAnswersForm.js';

export function CheckAnswersPage() {
  const q = useQuestion('check-answers');
  const { t } = q;
  const l = useLocalise();
  const navigate = useNavigate();
  const [errors, setErrors] = useState<SubmitErrors>(() => ({
    problems: getDraft().pending,
    general: [],
  }));
  const [sending, setSending] = useState(false);
  const sendingRef = useRef(false);
  const today = localToday();
  const title = t('referral.check.title');
  useReferralTitle(title, errors.problems.length + errors.general.length > 0);

  const items = useMemo<ErrorSummaryItem[]>(
    () => [
      ...errors.general.map((text) => ({ text })),
      ...errors.problems.map((p) => ({
        text: problemText(t, p, q.answers.for),
        to: changePath(p.step),
      })),
    ],
    [errors, t, q.answers.for],
  );

  const send = async (): Promise<void> => {
    // A second press while sending is ignored (not `disabled`, which would drop focus).
    if (sendingRef.current) return;
    const problems = validateAll(getDraft().answers, localToday());
    if (problems.length > 0) {
      updateDraft((d) => ({ ...d, pending: problems }));
      setErrors({ problems, general: [] });
      return;
    }
    // Words the screen matched that have not brought their advice yet: the advice first.
    const unseen = unseenMatches(getDraft());
    if (unseen.length > 0) {
      updateDraft((d) => ({
        ...d,
        advice: { from: 'check-answers', then: 'check-answers' },
        screenShown: [...d.screenShown, ...unseen.map(matchKey)],
      }));
      startUrgentSaveWhenReady(q.language);
      void navigate(changePath('urgent-advice'));
      return;
    }
    sendingRef.current = true;
    setSending(true);
    try {
      const submitted = await submitReferral(q.language);
      markSubmitted(submitted);
      void navigate(CONFIRMATION_PATH, { replace: true });
    } catch (error) {
      const found = submitErrors(t, error);
      updateDraft((d) => ({ ...d, pending: found.problems }));
      setErrors(found);
    } finally {
      sendingRef.current = false;
      setSending(false);
    }
  };

  const urgent = q.draft.urgent?.save;
  return (
    <div className="nhsuk-grid-row">
      <div className="nhsuk-grid-column-two-thirds">
        <BackLink to={q.back}>{t('referral.back')}</BackLink>
        <ErrorSummary items={items} />
        <h1 className="nhsuk-heading-l">{title}</h1>
        <AnswersList rows={answerRows(q.answers, t, l, today, currentLocale())} />
        {urgent?.status === 'saved' && (
          <div className="nhsuk-inset-text">
            <p className="nhsuk-body">
              {t('referral.check.urgentSaved', { reference: urgent.reference })}
            </p>
          </div>
        )}
        <SendAnswersForm
          heading={t('referral.check.sendHeading')}
          body={t('referral.check.sendBody')}
          id="send-request"
          label={t('referral.check.send')}
          sendingText={t('referral.check.sending')}
          sending={sending}
          onSend={send}
        />
      </div>
    </div>
  );
}
