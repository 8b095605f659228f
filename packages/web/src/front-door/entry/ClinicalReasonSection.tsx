import { QUESTION_SET_V1 as questions } from '@everyday/core';
import { useTranslation } from 'react-i18next';
import { TextArea } from '../../components/TextArea.js';
import { useLocalise } from '../../localise.js';
import { ENTRY_FIELD_IDS as ids } from './entry-fields.js';
import type { SectionProps } from './section-props.js';

/** A GP or MDT clinician's reason for referring (required for their referrals). */
export function ClinicalReasonSection({ values, update, errors }: SectionProps) {
  const { t } = useTranslation();
  const l = useLocalise();
  const q = questions.questions.clinicalReason;
  return (
    <section aria-labelledby="clinical-reason-heading">
      <h2 className="nhsuk-heading-m" id="clinical-reason-heading">
        {t('staffEntry.clinicalReason.title')}
      </h2>
      <TextArea
        id={ids.clinicalReason}
        label={l(q.heading)}
        hint={q.hint && l(q.hint)}
        value={values.clinicalReason}
        onChange={(clinicalReason) => {
          update({ clinicalReason });
        }}
        error={errors.clinicalReason}
        rows={6}
        labelSize="s"
      />
    </section>
  );
}
