import type { GoalData } from '@everyday/core';
import { GAS_LEVELS } from '@everyday/core';
import { useTranslation } from 'react-i18next';
import { Radios } from '../../../components/Radios.js';
import { TextInput } from '../../../components/TextInput.js';
import { useLocalise } from '../../../localise.js';
import type { SectionProps } from '../section-props.js';
import type { ReviewValues } from './goal-review.js';
import { asGasScoreValue } from './goal-review.js';

/** "+1", "0", "−2": a GAS level as it is written. */
export function gasScoreText(score: number): string {
  if (score > 0) return `+${String(score)}`;
  if (score < 0) return `−${String(-score)}`;
  return '0';
}

/** The review's score on the goal's measure: a GAS level, or COPM performance and satisfaction. */
export function ReviewScoreFields({
  goal,
  values,
  onChange,
  errors,
}: SectionProps<ReviewValues> & { goal: GoalData }) {
  const { t } = useTranslation();
  const l = useLocalise();
  switch (goal.measure) {
    case 'gas':
      return (
        <Radios
          id="gasScore"
          legend={t('recordPlan.review.gasScore')}
          hint={
            goal.gas
              ? t('recordPlan.review.gasScoreHint', { expected: goal.gas.expected })
              : undefined
          }
          items={[...GAS_LEVELS].reverse().map((level) => ({
            value: String(level.score),
            label: `${gasScoreText(level.score)}: ${l(level.label)}`,
          }))}
          value={values.gasScore}
          onChange={(chosen) => {
            onChange({ gasScore: asGasScoreValue(chosen) });
          }}
          error={errors.gasScore}
        />
      );
    case 'copm':
      return (
        <>
          <TextInput
            id="performance"
            label={t('recordPlan.review.performance')}
            hint={t('recordPlan.goal.copm.hint')}
            value={values.performance}
            onChange={(performance) => {
              onChange({ performance });
            }}
            inputMode="numeric"
            width={5}
            error={errors.performance}
          />
          <TextInput
            id="satisfaction"
            label={t('recordPlan.review.satisfaction')}
            hint={t('recordPlan.goal.copm.hint')}
            value={values.satisfaction}
            onChange={(satisfaction) => {
              onChange({ satisfaction });
            }}
            inputMode="numeric"
            width={5}
            error={errors.satisfaction}
          />
        </>
      );
  }
}
