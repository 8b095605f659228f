import { QUESTION_SET_V1 } from '@everyday/core';
import { Checkboxes } from '../../components/Checkboxes.js';
import { QuestionForm } from '../components/QuestionForm.js';
import { useLocalise } from '../../localise.js';
import { startUrgentSave } from '../submit.js';
import { useQuestion } from '../use-question.js';

const FLAGS = QUESTION_SET_V1.redFlags;
/** The exclusive "None of these" box. */
const NONE = 'none';

/** Red flags: any one of them saves the request at once and shows what to do now. */
export function RedFlagsPage() {
  const q = useQuestion('red-flags');
  const l = useLocalise();
  const { heading, hint } = QUESTION_SET_V1.questions.redFlags;
  const question = l(heading);
  return (
    <QuestionForm
      q={q}
      title={question}
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
        selected={[...q.answers.redFlags, ...(q.answers.noRedFlags ? [NONE] : [])]}
        onChange={(selected) => {
          q.set({
            redFlags: FLAGS.filter((flag) => selected.includes(flag.id)).map((flag) => flag.id),
            noRedFlags: selected.includes(NONE),
          });
        }}
        exclusive={{ value: NONE, label: q.t('referral.redFlags.none') }}
        error={q.fieldError('red-flags')}
      />
    </QuestionForm>
  );
}
