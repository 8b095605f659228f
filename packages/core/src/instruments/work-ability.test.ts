/**
 * Work ability (INSTRUMENTS.md §5) against shared/reference/instruments/
 * work_ability_test_vectors.json: WAS bands (⚠ convention, not verified verbatim) and WAI
 * bands (Tuomi et al., FIOH 1998; de Zwart 2002).
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { sharedPath } from '../testing/shared-path.js';
import { InstrumentInputError } from './instrument-error.js';
import { WORK_ABILITY_BAND_LABELS } from './severity-labels.js';
import {
  WORK_ABILITY_BANDS,
  WORK_STATUSES,
  WORK_STATUS_LABELS,
  workAbilityBand,
  workAbilityIndexBand,
} from './work-ability.js';

interface Vectors {
  was: { score: number; category: string }[];
  wai: { score: number; category: string }[];
}
const vectors = JSON.parse(
  readFileSync(sharedPath('reference/instruments/work_ability_test_vectors.json'), 'utf8'),
) as Vectors;

describe('Work Ability Score bands (work_ability_test_vectors.json "was"; El Fassi 2013 convention)', () => {
  it('covers every score 0–10', () => {
    expect(vectors.was.map((v) => v.score)).toEqual([0, 1, 2, 3, 4, 5, 6, 7, 8, 9, 10]);
  });

  it.each(vectors.was)('WAS $score → $category', (v) => {
    expect(workAbilityBand(v.score)).toBe(v.category);
  });

  it.each([-1, 11, 7.5, Number.NaN])('WAS %d throws on "score"', (score) => {
    expect(() => workAbilityBand(score)).toThrow(InstrumentInputError);
    expect(() => workAbilityBand(score)).toThrow(expect.objectContaining({ field: 'score' }));
  });
});

describe('Work Ability Index bands (work_ability_test_vectors.json "wai"; Tuomi 1998)', () => {
  it.each(vectors.wai)('WAI $score → $category', (v) => {
    expect(workAbilityIndexBand(v.score)).toBe(v.category);
  });

  it('bands a half point by the lower bound of the next band', () => {
    expect(workAbilityIndexBand(27.5)).toBe('poor');
    expect(workAbilityIndexBand(43.5)).toBe('good');
  });

  it.each([6, 50, Number.NaN])('WAI %d throws on "total"', (total) => {
    expect(() => workAbilityIndexBand(total)).toThrow(expect.objectContaining({ field: 'total' }));
  });
});

describe('work statuses and band labels', () => {
  it('has the four statuses with English and Welsh labels', () => {
    expect(WORK_STATUSES).toEqual(['in_work', 'sick_leave_fit_note', 'unemployed', 'other']);
    for (const status of WORK_STATUSES) {
      expect(WORK_STATUS_LABELS[status].en).not.toBe('');
      expect(WORK_STATUS_LABELS[status].cy).not.toBe('');
    }
    for (const band of WORK_ABILITY_BANDS) expect(WORK_ABILITY_BAND_LABELS[band].cy).not.toBe('');
  });
});
