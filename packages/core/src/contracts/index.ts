/** The API's shared contracts: zod schemas the server validates with and the web derives from. */
export * from './dates.js';
export * from './request-answers.js';
export * from './api-error.js';
export * from './front-door.js';
export * from './requests.js';
export * from './booking.js';
export * from './handovers.js';
export * from './waiting-figures.js';
export * from './navigation.js';
export * from './communication-needs.js';
export * from './service-contact.js';
export * from './demo-status.js';
export * from './evidence.js';
export * from './staff-register.js';
export * from './staffing-norm.js';
export * from './planning-projection.js';
