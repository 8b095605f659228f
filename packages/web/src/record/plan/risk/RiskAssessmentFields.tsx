import { RISK_PLANS, RISK_THOUGHTS } from '@everyday/core';
import { useTranslation } from 'react-i18next';
import { DateInput } from '../../../components/DateInput.js';
import { Radios } from '../../../components/Radios.js';
import { TextArea } from '../../../components/TextArea.js';
import { asYesNo } from '../form-values.js';
import type { SectionProps } from '../section-props.js';
import { yesNoItems } from '../section-props.js';
import type { RiskValues } from './risk-form.js';

const YES_NO_QUESTIONS = ['intent', 'accessToMeans', 'previousAttempts'] as const;

/** What the person says about thoughts, plans, intent, means, past attempts and what protects them. */
export function RiskAssessmentFields({ values, onChange, errors }: SectionProps<RiskValues>) {
  const { t } = useTranslation();
  return (
    <>
      <DateInput
        id="assessedOn"
        legend={t('recordPlan.risk.assessedOn')}
        value={values.assessedOn}
        onChange={(assessedOn) => {
          onChange({ assessedOn });
        }}
        error={errors.assessedOn}
      />
      <Radios
        id="thoughts"
        legend={t('recordPlan.risk.thoughts')}
        hint={t('recordPlan.risk.thoughtsHint')}
        items={RISK_THOUGHTS.map((value) => ({
          value,
          label: t(`recordPlan.risk.thoughtsOptions.${value}`),
        }))}
        value={values.thoughts}
        onChange={(thoughts) => {
          onChange({ thoughts: RISK_THOUGHTS.find((v) => v === thoughts) ?? '' });
        }}
        error={errors.thoughts}
      />
      <TextArea
        id="thoughtsDetail"
        label={t('recordPlan.risk.thoughtsDetail')}
        hint={t('recordPlan.risk.inTheirWords')}
        value={values.thoughtsDetail}
        onChange={(thoughtsDetail) => {
          onChange({ thoughtsDetail });
        }}
        rows={3}
        error={errors.thoughtsDetail}
      />
      <Radios
        id="plans"
        legend={t('recordPlan.risk.plans')}
        items={RISK_PLANS.map((value) => ({
          value,
          label: t(`recordPlan.risk.plansOptions.${value}`),
        }))}
        value={values.plans}
        onChange={(plans) => {
          onChange({ plans: RISK_PLANS.find((v) => v === plans) ?? '' });
        }}
        error={errors.plans}
      />
      <TextArea
        id="plansDetail"
        label={t('recordPlan.risk.plansDetail')}
        value={values.plansDetail}
        onChange={(plansDetail) => {
          onChange({ plansDetail });
        }}
        rows={3}
        error={errors.plansDetail}
      />
      {YES_NO_QUESTIONS.map((question) => (
        <Radios
          key={question}
          id={question}
          legend={t(`recordPlan.risk.${question}`)}
          items={yesNoItems(t, question)}
          value={values[question]}
          onChange={(answer) => {
            onChange({ [question]: asYesNo(answer) });
          }}
          inline
          error={errors[question]}
        />
      ))}
      <TextArea
        id="protectiveFactors"
        label={t('recordPlan.risk.protectiveFactors')}
        hint={t('recordPlan.risk.protectiveFactorsHint')}
        value={values.protectiveFactors}
        onChange={(protectiveFactors) => {
          onChange({ protectiveFactors });
        }}
        rows={3}
        error={errors.protectiveFactors}
      />
    </>
  );
}
