export * from './shared/nhs-number.js';
export * from './shared/localised-text.js';
export * from './access/roles.js';
export * from './access/patient-access-policy.js';
export * from './access/disclosure-control.js';
export * from './access/audit-subjects.js';
export * from './organisations/organisation.js';
export * from './auth/password-policy.js';
export * from './auth/sign-in-throttle.js';
export * from './auth/security-code.js';
export * from './front-door/answers.js';
export * from './front-door/question-set.js';
export * from './front-door/contact.js';
export * from './front-door/communication-needs.js';
export * from './triage/triage-types.js';
export * from './front-door/reference.js';
export * from './triage/triage-rules.js';
export * from './triage/triage.js';
export * from './triage/rule-set-validation.js';
export * from './shared/calendar-date.js';
export * from './shared/london-time.js';
export * from './shared/bank-holidays.js';
export * from './booking/gpad.js';
export * from './booking/gpad-export.js';
export * from './booking/clinic-template.js';
export * from './booking/template-conflicts.js';
export * from './booking/slot-generation.js';
export * from './booking/slot-reconciliation.js';
export * from './booking/slot-search.js';
export * from './booking/appointment-status.js';
export * from './booking/episode-rules.js';
export * from './booking/waiting-list.js';
export * from './booking/waiting-list-figures.js';
export * from './booking/did-not-attend.js';
export * from './booking/reminders.js';
export * from './booking/booking-code.js';
export * from './shared/clock.js';
export * from './documents/index.js';
export * from './record/index.js';
export * from './instruments/index.js';
// Two work-status lists: the front door's (used by triage) keeps the plain names at the package
// root; the instruments' (work-ability questionnaire and the record) are exported under these.
export { WORK_STATUSES, type WorkStatus } from './front-door/answers.js';
export {
  WORK_STATUSES as WORK_ABILITY_STATUSES,
  type WorkStatus as WorkAbilityStatus,
  WORK_STATUSES as WORK_STATUS_CODES,
  type WorkStatus as WorkStatusCode,
} from './instruments/index.js';
export * from './safety-screen/index.js';
export * from './safety-net/opening-hours.js';
export * from './safety-net/index.js';
export * from './contracts/index.js';
export * from './front-door/equality.js';
export * from './demo/index.js';
export * from './demo/population.js';
export * from './demo/data/north-trafford-area.js';
export * from './evidence/index.js';
export * from './planning/index.js';
