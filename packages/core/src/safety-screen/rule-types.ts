import type { ScreenCategory, ScreenLanguage } from './screen-types.js';
import type { LocalisedText } from '../shared/localised-text.js';

/** One rule of the screen, as data: its phrases (see phrase.ts for how they are written). */
export interface ScreenRule {
  readonly id: string;
  readonly category: ScreenCategory;
  readonly language: ScreenLanguage;
  readonly reason: LocalisedText;
  /** The guidance the rule's cues come from. */
  readonly source: string;
  readonly phrases: readonly string[];
  /** A match followed by one of these words is an idiom, not a cue ("kill myself laughing"). */
  readonly notFollowedBy?: readonly string[];
  /** A match preceded by one of these words is set aside ("accidentally cut myself"). */
  readonly notPrecededBy?: readonly string[];
  /** Examples the rule must find (tested), and near-misses it must not. */
  readonly examples: readonly string[];
  readonly nonExamples?: readonly string[];
}
