import type { ReactNode } from 'react';
import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { BackLink } from '../../components/BackLink.js';
import { ErrorSummary } from '../../components/ErrorSummary.js';
import type { Problem } from '../draft.js';
import { summaryItems, useReferralTitle } from '../messages.js';
import type { QuestionState } from '../use-question.js';

interface QuestionFormProps {
  /** The page's state from useQuestion: where Back goes, its problems, Continue. */
  q: QuestionState;
  /** The question, for the browser tab title. */
  title: string;
  /**
   * Show the title as the page's <h1>, with `intro` below it: for a page of several questions.
   * (A page of one question has its label or legend as the <h1>.)
   */
  heading?: boolean;
  intro?: string | undefined;
  /** Instead of the page's own problems (none while it cannot show its question). */
  problems?: readonly Problem[];
  /** Instead of checking the answers and moving on. */
  onContinue?: () => void;
  children: ReactNode;
}

/** A question page: Back link, error summary, the question's fields and a Continue button. */
export function QuestionForm({ q, title, heading, intro, children, ...props }: QuestionFormProps) {
  const { t } = useTranslation();
  const problems = props.problems ?? q.problems;
  const asker = q.answers.for;
  const items = useMemo(() => summaryItems(t, problems, asker), [t, problems, asker]);
  useReferralTitle(title, problems.length > 0);
  return (
    <div className="nhsuk-grid-row">
      <div className="nhsuk-grid-column-two-thirds">
        <BackLink to={q.back}>{t('referral.back')}</BackLink>
        <ErrorSummary items={items} />
        <form
          noValidate
          onSubmit={(event) => {
            event.preventDefault();
            if (props.onContinue) props.onContinue();
            else q.onContinue();
          }}
        >
          {heading && <h1 className="nhsuk-heading-l">{title}</h1>}
          {intro && <p className="nhsuk-body">{intro}</p>}
          {children}
          <button className="nhsuk-button" type="submit" id="continue">
            {t('referral.continue')}
          </button>
        </form>
      </div>
    </div>
  );
}
