// Routes of staff work on requests (entry, triage inbox, request detail, API keys).
// Rendered inside <RequireSignIn>.
import { Route } from 'react-router-dom';
import { RequireRole } from '../components/RequireRole.js';
import { NotFoundPage } from '../pages/NotFoundPage.js';
import { ApiKeysPage } from '../requests/api-keys/ApiKeysPage.js';
import { RequestDetailPage } from '../requests/detail/RequestDetailPage.js';
import { RecordRequestPage } from '../requests/entry/RecordRequestPage.js';
import { RequestRecordedPage } from '../requests/entry/RequestRecordedPage.js';
import { InboxPage } from '../requests/inbox/InboxPage.js';
import { RequireAnyRole } from '../requests/RequireAnyRole.js';

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
    <Route path="admin/api-keys" element={<RequireRole requiredRole="admin" />}>
      <Route index element={<ApiKeysPage />} />
    </Route>
  </>
);
