export * from './identifiers/nhs-number.js';
export * from './access/roles.js';
export * from './access/patient-access-policy.js';
export * from './organisations/organisation.js';
export * from './auth/password-policy.js';
export * from './auth/sign-in-throttle.js';
