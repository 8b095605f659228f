import { QUESTION_SET_V1 } from '@everyday/core';
import { Input } from '../components/Input.js';
import { QuestionForm } from '../components/QuestionForm.js';
import { Radios } from '../components/Radios.js';
import { useLocalised } from '../messages.js';
import { useQuestion } from '../use-question.js';

export function ContactPage() {
  const q = useQuestion('contact');
  const l = useLocalised();
  const { heading, hint } = QUESTION_SET_V1.questions.contact;
  const question = l(heading);
  const self = q.answers.for !== 'someone_else';
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
      <Input
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
      <Input
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
        legend={q.t('referral.contact.preferred')}
        items={QUESTION_SET_V1.contactMethods.map((method) => ({
          value: method.value,
          label: l(method.label),
        }))}
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
