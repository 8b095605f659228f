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
        items={localisedOptions(l, questions.contactMethods)}
        value={values.preferred}
        onChange={(preferred) => {
          update({ preferred: preferred as ContactMethod });
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
