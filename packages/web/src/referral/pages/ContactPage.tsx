import { QUESTION_SET_V1 } from '@everyday/core';
import { TextInput } from '../../components/TextInput.js';
import { QuestionForm } from '../components/QuestionForm.js';
import { Radios } from '../../components/Radios.js';
import { localisedOptions, useLocalise } from '../../localise.js';
import { useQuestion } from '../use-question.js';

export function ContactPage() {
  const q = useQuestion('contact');
  const l = useLocalise();
  const { heading, hint } = QUESTION_SET_V1.questions.contact;
  const question = l(heading);
  const self = q.answers.for !== 'someone_else';
  return (
    <QuestionForm q={q} title={question} heading intro={hint && l(hint)}>
      <TextInput
        id="phone"
        label={q.t('referral.contact.phone')}
        hint={q.t('referral.contact.phoneHint')}
        type="tel"
        autoComplete={self ? 'tel' : 'off'}
        value={q.answers.phone}
        onChange={(phone) => {
          q.set({ phone });
        }}
        error={q.fieldError('phone')}
        width={20}
      />
      <TextInput
        id="email"
        label={q.t('referral.contact.email')}
        hint={q.t('referral.contact.emailHint')}
        type="email"
        autoComplete={self ? 'email' : 'off'}
        spellCheck={false}
        value={q.answers.email}
        onChange={(email) => {
          q.set({ email });
        }}
        error={q.fieldError('email')}
      />
      <Radios
        id="preferred"
        legendSize="m"
        legend={q.t('referral.contact.preferred')}
        items={localisedOptions(l, QUESTION_SET_V1.contactMethods)}
        value={q.answers.preferred}
        onChange={(value) => {
          const method = QUESTION_SET_V1.contactMethods.find((m) => m.value === value);
          if (method) q.set({ preferred: method.value });
        }}
        error={q.fieldError('preferred')}
      />
    </QuestionForm>
  );
}
