import { QUESTION_SET_V1 } from '@everyday/core';
import { Checkboxes } from '../components/Checkboxes.js';
import { QuestionForm } from '../components/QuestionForm.js';
import { useLocalised } from '../messages.js';
import { useQuestion } from '../use-question.js';

const AREAS = QUESTION_SET_V1.areas;

export function AreasPage() {
  const q = useQuestion('areas');
  const l = useLocalised();
  const { heading, hint } = QUESTION_SET_V1.questions.areas;
  const question = l(heading);
  return (
    <QuestionForm
      title={question}
      back={q.back}
      problems={q.problems}
      onContinue={() => {
        q.onContinue();
      }}
    >
      <Checkboxes
        id="areas"
        heading
        legend={question}
        hint={hint ? l(hint) : undefined}
        items={AREAS.map((area) => ({
          value: area.value,
          label: l(area.label),
          hint: area.hint ? l(area.hint) : undefined,
        }))}
        selected={q.answers.areas}
        onChange={(selected) => {
          q.set({ areas: AREAS.filter((a) => selected.includes(a.value)).map((a) => a.value) });
        }}
        error={q.fieldError('areas')}
      />
    </QuestionForm>
  );
}
