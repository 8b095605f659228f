export * from './screen-types.js';
export * from './safety-screen.js';
