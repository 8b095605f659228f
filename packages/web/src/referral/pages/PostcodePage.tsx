import { QUESTION_SET_V1 } from '@everyday/core';
import { Input } from '../components/Input.js';
import { QuestionForm } from '../components/QuestionForm.js';
import { useLocalised } from '../messages.js';
import { useQuestion } from '../use-question.js';

export function PostcodePage() {
  const q = useQuestion('postcode');
  const l = useLocalised();
  const { heading } = QUESTION_SET_V1.questions.postcode;
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
        id="postcode"
        heading
        label={l(heading)}
        autoComplete={q.answers.for !== 'someone_else' ? 'postal-code' : 'off'}
        spellCheck={false}
        value={q.answers.postcode}
        onChange={(postcode) => {
          q.set({ postcode });
        }}
        error={q.fieldError('postcode')}
        width={10}
      />
    </QuestionForm>
  );
}
