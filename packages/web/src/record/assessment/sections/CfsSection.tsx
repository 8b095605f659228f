import { CFS_LEVELS } from '@everyday/core';
import { useTranslation } from 'react-i18next';
import { Radios } from '../../../components/Radios.js';
import { useLocalise } from '../../../localise.js';
import { fieldId } from '../../record-errors.js';
import type { SectionProps } from './section-props.js';

/** Clinical Frailty Scale 2.0: the person's baseline, a level 1–9 by its v2.0 name. */
export function CfsSection({ value, onChange, errors }: SectionProps<'cfs'>) {
  const { t } = useTranslation();
  const l = useLocalise();
  return (
    <Radios
      id={fieldId('cfs.level')}
      legend={t('record.assessment.cfs.level')}
      hint={t('record.assessment.cfs.hint')}
      items={CFS_LEVELS.map((level) => ({
        value: String(level.level),
        label: `${String(level.level)}: ${l(level.name)}`,
      }))}
      value={value.level}
      onChange={(level) => {
        onChange({ level });
      }}
      small
      error={errors['cfs.level']}
    />
  );
}
