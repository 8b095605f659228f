/**
 * Mini-Cog (INSTRUMENTS.md §8). Borson S, Scanlan J, Brush M, Vitaliano P, Dokmak A. The
 * Mini-Cog: a cognitive "vital signs" measure for dementia screening in multi-lingual elderly.
 * Int J Geriatr Psychiatry 2000;15(11):1021–1027. Scoring as mini-cog.com: one point per word
 * recalled without cues (0–3); a normal clock scores 2, an abnormal one 0; total 0–5. A total of
 * 3, 4 or 5 means a lower likelihood of dementia, so 0–2 is a positive screen.
 * © S. Borson; free for clinical use with attribution.
 */
import { requireBoolean, requireInteger } from './instrument-error.js';

export const MINI_COG_SCREENS = ['positive', 'negative'] as const;
export type MiniCogScreen = (typeof MINI_COG_SCREENS)[number];

export interface MiniCogAnswers {
  /** Words recalled without cues, 0–3. */
  readonly wordsRecalled: number;
  /**
   * All numbers 1–12 present once, in order and clockwise, with two hands pointing to 11 and 2
   * (hand length is not scored).
   */
  readonly clockNormal: boolean;
}

export interface MiniCogScore {
  /** 0–5. */
  readonly total: number;
  /** Positive (0–2): possible cognitive impairment; negative (3–5): dementia less likely. */
  readonly screen: MiniCogScreen;
}

/** Score a Mini-Cog; throws InstrumentInputError on 'wordsRecalled' or 'clockNormal'. */
export function scoreMiniCog(answers: MiniCogAnswers): MiniCogScore {
  const words = requireInteger(answers.wordsRecalled, 'wordsRecalled', 0, 3);
  const clock = requireBoolean(answers.clockNormal, 'clockNormal');
  const total = words + (clock ? 2 : 0);
  return { total, screen: total <= 2 ? 'positive' : 'negative' };
}
