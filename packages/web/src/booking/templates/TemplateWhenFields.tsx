import { useTranslation } from 'react-i18next';
import { Checkboxes } from '../../components/Checkboxes.js';
import { DateInput } from '../../components/DateInput.js';
import { Radios } from '../../components/Radios.js';
import { TextInput } from '../../components/TextInput.js';
import { useLocale } from '../format.js';
import { weekdayName } from '../dates.js';
import type { TemplateSectionProps } from './section-props.js';

const WEEKDAYS = [1, 2, 3, 4, 5, 6, 7] as const;

/** When the clinic runs: weekdays, times, slot length, whose bank holidays, and for how long. */
export function TemplateWhenFields({ values, onChange, errors }: TemplateSectionProps) {
  const { t } = useTranslation();
  const locale = useLocale();
  return (
    <>
      <Checkboxes
        id="weekdays"
        legend={t('clinics.template.weekdays')}
        items={WEEKDAYS.map((day) => ({ value: String(day), label: weekdayName(day, locale) }))}
        selected={values.weekdays}
        onChange={(weekdays) => {
          onChange({ weekdays });
        }}
        error={errors.weekdays}
      />
      <TextInput
        id="start-time"
        label={t('clinics.template.startTime')}
        hint={t('clinics.template.timeHint')}
        value={values.startTime}
        onChange={(startTime) => {
          onChange({ startTime });
        }}
        width={5}
        error={errors.startTime}
      />
      <TextInput
        id="end-time"
        label={t('clinics.template.endTime')}
        hint={t('clinics.template.timeHint')}
        value={values.endTime}
        onChange={(endTime) => {
          onChange({ endTime });
        }}
        width={5}
        error={errors.endTime}
      />
      <TextInput
        id="slot-minutes"
        label={t('clinics.template.slotMinutes')}
        hint={t('clinics.template.slotMinutesHint')}
        value={values.slotMinutes}
        onChange={(slotMinutes) => {
          onChange({ slotMinutes });
        }}
        inputMode="numeric"
        width={5}
        error={errors.slotMinutes}
      />
      <Radios
        id="nation"
        legend={t('clinics.template.nation')}
        hint={t('clinics.template.nationHint')}
        items={[
          { value: 'england', label: t('clinics.template.england') },
          { value: 'wales', label: t('clinics.template.wales') },
        ]}
        value={values.nation}
        onChange={(nation) => {
          onChange({ nation: nation === 'wales' ? 'wales' : 'england' });
        }}
        inline
        error={errors.nation}
      />
      <DateInput
        id="valid-from"
        legend={t('clinics.template.validFrom')}
        hint={t('clinics.template.dateHint')}
        value={values.validFrom}
        onChange={(validFrom) => {
          onChange({ validFrom });
        }}
        error={errors.validFrom}
      />
      <DateInput
        id="valid-until"
        legend={t('clinics.template.validUntil')}
        hint={t('clinics.template.validUntilHint')}
        value={values.validUntil}
        onChange={(validUntil) => {
          onChange({ validUntil });
        }}
        error={errors.validUntil}
      />
    </>
  );
}
