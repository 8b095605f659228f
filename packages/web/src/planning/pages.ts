// The staff register's pages (issue 13 item 1), the staffing norm (item 2) and the planning page
// (item 6), one chunk loaded when one is first shown (routes/planning-routes.tsx).
export { StaffRegisterPage } from './StaffRegisterPage.js';
export { StaffMemberPage, MyStaffPage } from './StaffMemberPage.js';
export { StaffProfilePage } from './StaffProfilePage.js';
export { SupervisionFormPage } from './SupervisionFormPage.js';
export { CpdFormPage } from './CpdFormPage.js';
export { StaffingNormPage } from './StaffingNormPage.js';
export { PlanningPage } from './PlanningPage.js';
