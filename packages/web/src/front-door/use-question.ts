// What every question page shares: the draft, this page's problems, Back, and Continue.
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useNavigate, useSearchParams } from 'react-router-dom';
import { currentLanguage } from '../i18n.js';
import { localToday } from './date-of-birth.js';
import type { DraftAnswers, Problem } from './draft.js';
import { problemText } from './messages.js';
import { askingUrgentDetails, changePath, continuePath, journeyPrevious } from './navigation.js';
import { matchKey, unseenMatches } from './screen.js';
import { getDraft, updateAnswers, updateDraft, useDraft } from './store.js';
import type { StepId } from './steps.js';
import { FREE_TEXT_STEPS, nextStep, pathOf, START_PATH, urgentDetailSteps } from './steps.js';
import { startUrgentSaveWhenReady } from './submit.js';
import { validateStep, validateUrgentStep } from './validate.js';

/** The checks of this page: only what the urgent save needs while it is being asked for. */
function problemsOf(step: StepId, answers: DraftAnswers, today: string): Problem[] {
  const draft = getDraft();
  return askingUrgentDetails(draft) && urgentDetailSteps(answers).includes(step)
    ? validateUrgentStep(step, answers, today)
    : validateStep(step, answers, today);
}

/**
 * After a free-text page: when the screen finds something not yet shown, the advice comes at
 * once (before anything else, and before check your answers), exactly as for a ticked red flag.
 * Returns the advice page's address, or null to go on as usual.
 */
function screenAdvicePath(step: StepId, changing: boolean): string | null {
  if (!FREE_TEXT_STEPS.includes(step)) return null;
  const draft = getDraft();
  const unseen = unseenMatches(draft);
  if (unseen.length === 0) return null;
  const then = changing ? 'check-answers' : nextStep(step, draft.answers, null);
  updateDraft((d) => ({
    ...d,
    advice: { from: step, then },
    screenShown: [...d.screenShown, ...unseen.map(matchKey)],
  }));
  return changing ? changePath('urgent-advice') : pathOf('urgent-advice');
}

/** The state of one question page: its answers and problems, where Back goes, and Continue. */
export function useQuestion(step: StepId) {
  const { t } = useTranslation();
  const draft = useDraft();
  const navigate = useNavigate();
  const [params] = useSearchParams();
  const changing = params.get('change') === '1';
  // Problems found on check your answers (or by the server) show here until put right.
  const [problems, setProblems] = useState<Problem[]>(() =>
    getDraft().pending.filter((p) => p.step === step),
  );

  useEffect(() => {
    updateDraft((d) => (d.step === step ? d : { ...d, step }));
  }, [step]);

  const previous = journeyPrevious(step, draft);
  const back = changing ? pathOf('check-answers') : previous ? pathOf(previous) : START_PATH;

  const fieldError = (field: string): string | undefined => {
    const problem = problems.find((p) => p.field === field);
    return problem ? problemText(t, problem, draft.answers.for) : undefined;
  };

  // Worded for whoever is asking (issue 16 item 3): "your" for oneself, "their" for someone else.
  const self = draft.answers.for === 'self';
  /** A text of referral.*.json, its `_self` wording when they ask for themselves. */
  const own = (key: string): string => t(key, { context: self ? 'self' : undefined });

  /** Checks this page; if all is well runs `then` (with the answers) and moves on. */
  const onContinue = (then?: (answers: DraftAnswers) => void): void => {
    const today = localToday();
    const found = problemsOf(step, getDraft().answers, today);
    if (found.length > 0) {
      setProblems(found);
      return;
    }
    updateDraft((d) => ({ ...d, pending: d.pending.filter((p) => p.step !== step) }));
    then?.(getDraft().answers);
    const path =
      screenAdvicePath(step, changing) ?? continuePath(step, getDraft(), changing, today);
    // Saved as soon as it has what it needs (the advice page shows it either way).
    startUrgentSaveWhenReady(currentLanguage());
    void navigate(path);
  };

  return {
    t,
    draft,
    answers: draft.answers,
    set: updateAnswers,
    problems,
    fieldError,
    back,
    changing,
    onContinue,
    own,
    language: currentLanguage(),
  };
}

export type QuestionState = ReturnType<typeof useQuestion>;
