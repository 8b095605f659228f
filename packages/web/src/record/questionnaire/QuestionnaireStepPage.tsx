import type { QuestionnaireKind } from '@everyday/core';
import { QUESTIONNAIRES } from '@everyday/core';
import { useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useNavigate } from 'react-router-dom';
import { BackLink } from '../../components/BackLink.js';
import { ErrorSummary } from '../../components/ErrorSummary.js';
import { problemsOf } from './form-state.js';
import { withAnswer } from './draft.js';
import { useLanguage, useQuestionnaireTitle } from './language.js';
import type { Flow } from './link.js';
import type { Problem } from './problems.js';
import { problemMessage } from './problems.js';
import { continueStep, previousStep, stepNumber, stepPath } from './steps.js';
import { getDraft, updateDraft, useDraft } from './store.js';
import { useSummaryItems } from './summary.js';
import { ItemField } from './ItemField.js';

/** A questionnaire's page has only problems with its items (no lines about the whole send). */
const NO_GENERAL: readonly string[] = [];

interface QuestionnaireStepPageProps {
  flow: Flow;
  kind: QuestionnaireKind;
  /** Came from check your answers: Back and Continue return there. */
  changing: boolean;
}

/** One questionnaire: its items, checked on Continue, with errors beside them and in a summary. */
export function QuestionnaireStepPage({ flow, kind, changing }: QuestionnaireStepPageProps) {
  const { token, kinds } = flow;
  const { t } = useTranslation();
  const language = useLanguage();
  const navigate = useNavigate();
  const draft = useDraft(token);
  const values = draft.values[kind];
  const definition = QUESTIONNAIRES[kind];
  // Problems found on check your answers (or by the server) show here until put right.
  const [problems, setProblems] = useState<Problem[]>(() =>
    getDraft(token).pending.filter((problem) => problem.kind === kind),
  );
  const items = useSummaryItems(problems, NO_GENERAL, null);
  const title = definition.title[language];
  useQuestionnaireTitle(title, problems.length > 0);
  const position = stepNumber(kinds, kind);
  const errorOf = useMemo(() => {
    const byItem = new Map(problems.map((p) => [p.item, problemMessage(p, language)]));
    return (item: string) => byItem.get(item);
  }, [problems, language]);

  const onContinue = (): void => {
    const found = problemsOf(kind, getDraft(token).values[kind]);
    if (found.length > 0) {
      setProblems(found);
      return;
    }
    updateDraft(token, (d) => ({ ...d, pending: d.pending.filter((p) => p.kind !== kind) }));
    void navigate(stepPath(token, continueStep(kinds, kind, changing)));
  };

  return (
    <div className="nhsuk-grid-row">
      <div className="nhsuk-grid-column-two-thirds">
        <BackLink to={stepPath(token, changing ? 'check' : previousStep(kinds, kind))}>
          {t('questionnaire.back')}
        </BackLink>
        <ErrorSummary items={items} />
        <form
          noValidate
          onSubmit={(event) => {
            event.preventDefault();
            onContinue();
          }}
        >
          <h1 className="nhsuk-heading-l">
            <span className="nhsuk-caption-l">
              {t('questionnaire.step.caption', position)}
              <span className="nhsuk-u-visually-hidden"> – </span>
            </span>
            {title}
          </h1>
          <p className="nhsuk-body">{definition.intro[language]}</p>
          {definition.items.map((item) => (
            <ItemField
              key={item.id}
              kind={kind}
              item={item}
              value={values?.[item.id] ?? ''}
              error={errorOf(item.id)}
              language={language}
              onChange={(value) => {
                updateDraft(token, (d) => withAnswer(d, kind, item.id, value));
              }}
            />
          ))}
          <button className="nhsuk-button" type="submit" id="continue">
            {t('questionnaire.continue')}
          </button>
        </form>
      </div>
    </div>
  );
}
