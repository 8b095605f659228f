import { ESCALATIONS, RISK_LEVELS } from '@everyday/core';
import { useTranslation } from 'react-i18next';
import { DateInput } from '../../../components/DateInput.js';
import { Radios } from '../../../components/Radios.js';
import { TextArea } from '../../../components/TextArea.js';
import { TextInput } from '../../../components/TextInput.js';
import { WarningCallout } from '../../../components/WarningCallout.js';
import type { SectionProps } from '../section-props.js';
import type { RiskValues } from './risk-form.js';
import { levelDiffers, suggestedLevelOf } from './risk-form.js';

/**
 * The level Everyday suggests (updated as the answers change, and announced), the level the
 * clinician confirms with their reason when it differs, and the escalation.
 */
export function RiskLevelFields({ values, onChange, errors }: SectionProps<RiskValues>) {
  const { t } = useTranslation();
  const suggested = suggestedLevelOf(values);
  const escalating = values.escalationTo !== '' && values.escalationTo !== 'none';
  return (
    <>
      <div className="nhsuk-inset-text" id="suggested-level" aria-live="polite">
        <span className="nhsuk-u-visually-hidden">{t('common.information')}: </span>
        {suggested === null ? (
          <p>{t('recordPlan.risk.suggestedPending')}</p>
        ) : (
          <>
            <p>
              {t('recordPlan.risk.suggestedIs')}{' '}
              <strong id="suggested-level-value">{t(`recordPlan.risk.levels.${suggested}`)}</strong>
            </p>
            <p>{t('recordPlan.risk.suggestedNote')}</p>
          </>
        )}
      </div>
      <Radios
        id="level"
        legend={t('recordPlan.risk.level')}
        items={RISK_LEVELS.map((value) => ({
          value,
          label: t(`recordPlan.risk.levels.${value}`),
        }))}
        value={values.level}
        onChange={(level) => {
          onChange({ level: RISK_LEVELS.find((v) => v === level) ?? '' });
        }}
        error={errors.level}
      />
      {(levelDiffers(values) || errors.levelReason) && (
        <TextArea
          id="levelReason"
          label={t('recordPlan.risk.levelReason')}
          value={values.levelReason}
          onChange={(levelReason) => {
            onChange({ levelReason });
          }}
          rows={3}
          error={errors.levelReason}
        />
      )}
      {values.level === 'high' && (
        <WarningCallout heading={t('recordPlan.risk.highTitle')} headingLevel={3}>
          <p>{t('recordPlan.risk.highBody')}</p>
        </WarningCallout>
      )}
      <Radios
        id="escalation-to"
        legend={t('recordPlan.risk.escalation')}
        items={ESCALATIONS.map((value) => ({
          value,
          label: t(`recordPlan.risk.escalations.${value}`),
        }))}
        value={values.escalationTo}
        onChange={(to) => {
          onChange({ escalationTo: ESCALATIONS.find((v) => v === to) ?? '' });
        }}
        error={errors['escalation.to']}
      />
      {escalating && (
        <>
          <TextArea
            id="escalation-detail"
            label={t('recordPlan.risk.escalationDetail')}
            hint={t('recordPlan.risk.escalationDetailHint')}
            value={values.escalationDetail}
            onChange={(escalationDetail) => {
              onChange({ escalationDetail });
            }}
            rows={3}
            error={errors['escalation.detail']}
          />
          <DateInput
            id="escalation-at"
            legend={t('recordPlan.risk.escalationOn')}
            hint={t('recordPlan.risk.escalationOnHint')}
            value={values.escalationOn}
            onChange={(escalationOn) => {
              onChange({ escalationOn });
            }}
            error={errors['escalation.at']}
          />
          <TextInput
            id="escalation-time"
            label={t('recordPlan.risk.escalationTime')}
            hint={t('recordPlan.risk.escalationTimeHint')}
            value={values.escalationTime}
            onChange={(escalationTime) => {
              onChange({ escalationTime });
            }}
            width={5}
          />
        </>
      )}
    </>
  );
}
