// The care-plan pages of an episode (risk and safety plan, goals, interventions, the Health and
// Work Report, discharge): one chunk, loaded when one of them is first shown
// (routes/record-plan-routes.tsx).
export { DischargePage } from './discharge/DischargePage.js';
export { GoalPage } from './goals/GoalPage.js';
export { GoalReviewPage } from './goals/GoalReviewPage.js';
export { HealthWorkReportPage } from './health-work-report/HealthWorkReportPage.js';
export { InterventionPage } from './interventions/InterventionPage.js';
export { RiskPage } from './risk/RiskPage.js';
export { SafetyPlanPage } from './risk/SafetyPlanPage.js';
