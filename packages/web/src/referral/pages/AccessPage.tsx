import { QUESTION_SET_V1 } from '@everyday/core';
import { Checkboxes } from '../components/Checkboxes.js';
import { Input } from '../components/Input.js';
import { QuestionForm } from '../components/QuestionForm.js';
import { Radios } from '../components/Radios.js';
import { Textarea } from '../components/Textarea.js';
import { useLocalised } from '../messages.js';
import { useQuestion } from '../use-question.js';

const NEEDS = QUESTION_SET_V1.accessNeeds;

/** Communication and access needs: an interpreter (and which language), AIS needs, anything else. */
export function AccessPage() {
  const q = useQuestion('access');
  const l = useLocalised();
  const { heading, hint } = QUESTION_SET_V1.questions.access;
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
      <h1 className="nhsuk-heading-l">{question}</h1>
      {hint && <p className="nhsuk-body">{l(hint)}</p>}
      <Radios
        id="interpreter"
        legend={q.t('referral.access.interpreter')}
        items={[
          {
            value: 'yes',
            label: q.t('referral.access.yes'),
            conditional: (
              <Input
                id="interpreter-language"
                label={q.t('referral.access.language')}
                value={q.answers.interpreterLanguage}
                onChange={(interpreterLanguage) => {
                  q.set({ interpreterLanguage });
                }}
                error={q.fieldError('interpreter-language')}
                width={20}
              />
            ),
          },
          { value: 'no', label: q.t('referral.access.no') },
        ]}
        value={q.answers.interpreter}
        onChange={(value) => {
          q.set({ interpreter: value === 'yes' ? 'yes' : 'no' });
        }}
        error={q.fieldError('interpreter')}
      />
      <Checkboxes
        id="access-needs"
        legend={q.t('referral.access.needs')}
        hint={q.t('referral.access.needsHint')}
        items={NEEDS.map((need) => ({ value: need.value, label: l(need.label) }))}
        selected={q.answers.accessNeeds}
        onChange={(selected) => {
          q.set({
            accessNeeds: NEEDS.filter((n) => selected.includes(n.value)).map((n) => n.value),
          });
        }}
        error={q.fieldError('access-needs')}
      />
      <Textarea
        id="access-other"
        label={q.t('referral.access.other')}
        hint={q.t('referral.access.otherHint')}
        value={q.answers.accessOther}
        onChange={(accessOther) => {
          q.set({ accessOther });
        }}
        error={q.fieldError('access-other')}
        rows={3}
      />
    </QuestionForm>
  );
}
