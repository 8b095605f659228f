import { useTranslation } from 'react-i18next';
import { Radios } from '../../../components/Radios.js';
import { TextArea } from '../../../components/TextArea.js';
import { TextInput } from '../../../components/TextInput.js';
import type { SectionProps } from '../section-props.js';
import type { GoalValues } from './goal-form.js';

const COPM_FIELDS = [
  ['copmImportance', 'importance'],
  ['copmPerformance', 'performance'],
  ['copmSatisfaction', 'satisfaction'],
] as const;

const WEIGHTS = ['0', '1', '2', '3'] as const;

/** How the goal is measured: COPM ratings 1–10, or GAS weights, baseline and expected outcome. */
export function GoalMeasureFields({ values, onChange, errors }: SectionProps<GoalValues>) {
  const { t } = useTranslation();
  const copm = (
    <>
      {COPM_FIELDS.map(([field, part]) => (
        <TextInput
          key={field}
          id={`copm-${part}`}
          label={t(`recordPlan.goal.copm.${part}`)}
          hint={t('recordPlan.goal.copm.hint')}
          value={values[field]}
          onChange={(typed) => {
            onChange({ [field]: typed });
          }}
          inputMode="numeric"
          width={5}
          error={errors[`copm.${part}`]}
        />
      ))}
    </>
  );
  const weight = (part: 'importance' | 'difficulty', field: 'gasImportance' | 'gasDifficulty') => (
    <Radios
      id={`gas-${part}`}
      legend={t(`recordPlan.goal.gas.${part}`)}
      items={WEIGHTS.map((value) => ({
        value,
        label: t(`recordPlan.goal.gas.${part}Options.${value}`),
      }))}
      value={values[field]}
      onChange={(chosen) => {
        onChange({ [field]: chosen });
      }}
      small
      error={errors[`gas.${part}`]}
    />
  );
  const gas = (
    <>
      {weight('importance', 'gasImportance')}
      {weight('difficulty', 'gasDifficulty')}
      <Radios
        id="gas-baseline"
        legend={t('recordPlan.goal.gas.baseline')}
        hint={t('recordPlan.goal.gas.baselineHint')}
        items={[
          { value: '-1', label: t('recordPlan.goal.gas.baselineOptions.minus1') },
          { value: '-2', label: t('recordPlan.goal.gas.baselineOptions.minus2') },
        ]}
        value={values.gasBaseline}
        onChange={(chosen) => {
          onChange({ gasBaseline: chosen === '-2' ? '-2' : chosen === '-1' ? '-1' : '' });
        }}
        small
        error={errors['gas.baseline']}
      />
      <TextArea
        id="gas-expected"
        label={t('recordPlan.goal.gas.expected')}
        hint={t('recordPlan.goal.gas.expectedHint')}
        value={values.gasExpected}
        onChange={(gasExpected) => {
          onChange({ gasExpected });
        }}
        rows={3}
        error={errors['gas.expected']}
      />
    </>
  );
  return (
    <Radios
      id="measure"
      legend={t('recordPlan.goal.measure')}
      items={[
        {
          value: 'copm',
          label: t('recordPlan.goal.measures.copm'),
          hint: t('recordPlan.goal.measures.copmHint'),
          conditional: copm,
        },
        {
          value: 'gas',
          label: t('recordPlan.goal.measures.gas'),
          hint: t('recordPlan.goal.measures.gasHint'),
          conditional: gas,
        },
      ]}
      value={values.measure}
      onChange={(measure) => {
        onChange({ measure: measure === 'copm' || measure === 'gas' ? measure : '' });
      }}
      error={errors.measure ?? errors.gas ?? errors.copm}
    />
  );
}
