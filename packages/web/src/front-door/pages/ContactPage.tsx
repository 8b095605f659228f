import type { HTMLInputAutoCompleteAttribute } from 'react';
import { QUESTION_SET_V1, questionFor } from '@everyday/core';
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

/** Where letters go: two lines, the town and the postcode (the person's own, to start with). */
function AddressFields({ q, self }: { q: QuestionState; self: boolean }) {
  const field = (
    id: string,
    key: string,
    value: string,
    set: (value: string) => void,
    autoComplete: HTMLInputAutoCompleteAttribute,
    width?: 10 | 20,
  ) => (
    <TextInput
      id={id}
      label={q.t(key)}
      autoComplete={self ? autoComplete : 'off'}
      value={value}
      onChange={set}
      error={q.fieldError(id)}
      {...(width === undefined ? {} : { width })}
    />
  );
  const a = q.answers;
  return (
    <>
      <p className="nhsuk-body">{q.t('referral.contact.addressHint')}</p>
      {field(
        'address-line1',
        'referral.contact.addressLine1',
        a.addressLine1,
        (addressLine1) => {
          q.set({ addressLine1 });
        },
        'address-line1',
      )}
      {field(
        'address-line2',
        'referral.contact.addressLine2',
        a.addressLine2,
        (addressLine2) => {
          q.set({ addressLine2 });
        },
        'address-line2',
      )}
      {field(
        'address-town',
        'referral.contact.addressTown',
        a.addressTown,
        (addressTown) => {
          q.set({ addressTown });
        },
        'address-level2',
        20,
      )}
      {field(
        'address-postcode',
        'referral.contact.addressPostcode',
        a.addressPostcode,
        (addressPostcode) => {
          q.set({ addressPostcode });
        },
        'postal-code',
        10,
      )}
    </>
  );
}

export function ContactPage() {
  const q = useQuestion('contact');
  const l = useLocalise();
  if (askingUrgentDetails(q.draft) && !q.changing) return <UrgentPhonePage q={q} />;
  const { heading, hint } = questionFor(QUESTION_SET_V1.questions.contact, q.answers.for);
  const question = l(heading);
  const self = q.answers.for !== 'someone_else';
  // Letter asks where letters go (issue 16 item 3), shown under the choice while it is chosen.
  const methods = localisedOptions(l, QUESTION_SET_V1.contactMethods).map((item) =>
    item.value === 'letter' ? { ...item, conditional: <AddressFields q={q} self={self} /> } : item,
  );
  return (
    <QuestionForm q={q} title={question} heading intro={hint && l(hint)}>
      <TextInput
        id="phone"
        label={q.t('referral.contact.phone')}
        hint={q.own('referral.contact.phoneHint')}
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
        hint={q.own('referral.contact.emailHint')}
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
        legend={q.own('referral.contact.preferred')}
        items={methods}
        value={q.answers.preferred}
        onChange={(value) => {
          const method = QUESTION_SET_V1.contactMethods.find((m) => m.value === value);
          if (!method) return;
          // Letters go to the person's own postcode unless they say otherwise.
          const postcode = method.value === 'letter' && q.answers.addressPostcode === '';
          q.set({
            preferred: method.value,
            ...(postcode ? { addressPostcode: q.answers.postcode } : {}),
          });
        }}
        error={q.fieldError('preferred')}
      />
    </QuestionForm>
  );
}
