import { CommunicationNeeds } from '../components/CommunicationNeeds.js';
import { useTranslation } from 'react-i18next';
import { MultilineText } from '../triage/components/MultilineText.js';
import { SummaryRow } from '../triage/components/SummaryRow.js';
import { Tag } from '../components/Tag.js';
import { formatNhsNumber, useRecordFormat } from './format.js';
import type { EpisodeDto, PersonDto } from './types.js';

interface EpisodeHeaderProps {
  episode: EpisodeDto;
  person: PersonDto;
  /** Only who the person is and the pathway: for form pages under the episode. */
  compact?: boolean;
}

/**
 * Who the episode is about and where it stands: name, NHS number, age, practice, pathway, tier,
 * status, sessions, lead OT and the reason for referral. Pages give their own <h1>.
 */
export function EpisodeHeader({ episode, person, compact = false }: EpisodeHeaderProps) {
  const { t } = useTranslation();
  const format = useRecordFormat();
  const notRecorded = t('record.header.notRecorded');
  return (
    <dl
      className="nhsuk-summary-list nhsuk-u-margin-bottom-6"
      id="episode-header"
      aria-label={t('record.header.label')}
    >
      <SummaryRow label={t('record.header.name')}>
        <span id="person-name">{person.name}</span>
        <CommunicationNeeds needs={person.communicationNeeds} id="communication-needs" />
      </SummaryRow>
      <SummaryRow label={t('record.header.nhsNumber')}>
        <span id="person-nhs-number">
          {person.nhsNumber ? formatNhsNumber(person.nhsNumber) : notRecorded}
        </span>
      </SummaryRow>
      {!compact && (
        <>
          <SummaryRow label={t('record.header.age')}>
            {t('record.header.born', { date: format.day(person.dateOfBirth), age: person.age })}
          </SummaryRow>
          <SummaryRow label={t('record.header.practice')}>{person.practice}</SummaryRow>
        </>
      )}
      <SummaryRow label={t('record.header.pathway')}>
        {t(`triage.pathway.${episode.pathway}`, { defaultValue: episode.pathway })}
        {!compact && (
          <>
            {', '}
            {t(`triage.tier.${episode.tier}`, { defaultValue: episode.tier })}
          </>
        )}
      </SummaryRow>
      {!compact && (
        <>
          <SummaryRow label={t('record.header.status')}>
            <Tag colour={episode.status === 'open' ? 'green' : 'grey'}>
              {t(`record.status.${episode.status}`)}
            </Tag>{' '}
            {episode.status === 'closed' && episode.closedAt
              ? t('record.header.closedOn', { date: format.dateTime(episode.closedAt) })
              : t('record.header.openedOn', { date: format.dateTime(episode.openedAt) })}
          </SummaryRow>
          <SummaryRow label={t('record.header.sessions')}>
            {t('record.header.sessionsUsed', {
              used: episode.sessionsUsed,
              limit: episode.sessionLimit,
            })}
          </SummaryRow>
          <SummaryRow label={t('record.header.leadOt')}>{episode.leadOt ?? notRecorded}</SummaryRow>
          <SummaryRow label={t('record.header.reason')}>
            {episode.reasonForReferral ? (
              <MultilineText text={episode.reasonForReferral} />
            ) : (
              notRecorded
            )}
          </SummaryRow>
        </>
      )}
    </dl>
  );
}
