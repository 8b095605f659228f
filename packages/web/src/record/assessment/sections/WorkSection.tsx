import { WORK_ABILITY_STATUSES } from '@everyday/core';
import { useTranslation } from 'react-i18next';
import { DateInput } from '../../../components/DateInput.js';
import { Radios } from '../../../components/Radios.js';
import { TextArea } from '../../../components/TextArea.js';
import { TextInput } from '../../../components/TextInput.js';
import { fieldId } from '../../record-errors.js';
import { useInstrumentLabels } from '../../labels.js';
import { WholeNumber } from './fields.js';
import type { SectionProps } from './section-props.js';
import { setter } from './section-props.js';

/** Work: status (with the fit note's end), the Work Ability Score 0–10, the job and adjustments. */
export function WorkSection({ value, onChange, errors }: SectionProps<'work'>) {
  const { t } = useTranslation();
  const labels = useInstrumentLabels();
  const set = setter(value, onChange);
  return (
    <>
      <Radios
        id={fieldId('work.status')}
        legend={t('record.assessment.work.status')}
        items={WORK_ABILITY_STATUSES.map((status) => ({
          value: status,
          label: labels.workStatus(status),
          conditional:
            status === 'sick_leave_fit_note' ? (
              <DateInput
                id={fieldId('work.fitNoteUntil')}
                legend={t('record.assessment.work.fitNoteUntil')}
                hint={t('record.assessment.optional')}
                value={value.fitNoteUntil}
                onChange={set('fitNoteUntil')}
                error={errors['work.fitNoteUntil']}
              />
            ) : undefined,
        }))}
        value={value.status}
        onChange={set('status')}
        error={errors['work.status']}
      />
      <WholeNumber
        path="work.was"
        label={t('record.assessment.work.was')}
        hint={t('record.assessment.work.wasHint')}
        value={value.was}
        onChange={set('was')}
        error={errors['work.was']}
      />
      <TextInput
        id={fieldId('work.jobTitle')}
        label={t('record.assessment.work.jobTitle')}
        value={value.jobTitle}
        onChange={set('jobTitle')}
        error={errors['work.jobTitle']}
      />
      <TextArea
        id={fieldId('work.jobDemands')}
        label={t('record.assessment.work.jobDemands')}
        value={value.jobDemands}
        onChange={set('jobDemands')}
        rows={3}
        error={errors['work.jobDemands']}
      />
      <TextArea
        id={fieldId('work.adjustments')}
        label={t('record.assessment.work.adjustments')}
        value={value.adjustments}
        onChange={set('adjustments')}
        rows={3}
        error={errors['work.adjustments']}
      />
    </>
  );
}
