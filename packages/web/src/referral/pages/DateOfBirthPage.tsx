import { QUESTION_SET_V1 } from '@everyday/core';
import { DateOfBirthInput } from '../components/DateOfBirthInput.js';
import { QuestionForm } from '../components/QuestionForm.js';
import { useLocalised } from '../messages.js';
import { useQuestion } from '../use-question.js';

export function DateOfBirthPage() {
  const q = useQuestion('date-of-birth');
  const l = useLocalised();
  const { heading, hint } = QUESTION_SET_V1.questions.dateOfBirth;
  const problem = q.problems.find((p) => p.field === 'date-of-birth');
  return (
    <QuestionForm
      title={l(heading)}
      back={q.back}
      problems={q.problems}
      onContinue={() => {
        q.onContinue();
      }}
    >
      <DateOfBirthInput
        legend={l(heading)}
        hint={hint ? l(hint) : ''}
        values={{ day: q.answers.dobDay, month: q.answers.dobMonth, year: q.answers.dobYear }}
        onChange={(part, value) => {
          q.set(
            part === 'day'
              ? { dobDay: value }
              : part === 'month'
                ? { dobMonth: value }
                : { dobYear: value },
          );
        }}
        error={q.fieldError('date-of-birth')}
        errorParts={problem?.parts}
        autoComplete={q.answers.for !== 'someone_else'}
      />
    </QuestionForm>
  );
}
