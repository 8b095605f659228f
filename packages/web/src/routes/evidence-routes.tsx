// The evidence dashboard at /evidence (inside <RequireSignIn>), for the roles the API allows:
// OTs, leads and admins. Its page and its chart library are loaded when it is first shown.
import { Route } from 'react-router-dom';
import { RequireAnyRole } from '../components/RequireAnyRole.js';
import { lazyPages } from './lazy-pages.js';

const EvidencePage = lazyPages(() => import('../evidence/pages.js'))('EvidencePage');

export const evidenceRoutes = (
  <Route element={<RequireAnyRole roles={['ot', 'lead', 'admin']} />}>
    <Route path="evidence" element={<EvidencePage />} />
  </Route>
);
