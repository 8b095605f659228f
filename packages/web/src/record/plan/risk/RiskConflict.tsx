import type { RiskData } from '@everyday/core';
import { useTranslation } from 'react-i18next';
import { WarningCallout } from '../../../components/WarningCallout.js';
import { MultilineText } from '../../../triage/components/MultilineText.js';
import { SummaryRow } from '../../../triage/components/SummaryRow.js';
import { useRecordFormat } from '../../format.js';
import type { RecordEntryDto } from '../../types.js';
import type { RiskDifference } from './risk-form.js';

interface RiskConflictProps {
  theirs: RecordEntryDto<'risk'>;
  differences: readonly RiskDifference[];
}

/** Someone saved the assessment while this was being changed: what their version says. */
export function RiskConflict({ theirs, differences }: RiskConflictProps) {
  const { t } = useTranslation();
  const format = useRecordFormat();
  const data = theirs.data;
  return (
    <WarningCallout heading={t('recordPlan.conflict.title')} id="conflict">
      <p>
        {t('recordPlan.conflict.savedBy', {
          name: theirs.updatedBy,
          when: format.dateTime(theirs.updatedAt),
        })}
      </p>
      {differences.length > 0 ? (
        <dl className="nhsuk-summary-list" aria-label={t('recordPlan.conflict.theirVersion')}>
          {differences.map((difference) => (
            <SummaryRow key={difference} label={t(`recordPlan.risk.differences.${difference}`)}>
              <TheirValue data={data} difference={difference} />
            </SummaryRow>
          ))}
        </dl>
      ) : (
        <p>{t('recordPlan.conflict.same')}</p>
      )}
      <p>{t('recordPlan.conflict.yoursKept')}</p>
    </WarningCallout>
  );
}

function TheirValue({ data, difference }: { data: RiskData; difference: RiskDifference }) {
  const { t } = useTranslation();
  switch (difference) {
    case 'level':
      return (
        <>
          {t(`recordPlan.risk.levels.${data.level}`)}
          {data.levelReason !== '' && (
            <>
              {': '}
              <MultilineText text={data.levelReason} />
            </>
          )}
        </>
      );
    case 'escalation':
      return (
        <>
          {t(`recordPlan.risk.escalations.${data.escalation.to}`)}
          {data.escalation.detail !== '' && (
            <>
              {': '}
              <MultilineText text={data.escalation.detail} />
            </>
          )}
          {data.escalation.at !== null && ` (${data.escalation.at.replace('T', ' ')})`}
        </>
      );
    case 'assessment':
      return (
        <>
          {t(`recordPlan.risk.thoughtsOptions.${data.thoughts}`)};{' '}
          {t(`recordPlan.risk.plansOptions.${data.plans}`)}
        </>
      );
    case 'warningSigns':
    case 'copingStrategies':
    case 'peopleAndPlaces':
    case 'peopleToAskForHelp':
    case 'professionals':
    case 'keepingSafe':
      return <MultilineText text={data.safetyPlan[difference]} />;
  }
}
