import { useLocation, useParams } from 'react-router-dom';
import { LoadFailure } from '../../components/LoadFailure.js';
import { Loading } from '../../components/Loading.js';
import { useRecord } from '../api.js';
import type { SavedNotice } from './FullRecordView.js';
import { FullRecordView } from './FullRecordView.js';
import { SummaryView } from './SummaryView.js';

function savedNotice(state: unknown): SavedNotice | null {
  if (typeof state !== 'object' || state === null || !('saved' in state)) return null;
  const { saved } = state;
  return saved === 'contact' || saved === 'assessment' || saved === 'edit' || saved === 'risk'
    ? saved
    : null;
}

/** /episodes/:episodeId — the whole record for an OT, the summary for a GP or MDT clinician. */
export function EpisodePage() {
  const { episodeId } = useParams();
  const location = useLocation();
  const record = useRecord(episodeId);
  if (record.error && !record.data) return <LoadFailure error={record.error} />;
  if (!record.data) return <Loading />;
  switch (record.data.view) {
    case 'full':
      return <FullRecordView record={record.data} saved={savedNotice(location.state)} />;
    case 'summary':
      return <SummaryView record={record.data} />;
  }
}
