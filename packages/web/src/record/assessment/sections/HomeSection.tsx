import { HOME_HAZARDS } from '@everyday/core';
import { useTranslation } from 'react-i18next';
import { Checkboxes } from '../../../components/Checkboxes.js';
import { TextArea } from '../../../components/TextArea.js';
import { fieldId } from '../../record-errors.js';
import type { SectionProps } from './section-props.js';
import { setter } from './section-props.js';

/** The home: hazards found, equipment in place or needed, and notes. */
export function HomeSection({ value, onChange, errors }: SectionProps<'home'>) {
  const { t } = useTranslation();
  const set = setter(value, onChange);
  return (
    <>
      <Checkboxes
        id={fieldId('home.hazards')}
        legend={t('record.assessment.home.hazards')}
        hint={t('record.assessment.selectAll')}
        items={HOME_HAZARDS.map((hazard) => ({
          value: hazard,
          label: t(`record.hazards.${hazard}`),
        }))}
        selected={value.hazards}
        onChange={set('hazards')}
        error={errors['home.hazards']}
      />
      <TextArea
        id={fieldId('home.equipment')}
        label={t('record.assessment.home.equipment')}
        value={value.equipment}
        onChange={set('equipment')}
        rows={3}
        error={errors['home.equipment']}
      />
      <TextArea
        id={fieldId('home.notes')}
        label={t('record.assessment.home.notes')}
        value={value.notes}
        onChange={set('notes')}
        rows={3}
        error={errors['home.notes']}
      />
    </>
  );
}
