import { QUESTION_SET_V1 as questions } from '@everyday/core';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { Fieldset } from '../../components/Fieldset.js';
import { TextInput } from '../../components/TextInput.js';
import { DateInput } from '../../components/DateInput.js';
import { useLocalise } from '../../localise.js';
import { ENTRY_FIELD_IDS as ids } from './entry-fields.js';
import type { SectionProps } from './section-props.js';

/** Name, date of birth and NHS number, then the duplicate check (`children`). */
export function PersonSection({
  values,
  update,
  errors,
  children,
}: SectionProps & {
  children: ReactNode;
}) {
  const { t } = useTranslation();
  const l = useLocalise();
  const q = questions.questions;
  return (
    <section aria-labelledby="person-heading">
      <h2 className="nhsuk-heading-m" id="person-heading">
        {t('staffEntry.person.title')}
      </h2>
      <Fieldset
        id="name"
        legend={l(q.name.heading)}
        hint={q.name.hint ? l(q.name.hint) : ''}
        invalid={Boolean(errors.givenName ?? errors.familyName)}
      >
        <TextInput
          id={ids.givenName}
          label={t('staffEntry.person.givenName')}
          value={values.givenName}
          onChange={(givenName) => {
            update({ givenName });
          }}
          error={errors.givenName}
          autoComplete="off"
          spellCheck={false}
          width={20}
        />
        <TextInput
          id={ids.familyName}
          label={t('staffEntry.person.familyName')}
          value={values.familyName}
          onChange={(familyName) => {
            update({ familyName });
          }}
          error={errors.familyName}
          autoComplete="off"
          spellCheck={false}
          width={20}
        />
      </Fieldset>
      <DateInput
        id={ids.dateOfBirth}
        legend={l(q.dateOfBirth.heading)}
        hint={q.dateOfBirth.hint && l(q.dateOfBirth.hint)}
        value={values.dateOfBirth}
        onChange={(dateOfBirth) => {
          update({ dateOfBirth });
        }}
        error={errors.dateOfBirth}
      />
      <TextInput
        id={ids.nhsNumber}
        label={l(q.nhsNumber.heading)}
        hint={q.nhsNumber.hint && l(q.nhsNumber.hint)}
        value={values.nhsNumber}
        onChange={(nhsNumber) => {
          update({ nhsNumber });
        }}
        error={errors.nhsNumber}
        autoComplete="off"
        spellCheck={false}
        width={10}
      />
      {children}
    </section>
  );
}
