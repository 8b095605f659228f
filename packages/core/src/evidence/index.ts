/** Evidence metrics (issue 12): pure, cited, each returned with its definition. */
export * from './definitions.js';
export { EvidenceInputError, type Refusal } from './evidence-error.js';
export { normalQuantile, tQuantile, Z_95 } from './distributions.js';
export * from './intervals.js';
export * from './inequality.js';
export * from './talking-therapies.js';
export * from './change.js';
export * from './disclosure.js';
export * from './costs.js';
export * from './rates.js';
export * from './evidence-facts.js';
export * from './dashboard-figures.js';
export {
  EVIDENCE_AGE_BANDS,
  KNOWN_CHANNELS,
  ageBand,
  type EvidenceAgeBand,
} from './dashboard-breakdowns.js';
export * from './dashboard.js';
export {
  COST_FIGURE_KEYS,
  costFigures,
  gpAppointmentsAvoided,
  otMinutesPerContact,
} from './dashboard-costs.js';
export * from './figure-people.js';
