import { useState } from 'react';
import { Navigate, useParams, useSearchParams } from 'react-router-dom';
import { useResource } from '../../hooks/use-resource.js';
import { Loading } from '../../components/Loading.js';
import { ServiceErrorPage } from '../../pages/ServiceErrorPage.js';
import { CheckAnswersPage } from './CheckAnswersPage.js';
import { useLinkLanguage } from './language.js';
import type { LinkProblem, QuestionnaireLink } from './link.js';
import { linkPath } from './link.js';
import { LinkProblemPage } from './LinkProblemPage.js';
import { QuestionnaireStepPage } from './QuestionnaireStepPage.js';
import { StartPage } from './StartPage.js';
import { isQuestionnaireKind, parseStep, stepPath } from './steps.js';
import { useDraft } from './store.js';
import { ThankYouPage } from './ThankYouPage.js';

/**
 * The link's problem from a failed GET: not found (or not even the shape of a token, 400) does
 * not work; 410 has expired or been used; anything else is the service's problem (null).
 */
function linkProblemOf(status: number, code: string): LinkProblem | null {
  if (status === 404 || status === 400 || code === 'not_found') return 'not_found';
  if (status === 410 || code === 'gone') return 'gone';
  return null;
}

/**
 * /questionnaire/:token — questionnaires from a link, no account: a start page, one page per
 * questionnaire (`?step=<kind>`), check your answers (`?step=check`) and thank you
 * (`?step=done`, shown from this tab's record that the answers went, as the link is then used).
 */
export function QuestionnairePage() {
  const { token = '' } = useParams();
  const [params] = useSearchParams();
  const draft = useDraft(token);
  const showDone = params.get('step') === 'done' && draft.completed;
  const resource = useResource<QuestionnaireLink>(showDone ? null : linkPath(token));
  const [problem, setProblem] = useState<LinkProblem | null>(null);
  useLinkLanguage(token, resource.data);

  if (showDone) return <ThankYouPage advice={draft.advice} />;
  if (problem !== null) return <LinkProblemPage problem={problem} />;
  const { data: link, error } = resource;
  if (link === null) {
    if (error === null) return <Loading />;
    const found = linkProblemOf(error.status, error.code);
    return found ? <LinkProblemPage problem={found} /> : <ServiceErrorPage />;
  }
  // Shown once the link's language is in place, so the page does not change language under them.
  if (!draft.languageSet) return <Loading />;

  const kinds = link.kinds.filter(isQuestionnaireKind);
  const flow = { token, link, kinds };
  const step = parseStep(params.get('step'), kinds);
  switch (step) {
    case 'start':
      return <StartPage flow={flow} />;
    case 'check':
      return <CheckAnswersPage flow={flow} onLinkProblem={setProblem} />;
    case 'done':
      // Not sent from this tab: start again from the link's first page.
      return <Navigate to={stepPath(token, 'start')} replace />;
    case 'eq5d5l':
    case 'phq9':
    case 'gad7':
    case 'work_ability':
    case 'prem':
      return (
        <QuestionnaireStepPage
          key={step}
          flow={flow}
          kind={step}
          changing={params.get('change') === '1'}
        />
      );
  }
}
