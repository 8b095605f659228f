import { QUESTION_SET_V1 } from '@everyday/core';
import { Input } from '../components/Input.js';
import { QuestionForm } from '../components/QuestionForm.js';
import { useLocalised } from '../messages.js';
import { useQuestion } from '../use-question.js';

export function NhsNumberPage() {
  const q = useQuestion('nhs-number');
  const l = useLocalised();
  const { heading, hint } = QUESTION_SET_V1.questions.nhsNumber;
  return (
    <QuestionForm
      title={l(heading)}
      back={q.back}
      problems={q.problems}
      onContinue={() => {
        q.onContinue();
      }}
    >
      <Input
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
