/** Planning (issue 13): the staff register, queueing figures and the waiting-list projection. */
export * from './staff-register.js';
export { PlanningInputError } from './planning-error.js';
export * from './queueing.js';
export { distributionMoments, Sampler, type Distribution } from './sampler.js';
export * from './continuous-queue.js';
export {
  DEFAULT_ATTENDANCE,
  DEFAULT_DAYS_BETWEEN_SESSIONS,
  DEFAULT_SESSION_WEIGHTS,
  DEFAULT_TARGET_WEEKS,
  DEFAULT_WEEKS,
  compileSimulationInput,
  sessionWeightsFromMean,
  type ArrivalProcess,
  type Attendance,
  type CapacityPool,
  type GroupCourse,
  type InitialWaiting,
  type PathwayDemand,
  type WaitingListSimulationInput,
} from './simulation-input.js';
export { SERIES, type SeriesKey } from './waiting-list-simulation.js';
export * from './simulate-many.js';
export * from './daily-slots.js';
export * from './staffing-norm.js';
export * from './planning-facts.js';
export * from './live-queueing.js';
export * from './projection-baseline.js';
export * from './scenario.js';
export * from './workforce-search.js';
