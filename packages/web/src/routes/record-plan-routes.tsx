// Routes of an episode's care plan, for OTs (inside <RequireSignIn>): risk assessment and safety
// plan, goals and their reviews, interventions, the AHP Health and Work Report, and discharge.
// After saving, each goes back to the episode's record at /episodes/:episodeId.
import { Route } from 'react-router-dom';
import { RequireRole } from '../components/RequireRole.js';
import { NotFoundPage } from '../pages/NotFoundPage.js';
import { lazyPages } from './lazy-pages.js';

const page = lazyPages(() => import('../record/plan/pages.js'));
const DischargePage = page('DischargePage');
const GoalPage = page('GoalPage');
const GoalReviewPage = page('GoalReviewPage');
const HealthWorkReportPage = page('HealthWorkReportPage');
const InterventionPage = page('InterventionPage');
const RiskPage = page('RiskPage');
const SafetyPlanPage = page('SafetyPlanPage');

export const recordPlanRoutes = (
  <Route path="episodes/:episodeId/plan" element={<RequireRole requiredRole="ot" />}>
    <Route index element={<NotFoundPage />} />
    <Route path="risk/new" element={<RiskPage />} />
    <Route path="risk/:entryId/edit" element={<RiskPage />} />
    <Route path="risk/:entryId/safety-plan" element={<SafetyPlanPage />} />
    <Route path="goals/new" element={<GoalPage />} />
    <Route path="goals/:entryId/review" element={<GoalReviewPage />} />
    <Route path="interventions/new" element={<InterventionPage />} />
    <Route path="health-work-report/new" element={<HealthWorkReportPage />} />
    <Route path="discharge" element={<DischargePage />} />
    <Route path="*" element={<NotFoundPage />} />
  </Route>
);
