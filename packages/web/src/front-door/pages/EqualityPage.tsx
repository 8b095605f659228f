import { EqualityFields } from '../components/EqualityFields.js';
import { QuestionForm } from '../components/QuestionForm.js';
import { useQuestion } from '../use-question.js';

/**
 * Equality monitoring (issue 11 item 3), worded for oneself or for someone else, every question
 * optional, with why they are asked said plainly.
 */
export function EqualityPage() {
  const q = useQuestion('equality');
  return (
    <QuestionForm
      q={q}
      title={q.t('referral.equality.title')}
      heading
      intro={q.own('referral.equality.intro')}
    >
      <EqualityFields
        values={q.answers}
        set={q.set}
        question={(key) => q.own(`referral.equality.${key}`)}
        size="m"
      />
    </QuestionForm>
  );
}
