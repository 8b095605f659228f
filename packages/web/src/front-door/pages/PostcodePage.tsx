import { QUESTION_SET_V1, questionFor } from '@everyday/core';
import { TextInput } from '../../components/TextInput.js';
import { QuestionForm } from '../components/QuestionForm.js';
import { useLocalise } from '../../localise.js';
import { useQuestion } from '../use-question.js';

export function PostcodePage() {
  const q = useQuestion('postcode');
  const l = useLocalise();
  const { heading } = questionFor(QUESTION_SET_V1.questions.postcode, q.answers.for);
  return (
    <QuestionForm q={q} title={l(heading)}>
      <TextInput
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
