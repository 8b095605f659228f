// Routes of the clinical record (/episodes): the list and the record for OTs and clinicians (a
// clinician sees the summary), and adding or changing entries for OTs. Rendered inside
// <RequireSignIn>; the pages are loaded when one is first shown. The care-plan pages under
// /episodes/:episodeId/plan have their own routes (record-plan-routes.tsx).
import { Route } from 'react-router-dom';
import { RequireRole } from '../components/RequireRole.js';
import { NotFoundPage } from '../pages/NotFoundPage.js';
import { RequireAnyRole } from '../components/RequireAnyRole.js';
import { lazyPages } from './lazy-pages.js';

const page = lazyPages(() => import('../record/pages.js'));
const EpisodesPage = page('EpisodesPage');
const EpisodePage = page('EpisodePage');
const NewContactPage = page('NewContactPage');
const NewAssessmentPage = page('NewAssessmentPage');
const EditEntryPage = page('EditEntryPage');
const HistoryPage = page('HistoryPage');

export const recordRoutes = (
  <Route path="episodes">
    <Route element={<RequireAnyRole roles={['ot', 'clinician']} />}>
      <Route index element={<EpisodesPage />} />
      <Route path=":episodeId" element={<EpisodePage />} />
    </Route>
    <Route element={<RequireRole requiredRole="ot" />}>
      <Route path=":episodeId/contacts/new" element={<NewContactPage />} />
      <Route path=":episodeId/assessments/new" element={<NewAssessmentPage />} />
      <Route path=":episodeId/entries/:entryId/edit" element={<EditEntryPage />} />
      <Route path=":episodeId/entries/:entryId/history" element={<HistoryPage />} />
    </Route>
    <Route path="*" element={<NotFoundPage />} />
  </Route>
);
