/**
 * 6CIT, Kingshill Version 2000 (INSTRUMENTS.md §8; Brooke & Bullock, Int J Geriatr Psychiatry
 * 1999) against shared/reference/instruments/sixcit_test_vectors.json (COMPUTED from the
 * published scoring table).
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { sharedPath } from '../testing/shared-path.js';
import { InstrumentInputError } from './instrument-error.js';
import { SIX_CIT_BAND_LABELS } from './severity-labels.js';
import { SIX_CIT_BANDS, scoreSixCit, type SixCitAnswers, type SixCitBand } from './six-cit.js';

interface Vector {
  year_wrong: number;
  month_wrong: number;
  time_wrong: number;
  count_back_errors: number;
  months_reverse_errors: number;
  address_recall_errors: number;
  score: number;
  category: string;
}

const vectors = (
  JSON.parse(
    readFileSync(sharedPath('reference/instruments/sixcit_test_vectors.json'), 'utf8'),
  ) as {
    vectors: Vector[];
  }
).vectors;

function bandOf(category: string): SixCitBand {
  if (category === 'normal') return 'normal';
  if (category.startsWith('mild cognitive impairment')) return 'mild';
  if (category.startsWith('significant cognitive impairment')) return 'significant';
  throw new Error(`Unknown 6CIT category in the reference: ${category}`);
}

const answersOf = (v: Vector): SixCitAnswers => ({
  yearCorrect: v.year_wrong === 0,
  monthCorrect: v.month_wrong === 0,
  timeCorrect: v.time_wrong === 0,
  countBackErrors: v.count_back_errors,
  monthsReverseErrors: v.months_reverse_errors,
  addressErrors: v.address_recall_errors,
});

const allCorrect = answersOf(vectors[0] as Vector);

describe('6CIT vectors (sixcit_test_vectors.json; 6cit.co.uk scoring table)', () => {
  it.each(vectors)('%j', (v) => {
    expect(scoreSixCit(answersOf(v))).toEqual({ total: v.score, band: bandOf(v.category) });
  });
});

describe('6CIT bands 0–7, 8–9, 10–28 and bad input', () => {
  it('bands at the 7/8 and 9/10 cut-offs', () => {
    expect(scoreSixCit({ ...allCorrect, yearCorrect: false, monthCorrect: false }).band).toBe(
      'normal',
    ); // 7
    expect(scoreSixCit({ ...allCorrect, addressErrors: 4 }).band).toBe('mild'); // 8
    expect(
      scoreSixCit({ ...allCorrect, yearCorrect: false, monthCorrect: false, countBackErrors: 1 })
        .band,
    ).toBe('mild'); // 9
  });

  it.each([
    [{ countBackErrors: -1 }, 'countBackErrors'],
    [{ monthsReverseErrors: 1.5 }, 'monthsReverseErrors'],
    [{ addressErrors: 6 }, 'addressErrors'],
    [{ yearCorrect: 'yes' }, 'yearCorrect'],
    [{ timeCorrect: undefined }, 'timeCorrect'],
  ])('%j throws on %s', (change, field) => {
    const answers = { ...allCorrect, ...change } as unknown as SixCitAnswers;
    expect(() => scoreSixCit(answers)).toThrow(InstrumentInputError);
    expect(() => scoreSixCit(answers)).toThrow(expect.objectContaining({ field }));
  });

  it('total is always 0–28', () => {
    fc.assert(
      fc.property(
        fc.record({
          yearCorrect: fc.boolean(),
          monthCorrect: fc.boolean(),
          timeCorrect: fc.boolean(),
          countBackErrors: fc.integer({ min: 0, max: 20 }),
          monthsReverseErrors: fc.integer({ min: 0, max: 12 }),
          addressErrors: fc.integer({ min: 0, max: 5 }),
        }),
        (answers) => {
          const { total } = scoreSixCit(answers);
          expect(total).toBeGreaterThanOrEqual(0);
          expect(total).toBeLessThanOrEqual(28);
        },
      ),
    );
  });

  it('every band has an English and Welsh label', () => {
    for (const band of SIX_CIT_BANDS) expect(SIX_CIT_BAND_LABELS[band].cy).not.toBe('');
  });
});
