import { QUESTION_SET_V1 } from '@everyday/core';
import { QuestionForm } from '../components/QuestionForm.js';
import { Radios } from '../../components/Radios.js';
import { useLocalise } from '../../localise.js';
import { useQuestion } from '../use-question.js';

export function WhoPage() {
  const q = useQuestion('who');
  const l = useLocalise();
  const question = l(QUESTION_SET_V1.questions.for.heading);
  return (
    <QuestionForm q={q} title={question}>
      <Radios
        id="for"
        heading
        legend={question}
        items={[
          { value: 'self', label: q.t('referral.who.self') },
          {
            value: 'someone_else',
            label: q.t('referral.who.someoneElse'),
            hint: q.t('referral.who.someoneElseHint'),
          },
        ]}
        value={q.answers.for}
        onChange={(value) => {
          q.set({ for: value === 'someone_else' ? 'someone_else' : 'self' });
        }}
        error={q.fieldError('for')}
      />
    </QuestionForm>
  );
}
