import { ACCESS_NEEDS, QUESTION_SET_V1 as questions } from '@everyday/core';
import { useTranslation } from 'react-i18next';
import { TextInput } from '../../components/TextInput.js';
import { Checkboxes } from '../../components/Checkboxes.js';
import { localisedOptions, useLocalise } from '../../localise.js';
import { ENTRY_FIELD_IDS as ids } from './entry-fields.js';
import type { AccessChoice } from './entry-values.js';
import type { SectionProps } from './section-props.js';

const CHOICES: readonly AccessChoice[] = ['interpreter', ...ACCESS_NEEDS];

/** An interpreter (and the language), accessible-information needs, and anything else. */
export function AccessSection({ values, update, errors }: SectionProps) {
  const { t } = useTranslation();
  const l = useLocalise();
  const q = questions.questions.access;
  return (
    <section aria-labelledby="access-heading">
      <h2 className="nhsuk-heading-m" id="access-heading">
        {t('staffEntry.access.title')}
      </h2>
      <Checkboxes
        id={ids.access}
        name="access"
        legend={l(q.heading)}
        hint={`${q.hint ? l(q.hint) : ''} ${t('staffEntry.access.selectAll')}`.trim()}
        items={[
          {
            value: 'interpreter',
            label: t('staffEntry.access.interpreter'),
            conditional: (
              <TextInput
                id={ids.interpreterLanguage}
                label={t('staffEntry.access.language')}
                value={values.interpreterLanguage}
                onChange={(interpreterLanguage) => {
                  update({ interpreterLanguage });
                }}
                error={errors.interpreterLanguage}
                autoComplete="off"
                width={20}
              />
            ),
          },
          ...localisedOptions(l, questions.accessNeeds),
        ]}
        selected={values.access}
        onChange={(selected) => {
          update({ access: CHOICES.filter((choice) => selected.includes(choice)) });
        }}
        error={errors.access}
      />
      <TextInput
        id={ids.accessOther}
        label={t('staffEntry.access.other')}
        value={values.accessOther}
        onChange={(accessOther) => {
          update({ accessOther });
        }}
        error={errors.accessOther}
        autoComplete="off"
      />
    </section>
  );
}
