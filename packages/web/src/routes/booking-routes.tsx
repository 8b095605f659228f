// Routes of clinics and booking: the staff pages under /clinics (inside <RequireSignIn>, each
// for the roles the API allows) and the public self-booking page /book/:token (no account), with
// /book, where a person types the short code from a letter or phone call.
// The pages are loaded when one is first shown.
import { Route } from 'react-router-dom';
import { RequireRole } from '../components/RequireRole.js';
import { NotFoundPage } from '../pages/NotFoundPage.js';
import { RequireAnyRole } from '../components/RequireAnyRole.js';
import { lazyPages } from './lazy-pages.js';

const staffPage = lazyPages(() => import('../booking/pages.js'));
const BookPage = staffPage('BookPage');
const CapacityPage = staffPage('CapacityPage');
const CaseloadPage = staffPage('CaseloadPage');
const ClinicsHomePage = staffPage('ClinicsHomePage');
const DayChangePage = staffPage('DayChangePage');
const DiaryPage = staffPage('DiaryPage');
const LeavePage = staffPage('LeavePage');
const MessagesPage = staffPage('MessagesPage');
const TemplateFormPage = staffPage('TemplateFormPage');
const TemplatesPage = staffPage('TemplatesPage');
const WaitingListPage = staffPage('WaitingListPage');
const WaitingFiguresPage = staffPage('WaitingFiguresPage');

const publicPage = lazyPages(() => import('../booking/self-booking/pages.js'));
const SelfBookingPage = publicPage('SelfBookingPage');
const BookCodePage = publicPage('BookCodePage');

export const bookingPublicRoutes = (
  <>
    <Route path="book" element={<BookCodePage />} />
    <Route path="book/:token" element={<SelfBookingPage />} />
  </>
);

export const bookingStaffRoutes = (
  <Route path="clinics">
    <Route index element={<ClinicsHomePage />} />
    <Route element={<RequireRole requiredRole="ot" />}>
      <Route path="waiting-list" element={<WaitingListPage />} />
      <Route path="diary" element={<DiaryPage />} />
      <Route path="caseload" element={<CaseloadPage />} />
    </Route>
    <Route element={<RequireAnyRole roles={['ot', 'navigator']} />}>
      <Route path="book/:requestId" element={<BookPage />} />
    </Route>
    <Route element={<RequireAnyRole roles={['ot', 'admin']} />}>
      <Route path="templates" element={<TemplatesPage />} />
      <Route path="templates/new" element={<TemplateFormPage />} />
      <Route path="templates/leave" element={<LeavePage />} />
      <Route path="templates/:id" element={<TemplateFormPage />} />
      <Route path="templates/:id/day" element={<DayChangePage />} />
      <Route path="messages" element={<MessagesPage />} />
    </Route>
    <Route element={<RequireAnyRole roles={['ot', 'lead', 'admin']} />}>
      <Route path="capacity" element={<CapacityPage />} />
      <Route path="waiting-figures" element={<WaitingFiguresPage />} />
    </Route>
    <Route path="*" element={<NotFoundPage />} />
  </Route>
);
