// Routes of the public self-referral (/refer). Rendered inside the app's Layout route.
import { Route } from 'react-router-dom';
import { NotFoundPage } from '../pages/NotFoundPage.js';
import { InProgress } from '../referral/components/InProgress.js';
import { AboutYouPage } from '../referral/pages/AboutYouPage.js';
import { AccessPage } from '../referral/pages/AccessPage.js';
import { AreasPage } from '../referral/pages/AreasPage.js';
import { CheckAnswersPage } from '../referral/pages/CheckAnswersPage.js';
import { FallsPage, ImpactPage, SincePage, WorkPage } from '../referral/pages/ChoicePages.js';
import { ConfirmationPage } from '../referral/pages/ConfirmationPage.js';
import { ContactPage } from '../referral/pages/ContactPage.js';
import { DateOfBirthPage } from '../referral/pages/DateOfBirthPage.js';
import { NamePage } from '../referral/pages/NamePage.js';
import { NhsNumberPage } from '../referral/pages/NhsNumberPage.js';
import { PostcodePage } from '../referral/pages/PostcodePage.js';
import { PracticePage } from '../referral/pages/PracticePage.js';
import { RedFlagsPage } from '../referral/pages/RedFlagsPage.js';
import { StartPage } from '../referral/pages/StartPage.js';
import { DifficultiesPage, GoalsPage } from '../referral/pages/TextPages.js';
import { UrgentAdvicePage } from '../referral/pages/UrgentAdvicePage.js';
import { WhoPage } from '../referral/pages/WhoPage.js';

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
      <Route path="check-answers" element={<CheckAnswersPage />} />
    </Route>
    <Route path="confirmation" element={<ConfirmationPage />} />
    <Route path="*" element={<NotFoundPage />} />
  </Route>
);
