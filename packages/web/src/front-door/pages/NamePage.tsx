import { QUESTION_SET_V1, questionFor } from '@everyday/core';
import { TextInput } from '../../components/TextInput.js';
import { Fieldset } from '../../components/Fieldset.js';
import { QuestionForm } from '../components/QuestionForm.js';
import { useLocalise } from '../../localise.js';
import { useQuestion } from '../use-question.js';

export function NamePage() {
  const q = useQuestion('name');
  const l = useLocalise();
  const { heading, hint } = questionFor(QUESTION_SET_V1.questions.name, q.answers.for);
  const question = l(heading);
  // Autofill offers the user's own details: right only when they are asking for themselves.
  const self = q.answers.for !== 'someone_else';
  return (
    <QuestionForm q={q} title={question}>
      <Fieldset id="name" heading legend={question} hint={hint ? l(hint) : ''}>
        <TextInput
          id="given-name"
          label={q.t('referral.name.given')}
          autoComplete={self ? 'given-name' : 'off'}
          spellCheck={false}
          value={q.answers.givenName}
          onChange={(givenName) => {
            q.set({ givenName });
          }}
          error={q.fieldError('given-name')}
          width={20}
        />
        <TextInput
          id="family-name"
          label={q.t('referral.name.family')}
          autoComplete={self ? 'family-name' : 'off'}
          spellCheck={false}
          value={q.answers.familyName}
          onChange={(familyName) => {
            q.set({ familyName });
          }}
          error={q.fieldError('family-name')}
          width={20}
        />
      </Fieldset>
    </QuestionForm>
  );
}
