// What every question page shares: the draft, this page's problems, Back, and Continue.
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useNavigate, useSearchParams } from 'react-router-dom';
import { currentLanguage } from '../i18n.js';
import { localToday } from './date-of-birth.js';
import type { DraftAnswers, Problem } from './draft.js';
import { problemText } from './messages.js';
import { continuePath } from './navigation.js';
import { getDraft, updateAnswers, updateDraft, useDraft } from './store.js';
import type { StepId } from './steps.js';
import { pathOf, previousStep, START_PATH } from './steps.js';
import { validateStep } from './validate.js';

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

  const previous = previousStep(step, draft.answers);
  const back = changing ? pathOf('check-answers') : previous ? pathOf(previous) : START_PATH;

  const fieldError = (field: string): string | undefined => {
    const problem = problems.find((p) => p.field === field);
    return problem ? problemText(t, problem) : undefined;
  };

  /** Checks this page; if all is well runs `then` (with the answers) and moves on. */
  const onContinue = (then?: (answers: DraftAnswers) => void): void => {
    const today = localToday();
    const found = validateStep(step, getDraft().answers, today);
    if (found.length > 0) {
      setProblems(found);
      return;
    }
    updateDraft((d) => ({ ...d, pending: d.pending.filter((p) => p.step !== step) }));
    then?.(getDraft().answers);
    void navigate(continuePath(step, getDraft().answers, changing, today));
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
    language: currentLanguage(),
  };
}

export type QuestionState = ReturnType<typeof useQuestion>;
