import type { ReactNode } from 'react';
import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { BackLink } from '../../components/BackLink.js';
import { ErrorSummary } from '../../components/ErrorSummary.js';
import type { Problem } from '../draft.js';
import { summaryItems, useReferralTitle } from '../messages.js';

interface QuestionFormProps {
  /** The question, for the browser tab title. */
  title: string;
  back: string;
  problems: readonly Problem[];
  onContinue: () => void;
  children: ReactNode;
}

/** A question page: Back link, error summary, the question's fields and a Continue button. */
export function QuestionForm({ title, back, problems, onContinue, children }: QuestionFormProps) {
  const { t } = useTranslation();
  const items = useMemo(() => summaryItems(t, problems), [t, problems]);
  useReferralTitle(title, problems.length > 0);
  return (
    <div className="nhsuk-grid-row">
      <div className="nhsuk-grid-column-two-thirds">
        <BackLink to={back}>{t('referral.back')}</BackLink>
        <ErrorSummary items={items} />
        <form
          noValidate
          onSubmit={(event) => {
            event.preventDefault();
            onContinue();
          }}
        >
          {children}
          <button className="nhsuk-button" type="submit" id="continue">
            {t('referral.continue')}
          </button>
        </form>
      </div>
    </div>
  );
}
