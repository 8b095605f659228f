/**
 * The free-text safety screen's types: what a match says, as data, like triage's reasons.
 * See safety-screen.ts for the rules and docs/clinical-safety.md (H-111 onwards).
 */
import type { RedFlag } from '../front-door/answers.js';
import type { LocalisedText } from '../shared/localised-text.js';

export const SCREEN_CATEGORIES = [
  'suicide_self_harm',
  'chest_pain',
  'stroke',
  'head_injury_fall',
  'sudden_confusion',
  'safeguarding',
] as const;
/** What a match is about. Every category but `safeguarding` is clinical. */
export type ScreenCategory = (typeof SCREEN_CATEGORIES)[number];

export type ScreenKind = 'clinical' | 'safeguarding';
export type ScreenLanguage = 'en' | 'cy';

/** One rule that fired on one piece of free text. */
export interface ScreenMatch {
  /** The rule's id, e.g. `screen.suicide.intent`; stable across wording changes. */
  readonly rule: string;
  readonly category: ScreenCategory;
  readonly kind: ScreenKind;
  /** Which answer it was found in, e.g. `difficulties`, `goals`, `clinicalReason`, `prem.comments`. */
  readonly field: string;
  /** The matched words exactly as written (a slice of the field's text). */
  readonly words: string;
  /** Offsets of `words` in the field's text, in UTF-16 code units, for highlighting. */
  readonly start: number;
  readonly end: number;
  /** The language of the rule that fired. */
  readonly language: ScreenLanguage;
  /** The red flag a clinical match stands for; absent for safeguarding. */
  readonly redFlag?: RedFlag | undefined;
  /** What the rule looks for, for staff, in English and Welsh. */
  readonly reason: LocalisedText;
}

/** The screen of all of a request's (or questionnaire's) free text. */
export interface ScreenResult {
  /** The screen's version, stored with every request it read. */
  readonly version: string;
  readonly matches: readonly ScreenMatch[];
  /** The red flags the clinical matches stand for, each once, in RED_FLAGS order. */
  readonly redFlags: readonly RedFlag[];
  /** True when any safeguarding rule fired. */
  readonly safeguarding: boolean;
}
