// The public self-referral's pages: one chunk, loaded on the first visit to /refer
// (routes/referral-routes.tsx).
export { InProgress } from '../components/InProgress.js';
export { AboutYouPage } from './AboutYouPage.js';
export { AccessPage } from './AccessPage.js';
export { AreasPage } from './AreasPage.js';
export { CheckAnswersPage } from './CheckAnswersPage.js';
export { FallsPage, ImpactPage, SincePage, WorkPage } from './ChoicePages.js';
export { ConfirmationPage } from './ConfirmationPage.js';
export { ContactPage } from './ContactPage.js';
export { DateOfBirthPage } from './DateOfBirthPage.js';
export { EqualityPage } from './EqualityPage.js';
export { NamePage } from './NamePage.js';
export { NhsNumberPage } from './NhsNumberPage.js';
export { PostcodePage } from './PostcodePage.js';
export { PracticePage } from './PracticePage.js';
export { RedFlagsPage } from './RedFlagsPage.js';
export { StartPage } from './StartPage.js';
export { DifficultiesPage, GoalsPage } from './TextPages.js';
export { UrgentAdvicePage } from './UrgentAdvicePage.js';
export { WhoPage } from './WhoPage.js';
