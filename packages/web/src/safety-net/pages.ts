// The crisis follow-through pages, one chunk loaded when one is first shown.
export { CrisisHomePage } from './CrisisHomePage.js';
export { CrisisLogPage } from './CrisisLogPage.js';
export { DutyRotaPage } from './DutyRotaPage.js';
export { SafetySettingsPage } from './SafetySettingsPage.js';
