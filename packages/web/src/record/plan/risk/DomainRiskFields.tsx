import { RISK_LEVELS, scoreStayIndependent, STAY_INDEPENDENT_ITEMS } from '@everyday/core';
import { useTranslation } from 'react-i18next';
import { Radios } from '../../../components/Radios.js';
import { TextArea } from '../../../components/TextArea.js';
import { asYesNo } from '../form-values.js';
import type { SectionProps } from '../section-props.js';
import type { DomainField, DomainValues, RiskValues } from './risk-form.js';

/**
 * One risk other than suicide (issue 16 item 7): whether it is present and, when it is, its own
 * level, what was found and its plan. Falls adds the STEADI Stay Independent screen.
 */
export function DomainRiskFields({
  field,
  values,
  onChange,
  errors,
}: SectionProps<RiskValues> & { field: DomainField }) {
  const { t } = useTranslation();
  const domain = values[field];
  const set = (patch: Partial<DomainValues>): void => {
    onChange({ [field]: { ...domain, ...patch } });
  };
  const key = `recordPlan.domains.${field}`;
  return (
    <section aria-labelledby={`${field}-title`}>
      <h2 className="nhsuk-heading-m" id={`${field}-title`}>
        {t(`${key}.title`)}
      </h2>
      {field === 'falls' && (
        <StayIndependentFields values={values} onChange={onChange} errors={errors} />
      )}
      <Radios
        id={`${field}-present`}
        legend={t(`${key}.present`)}
        items={[
          { value: 'yes', label: t('recordPlan.domains.presentYes') },
          { value: 'no', label: t('recordPlan.domains.presentNo') },
        ]}
        value={domain.present}
        onChange={(present) => {
          set({ present: asYesNo(present) });
        }}
        error={errors[`${field}.present`]}
      />
      {domain.present === 'yes' && (
        <>
          <Radios
            id={`${field}-level`}
            legend={t(`${key}.level`)}
            items={RISK_LEVELS.map((value) => ({
              value,
              label: t(`recordPlan.risk.levels.${value}`),
            }))}
            value={domain.level}
            onChange={(level) => {
              set({ level: RISK_LEVELS.find((v) => v === level) ?? '' });
            }}
            error={errors[`${field}.level`]}
          />
          <TextArea
            id={`${field}-concerns`}
            label={t(`${key}.concerns`)}
            value={domain.concerns}
            onChange={(concerns) => {
              set({ concerns });
            }}
            rows={3}
            error={errors[`${field}.concerns`]}
          />
          <TextArea
            id={`${field}-plan`}
            label={t(`${key}.plan`)}
            hint={t(`${key}.planHint`)}
            value={domain.plan}
            onChange={(plan) => {
              set({ plan });
            }}
            rows={4}
            error={errors[`${field}.plan`]}
          />
        </>
      )}
    </section>
  );
}

/** The twelve Stay Independent statements, yes or no, and the score as they are answered. */
function StayIndependentFields({ values, onChange, errors }: SectionProps<RiskValues>) {
  const { t } = useTranslation();
  const answers = values.stayIndependent;
  const complete = answers.every((a) => a !== '');
  const result = complete ? scoreStayIndependent(answers.map((a) => a === 'yes')) : null;
  return (
    <>
      <p className="nhsuk-body">{t('recordPlan.domains.stayIndependent.intro')}</p>
      {STAY_INDEPENDENT_ITEMS.map((item, index) => (
        <Radios
          key={item}
          id={`stayIndependent-${item}`}
          legend={t(`recordPlan.domains.stayIndependent.items.${item}`)}
          inline
          small
          items={[
            { value: 'yes', label: t('recordPlan.domains.stayIndependent.yes') },
            { value: 'no', label: t('recordPlan.domains.stayIndependent.no') },
          ]}
          value={answers[index] ?? ''}
          onChange={(answer) => {
            onChange({
              stayIndependent: answers.map((a, i) => (i === index ? asYesNo(answer) : a)),
            });
          }}
          error={index === 0 ? errors['falls.stayIndependent'] : undefined}
        />
      ))}
      <div className="nhsuk-inset-text" id="stay-independent-score" aria-live="polite">
        <span className="nhsuk-u-visually-hidden">{t('common.information')}: </span>
        <p>
          {result === null
            ? t('recordPlan.domains.stayIndependent.pending')
            : t(
                result.atRisk
                  ? 'recordPlan.domains.stayIndependent.atRisk'
                  : 'recordPlan.domains.stayIndependent.notAtRisk',
                { score: result.score },
              )}
        </p>
      </div>
    </>
  );
}
