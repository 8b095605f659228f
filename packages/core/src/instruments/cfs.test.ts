/**
 * Clinical Frailty Scale v2.0 (INSTRUMENTS.md §3; Rockwood & Theou, Can Geriatr J 2020)
 * against shared/reference/instruments/clinical_frailty_scale_levels.csv: v2.0 and v1.2 names.
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { sharedPath } from '../testing/shared-path.js';
import { CFS_LEVELS, CFS_VERSION, cfsLevel } from './cfs.js';
import { InstrumentInputError } from './instrument-error.js';

const rows = readFileSync(
  sharedPath('reference/instruments/clinical_frailty_scale_levels.csv'),
  'utf8',
)
  .trim()
  .split('\n')
  .slice(1)
  .map((line) => line.split(','));

describe('CFS levels (clinical_frailty_scale_levels.csv; Rockwood & Theou 2020)', () => {
  it('has the nine levels of the reference', () => {
    expect(rows).toHaveLength(9);
    expect(CFS_LEVELS).toHaveLength(9);
    expect(CFS_VERSION).toBe('CFS 2.0');
  });

  it.each(rows)('level %s: v2.0 "%s", v1.2 "%s"', (level, v20, v12) => {
    const found = cfsLevel(Number(level));
    expect(found.level).toBe(Number(level));
    expect(found.name.en).toBe(v20);
    expect(found.v12Name).toBe(v12);
    expect(found.name.cy).not.toBe('');
  });

  it.each([0, 10, 2.5, Number.NaN])('level %d throws on "level"', (n) => {
    expect(() => cfsLevel(n)).toThrow(InstrumentInputError);
    expect(() => cfsLevel(n)).toThrow(expect.objectContaining({ field: 'level' }));
  });
});
