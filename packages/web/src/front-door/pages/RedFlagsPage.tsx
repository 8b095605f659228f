import { optionLabelFor, QUESTION_SET_V1 } from '@everyday/core';
import { Checkboxes } from '../../components/Checkboxes.js';
import { QuestionForm } from '../components/QuestionForm.js';
import { useLocalise } from '../../localise.js';
import { updateDraft } from '../store.js';
import { useQuestion } from '../use-question.js';

const FLAGS = QUESTION_SET_V1.redFlags;
/** The exclusive "None of these" box. */
const NONE = 'none';

/**
 * Red flags, asked straight after "who needs help": any one of them shows what to do now on the
 * next page, then asks only what is needed to save the request for a clinician today.
 */
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
          const ticked = answers.redFlags.length > 0 && !answers.noRedFlags;
          updateDraft((d) => ({
            ...d,
            advice: ticked
              ? { from: 'red-flags', then: 'date-of-birth' }
              : d.advice?.from === 'red-flags'
                ? null
                : d.advice,
          }));
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
          label: l(optionLabelFor(flag, q.answers.for)),
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
