import { QUESTION_SET_V1 } from '@everyday/core';
import { Input } from '../components/Input.js';
import { Legend } from '../components/Legend.js';
import { QuestionForm } from '../components/QuestionForm.js';
import { useLocalised } from '../messages.js';
import { useQuestion } from '../use-question.js';

export function NamePage() {
  const q = useQuestion('name');
  const l = useLocalised();
  const { heading, hint } = QUESTION_SET_V1.questions.name;
  const question = l(heading);
  // Autofill offers the user's own details: right only when they are asking for themselves.
  const self = q.answers.for !== 'someone_else';
  return (
    <QuestionForm
      title={question}
      back={q.back}
      problems={q.problems}
      onContinue={() => {
        q.onContinue();
      }}
    >
      <div className="nhsuk-form-group">
        <fieldset className="nhsuk-fieldset" aria-describedby="name-hint">
          <Legend heading>{question}</Legend>
          <div className="nhsuk-hint" id="name-hint">
            {hint ? l(hint) : ''}
          </div>
          <Input
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
          <Input
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
        </fieldset>
      </div>
    </QuestionForm>
  );
}
