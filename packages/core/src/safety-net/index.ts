export * from './working-time.js';
export * from './acknowledgement.js';
