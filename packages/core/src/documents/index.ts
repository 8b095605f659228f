export * from './document-model.js';
export * from './health-work-report.js';
export * from './discharge-letter.js';
