import { optionLabelFor, QUESTION_SET_V1, questionFor } from '@everyday/core';
import { Checkboxes } from '../../components/Checkboxes.js';
import { TextInput } from '../../components/TextInput.js';
import { QuestionForm } from '../components/QuestionForm.js';
import { Radios } from '../../components/Radios.js';
import { TextArea } from '../../components/TextArea.js';
import { localisedOptions, useLocalise } from '../../localise.js';
import { useQuestion } from '../use-question.js';

const NEEDS = QUESTION_SET_V1.accessNeeds;

/** Communication and access needs: an interpreter (and which language), AIS needs, anything else. */
export function AccessPage() {
  const q = useQuestion('access');
  const l = useLocalise();
  const { heading, hint } = questionFor(QUESTION_SET_V1.questions.access, q.answers.for);
  const question = l(heading);
  return (
    <QuestionForm q={q} title={question} heading intro={hint && l(hint)}>
      <Radios
        id="interpreter"
        legendSize="m"
        legend={q.own('referral.access.interpreter')}
        items={[
          {
            value: 'yes',
            label: q.t('referral.access.yes'),
            conditional: (
              <TextInput
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
        legendSize="m"
        legend={q.own('referral.access.needs')}
        hint={q.t('referral.access.needsHint')}
        items={localisedOptions(
          l,
          NEEDS.map((n) => ({ ...n, label: optionLabelFor(n, q.answers.for) })),
        )}
        selected={q.answers.accessNeeds}
        onChange={(selected) => {
          q.set({
            accessNeeds: NEEDS.filter((n) => selected.includes(n.value)).map((n) => n.value),
          });
        }}
        error={q.fieldError('access-needs')}
      />
      <TextArea
        id="access-other"
        label={q.own('referral.access.other')}
        hint={q.t('referral.access.otherHint')}
        value={q.answers.accessOther}
        onChange={(accessOther) => {
          q.set({ accessOther });
        }}
        error={q.fieldError('access-other')}
        rows={3}
      />
      <Radios
        id="preferred-language"
        legendSize="m"
        legend={q.own('referral.contact.language')}
        items={[
          { value: 'en', label: q.t('referral.contact.english') },
          { value: 'cy', label: q.t('referral.contact.welsh') },
        ]}
        value={q.answers.preferredLanguage}
        onChange={(value) => {
          q.set({ preferredLanguage: value === 'cy' ? 'cy' : 'en' });
        }}
        error={q.fieldError('preferred-language')}
      />
    </QuestionForm>
  );
}
