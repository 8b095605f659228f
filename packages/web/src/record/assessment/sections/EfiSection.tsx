import { useTranslation } from 'react-i18next';
import { DateInput } from '../../../components/DateInput.js';
import { fieldId } from '../../record-errors.js';
import { WholeNumber } from './fields.js';
import type { SectionProps } from './section-props.js';
import { setter } from './section-props.js';

/** The electronic frailty index: deficits found in the GP record (of 36), and when it was imported. */
export function EfiSection({ value, onChange, errors }: SectionProps<'efi'>) {
  const { t } = useTranslation();
  const set = setter(value, onChange);
  return (
    <>
      <WholeNumber
        path="efi.deficits"
        label={t('record.assessment.efi.deficits')}
        hint={t('record.assessment.efi.deficitsHint')}
        value={value.deficits}
        onChange={set('deficits')}
        error={errors['efi.deficits']}
      />
      <DateInput
        id={fieldId('efi.importedOn')}
        legend={t('record.assessment.efi.importedOn')}
        hint={t('record.assessment.optional')}
        value={value.importedOn}
        onChange={set('importedOn')}
        error={errors['efi.importedOn']}
      />
    </>
  );
}
