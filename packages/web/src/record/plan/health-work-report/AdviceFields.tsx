import { useTranslation } from 'react-i18next';
import { Checkboxes } from '../../../components/Checkboxes.js';
import { DateInput } from '../../../components/DateInput.js';
import { Radios } from '../../../components/Radios.js';
import { TextArea } from '../../../components/TextArea.js';
import { asYesNo } from '../form-values.js';
import type { SectionProps } from '../section-props.js';
import { yesNoItems } from '../section-props.js';
import type { ReportValues } from './report-form.js';
import { REPORT_OPTIONS } from './report-form.js';

/** The advice, the options with the employer's agreement, functional effects, period and review. */
export function AdviceFields({ values, onChange, errors }: SectionProps<ReportValues>) {
  const { t } = useTranslation();
  const options = (
    <Checkboxes
      id="options"
      legend={t('recordPlan.report.options')}
      items={REPORT_OPTIONS.map((option) => ({
        value: option,
        label: t(`recordPlan.report.optionLabels.${option}`),
      }))}
      selected={values.options}
      onChange={(selected) => {
        onChange({ options: REPORT_OPTIONS.filter((option) => selected.includes(option)) });
      }}
      error={errors.options}
    />
  );
  return (
    <>
      <Radios
        id="advice"
        legend={t('recordPlan.report.advice')}
        items={[
          { value: 'not_fit', label: t('recordPlan.report.adviceOptions.not_fit') },
          {
            value: 'may_be_fit',
            label: t('recordPlan.report.adviceOptions.may_be_fit'),
            conditional: options,
          },
        ]}
        value={values.advice}
        onChange={(advice) => {
          // "Not fit" takes no return-to-work option: untick any that were.
          if (advice === 'not_fit') onChange({ advice, options: [] });
          else if (advice === 'may_be_fit') onChange({ advice });
        }}
        error={errors.advice}
      />
      <TextArea
        id="functionalEffects"
        label={t('recordPlan.report.functionalEffects')}
        labelSize="s"
        hint={t('recordPlan.report.functionalEffectsHint')}
        value={values.functionalEffects}
        onChange={(functionalEffects) => {
          onChange({ functionalEffects });
        }}
        rows={4}
        error={errors.functionalEffects}
      />
      <DateInput
        id="period-from"
        legend={t('recordPlan.report.periodFrom')}
        value={values.periodFrom}
        onChange={(periodFrom) => {
          onChange({ periodFrom });
        }}
        error={errors['period.from']}
      />
      <DateInput
        id="period-to"
        legend={t('recordPlan.report.periodTo')}
        value={values.periodTo}
        onChange={(periodTo) => {
          onChange({ periodTo });
        }}
        error={errors['period.to']}
      />
      <Radios
        id="review-required"
        legend={t('recordPlan.report.reviewRequired')}
        items={yesNoItems(t, 'reviewRequired').map((item) =>
          item.value === 'yes'
            ? {
                ...item,
                conditional: (
                  <DateInput
                    id="review-date"
                    legend={t('recordPlan.report.reviewDate')}
                    value={values.reviewDate}
                    onChange={(reviewDate) => {
                      onChange({ reviewDate });
                    }}
                    error={errors['review.date']}
                  />
                ),
              }
            : item,
        )}
        value={values.reviewRequired}
        onChange={(answer) => {
          onChange({ reviewRequired: asYesNo(answer) });
        }}
        error={errors['review.required']}
      />
    </>
  );
}
