// Routes of staff work on requests (entry, triage inbox, request detail, handovers, API keys).
// Rendered inside <RequireSignIn>; the pages are loaded when one is first shown.
import { Route } from 'react-router-dom';
import { RequireRole } from '../components/RequireRole.js';
import { NotFoundPage } from '../pages/NotFoundPage.js';
import { RequireAnyRole } from '../components/RequireAnyRole.js';
import { lazyPages } from './lazy-pages.js';

const page = lazyPages(() => import('../triage/pages.js'));
const ApiKeysPage = page('ApiKeysPage');
const RequestDetailPage = page('RequestDetailPage');
const RecordRequestPage = page('RecordRequestPage');
const RequestRecordedPage = page('RequestRecordedPage');
const InboxPage = page('InboxPage');
const HandoversPage = page('HandoversPage');

export const staffRoutes = (
  <>
    <Route path="requests">
      <Route element={<RequireRole requiredRole="ot" />}>
        <Route index element={<InboxPage />} />
      </Route>
      <Route element={<RequireAnyRole roles={['navigator', 'clinician', 'ot']} />}>
        <Route path="new" element={<RecordRequestPage />} />
        <Route path="new/recorded" element={<RequestRecordedPage />} />
      </Route>
      <Route element={<RequireAnyRole roles={['ot', 'clinician']} />}>
        <Route path=":id" element={<RequestDetailPage />} />
      </Route>
      <Route path="*" element={<NotFoundPage />} />
    </Route>
    <Route path="handovers" element={<RequireAnyRole roles={['clinician', 'ot']} />}>
      <Route index element={<HandoversPage />} />
    </Route>
    <Route path="admin/api-keys" element={<RequireRole requiredRole="admin" />}>
      <Route index element={<ApiKeysPage />} />
    </Route>
  </>
);
