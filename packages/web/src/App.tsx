import { Route, Routes } from 'react-router-dom';
import { Layout } from './components/Layout.js';
import { RequireRole } from './components/RequireRole.js';
import { RequireSignIn } from './components/RequireSignIn.js';
import { HomePage } from './pages/HomePage.js';
import { NotFoundPage } from './pages/NotFoundPage.js';
// In the first script: signing out clears the session at once, and a page still loading would let
// the staff page's sign-in guard redirect first.
import { SignedOutPage } from './pages/SignedOutPage.js';
import { lazyPages } from './routes/lazy-pages.js';
import { referralRoutes } from './routes/front-door-routes.js';
import { staffRoutes } from './routes/staff-routes.js';
import { bookingPublicRoutes, bookingStaffRoutes } from './routes/booking-routes.js';
import { crisisRoutes } from './routes/safety-net-routes.js';
import { questionnairePublicRoutes } from './routes/questionnaire-routes.js';
import { recordPlanRoutes } from './routes/record-plan-routes.js';
import { recordRoutes } from './routes/record-routes.js';
import { evidenceRoutes } from './routes/evidence-routes.js';
import { planningRoutes } from './routes/planning-routes.js';

// Only the home and not-found pages are in the first script: a person opening a public page
// (/refer, /book/…, /questionnaire/…) downloads no staff page's code.
const SignInPage = lazyPages(() => import('./pages/SignInPage.js'))('SignInPage');
const StaffHomePage = lazyPages(() => import('./pages/StaffHomePage.js'))('StaffHomePage');
const adminPage = lazyPages(() => import('./pages/admin-pages.js'));
const AdminUsersPage = adminPage('AdminUsersPage');
const AuditPage = adminPage('AuditPage');
const EditUserPage = adminPage('EditUserPage');
const NewUserPage = adminPage('NewUserPage');
const infoPage = lazyPages(() => import('./pages/info-pages.js'));
const accountPage = lazyPages(() => import('./pages/account-pages.js'));
const ForgotPasswordPage = accountPage('ForgotPasswordPage');
const SetPasswordPage = accountPage('SetPasswordPage');
const TwoFactorPage = accountPage('TwoFactorPage');
const PrivacyPage = infoPage('PrivacyPage');
const AccessibilityPage = infoPage('AccessibilityPage');
const ContactPage = infoPage('ContactPage');

export function App() {
  return (
    <Routes>
      <Route element={<Layout />}>
        <Route index element={<HomePage />} />
        <Route path="sign-in" element={<SignInPage />} />
        <Route path="signed-out" element={<SignedOutPage />} />
        <Route path="forgot-password" element={<ForgotPasswordPage />} />
        <Route path="set-password" element={<SetPasswordPage />} />
        <Route path="privacy" element={<PrivacyPage />} />
        <Route path="accessibility" element={<AccessibilityPage />} />
        <Route path="contact" element={<ContactPage />} />
        {referralRoutes}
        {bookingPublicRoutes}
        {questionnairePublicRoutes}
        <Route element={<RequireSignIn />}>
          <Route path="staff" element={<StaffHomePage />} />
          <Route path="account/two-factor" element={<TwoFactorPage />} />
          {staffRoutes}
          {bookingStaffRoutes}
          {crisisRoutes}
          {recordRoutes}
          {recordPlanRoutes}
          {evidenceRoutes}
          {planningRoutes}
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
