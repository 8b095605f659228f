/**
 * The one error type of the instrument scorers: a bad input names the field it came from and
 * says what is wrong in English and Welsh. Scorers throw it; callers map it to their surface
 * (a form error, an HTTP 400) in one place. Scorers never clamp or guess a bad input.
 */
import type { LocalisedText } from '../shared/localised-text.js';

export class InstrumentInputError extends Error {
  /** Where the bad value is, as a path: `items.3` is the fourth item (0-based, like zod paths). */
  readonly field: string;
  /** What is wrong, for the person or clinician who entered it. `message` is the English text. */
  readonly localisedMessage: LocalisedText;

  constructor(field: string, localisedMessage: LocalisedText) {
    super(localisedMessage.en);
    this.name = 'InstrumentInputError';
    this.field = field;
    this.localisedMessage = localisedMessage;
  }
}

/** Array.isArray without widening a typed readonly array to any[]. */
export function isList(value: unknown): value is readonly unknown[] {
  return Array.isArray(value);
}

/** An integer in [min, max], or an InstrumentInputError on `field` with the given message. */
export function requireInteger(
  value: unknown,
  field: string,
  min: number,
  max: number,
  message?: LocalisedText,
): number {
  if (typeof value !== 'number' || !Number.isInteger(value) || value < min || value > max) {
    throw new InstrumentInputError(
      field,
      message ?? {
        en: `Enter a whole number from ${min} to ${max}`,
        cy: `Rhowch rif cyfan o ${min} i ${max}`,
      },
    );
  }
  return value;
}

/** The 0–3 answers of a PHQ/GAD-style instrument of `count` items; throws on `items(.N)`. */
export function requireItemAnswers(
  items: readonly number[],
  count: number,
  name: string,
): number[] {
  if (!isList(items) || items.length !== count) {
    throw new InstrumentInputError('items', {
      en: `${name} has ${count} items: answer every one`,
      cy: `Mae gan ${name} ${count} eitem: atebwch bob un`,
    });
  }
  return items.map((item, i) =>
    requireInteger(item, `items.${i}`, 0, 3, {
      en: 'Each answer is scored 0 (not at all) to 3 (nearly every day)',
      cy: 'Mae pob ateb yn sgorio 0 (ddim o gwbl) i 3 (bron bob dydd)',
    }),
  );
}

/** A boolean, or an InstrumentInputError on `field`. */
export function requireBoolean(value: unknown, field: string): boolean {
  if (typeof value !== 'boolean') {
    throw new InstrumentInputError(field, { en: 'Answer yes or no', cy: 'Atebwch ie neu na' });
  }
  return value;
}

/**
 * Round to `digits` decimal places, halves away from zero, on the binary value (so, like R's
 * `round()`, 1.005 stays 1.00 because it is stored just below 1.005). Never returns -0.
 */
export function roundTo(value: number, digits: number): number {
  if (!Number.isFinite(value)) return value;
  const factor = 10 ** digits;
  const rounded = (Math.sign(value) * Math.round(Math.abs(value) * factor)) / factor;
  return rounded === 0 ? 0 : rounded;
}
