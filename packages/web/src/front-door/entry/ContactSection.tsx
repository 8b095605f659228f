import { QUESTION_SET_V1 as questions } from '@everyday/core';
import type { ContactMethod } from '@everyday/core';
import { useTranslation } from 'react-i18next';
import { SelectInput } from '../../components/SelectInput.js';
import { TextInput } from '../../components/TextInput.js';
import { Radios } from '../../components/Radios.js';
import { localisedOptions, useLocalise } from '../../localise.js';
import type { Practice } from '../../api-types.js';
import { ENTRY_FIELD_IDS as ids } from './entry-fields.js';
import type { SectionProps } from './section-props.js';

/** Where letters go, asked under "Letter" while it is chosen. */
function LetterAddress({ values, update, errors }: SectionProps) {
  const { t } = useTranslation();
  return (
    <>
      <TextInput
        id={ids.addressLine1}
        label={t('staffEntry.contact.addressLine1')}
        value={values.addressLine1}
        onChange={(addressLine1) => {
          update({ addressLine1 });
        }}
        error={errors.addressLine1}
        autoComplete="off"
      />
      <TextInput
        id={ids.addressLine2}
        label={t('staffEntry.contact.addressLine2')}
        value={values.addressLine2}
        onChange={(addressLine2) => {
          update({ addressLine2 });
        }}
        error={errors.addressLine2}
        autoComplete="off"
      />
      <TextInput
        id={ids.addressTown}
        label={t('staffEntry.contact.addressTown')}
        value={values.addressTown}
        onChange={(addressTown) => {
          update({ addressTown });
        }}
        error={errors.addressTown}
        autoComplete="off"
        width={20}
      />
      <TextInput
        id={ids.addressPostcode}
        label={t('staffEntry.contact.addressPostcode')}
        value={values.addressPostcode}
        onChange={(addressPostcode) => {
          update({ addressPostcode });
        }}
        error={errors.addressPostcode}
        autoComplete="off"
        spellCheck={false}
        width={10}
      />
    </>
  );
}

/** Postcode, GP practice, phone, email, how to make contact and the language to write in. */
export function ContactSection(props: SectionProps & { practices: readonly Practice[] }) {
  const { values, update, errors, practices } = props;
  const { t } = useTranslation();
  const l = useLocalise();
  const q = questions.questions;
  return (
    <section aria-labelledby="contact-heading">
      <h2 className="nhsuk-heading-m" id="contact-heading">
        {t('staffEntry.contact.title')}
      </h2>
      <TextInput
        id={ids.postcode}
        label={l(q.postcode.heading)}
        value={values.postcode}
        onChange={(postcode) => {
          update({ postcode });
        }}
        error={errors.postcode}
        autoComplete="off"
        spellCheck={false}
        width={10}
      />
      <SelectInput
        id={ids.practiceId}
        label={l(q.practice.heading)}
        value={values.practiceId}
        onChange={(practiceId) => {
          update({ practiceId });
        }}
        error={errors.practiceId}
        options={[
          { value: '', label: t('staffEntry.contact.choosePractice') },
          ...practices.map((practice) => ({
            value: practice.id,
            label: practice.odsCode ? `${practice.name} (${practice.odsCode})` : practice.name,
          })),
        ]}
      />
      <TextInput
        id={ids.phone}
        label={t('staffEntry.contact.phone')}
        hint={t('staffEntry.contact.phoneHint')}
        value={values.phone}
        onChange={(phone) => {
          update({ phone });
        }}
        error={errors.phone}
        autoComplete="off"
        width={20}
      />
      <TextInput
        id={ids.email}
        label={t('staffEntry.contact.email')}
        type="email"
        value={values.email}
        onChange={(email) => {
          update({ email });
        }}
        error={errors.email}
        autoComplete="off"
        spellCheck={false}
        width={30}
      />
      <Radios
        id={ids.preferred}
        name="preferred"
        legend={l(q.contact.heading)}
        hint={q.contact.hint && l(q.contact.hint)}
        items={localisedOptions(l, questions.contactMethods).map((item) =>
          item.value === 'letter' ? { ...item, conditional: <LetterAddress {...props} /> } : item,
        )}
        value={values.preferred}
        onChange={(preferred) => {
          // Letters go to the person's postcode unless changed (issue 16 item 3).
          const start = preferred === 'letter' && values.addressPostcode === '';
          update({
            preferred: preferred as ContactMethod,
            ...(start ? { addressPostcode: values.postcode } : {}),
          });
        }}
        error={errors.preferred}
      />
      <Radios
        id={ids.preferredLanguage}
        name="preferredLanguage"
        legend={t('staffEntry.contact.language')}
        items={[
          { value: 'en', label: t('staffEntry.contact.english') },
          { value: 'cy', label: t('staffEntry.contact.welsh') },
        ]}
        value={values.preferredLanguage}
        onChange={(language) => {
          update({ preferredLanguage: language === 'cy' ? 'cy' : 'en' });
        }}
        error={errors.preferredLanguage}
        inline
      />
    </section>
  );
}
