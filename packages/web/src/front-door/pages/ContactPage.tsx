import { QUESTION_SET_V1 } from '@everyday/core';
import { TextInput } from '../../components/TextInput.js';
import { QuestionForm } from '../components/QuestionForm.js';
import { Radios } from '../../components/Radios.js';
import { localisedOptions, useLocalise } from '../../localise.js';
import { askingUrgentDetails } from '../navigation.js';
import { useQuestion } from '../use-question.js';
import type { QuestionState } from '../use-question.js';

/** For the urgent save: only a number to call them on today (how else to contact them can follow). */
function UrgentPhonePage({ q }: { q: QuestionState }) {
  const title = q.t(
    q.answers.for === 'someone_else'
      ? 'referral.urgentPhone.titleSomeoneElse'
      : 'referral.urgentPhone.title',
  );
  const self = q.answers.for !== 'someone_else';
  return (
    <QuestionForm
      q={q}
      title={title}
      onContinue={() => {
        q.onContinue(() => {
          if (q.answers.preferred === '') q.set({ preferred: 'phone' });
        });
      }}
    >
      <TextInput
        id="phone"
        heading
        label={title}
        hint={q.t('referral.urgentPhone.hint')}
        type="tel"
        autoComplete={self ? 'tel' : 'off'}
        value={q.answers.phone}
        onChange={(phone) => {
          q.set({ phone });
        }}
        error={q.fieldError('phone')}
        width={20}
      />
    </QuestionForm>
  );
}

export function ContactPage() {
  const q = useQuestion('contact');
  const l = useLocalise();
  if (askingUrgentDetails(q.draft) && !q.changing) return <UrgentPhonePage q={q} />;
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
