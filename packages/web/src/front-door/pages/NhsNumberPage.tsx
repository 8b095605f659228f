import { QUESTION_SET_V1, questionFor } from '@everyday/core';
import { TextInput } from '../../components/TextInput.js';
import { QuestionForm } from '../components/QuestionForm.js';
import { useLocalise } from '../../localise.js';
import { useQuestion } from '../use-question.js';

export function NhsNumberPage() {
  const q = useQuestion('nhs-number');
  const l = useLocalise();
  const { heading, hint } = questionFor(QUESTION_SET_V1.questions.nhsNumber, q.answers.for);
  return (
    <QuestionForm q={q} title={l(heading)}>
      <TextInput
        id="nhs-number"
        heading
        label={l(heading)}
        hint={hint ? l(hint) : undefined}
        inputMode="numeric"
        autoComplete="off"
        spellCheck={false}
        value={q.answers.nhsNumber}
        onChange={(nhsNumber) => {
          q.set({ nhsNumber });
        }}
        error={q.fieldError('nhs-number')}
        width={10}
      />
    </QuestionForm>
  );
}
