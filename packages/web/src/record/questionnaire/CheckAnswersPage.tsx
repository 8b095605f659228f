import { QUESTIONNAIRES } from '@everyday/core';
import { useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useNavigate } from 'react-router-dom';
import { ApiError } from '../../api.js';
import { BackLink } from '../../components/BackLink.js';
import { ErrorSummary } from '../../components/ErrorSummary.js';
import { completedDraft } from './draft.js';
import { answersToSend, answerText } from './form-state.js';
import { useLanguage, useQuestionnaireTitle } from './language.js';
import type { Flow, LinkProblem } from './link.js';
import { sendAnswers } from './link.js';
import type { Problem } from './problems.js';
import { serverProblems } from './problems.js';
import { previousStep, stepPath } from './steps.js';
import { getDraft, updateDraft, useDraft } from './store.js';
import { useSummaryItems } from './summary.js';
import { SendAnswersForm } from '../../components/SendAnswersForm.js';

interface SendErrors {
  problems: Problem[];
  /** Lines about the send as a whole (could not reach the service…). */
  general: string[];
}

interface CheckAnswersPageProps {
  flow: Flow;
  /** The link stopped working while the person was answering. */
  onLinkProblem: (problem: LinkProblem) => void;
}

/**
 * Every answer, by questionnaire, each with a Change link to its page; then Send. Problems (ours
 * or the server's) link to their pages; a failed send keeps every answer.
 */
export function CheckAnswersPage({ flow, onLinkProblem }: CheckAnswersPageProps) {
  const { token, kinds } = flow;
  const { t } = useTranslation();
  const language = useLanguage();
  const navigate = useNavigate();
  const draft = useDraft(token);
  const [errors, setErrors] = useState<SendErrors>(() => ({
    problems: getDraft(token).pending,
    general: [],
  }));
  const [sending, setSending] = useState(false);
  const sendingRef = useRef(false);
  const items = useSummaryItems(errors.problems, errors.general, token);
  const title = t('questionnaire.check.title');
  useQuestionnaireTitle(title, items.length > 0);

  const failed = (error: unknown): void => {
    if (error instanceof ApiError && (error.status === 410 || error.code === 'gone')) {
      onLinkProblem('gone');
    } else if (error instanceof ApiError && error.status === 404) {
      onLinkProblem('not_found');
    } else if (error instanceof ApiError && error.fields.length > 0) {
      const found = serverProblems(error.fields, kinds);
      updateDraft(token, (d) => ({ ...d, pending: found.problems }));
      const general = found.general.length > 0 ? [t('questionnaire.errors.notAccepted')] : [];
      setErrors({ problems: found.problems, general });
    } else {
      const network = error instanceof ApiError && error.code === 'network';
      const text = t(network ? 'questionnaire.errors.network' : 'questionnaire.errors.sendFailed');
      setErrors({ problems: [], general: [text] });
    }
  };

  const send = async (): Promise<void> => {
    // A second press while sending is ignored (not `disabled`, which would drop focus).
    if (sendingRef.current) return;
    const checked = answersToSend(kinds, getDraft(token).values);
    if (!checked.ok) {
      updateDraft(token, (d) => ({ ...d, pending: checked.problems }));
      setErrors({ problems: checked.problems, general: [] });
      return;
    }
    sendingRef.current = true;
    setSending(true);
    try {
      const receipt = await sendAnswers(token, language, checked.answers);
      updateDraft(token, (d) => completedDraft(d, receipt.advice ?? []));
      void navigate(stepPath(token, 'done'), { replace: true });
    } catch (error) {
      failed(error);
    } finally {
      sendingRef.current = false;
      setSending(false);
    }
  };

  return (
    <div className="nhsuk-grid-row">
      <div className="nhsuk-grid-column-two-thirds">
        <BackLink to={stepPath(token, previousStep(kinds, 'check'))}>
          {t('questionnaire.back')}
        </BackLink>
        <ErrorSummary items={items} />
        <h1 className="nhsuk-heading-l">{title}</h1>
        {kinds.map((kind) => {
          const definition = QUESTIONNAIRES[kind];
          const values = draft.values[kind] ?? {};
          return (
            <section key={kind} aria-labelledby={`answers-${kind}-heading`}>
              <h2 className="nhsuk-heading-m" id={`answers-${kind}-heading`}>
                {definition.title[language]}
              </h2>
              <dl className="nhsuk-summary-list" id={`answers-${kind}`}>
                {definition.items.map((item) => {
                  const question = item.text[language];
                  const answer = answerText(item, values[item.id] ?? '', language);
                  return (
                    <div className="nhsuk-summary-list__row" key={item.id}>
                      <dt className="nhsuk-summary-list__key">{question}</dt>
                      <dd className="nhsuk-summary-list__value">
                        {answer ?? (
                          <span className="nhsuk-u-secondary-text-colour">
                            {t('questionnaire.check.notAnswered')}
                          </span>
                        )}
                      </dd>
                      <dd className="nhsuk-summary-list__actions">
                        <Link to={stepPath(token, kind, true)}>
                          {t('questionnaire.check.change')}
                          <span className="nhsuk-u-visually-hidden">
                            {' '}
                            {t('questionnaire.check.changeHidden', { question })}
                          </span>
                        </Link>
                      </dd>
                    </div>
                  );
                })}
              </dl>
            </section>
          );
        })}
        <SendAnswersForm
          heading={t('questionnaire.check.sendHeading')}
          body={t('questionnaire.check.sendBody')}
          id="send-answers"
          label={t('questionnaire.check.send')}
          sendingText={t('questionnaire.check.sending')}
          sending={sending}
          onSend={send}
        />
      </div>
    </div>
  );
}
