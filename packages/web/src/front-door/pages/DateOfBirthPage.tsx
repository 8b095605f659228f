import { QUESTION_SET_V1, questionFor } from '@everyday/core';
import { DateInput } from '../../components/DateInput.js';
import { QuestionForm } from '../components/QuestionForm.js';
import { useLocalise } from '../../localise.js';
import { useQuestion } from '../use-question.js';

export function DateOfBirthPage() {
  const q = useQuestion('date-of-birth');
  const l = useLocalise();
  const { heading, hint } = questionFor(QUESTION_SET_V1.questions.dateOfBirth, q.answers.for);
  const problem = q.problems.find((p) => p.field === 'date-of-birth');
  return (
    <QuestionForm q={q} title={l(heading)}>
      <DateInput
        id="date-of-birth"
        inputIdPrefix="dob"
        heading
        legend={l(heading)}
        hint={hint ? l(hint) : ''}
        value={{ day: q.answers.dobDay, month: q.answers.dobMonth, year: q.answers.dobYear }}
        onChange={({ day, month, year }) => {
          q.set({ dobDay: day, dobMonth: month, dobYear: year });
        }}
        error={q.fieldError('date-of-birth')}
        errorParts={problem?.parts ?? []}
        autoComplete={q.answers.for !== 'someone_else' ? 'bday' : 'off'}
      />
    </QuestionForm>
  );
}
