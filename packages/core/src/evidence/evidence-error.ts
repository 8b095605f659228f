/**
 * The one error type of the evidence metrics: an input that no metric can be computed from (a
 * negative count, a numerator above its denominator, a rate that is not a number). A refusal
 * that is a matter of method, not of bad data (mixing EQ-5D value sets, or IMD with WIMD), is
 * not thrown: it is returned as `{ ok: false, reason }` so the screen can say why.
 */
import type { LocalisedText } from '../shared/localised-text.js';

export class EvidenceInputError extends Error {
  readonly field: string;
  readonly userMessage: LocalisedText;

  constructor(field: string, userMessage: LocalisedText) {
    super(`${field}: ${userMessage.en}`);
    this.name = 'EvidenceInputError';
    this.field = field;
    this.userMessage = userMessage;
  }
}

/** A refusal with its reason, in English and Welsh. */
export interface Refusal {
  readonly ok: false;
  readonly reason: LocalisedText;
}

/** A whole number ≥ 0, or throw EvidenceInputError on `field`. */
export function requireCount(value: number, field: string): number {
  if (!Number.isInteger(value) || value < 0) {
    throw new EvidenceInputError(field, {
      en: 'A count is a whole number, 0 or more',
      cy: 'Mae cyfrif yn rhif cyfan, 0 neu fwy',
    });
  }
  return value;
}

/** A finite number, or throw EvidenceInputError on `field`. */
export function requireFinite(value: number, field: string): number {
  if (typeof value !== 'number' || !Number.isFinite(value)) {
    throw new EvidenceInputError(field, {
      en: 'This must be a number',
      cy: 'Rhaid i hwn fod yn rhif',
    });
  }
  return value;
}

/** numerator ≤ denominator, both counts, or throw. */
export function requireFraction(numerator: number, denominator: number, field: string): void {
  requireCount(numerator, `${field}.numerator`);
  requireCount(denominator, `${field}.denominator`);
  if (numerator > denominator) {
    throw new EvidenceInputError(`${field}.numerator`, {
      en: 'The numerator cannot be larger than the denominator',
      cy: 'Ni all y rhifiadur fod yn fwy na’r enwadur',
    });
  }
}
