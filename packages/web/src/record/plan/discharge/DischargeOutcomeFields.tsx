import { WORK_ABILITY_STATUSES, WORK_STATUS_LABELS } from '@everyday/core';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router-dom';
import { Checkboxes } from '../../../components/Checkboxes.js';
import { InsetText } from '../../../components/InsetText.js';
import { Radios } from '../../../components/Radios.js';
import { TextArea } from '../../../components/TextArea.js';
import { TextInput } from '../../../components/TextInput.js';
import { useLocalise } from '../../../localise.js';
import { recordPages } from '../../api.js';
import type { SectionProps } from '../section-props.js';
import type { DischargeValues } from './discharge-form.js';
import { AVOIDED } from './discharge-form.js';

interface MeasuresProps extends SectionProps<DischargeValues> {
  episodeId: string;
  repeated: boolean;
}

/** A reminder to repeat the outcome measures, or a reason they were not. */
export function MeasuresFields({ episodeId, repeated, values, onChange, errors }: MeasuresProps) {
  const { t } = useTranslation();
  if (repeated)
    return (
      <InsetText id="measures-repeated">
        <p>{t('recordPlan.discharge.measuresRepeated')}</p>
      </InsetText>
    );
  return (
    <>
      <InsetText id="measures-reminder">
        <p>{t('recordPlan.discharge.measuresReminder')}</p>
        <p>
          <Link to={recordPages.newAssessment(episodeId, 'discharge')}>
            {t('recordPlan.discharge.measuresLink')}
          </Link>
        </p>
      </InsetText>
      <TextArea
        id="measuresNotRepeatedReason"
        label={t('recordPlan.discharge.measuresNotRepeatedReason')}
        value={values.measuresNotRepeatedReason}
        onChange={(measuresNotRepeatedReason) => {
          onChange({ measuresNotRepeatedReason });
        }}
        rows={3}
        error={errors.measuresNotRepeatedReason}
      />
    </>
  );
}

/** What the episode avoided, in the OT's judgement. */
export function AvoidedFields({ values, onChange, errors }: SectionProps<DischargeValues>) {
  const { t } = useTranslation();
  const count = (
    <TextInput
      id="avoided-gpAppointmentsCount"
      label={t('recordPlan.discharge.gpAppointmentsCount')}
      value={values.gpAppointmentsCount}
      onChange={(gpAppointmentsCount) => {
        onChange({ gpAppointmentsCount });
      }}
      inputMode="numeric"
      width={5}
      error={errors['avoided.gpAppointmentsCount']}
    />
  );
  return (
    <Checkboxes
      id="avoided"
      legend={t('recordPlan.discharge.avoided')}
      hint={t('recordPlan.discharge.avoidedHint')}
      items={AVOIDED.map((item) => ({
        value: item,
        label: t(`recordPlan.discharge.avoidedOptions.${item}`),
        conditional: item === 'gpAppointments' ? count : undefined,
      }))}
      selected={values.avoided}
      onChange={(selected) => {
        onChange({ avoided: AVOIDED.filter((item) => selected.includes(item)) });
      }}
      error={errors.avoided}
    />
  );
}

/** The person's work situation at discharge (work pathway). */
export function WorkOutcomeFields({ values, onChange, errors }: SectionProps<DischargeValues>) {
  const { t } = useTranslation();
  const l = useLocalise();
  return (
    <>
      <Radios
        id="workOutcome-status"
        legend={t('recordPlan.discharge.workStatus')}
        items={WORK_ABILITY_STATUSES.map((code) => ({
          value: code,
          label: l(WORK_STATUS_LABELS[code]),
        }))}
        value={values.workStatus}
        onChange={(chosen) => {
          onChange({ workStatus: WORK_ABILITY_STATUSES.find((code) => code === chosen) ?? '' });
        }}
        error={errors['workOutcome.status']}
      />
      <TextArea
        id="workOutcome-detail"
        label={t('recordPlan.discharge.workDetail')}
        hint={t('recordPlan.discharge.workDetailHint')}
        value={values.workDetail}
        onChange={(workDetail) => {
          onChange({ workDetail });
        }}
        rows={3}
        error={errors['workOutcome.detail']}
      />
    </>
  );
}
