export * from './document-model.js';
export * from './health-work-report.js';
export * from './discharge-letter.js';
export * from './booking-letter.js';
export * from './service-report.js';
export * from './workforce-plan.js';
