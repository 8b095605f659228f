import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useParams } from 'react-router-dom';
import { BackLink } from '../../components/BackLink.js';
import { LoadFailure } from '../../components/LoadFailure.js';
import { Loading } from '../../components/Loading.js';
import { PageHeading } from '../../components/PageHeading.js';
import { ForbiddenPage } from '../../pages/ForbiddenPage.js';
import { NotFoundPage } from '../../pages/NotFoundPage.js';
import { recordPages, useRecord } from '../api.js';
import type { FullRecord } from '../types.js';

export interface PlanContext {
  episodeId: string;
  record: FullRecord;
  /** Fetch the record again (after someone else saved); the page stays as it is meanwhile. */
  reload: () => void;
}

interface WithRecordProps {
  /** The page adds to the record, which a closed episode no longer takes. */
  needsOpen?: boolean;
  children: (context: PlanContext) => ReactNode;
}

/**
 * Loads the episode's record for a care-plan page: the page is shown once the OT's full record
 * is here; a clinician's summary view cannot be written to.
 */
export function WithRecord({ needsOpen = true, children }: WithRecordProps) {
  const { episodeId } = useParams();
  const record = useRecord(episodeId);
  if (episodeId === undefined) return <NotFoundPage />;
  if (record.error && !record.data) return <LoadFailure error={record.error} />;
  if (!record.data) return <Loading />;
  if (record.data.view !== 'full') return <ForbiddenPage />;
  if (needsOpen && record.data.episode.status === 'closed')
    return <EpisodeClosed episodeId={episodeId} />;
  return children({ episodeId, record: record.data, reload: record.reload });
}

function EpisodeClosed({ episodeId }: { episodeId: string }) {
  const { t } = useTranslation();
  return (
    <>
      <BackLink to={recordPages.episode(episodeId)}>{t('recordPlan.backToRecord')}</BackLink>
      <PageHeading>{t('recordPlan.closed.title')}</PageHeading>
      <p className="nhsuk-body">{t('recordPlan.closed.body')}</p>
      <p className="nhsuk-body">
        <Link to={recordPages.episode(episodeId)}>{t('recordPlan.backToRecord')}</Link>
      </p>
    </>
  );
}
