/**
 * The one error type of planning: an input no figure or simulation can be computed from (a
 * negative demand, a probability above 1, a rota shorter than the horizon). A queue that cannot
 * settle (load of 1 or more) is not an error: its closed-form wait is returned as Infinity.
 */
import type { LocalisedText } from '../shared/localised-text.js';

export class PlanningInputError extends Error {
  readonly field: string;
  readonly userMessage: LocalisedText;

  constructor(field: string, userMessage: LocalisedText) {
    super(`${field}: ${userMessage.en}`);
    this.name = 'PlanningInputError';
    this.field = field;
    this.userMessage = userMessage;
  }
}

/** A finite number ≥ 0, or throw on `field`. */
export function requireNonNegative(value: number, field: string): number {
  if (!Number.isFinite(value) || value < 0) {
    throw new PlanningInputError(field, {
      en: 'This must be a number, 0 or more',
      cy: 'Rhaid i hwn fod yn rhif, 0 neu fwy',
    });
  }
  return value;
}

/** A finite number > 0, or throw on `field`. */
export function requirePositive(value: number, field: string): number {
  if (!Number.isFinite(value) || value <= 0) {
    throw new PlanningInputError(field, {
      en: 'This must be a number above 0',
      cy: 'Rhaid i hwn fod yn rhif mwy na 0',
    });
  }
  return value;
}

/** A whole number ≥ `min` (0 by default), or throw on `field`. */
export function requireWhole(value: number, field: string, min = 0): number {
  if (!Number.isInteger(value) || value < min) {
    throw new PlanningInputError(field, {
      en: `This must be a whole number, ${String(min)} or more`,
      cy: `Rhaid i hwn fod yn rhif cyfan, ${String(min)} neu fwy`,
    });
  }
  return value;
}

/** A probability in [0, 1], or throw on `field`. */
export function requireProbability(value: number, field: string): number {
  if (!(value >= 0 && value <= 1)) {
    throw new PlanningInputError(field, {
      en: 'A probability is from 0 to 1',
      cy: 'Mae tebygolrwydd rhwng 0 ac 1',
    });
  }
  return value;
}
