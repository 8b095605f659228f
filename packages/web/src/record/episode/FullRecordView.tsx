import { useTranslation } from 'react-i18next';
import { PageHeading } from '../../components/PageHeading.js';
import { SuccessBanner } from '../../components/SuccessBanner.js';
import { EpisodeHeader } from '../EpisodeHeader.js';
import type { FullRecord } from '../types.js';
import { AssessmentsSection } from './AssessmentsSection.js';
import { CarePlanSection } from './CarePlanSection.js';
import { ContactsSection } from './ContactsSection.js';
import { OutcomesTable } from './OutcomesTable.js';
import { QuestionnairesSection } from './QuestionnairesSection.js';
import { RiskBanner } from './RiskBanner.js';

export type SavedNotice = 'contact' | 'assessment' | 'edit' | 'risk';

/** The whole record, for an OT: who, risk, outcomes, contacts, assessments and the care plan. */
export function FullRecordView({
  record,
  saved,
}: {
  record: FullRecord;
  saved: SavedNotice | null;
}) {
  const { t } = useTranslation();
  const { episode, person, summary, entries } = record;
  return (
    <>
      {saved && <SuccessBanner>{t(`record.saved.${saved}`)}</SuccessBanner>}
      <PageHeading
        caption={t('record.episode.caption')}
        title={t('record.episode.title', { name: person.name })}
      >
        {person.name}
      </PageHeading>
      <EpisodeHeader episode={episode} person={person} />
      <RiskBanner episodeId={episode.id} summary={summary} canAssess={episode.status === 'open'} />
      <nav aria-label={t('record.episode.contents')} className="nhsuk-contents-list">
        <h2 className="nhsuk-u-visually-hidden">{t('record.episode.contents')}</h2>
        <ol className="nhsuk-contents-list__list">
          {(['outcomes', 'contacts', 'assessments', 'plan', 'questionnaires'] as const).map(
            (id) => (
              <li className="nhsuk-contents-list__item" key={id}>
                <a className="nhsuk-contents-list__link" href={`#${id}-heading`}>
                  {t(`record.episode.sections.${id}`)}
                </a>
              </li>
            ),
          )}
        </ol>
      </nav>
      <OutcomesTable outcomes={summary.outcomes} />
      <ContactsSection episodeId={episode.id} entries={entries} />
      <AssessmentsSection episode={episode} entries={entries} />
      <CarePlanSection episode={episode} entries={entries} />
      <QuestionnairesSection episodeId={episode.id} open={episode.status === 'open'} />
    </>
  );
}
