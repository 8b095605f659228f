/**
 * Disclosure control: the small-number rule of NHS Digital's "Disclosure control methodology
 * for HES and ECDS" (September 2018): suppress 1–7, round the rest to the nearest 5, 0 shown as
 * 0 — agreeing with access/disclosure-control.ts — worked by hand, including secondary suppression, and
 * property tests with fast-check: nothing shown ever reveals a count of 1–7, and no row,
 * column or totals line is left with exactly one hidden member.
 */
import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { discloseCount as serviceRule } from '../access/disclosure-control.js';
import {
  discloseCell,
  discloseTable,
  NHS_DISCLOSURE_CONTROL,
  type DisclosedCell,
  type DisclosedTable,
} from './disclosure.js';

const S = { kind: 'suppressed' } as const;
const v = (value: number) => ({ kind: 'shown', value }) as const;

describe('discloseCell', () => {
  it.each([
    [0, v(0)],
    [1, S],
    [7, S],
    [8, v(10)],
    [12, v(10)],
    [13, v(15)],
    [1234, v(1235)],
  ])('%i → %j', (count, expected) => {
    expect(discloseCell(count)).toEqual(expected);
  });

  it('agrees with the service small-number rule (access/disclosure-control.ts) for 0…200', () => {
    for (let count = 0; count <= 200; count += 1) {
      const mine = discloseCell(count);
      expect(mine.kind === 'shown' ? mine.value : null).toBe(serviceRule(count));
    }
  });

  it('is configurable: threshold 5, base 10, or off', () => {
    expect(discloseCell(6, { enabled: true, threshold: 5, roundingBase: 10 })).toEqual(v(10));
    expect(discloseCell(15, { enabled: true, threshold: 5, roundingBase: 10 })).toEqual(v(20));
    expect(discloseCell(3, { enabled: false, threshold: 7, roundingBase: 5 })).toEqual(v(3));
  });
});

describe('discloseTable, hand-worked', () => {
  it('one small cell forces a complementary cell in its row, then in the columns', () => {
    // 3 hidden (1–7); row 0 total shown → hide 15 (smallest other); column 0 now has one
    // hidden → hide 12; column 2 has one hidden → hide 30. Row 1 then has two: stable.
    const table = discloseTable([
      [3, 20, 15],
      [12, 9, 30],
    ]);
    expect(table.cells).toEqual([
      [S, v(20), S],
      [S, v(10), S],
    ]);
    expect(table.rowTotals).toEqual([v(40), v(50)]);
    expect(table.columnTotals).toEqual([v(15), v(30), v(45)]);
    expect(table.grandTotal).toEqual(v(90));
    expect(table.secondarySuppressions).toBe(3);
  });

  it('a small row total is protected through the grand total', () => {
    // Row 0 total 5 and its cells are hidden; columns force 10 and 20 hidden; the row totals
    // line then has one hidden (5) against a shown grand total → hide row 1's total too.
    const table = discloseTable([
      [2, 3],
      [10, 20],
    ]);
    expect(table.cells).toEqual([
      [S, S],
      [S, S],
    ]);
    expect(table.rowTotals).toEqual([S, S]);
    expect(table.columnTotals).toEqual([v(10), v(25)]);
    expect(table.grandTotal).toEqual(v(35));
  });

  it('zeros are shown and preferred last as complements', () => {
    const table = discloseTable([
      [0, 4, 50],
      [0, 40, 60],
    ]);
    expect(table.cells[0]).toEqual([v(0), S, S]);
    expect(table.cells[1]).toEqual([v(0), S, S]);
  });

  it('off shows everything exactly', () => {
    const table = discloseTable([[3, 20]], { enabled: false, threshold: 7, roundingBase: 5 });
    expect(table.cells).toEqual([[v(3), v(20)]]);
    expect(table.grandTotal).toEqual(v(23));
    expect(table.definition.id).toBe('disclosure-control');
  });

  it('refuses ragged or empty tables', () => {
    expect(() => discloseTable([])).toThrow();
    expect(() => discloseTable([[1, 2], [3]])).toThrow();
  });
});

const smallCount = fc.oneof(fc.integer({ min: 0, max: 9 }), fc.integer({ min: 0, max: 60 }));
const tableArb = fc
  .tuple(fc.integer({ min: 1, max: 5 }), fc.integer({ min: 1, max: 5 }))
  .chain(([rows, cols]) =>
    fc.array(fc.array(smallCount, { minLength: cols, maxLength: cols }), {
      minLength: rows,
      maxLength: rows,
    }),
  );

function lines(counts: number[][], t: DisclosedTable): { raw: number; out: DisclosedCell }[][] {
  const rowTotals = counts.map((row) => row.reduce((s, x) => s + x, 0));
  const width = counts[0]?.length ?? 0;
  const colTotals = Array.from({ length: width }, (_, c) =>
    counts.reduce((s, row) => s + (row[c] ?? 0), 0),
  );
  const grand = rowTotals.reduce((s, x) => s + x, 0);
  const at = (r: number, c: number) => ({
    raw: counts[r]?.[c] ?? 0,
    out: t.cells[r]?.[c] ?? S,
  });
  const g = { raw: grand, out: t.grandTotal };
  return [
    ...counts.map((row, r) => [
      ...row.map((_, c) => at(r, c)),
      { raw: rowTotals[r] ?? 0, out: t.rowTotals[r] ?? S },
    ]),
    ...colTotals.map((total, c) => [
      ...counts.map((_, r) => at(r, c)),
      { raw: total, out: t.columnTotals[c] ?? S },
    ]),
    [...rowTotals.map((raw, r) => ({ raw, out: t.rowTotals[r] ?? S })), g],
    [...colTotals.map((raw, c) => ({ raw, out: t.columnTotals[c] ?? S })), g],
  ];
}

describe('discloseTable properties (fast-check)', () => {
  it('never shows a count of 1–7, and every shown figure is the count rounded to 5', () => {
    fc.assert(
      fc.property(tableArb, (counts) => {
        const table = discloseTable(counts);
        for (const members of lines(counts, table)) {
          for (const { raw, out } of members) {
            if (out.kind === 'shown') {
              expect(raw === 0 || raw > NHS_DISCLOSURE_CONTROL.threshold).toBe(true);
              expect(out.value % 5).toBe(0);
              expect(Math.abs(out.value - raw)).toBeLessThanOrEqual(2.5);
            }
          }
        }
      }),
      { numRuns: 500 },
    );
  });

  it('leaves no row, column or totals line with exactly one hidden member', () => {
    fc.assert(
      fc.property(tableArb, (counts) => {
        for (const members of lines(counts, discloseTable(counts))) {
          expect(members.filter((m) => m.out.kind === 'suppressed').length).not.toBe(1);
        }
      }),
      { numRuns: 500 },
    );
  });

  it('single counts: shown means 0 or above 7', () => {
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 100_000 }), (count) => {
        const out = discloseCell(count);
        expect(out.kind === 'suppressed').toBe(count >= 1 && count <= 7);
      }),
    );
  });
});
