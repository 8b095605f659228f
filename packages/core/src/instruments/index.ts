/**
 * Clinical instruments: scorers, bands and bilingual labels, each citing its definition in
 * ../shared/reference/INSTRUMENTS.md, and the self-completed questionnaires built on them.
 */
export { InstrumentInputError } from './instrument-error.js';
export * from './eq5d-profile.js';
export * from './eq5d-value-sets.js';
export * from './eq5d-dsu.js';
export * from './eq5d.js';
export * from './phq9.js';
export * from './gad7.js';
export * from './gas.js';
export * from './six-cit.js';
export * from './mini-cog.js';
export * from './copm.js';
export * from './cfs.js';
export * from './work-ability.js';
export * from './efi.js';
export * from './severity-labels.js';
export * from './questionnaires.js';
export * from './questionnaire-answers.js';
