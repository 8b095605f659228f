/**
 * Mini-Cog (INSTRUMENTS.md §8; Borson et al., Int J Geriatr Psychiatry 2000) against
 * shared/reference/instruments/minicog_test_vectors.json (COMPUTED from the mini-cog.com
 * scoring page): every combination of recall 0–3 and clock normal/abnormal.
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { sharedPath } from '../testing/shared-path.js';
import { InstrumentInputError } from './instrument-error.js';
import { MINI_COG_SCREENS, scoreMiniCog, type MiniCogAnswers } from './mini-cog.js';
import { MINI_COG_SCREEN_LABELS } from './severity-labels.js';

interface Vector {
  words_recalled: number;
  clock_normal: boolean;
  score: number;
  screen: string;
}

const vectors = (
  JSON.parse(
    readFileSync(sharedPath('reference/instruments/minicog_test_vectors.json'), 'utf8'),
  ) as {
    vectors: Vector[];
  }
).vectors;

describe('Mini-Cog vectors (minicog_test_vectors.json)', () => {
  it('covers all eight combinations', () => {
    expect(vectors).toHaveLength(8);
  });

  it.each(vectors)('$words_recalled words, clock normal $clock_normal → $score, $screen', (v) => {
    const screen = v.screen.startsWith('positive') ? 'positive' : 'negative';
    expect(v.screen === 'lower likelihood of dementia' || screen === 'positive').toBe(true);
    expect(scoreMiniCog({ wordsRecalled: v.words_recalled, clockNormal: v.clock_normal })).toEqual({
      total: v.score,
      screen,
    });
  });
});

describe('Mini-Cog bad input and labels', () => {
  it.each([
    [{ wordsRecalled: 4, clockNormal: true }, 'wordsRecalled'],
    [{ wordsRecalled: -1, clockNormal: true }, 'wordsRecalled'],
    [{ wordsRecalled: 1.5, clockNormal: true }, 'wordsRecalled'],
    [{ wordsRecalled: 2, clockNormal: 2 }, 'clockNormal'],
  ])('%j throws on %s', (answers, field) => {
    const bad = answers as unknown as MiniCogAnswers;
    expect(() => scoreMiniCog(bad)).toThrow(InstrumentInputError);
    expect(() => scoreMiniCog(bad)).toThrow(expect.objectContaining({ field }));
  });

  it('every screen result has an English and Welsh label', () => {
    for (const screen of MINI_COG_SCREENS) expect(MINI_COG_SCREEN_LABELS[screen].cy).not.toBe('');
  });
});
