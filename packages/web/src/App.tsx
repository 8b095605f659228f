import { Route, Routes } from 'react-router-dom';
import { Layout } from './components/Layout.js';
import { RequireRole } from './components/RequireRole.js';
import { RequireSignIn } from './components/RequireSignIn.js';
import { AdminUsersPage } from './pages/AdminUsersPage.js';
import { AuditPage } from './pages/AuditPage.js';
import { EditUserPage } from './pages/EditUserPage.js';
import { HomePage } from './pages/HomePage.js';
import { NewUserPage } from './pages/NewUserPage.js';
import { NotFoundPage } from './pages/NotFoundPage.js';
import { SignedOutPage } from './pages/SignedOutPage.js';
import { SignInPage } from './pages/SignInPage.js';
import { StaffHomePage } from './pages/StaffHomePage.js';
import { referralRoutes } from './routes/referral-routes.js';
import { staffRoutes } from './routes/staff-routes.js';
import { bookingPublicRoutes, bookingStaffRoutes } from './routes/booking-routes.js';
import { questionnairePublicRoutes } from './routes/questionnaire-routes.js';
import { recordPlanRoutes } from './routes/record-plan-routes.js';
import { recordRoutes } from './routes/record-routes.js';

export function App() {
  return (
    <Routes>
      <Route element={<Layout />}>
        <Route index element={<HomePage />} />
        <Route path="sign-in" element={<SignInPage />} />
        <Route path="signed-out" element={<SignedOutPage />} />
        {referralRoutes}
        {bookingPublicRoutes}
        {questionnairePublicRoutes}
        <Route element={<RequireSignIn />}>
          <Route path="staff" element={<StaffHomePage />} />
          {staffRoutes}
          {bookingStaffRoutes}
          {recordRoutes}
          {recordPlanRoutes}
          <Route path="admin" element={<RequireRole requiredRole="admin" />}>
            <Route index element={<NotFoundPage />} />
            <Route path="users" element={<AdminUsersPage />} />
            <Route path="users/new" element={<NewUserPage />} />
            <Route path="users/:id" element={<EditUserPage />} />
            <Route path="audit" element={<AuditPage />} />
            <Route path="*" element={<NotFoundPage />} />
          </Route>
        </Route>
        <Route path="*" element={<NotFoundPage />} />
      </Route>
    </Routes>
  );
}
