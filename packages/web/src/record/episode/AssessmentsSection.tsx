import type { AssessmentStage } from '@everyday/core';
import { ASSESSMENT_STAGES } from '@everyday/core';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router-dom';
import { WarningCallout } from '../../components/WarningCallout.js';
import { MultilineText } from '../../triage/components/MultilineText.js';
import { recordPages } from '../api.js';
import { useRecordFormat } from '../format.js';
import type { EpisodeDto, RecordEntryDto } from '../types.js';
import { entriesOfKind } from '../types.js';
import { AssessmentScores } from './AssessmentScores.js';
import { EntryLinks } from './EntryLinks.js';

interface AssessmentsSectionProps {
  episode: EpisodeDto;
  entries: readonly RecordEntryDto[];
}

/** Assessments, newest first, with their computed scores; PHQ-9 item 9 above 0 stands out. */
export function AssessmentsSection({ episode, entries }: AssessmentsSectionProps) {
  const { t } = useTranslation();
  const format = useRecordFormat();
  const assessments = entriesOfKind(entries, 'assessment').sort(
    (a, b) =>
      b.data.assessedOn.localeCompare(a.data.assessedOn) || b.createdAt.localeCompare(a.createdAt),
  );
  const hasInitial = assessments.some((a) => a.data.stage === 'initial');
  const stages: readonly AssessmentStage[] = hasInitial
    ? ASSESSMENT_STAGES.filter((s) => s !== 'initial')
    : ASSESSMENT_STAGES;
  return (
    <section aria-labelledby="assessments-heading" className="nhsuk-u-margin-bottom-7">
      <h2 className="nhsuk-heading-l" id="assessments-heading">
        {t('record.assessments.title')}
      </h2>
      {episode.status === 'open' && (
        <ul className="nhsuk-list" id="assessment-links">
          {stages.map((stage) => (
            <li key={stage}>
              <Link to={recordPages.newAssessment(episode.id, stage)}>
                {t(`record.assessments.add.${stage}`)}
              </Link>
            </li>
          ))}
        </ul>
      )}
      {assessments.length === 0 && <p className="nhsuk-body">{t('record.assessments.none')}</p>}
      {assessments.map((assessment) => {
        const title = t('record.assessments.heading', {
          stage: t(`record.stage.${assessment.data.stage}`),
          date: format.day(assessment.data.assessedOn),
        });
        const flagged = assessment.scores.flags.includes('phq9_item9');
        const item9 = assessment.data.phq9?.items[8];
        return (
          <article
            className="nhsuk-u-margin-bottom-6"
            key={assessment.id}
            aria-labelledby={`assessment-${assessment.id}`}
          >
            <h3 className="nhsuk-heading-m" id={`assessment-${assessment.id}`}>
              {title}
            </h3>
            {flagged && (
              <WarningCallout
                heading={t('record.assessments.item9Title')}
                headingLevel={3}
                id={`item9-flag-${assessment.id}`}
              >
                <p>
                  {t('record.assessments.item9Body', {
                    answer: t(`record.phq9Answers.${String(item9 ?? 1)}`),
                  })}
                </p>
                {episode.status === 'open' && (
                  <p>
                    <Link to={recordPages.plan(episode.id, 'risk/new')}>
                      {t('record.risk.assess')}
                    </Link>
                  </p>
                )}
              </WarningCallout>
            )}
            <AssessmentScores data={assessment.data} scores={assessment.scores} />
            {assessment.data.notes.trim() !== '' && (
              <>
                <h4 className="nhsuk-heading-s">{t('record.assessments.notes')}</h4>
                <p className="nhsuk-body">
                  <MultilineText text={assessment.data.notes} />
                </p>
              </>
            )}
            <p className="nhsuk-body-s">
              {t('record.entry.by', {
                name: assessment.updatedBy,
                when: format.dateTime(assessment.updatedAt),
              })}
            </p>
            <EntryLinks episodeId={episode.id} entry={assessment} about={title} edit />
          </article>
        );
      })}
    </section>
  );
}
