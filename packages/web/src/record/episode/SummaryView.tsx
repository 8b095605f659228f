import { DISCHARGE_REASON_LABELS, INTERVENTION_LABELS } from '@everyday/core';
import { useTranslation } from 'react-i18next';
import { PageHeading } from '../../components/PageHeading.js';
import { WarningCallout } from '../../components/WarningCallout.js';
import { SummaryRow } from '../../triage/components/SummaryRow.js';
import { useLocalise } from '../../localise.js';
import { recordPaths } from '../api.js';
import { EpisodeHeader } from '../EpisodeHeader.js';
import { useRecordFormat } from '../format.js';
import { useInstrumentLabels } from '../labels.js';
import type { SummaryRecord } from '../types.js';
import { OutcomesTable } from './OutcomesTable.js';

/**
 * The read-only summary a GP or MDT clinician sees of their practice's patient: outcomes, risk,
 * goals, interventions and the discharge, with the letters. No notes, nothing to change.
 */
export function SummaryView({ record }: { record: SummaryRecord }) {
  const { t } = useTranslation();
  const l = useLocalise();
  const labels = useInstrumentLabels();
  const format = useRecordFormat();
  const { episode, person, summary } = record;
  const yesNo = (value: boolean): string => t(value ? 'record.yes' : 'record.no');
  const { risk, discharge } = summary;
  return (
    <>
      <PageHeading
        caption={t('record.summary.caption')}
        title={t('record.episode.title', { name: person.name })}
      >
        {person.name}
      </PageHeading>
      <EpisodeHeader episode={episode} person={person} />
      {(summary.riskFlagged || risk?.level === 'high') && (
        <WarningCallout heading={t('record.risk.bannerTitle')} id="risk-banner">
          {summary.riskFlagged && <p>{t('record.risk.phq9FlagSummary')}</p>}
          {risk?.level === 'high' && (
            <p>
              {t('record.risk.high', {
                date: format.day(risk.assessedOn),
                escalation: t(`record.escalation.${risk.escalation}`),
              })}
            </p>
          )}
        </WarningCallout>
      )}
      <dl className="nhsuk-summary-list" id="summary-contacts">
        <SummaryRow label={t('record.summary.contacts')}>
          {summary.lastContactOn
            ? t('record.summary.contactsValue', {
                count: summary.contacts,
                date: format.day(summary.lastContactOn),
              })
            : t('record.summary.noContacts')}
        </SummaryRow>
        <SummaryRow label={t('record.summary.risk')}>
          {risk
            ? t('record.summary.riskValue', {
                level: t(`record.riskLevel.${risk.level}`),
                date: format.day(risk.assessedOn),
              })
            : t('record.summary.noRisk')}
          {risk && risk.domains.length > 0 && (
            <ul className="nhsuk-list" id="summary-risk-domains">
              {risk.domains.map(({ domain, level }) => (
                <li key={domain}>
                  {t('record.summary.riskDomain', {
                    domain: t(`record.plan.riskDomains.${domain}`),
                    level:
                      level === null
                        ? t('record.summary.levelNotGiven')
                        : t(`record.riskLevel.${level}`),
                  })}
                </li>
              ))}
            </ul>
          )}
        </SummaryRow>
      </dl>
      <OutcomesTable outcomes={summary.outcomes} />

      <h2 className="nhsuk-heading-l">{t('record.summary.goals')}</h2>
      {summary.goals.length === 0 ? (
        <p className="nhsuk-body">{t('record.plan.noGoals')}</p>
      ) : (
        <ul className="nhsuk-list nhsuk-list--bullet" id="summary-goals">
          {summary.goals.map((goal, index) => (
            <li key={`${String(index)}-${goal.wording}`}>
              “{goal.wording}” — {t(`record.goalStatus.${goal.status}`)}
            </li>
          ))}
        </ul>
      )}

      <h2 className="nhsuk-heading-l">{t('record.summary.interventions')}</h2>
      {summary.interventions.length === 0 ? (
        <p className="nhsuk-body">{t('record.plan.noInterventions')}</p>
      ) : (
        <ul className="nhsuk-list nhsuk-list--bullet" id="summary-interventions">
          {summary.interventions.map((item, index) => (
            <li key={`${String(index)}-${item.code}`}>
              {l(INTERVENTION_LABELS[item.code])}, {format.day(item.deliveredOn)}
              {item.destination && ` — ${item.destination}`}
            </li>
          ))}
        </ul>
      )}

      <h2 className="nhsuk-heading-l">{t('record.summary.discharge')}</h2>
      {discharge === null ? (
        <p className="nhsuk-body">{t('record.summary.notDischarged')}</p>
      ) : (
        <dl className="nhsuk-summary-list" id="summary-discharge">
          <SummaryRow label={t('record.summary.dischargedOn')}>
            {format.day(discharge.dischargedOn)}
          </SummaryRow>
          <SummaryRow label={t('record.summary.reason')}>
            {l(DISCHARGE_REASON_LABELS[discharge.reason])}
          </SummaryRow>
          <SummaryRow label={t('record.summary.avoidedGp')}>
            {discharge.avoided.gpAppointments
              ? t('record.summary.avoidedCount', {
                  count: discharge.avoided.gpAppointmentsCount ?? 0,
                })
              : t('record.no')}
          </SummaryRow>
          <SummaryRow label={t('record.summary.avoidedSecondary')}>
            {yesNo(discharge.avoided.secondaryCareReferral)}
          </SummaryRow>
          <SummaryRow label={t('record.summary.avoidedMedication')}>
            {yesNo(discharge.avoided.medication)}
          </SummaryRow>
          {discharge.workOutcome && (
            <SummaryRow label={t('record.summary.workOutcome')}>
              {[
                discharge.workOutcome.status
                  ? labels.workStatus(discharge.workOutcome.status)
                  : null,
                discharge.workOutcome.detail || null,
              ]
                .filter(Boolean)
                .join(': ')}
            </SummaryRow>
          )}
          <SummaryRow label={t('record.summary.adviceForGp')}>{discharge.adviceForGp}</SummaryRow>
        </dl>
      )}

      <h2 className="nhsuk-heading-l">{t('record.summary.documents')}</h2>
      {discharge === null && summary.healthWorkReportIds.length === 0 ? (
        <p className="nhsuk-body">{t('record.summary.noDocuments')}</p>
      ) : (
        <ul className="nhsuk-list" id="summary-documents">
          {discharge && (
            <li>
              <a href={recordPaths.dischargeLetter(episode.id)}>
                {t('record.plan.dischargeLetter')} {t('record.pdf')}
              </a>
            </li>
          )}
          {summary.healthWorkReportIds.map((id, index) => (
            <li key={id}>
              <a href={recordPaths.healthWorkReport(episode.id, id)}>
                {t('record.summary.report', { n: index + 1 })} {t('record.pdf')}
              </a>
            </li>
          ))}
        </ul>
      )}
    </>
  );
}
