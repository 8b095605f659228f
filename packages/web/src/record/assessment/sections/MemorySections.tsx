import { useTranslation } from 'react-i18next';
import { Radios } from '../../../components/Radios.js';
import { TextArea } from '../../../components/TextArea.js';
import { TextInput } from '../../../components/TextInput.js';
import { fieldId } from '../../record-errors.js';
import { YesNoRadios } from './fields.js';
import type { SectionProps } from './section-props.js';
import { setter } from './section-props.js';

function ScaleRadios(props: {
  path: string;
  legend: string;
  hint?: string;
  options: readonly { value: string; label: string }[];
  value: string;
  onChange: (value: string) => void;
  error: string | undefined;
}) {
  return (
    <Radios
      id={fieldId(props.path)}
      legend={props.legend}
      hint={props.hint}
      items={props.options}
      value={props.value}
      onChange={props.onChange}
      inline
      small
      error={props.error}
    />
  );
}

/** 6CIT (Kingshill 2000): year, month and time; counting back; months backwards; the address. */
export function SixCitSection({ value, onChange, errors }: SectionProps<'sixCit'>) {
  const { t } = useTranslation();
  const set = setter(value, onChange);
  const rightWrong = {
    yes: t('record.assessment.sixCit.correct'),
    no: t('record.assessment.sixCit.incorrect'),
  };
  const sequenceErrors = ['0', '1', '2'].map((n) => ({
    value: n,
    label: t(`record.assessment.sixCit.errors${n}`),
  }));
  return (
    <>
      {(['yearCorrect', 'monthCorrect', 'timeCorrect'] as const).map((key) => (
        <YesNoRadios
          key={key}
          path={`sixCit.${key}`}
          legend={t(`record.assessment.sixCit.${key}`)}
          labels={rightWrong}
          value={value[key]}
          onChange={set(key)}
          error={errors[`sixCit.${key}`]}
        />
      ))}
      <ScaleRadios
        path="sixCit.countBackErrors"
        legend={t('record.assessment.sixCit.countBack')}
        options={sequenceErrors}
        value={value.countBackErrors}
        onChange={set('countBackErrors')}
        error={errors['sixCit.countBackErrors']}
      />
      <ScaleRadios
        path="sixCit.monthsReverseErrors"
        legend={t('record.assessment.sixCit.monthsReverse')}
        options={sequenceErrors}
        value={value.monthsReverseErrors}
        onChange={set('monthsReverseErrors')}
        error={errors['sixCit.monthsReverseErrors']}
      />
      <ScaleRadios
        path="sixCit.addressErrors"
        legend={t('record.assessment.sixCit.address')}
        hint={t('record.assessment.sixCit.addressHint')}
        options={['0', '1', '2', '3', '4', '5'].map((n) => ({ value: n, label: n }))}
        value={value.addressErrors}
        onChange={set('addressErrors')}
        error={errors['sixCit.addressErrors']}
      />
    </>
  );
}

/** Mini-Cog: words recalled without cues (0–3) and whether the clock drawing is normal. */
export function MiniCogSection({ value, onChange, errors }: SectionProps<'miniCog'>) {
  const { t } = useTranslation();
  const set = setter(value, onChange);
  return (
    <>
      <ScaleRadios
        path="miniCog.wordsRecalled"
        legend={t('record.assessment.miniCog.words')}
        options={['0', '1', '2', '3'].map((n) => ({ value: n, label: n }))}
        value={value.wordsRecalled}
        onChange={set('wordsRecalled')}
        error={errors['miniCog.wordsRecalled']}
      />
      <YesNoRadios
        path="miniCog.clockNormal"
        legend={t('record.assessment.miniCog.clock')}
        hint={t('record.assessment.miniCog.clockHint')}
        labels={{
          yes: t('record.assessment.miniCog.normal'),
          no: t('record.assessment.miniCog.abnormal'),
        }}
        value={value.clockNormal}
        onChange={set('clockNormal')}
        error={errors['miniCog.clockNormal']}
      />
    </>
  );
}

/** Blood tests to rule out other causes: requested or not, and which. */
export function BloodTestsSection({ value, onChange, errors }: SectionProps<'bloodTests'>) {
  const { t } = useTranslation();
  const set = setter(value, onChange);
  return (
    <YesNoRadios
      path="bloodTests.requested"
      legend={t('record.assessment.bloodTests.requested')}
      value={value.requested}
      onChange={set('requested')}
      error={errors['bloodTests.requested']}
      conditionalOnYes={
        <TextInput
          id={fieldId('bloodTests.which')}
          label={t('record.assessment.bloodTests.which')}
          value={value.which}
          onChange={set('which')}
          error={errors['bloodTests.which']}
        />
      }
    />
  );
}

/** Referral to the memory clinic, and notes. */
export function MemoryClinicSection({ value, onChange, errors }: SectionProps<'memoryClinic'>) {
  const { t } = useTranslation();
  const set = setter(value, onChange);
  return (
    <>
      <YesNoRadios
        path="memoryClinic.referred"
        legend={t('record.assessment.memoryClinic.referred')}
        value={value.referred}
        onChange={set('referred')}
        error={errors['memoryClinic.referred']}
      />
      <TextArea
        id={fieldId('memoryClinic.notes')}
        label={t('record.assessment.memoryClinic.notes')}
        value={value.notes}
        onChange={set('notes')}
        rows={3}
        error={errors['memoryClinic.notes']}
      />
    </>
  );
}
