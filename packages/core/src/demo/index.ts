/** The living demo's pure parts: seeded randomness, the service's parameters and the simulator. */
export * from './random.js';
export * from './service-parameters.js';
export * from './simulator.js';
export * from './clinical-record.js';
export * from './session-record.js';
export * from './outcome-link.js';
