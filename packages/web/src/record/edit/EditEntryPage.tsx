import { useTranslation } from 'react-i18next';
import { Link, useParams } from 'react-router-dom';
import { BackLink } from '../../components/BackLink.js';
import { LoadFailure } from '../../components/LoadFailure.js';
import { Loading } from '../../components/Loading.js';
import { PageHeading } from '../../components/PageHeading.js';
import { useResource } from '../../hooks/use-resource.js';
import { ForbiddenPage } from '../../pages/ForbiddenPage.js';
import { recordPages, recordPaths, useRecord } from '../api.js';
import type { RecordEntryDto } from '../types.js';
import { EditAssessmentNotes } from './EditAssessmentNotes.js';
import { EditContact } from './EditContact.js';

/**
 * /episodes/:episodeId/entries/:entryId/edit — change a contact, or an assessment's notes. The
 * change is saved as a new version; if someone else saved first, both versions are shown.
 */
export function EditEntryPage() {
  const { t } = useTranslation();
  const { episodeId = '', entryId = '' } = useParams();
  const record = useRecord(episodeId);
  const entry = useResource<RecordEntryDto>(recordPaths.entry(episodeId, entryId));
  const failed =
    record.error && !record.data ? record.error : entry.error && !entry.data ? entry.error : null;
  if (failed) return <LoadFailure error={failed} />;
  if (!record.data || !entry.data) return <Loading />;
  if (record.data.view !== 'full') return <ForbiddenPage />;
  const { episode, person } = record.data;
  const loaded = entry.data;
  const props = { episode, person };
  switch (loaded.kind) {
    case 'contact':
      return <EditContact key={loaded.id} {...props} entry={loaded as RecordEntryDto<'contact'>} />;
    case 'assessment':
      return (
        <EditAssessmentNotes
          key={loaded.id}
          {...props}
          entry={loaded as RecordEntryDto<'assessment'>}
        />
      );
    case 'risk':
    case 'goal':
    case 'intervention':
    case 'health_work_report':
    case 'questionnaire':
    case 'discharge':
      return (
        <>
          <BackLink to={recordPages.episode(episodeId)}>{t('record.backToEpisode')}</BackLink>
          <PageHeading>{t('record.edit.elsewhereTitle')}</PageHeading>
          <p className="nhsuk-body">{t('record.edit.elsewhere')}</p>
          <p className="nhsuk-body">
            <Link to={recordPages.history(episodeId, entryId)}>
              {t('record.entry.history', { version: loaded.version })}
            </Link>
          </p>
        </>
      );
  }
}
