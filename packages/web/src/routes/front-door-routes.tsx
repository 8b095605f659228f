// Routes of the public self-referral (/refer). Rendered inside the app's Layout route; the pages
// are loaded on the first visit. The start page is a chunk of its own, so a phone opening /refer
// downloads neither the questions nor the safety screen they use until Start now (ADR 0010).
import { Route } from 'react-router-dom';
import { NotFoundPage } from '../pages/NotFoundPage.js';
import { lazyPages } from './lazy-pages.js';

const page = lazyPages(() => import('../front-door/pages/index.js'));
const StartPage = lazyPages(() => import('../front-door/pages/StartPage.js'))('StartPage');
const InProgress = page('InProgress');
const AboutYouPage = page('AboutYouPage');
const AccessPage = page('AccessPage');
const AreasPage = page('AreasPage');
const CheckAnswersPage = page('CheckAnswersPage');
const FallsPage = page('FallsPage');
const ImpactPage = page('ImpactPage');
const SincePage = page('SincePage');
const WorkPage = page('WorkPage');
const ConfirmationPage = page('ConfirmationPage');
const ContactPage = page('ContactPage');
const DateOfBirthPage = page('DateOfBirthPage');
const EqualityPage = page('EqualityPage');
const NamePage = page('NamePage');
const NhsNumberPage = page('NhsNumberPage');
const PostcodePage = page('PostcodePage');
const PracticePage = page('PracticePage');
const RedFlagsPage = page('RedFlagsPage');
const DifficultiesPage = page('DifficultiesPage');
const GoalsPage = page('GoalsPage');
const UrgentAdvicePage = page('UrgentAdvicePage');
const WhoPage = page('WhoPage');

export const referralRoutes = (
  <Route path="refer">
    <Route index element={<StartPage />} />
    <Route element={<InProgress />}>
      <Route path="who" element={<WhoPage />} />
      <Route path="about-you" element={<AboutYouPage />} />
      <Route path="name" element={<NamePage />} />
      <Route path="date-of-birth" element={<DateOfBirthPage />} />
      <Route path="nhs-number" element={<NhsNumberPage />} />
      <Route path="postcode" element={<PostcodePage />} />
      <Route path="practice" element={<PracticePage />} />
      <Route path="contact" element={<ContactPage />} />
      <Route path="red-flags" element={<RedFlagsPage />} />
      <Route path="urgent-advice" element={<UrgentAdvicePage />} />
      <Route path="areas" element={<AreasPage />} />
      <Route path="falls" element={<FallsPage />} />
      <Route path="work" element={<WorkPage />} />
      <Route path="difficulties" element={<DifficultiesPage />} />
      <Route path="since" element={<SincePage />} />
      <Route path="impact" element={<ImpactPage />} />
      <Route path="goals" element={<GoalsPage />} />
      <Route path="access" element={<AccessPage />} />
      <Route path="equality" element={<EqualityPage />} />
      <Route path="check-answers" element={<CheckAnswersPage />} />
    </Route>
    <Route path="confirmation" element={<ConfirmationPage />} />
    <Route path="*" element={<NotFoundPage />} />
  </Route>
);
