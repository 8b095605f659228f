import { useTranslation } from 'react-i18next';
import { TextArea } from '../../../components/TextArea.js';
import type { SectionProps } from '../section-props.js';
import type { RiskValues } from './risk-form.js';
import { SAFETY_PLAN_FIELDS } from './risk-form.js';

/** The six parts of the safety plan, written with the person in their own words. */
export function SafetyPlanFields({ values, onChange, errors }: SectionProps<RiskValues>) {
  const { t } = useTranslation();
  return (
    <>
      {SAFETY_PLAN_FIELDS.map((field) => (
        <TextArea
          key={field}
          id={`safetyPlan-${field}`}
          label={t(`recordPlan.safetyPlan.${field}`)}
          hint={t(`recordPlan.safetyPlan.${field}Hint`)}
          value={values.safetyPlan[field]}
          onChange={(text) => {
            onChange({ safetyPlan: { ...values.safetyPlan, [field]: text } });
          }}
          rows={field === 'professionals' ? 5 : 3}
          error={errors[`safetyPlan.${field}`]}
        />
      ))}
    </>
  );
}
