import { CLINIC_MODES, PATHWAYS } from '@everyday/core';
import { useTranslation } from 'react-i18next';
import { Radios } from '../../components/Radios.js';
import { SelectInput } from '../../components/SelectInput.js';
import { TextInput } from '../../components/TextInput.js';
import type { TemplateSectionProps } from './section-props.js';

/** How people are seen: the mode (a group has places), and a pathway the clinic is kept for. */
export function TemplateHowFields({ values, onChange, errors }: TemplateSectionProps) {
  const { t } = useTranslation();
  const capacity = (
    <TextInput
      id="capacity"
      label={t('clinics.template.capacity')}
      hint={t('clinics.template.capacityHint')}
      value={values.capacity}
      onChange={(capacity) => {
        onChange({ capacity });
      }}
      inputMode="numeric"
      width={5}
      error={errors.capacity}
    />
  );
  return (
    <>
      <Radios
        id="mode"
        legend={t('clinics.template.mode')}
        items={CLINIC_MODES.map((mode) => ({
          value: mode,
          label: t(`booking.mode.${mode}`),
          // Rendered only while chosen: the app does not mark the page as running NHS.UK
          // frontend's script, so its hidden class would not hide it.
          conditional: mode === 'group' && values.mode === 'group' ? capacity : undefined,
        }))}
        value={values.mode}
        onChange={(mode) => {
          onChange({ mode: mode as (typeof CLINIC_MODES)[number] });
        }}
        error={errors.mode ?? errors.gpad}
      />
      <SelectInput
        id="pathway"
        label={t('clinics.template.pathway')}
        hint={t('clinics.template.pathwayHint')}
        value={values.pathway}
        onChange={(pathway) => {
          onChange({ pathway: pathway as (typeof PATHWAYS)[number] | '' });
        }}
        options={[
          { value: '', label: t('clinics.template.anyPathway') },
          ...PATHWAYS.filter((p) => p !== 'signpost').map((p) => ({
            value: p,
            label: t(`triage.pathway.${p}`),
          })),
        ]}
        error={errors.pathway}
      />
    </>
  );
}
