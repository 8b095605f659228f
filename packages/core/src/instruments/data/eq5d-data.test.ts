/**
 * The generated EQ-5D data modules against the shared reference CSVs (INSTRUMENTS.md §1.6,
 * §1.7; origins in shared/reference/README.md, eq5d/): the committed modules are exactly what
 * render-tables.ts produces from the CSVs today, and every decoded value equals its CSV row.
 */
import { readFileSync, statSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { sharedPath } from '../../testing/shared-path.js';
import {
  DSU_CSV_AGE_BANDS,
  DSU_CSV_SEXES,
  EQ5D_SOURCE_CSVS,
  renderEq5dDataModules,
  scaledInteger,
  type Eq5dSourceCsv,
} from './render-tables.js';
import { decodeTable, type EncodedTable } from './table-codec.js';
import { VANHOUT_CROSSWALK_UK_3L } from './vanhout-crosswalk.js';
import { REVERSE_CROSSWALK_ENGLAND_5L } from './reverse-crosswalk.js';
import { DSU_5L_TO_3L_UK } from './dsu-5l-to-3l.js';
import { DSU_3L_TO_5L_ENGLAND } from './dsu-3l-to-5l.js';

const csv = Object.fromEntries(
  EQ5D_SOURCE_CSVS.map((name) => [
    name,
    readFileSync(sharedPath(`reference/eq5d/${name}`), 'utf8'),
  ]),
) as Record<Eq5dSourceCsv, string>;

function csvRows(name: Eq5dSourceCsv): string[][] {
  return csv[name]
    .trim()
    .split('\n')
    .slice(1)
    .map((line) => line.split(','));
}

function ordinal(state: string, top: number): number {
  return state.split('').reduce((n, digit) => n * top + Number(digit) - 1, 0);
}

function slot(state: string, band: string, sex: string, top: number): number {
  const b = DSU_CSV_AGE_BANDS.indexOf(band as (typeof DSU_CSV_AGE_BANDS)[number]);
  const s = DSU_CSV_SEXES.indexOf(sex as (typeof DSU_CSV_SEXES)[number]);
  return (b * 2 + s) * top ** 5 + ordinal(state, top);
}

describe('generated EQ-5D data modules (shared/reference/eq5d, fragla/eq5d CW/RCW/DSU5L/DSU3L)', () => {
  it('are exactly what generate.ts renders from the CSVs (regenerated in memory)', () => {
    const modules = renderEq5dDataModules(csv);
    expect(Object.keys(modules).sort()).toEqual([
      'dsu-3l-to-5l.ts',
      'dsu-5l-to-3l.ts',
      'reverse-crosswalk.ts',
      'vanhout-crosswalk.ts',
    ]);
    for (const [file, text] of Object.entries(modules)) {
      expect(readFileSync(new URL(`./${file}`, import.meta.url), 'utf8'), file).toBe(text);
    }
  });

  it('van Hout 2012 crosswalk (§1.6): all 3,125 rows decode to the CSV value', () => {
    const values = decodeTable(VANHOUT_CROSSWALK_UK_3L);
    const rows = csvRows('crosswalk_vanhout2012_5l_to_uk3l.csv');
    expect(rows).toHaveLength(3125);
    for (const [state = '', value = ''] of rows) {
      expect(values[ordinal(state, 5)], state).toBe(Number(value));
    }
  });

  it('reverse crosswalk (van Hout & Shaw 2021, §1.6): all 243 rows decode to the CSV value', () => {
    const values = decodeTable(REVERSE_CROSSWALK_ENGLAND_5L);
    const rows = csvRows('reverse_crosswalk_vanhout_shaw2021_3l_to_england5l.csv');
    expect(rows).toHaveLength(243);
    for (const [state = '', value = ''] of rows) {
      expect(values[ordinal(state, 3)], state).toBe(Number(value));
    }
  });

  it('DSU 5L→3L (Hernández Alava 2023, §1.7): all 31,250 rows decode to the 8 dp CSV value', () => {
    const values = decodeTable(DSU_5L_TO_3L_UK);
    const rows = csvRows('dsu_eepru_map_5l_to_3l_uk.csv');
    expect(rows).toHaveLength(31250);
    for (const [state = '', band = '', sex = '', , mapped = ''] of rows) {
      expect(values[slot(state, band, sex, 5)], `${state} ${band} ${sex}`).toBe(Number(mapped));
    }
  });

  it('DSU 3L→5L (§1.7): all 2,430 rows decode to the 8 dp CSV value', () => {
    const values = decodeTable(DSU_3L_TO_5L_ENGLAND);
    const rows = csvRows('dsu_eepru_map_3l_to_5l_uk.csv');
    expect(rows).toHaveLength(2430);
    for (const [state = '', band = '', sex = '', , mapped = ''] of rows) {
      expect(values[slot(state, band, sex, 3)], `${state} ${band} ${sex}`).toBe(Number(mapped));
    }
  });

  it('keeps the DSU table as one lazily decoded string of about 300 KB, not an array literal', () => {
    expect(typeof DSU_5L_TO_3L_UK.encoded).toBe('string');
    const size = statSync(new URL('./dsu-5l-to-3l.ts', import.meta.url)).size;
    expect(size).toBeLessThan(320_000);
    expect(readFileSync(new URL('./dsu-5l-to-3l.ts', import.meta.url), 'utf8')).not.toMatch(
      /\[\s*-?\d/,
    );
  });
});

describe('table codec', () => {
  it('reads CSV decimals as exact scaled integers', () => {
    expect(scaledInteger('0.98665155', 8)).toBe(98665155);
    expect(scaledInteger('-0.21529993', 8)).toBe(-21529993);
    expect(scaledInteger('1.0', 3)).toBe(1000);
    expect(scaledInteger('-0.594', 3)).toBe(-594);
    expect(scaledInteger('-0.000', 3)).toBe(0);
    expect(() => scaledInteger('0.1234', 3)).toThrow(/more than 3 decimal places/);
    expect(() => scaledInteger('NA', 3)).toThrow(/Not a decimal/);
  });

  it('refuses a corrupt table rather than returning wrong values', () => {
    const table = (encoded: string, count: number): EncodedTable => ({ scale: 1e3, count, encoded });
    expect(Array.from(decodeTable(table('1,-2\n3', 3)))).toEqual([0.001, -0.002, 0.003]);
    expect(() => decodeTable(table('1,2', 3))).toThrow(/expected 3/);
    expect(() => decodeTable(table('1,x,3', 3))).toThrow(/not an integer/);
  });
});
