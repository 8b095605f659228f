export * from './entry-types.js';
export * from './assessment-templates.js';
export * from './assessment-scoring.js';
export * from './risk.js';
export * from './history.js';
export * from './record-view.js';
export * from './discharge.js';
export * from './copm-reassessment.js';
