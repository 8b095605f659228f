// The staff register (issue 13 item 1), inside <RequireSignIn>: the planning page (item 6), the
// register, profiles and the staffing norm (item 2) for leads and administrators; a member's page and the supervision and
// CPD forms also for an OT (the API lets an OT reach only their own). The pages are loaded when
// one is first shown.
import { Route } from 'react-router-dom';
import { RequireAnyRole } from '../components/RequireAnyRole.js';
import { NotFoundPage } from '../pages/NotFoundPage.js';
import { lazyPages } from './lazy-pages.js';

const page = lazyPages(() => import('../planning/pages.js'));
const StaffRegisterPage = page('StaffRegisterPage');
const StaffMemberPage = page('StaffMemberPage');
const MyStaffPage = page('MyStaffPage');
const StaffProfilePage = page('StaffProfilePage');
const SupervisionFormPage = page('SupervisionFormPage');
const CpdFormPage = page('CpdFormPage');
const StaffingNormPage = page('StaffingNormPage');
const PlanningPage = page('PlanningPage');

export const planningRoutes = (
  <Route path="planning">
    <Route element={<RequireAnyRole roles={['lead', 'admin']} />}>
      <Route index element={<PlanningPage />} />
      <Route path="staff" element={<StaffRegisterPage />} />
      <Route path="staff/:userId/profile" element={<StaffProfilePage />} />
      <Route path="norm" element={<StaffingNormPage />} />
    </Route>
    <Route element={<RequireAnyRole roles={['ot', 'lead', 'admin']} />}>
      <Route path="me" element={<MyStaffPage />} />
      <Route path="staff/:userId" element={<StaffMemberPage />} />
      <Route path="staff/:userId/supervision/new" element={<SupervisionFormPage />} />
      <Route path="staff/:userId/cpd/new" element={<CpdFormPage />} />
    </Route>
    <Route path="*" element={<NotFoundPage />} />
  </Route>
);
