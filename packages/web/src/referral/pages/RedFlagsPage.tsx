import { QUESTION_SET_V1 } from '@everyday/core';
import { Checkboxes } from '../components/Checkboxes.js';
import { QuestionForm } from '../components/QuestionForm.js';
import { useLocalised } from '../messages.js';
import { startUrgentSave } from '../submit.js';
import { useQuestion } from '../use-question.js';

const FLAGS = QUESTION_SET_V1.redFlags;

/** Red flags: any one of them saves the request at once and shows what to do now. */
export function RedFlagsPage() {
  const q = useQuestion('red-flags');
  const l = useLocalised();
  const { heading, hint } = QUESTION_SET_V1.questions.redFlags;
  const question = l(heading);
  return (
    <QuestionForm
      title={question}
      back={q.back}
      problems={q.problems}
      onContinue={() => {
        q.onContinue((answers) => {
          if (answers.redFlags.length > 0) void startUrgentSave(q.language);
        });
      }}
    >
      <Checkboxes
        id="red-flags"
        heading
        legend={question}
        hint={hint ? l(hint) : undefined}
        items={FLAGS.map((flag) => ({
          value: flag.id,
          label: l(flag.label),
          hint: flag.hint ? l(flag.hint) : undefined,
        }))}
        selected={q.answers.redFlags}
        onChange={(selected) => {
          q.set({
            redFlags: FLAGS.filter((flag) => selected.includes(flag.id)).map((flag) => flag.id),
            noRedFlags: false,
          });
        }}
        exclusive={{
          value: 'none',
          label: q.t('referral.redFlags.none'),
          checked: q.answers.noRedFlags,
          onChange: (checked) => {
            q.set(checked ? { noRedFlags: true, redFlags: [] } : { noRedFlags: false });
          },
        }}
        error={q.fieldError('red-flags')}
      />
    </QuestionForm>
  );
}
