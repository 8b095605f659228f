import {
  assessedDomains,
  assessesSuicide,
  DISCHARGE_REASON_LABELS,
  INTERVENTION_LABELS,
  presentDomainRisks,
} from '@everyday/core';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router-dom';
import { useLocalise } from '../../localise.js';
import { recordPages, recordPaths } from '../api.js';
import { useRecordFormat } from '../format.js';
import type { EpisodeDto, RecordEntryDto } from '../types.js';
import { entriesOfKind } from '../types.js';
import { EntryLinks } from './EntryLinks.js';
import { QuestionnaireEntries } from './QuestionnaireEntries.js';

interface CarePlanSectionProps {
  episode: EpisodeDto;
  entries: readonly RecordEntryDto[];
}

const ADD_LINKS = [
  ['risk', 'risk/new'],
  ['goal', 'goals/new'],
  ['intervention', 'interventions/new'],
  ['healthWorkReport', 'health-work-report/new'],
  ['discharge', 'discharge'],
] as const;

/**
 * "Care plan and more": links to the care-plan pages, and the risk assessments, goals,
 * interventions, reports, questionnaires and discharge recorded so far, read-only.
 */
export function CarePlanSection({ episode, entries }: CarePlanSectionProps) {
  const { t } = useTranslation();
  const l = useLocalise();
  const format = useRecordFormat();
  const episodeId = episode.id;
  const plan = (rest: string): string => recordPages.plan(episodeId, rest);
  const risks = entriesOfKind(entries, 'risk');
  const goals = entriesOfKind(entries, 'goal');
  const interventions = entriesOfKind(entries, 'intervention');
  const reports = entriesOfKind(entries, 'health_work_report');
  const discharges = entriesOfKind(entries, 'discharge');
  return (
    <section aria-labelledby="plan-heading" className="nhsuk-u-margin-bottom-7">
      <h2 className="nhsuk-heading-l" id="plan-heading">
        {t('record.plan.title')}
      </h2>
      {episode.status === 'open' ? (
        <ul className="nhsuk-list nhsuk-list--bullet" id="plan-links">
          {ADD_LINKS.map(([key, rest]) => (
            <li key={key}>
              <Link to={plan(rest)}>{t(`record.plan.add.${key}`)}</Link>
            </li>
          ))}
        </ul>
      ) : (
        <p className="nhsuk-body">{t('record.plan.closed')}</p>
      )}

      <h3 className="nhsuk-heading-m">{t('record.plan.risks')}</h3>
      {risks.length === 0 && <p className="nhsuk-body">{t('record.plan.noRisks')}</p>}
      {risks.map((risk) => {
        const about = t('record.plan.riskAbout', { date: format.day(risk.data.assessedOn) });
        return (
          <div className="nhsuk-card" key={risk.id}>
            <div className="nhsuk-card__content">
              <h4 className="nhsuk-card__heading nhsuk-heading-s">{about}</h4>
              <p className="nhsuk-card__description">
                {t('record.plan.riskLevel', { level: t(`record.riskLevel.${risk.data.level}`) })}
                {risk.scores.suggestedLevel &&
                  ` ${t('record.plan.suggested', { level: t(`record.riskLevel.${risk.scores.suggestedLevel}`, { defaultValue: risk.scores.suggestedLevel }) })}`}
                <br />
                {t('record.plan.escalation', {
                  to: t(`record.escalation.${risk.data.escalation.to}`),
                })}
              </p>
              <p className="nhsuk-body-s" id={`risk-domains-${risk.id}`}>
                {t('record.plan.riskCovers', {
                  domains: assessedDomains(risk.data)
                    .map((d) => t(`record.plan.riskDomains.${d}`))
                    .join(', '),
                })}
              </p>
              {presentDomainRisks(risk.data).length > 0 && (
                <ul className="nhsuk-list nhsuk-list--bullet">
                  {presentDomainRisks(risk.data).map(({ domain, risk: found }) => (
                    <li key={domain}>
                      {t('record.plan.domainRisk', {
                        domain: t(`record.plan.riskDomains.${domain}`),
                        level: found.level ? t(`record.riskLevel.${found.level}`) : '',
                        plan: found.plan,
                      })}
                    </li>
                  ))}
                </ul>
              )}
              {/* The suicide safety plan only where suicide was assessed (issue 16 item 7). */}
              {assessesSuicide(risk.data) && (
                <p className="nhsuk-body-s">
                  <Link to={plan(`risk/${risk.id}/safety-plan`)}>
                    {t('record.plan.safetyPlan')}
                    <span className="nhsuk-u-visually-hidden"> {about}</span>
                  </Link>
                </p>
              )}
              <EntryLinks
                episodeId={episodeId}
                entry={risk}
                about={about}
                editTo={
                  episode.status === 'open'
                    ? { to: plan(`risk/${risk.id}/edit`), label: t('record.entry.change') }
                    : undefined
                }
              />
            </div>
          </div>
        );
      })}

      <h3 className="nhsuk-heading-m">{t('record.plan.goals')}</h3>
      {goals.length === 0 && <p className="nhsuk-body">{t('record.plan.noGoals')}</p>}
      {goals.map((goal, index) => {
        const about = t('record.plan.goalAbout', { n: index + 1 });
        return (
          <div className="nhsuk-card" key={goal.id}>
            <div className="nhsuk-card__content">
              <h4 className="nhsuk-card__heading nhsuk-heading-s">{about}</h4>
              <p className="nhsuk-card__description">“{goal.data.wording}”</p>
              <p className="nhsuk-body-s">
                {t('record.plan.goalStatus', {
                  status: t(`record.goalStatus.${goal.data.status}`),
                })}
                {' · '}
                {t(`record.goalMeasure.${goal.data.measure}`)}
                {' · '}
                {t('record.plan.reviews', { count: goal.data.reviews.length })}
              </p>
              <EntryLinks
                episodeId={episodeId}
                entry={goal}
                about={about}
                editTo={
                  episode.status === 'open'
                    ? { to: plan(`goals/${goal.id}/review`), label: t('record.plan.review') }
                    : undefined
                }
              />
            </div>
          </div>
        );
      })}

      <h3 className="nhsuk-heading-m">{t('record.plan.interventions')}</h3>
      {interventions.length === 0 && (
        <p className="nhsuk-body">{t('record.plan.noInterventions')}</p>
      )}
      {interventions.length > 0 && (
        <ul className="nhsuk-list">
          {interventions.map((item) => {
            const label = l(INTERVENTION_LABELS[item.data.code]);
            const about = `${label}, ${format.day(item.data.deliveredOn)}`;
            return (
              <li key={item.id} className="nhsuk-u-margin-bottom-4">
                <strong>{label}</strong>, {format.day(item.data.deliveredOn)}
                {item.data.destination && ` — ${item.data.destination}`}
                {item.data.note && (
                  <>
                    <br />
                    {item.data.note}
                  </>
                )}
                <EntryLinks episodeId={episodeId} entry={item} about={about} />
              </li>
            );
          })}
        </ul>
      )}

      <h3 className="nhsuk-heading-m">{t('record.plan.reports')}</h3>
      {reports.length === 0 && <p className="nhsuk-body">{t('record.plan.noReports')}</p>}
      {reports.length > 0 && (
        <ul className="nhsuk-list">
          {reports.map((report) => {
            const about = t('record.plan.reportAbout', { date: format.day(report.data.issuedOn) });
            return (
              <li key={report.id} className="nhsuk-u-margin-bottom-4">
                <a href={recordPaths.healthWorkReport(episodeId, report.id)}>
                  {about} {t('record.pdf')}
                </a>
                <EntryLinks episodeId={episodeId} entry={report} about={about} />
              </li>
            );
          })}
        </ul>
      )}

      <QuestionnaireEntries entries={entries} />

      {discharges.map((discharge) => (
        <div key={discharge.id}>
          <h3 className="nhsuk-heading-m">{t('record.plan.discharge')}</h3>
          <p className="nhsuk-body">
            {t('record.plan.dischargedOn', {
              date: format.day(discharge.data.dischargedOn),
              reason: l(DISCHARGE_REASON_LABELS[discharge.data.reason]),
            })}
          </p>
          <p className="nhsuk-body">
            <a href={recordPaths.dischargeLetter(episodeId)}>
              {t('record.plan.dischargeLetter')} {t('record.pdf')}
            </a>
          </p>
          <EntryLinks episodeId={episodeId} entry={discharge} about={t('record.plan.discharge')} />
        </div>
      ))}
    </section>
  );
}
