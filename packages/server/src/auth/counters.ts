/**
 * The counters moved to limits/counters.ts (a neutral module used by sign-in and the rate
 * limits); this re-export remains only for server.ts until it imports limits/ itself.
 */
export { pruneCounters } from '../limits/counters.js';
