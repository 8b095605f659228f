import { QUESTION_SET_V1 } from '@everyday/core';
import { Checkboxes } from '../../components/Checkboxes.js';
import { QuestionForm } from '../components/QuestionForm.js';
import { localisedOptions, useLocalise } from '../../localise.js';
import { useQuestion } from '../use-question.js';

const AREAS = QUESTION_SET_V1.areas;

export function AreasPage() {
  const q = useQuestion('areas');
  const l = useLocalise();
  const { heading, hint } = QUESTION_SET_V1.questions.areas;
  const question = l(heading);
  return (
    <QuestionForm q={q} title={question}>
      <Checkboxes
        id="areas"
        heading
        legend={question}
        hint={hint ? l(hint) : undefined}
        items={localisedOptions(l, AREAS)}
        selected={q.answers.areas}
        onChange={(selected) => {
          q.set({ areas: AREAS.filter((a) => selected.includes(a.value)).map((a) => a.value) });
        }}
        error={q.fieldError('areas')}
      />
    </QuestionForm>
  );
}
