import { QUESTION_SET_V1 as questions, RED_FLAGS } from '@everyday/core';
import { useTranslation } from 'react-i18next';
import { Checkboxes } from '../../components/Checkboxes.js';
import { useLocalise } from '../../localise.js';
import { ENTRY_FIELD_IDS as ids } from './entry-fields.js';
import { RedFlagAdvice } from './RedFlagAdvice.js';
import type { SectionProps } from './section-props.js';

/** The red-flag question, with its advice the moment any is ticked. */
export function RedFlagsSection({ values, update, errors }: SectionProps) {
  const { t } = useTranslation();
  const l = useLocalise();
  const q = questions.questions.redFlags;
  return (
    <section aria-labelledby="red-flags-heading">
      <h2 className="nhsuk-heading-m" id="red-flags-heading">
        {t('staffEntry.redFlags.title')}
      </h2>
      <Checkboxes
        id={ids.redFlags}
        name="redFlags"
        legend={l(q.heading)}
        hint={q.hint && l(q.hint)}
        items={questions.redFlags.map((rule) => ({
          value: rule.id,
          label: l(rule.label),
          hint: rule.hint && l(rule.hint),
        }))}
        selected={values.redFlags}
        onChange={(selected) => {
          update({ redFlags: RED_FLAGS.filter((flag) => selected.includes(flag)) });
        }}
        error={errors.redFlags}
      />
      <div aria-live="polite">
        <RedFlagAdvice redFlags={values.redFlags} />
      </div>
    </section>
  );
}
