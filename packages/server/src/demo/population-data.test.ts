import { existsSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { drawPerson, Random } from '@everyday/core';
import { loadDemoArea } from './population-data.js';

describe('loadDemoArea', () => {
  const area = loadDemoArea();

  it('reads the 2,400 North Trafford postcodes, including the four practices’ own', () => {
    expect(area.postcodes).toHaveLength(2_400);
    expect(new Set(area.postcodes).size).toBe(2_400);
    for (const practice of ['M32 0DF', 'M16 9NW', 'M32 9PA', 'M32 0PA'])
      expect(area.postcodes).toContain(practice);
    expect(area.ageSexSource).toMatch(/ONS mid-2022/);
    expect(area.ethnicitySource).toMatch(/Census 2011/);
  });

  it('gives postcodes the deprivation lookup resolves (same ONSPD May 2022 extract)', () => {
    const lookup = fileURLToPath(
      new URL(
        '../../reference/deprivation/trafford_postcodes_onspd_2022-05_lsoa11.csv',
        import.meta.url,
      ),
    );
    expect(existsSync(lookup)).toBe(true);
    const known = new Set(
      readFileSync(lookup, 'utf8')
        .split('\n')
        .slice(1)
        .map((line) => line.split(',')[0]),
    );
    expect(area.postcodes.filter((p) => !known.has(p))).toEqual([]);
  });

  it('lets core draw people who live there', () => {
    const random = new Random('population-data');
    const people = Array.from({ length: 100 }, (_, i) => drawPerson(random, area, '2026-12-06', i));
    expect(people.every((p) => area.postcodes.includes(p.postcode))).toBe(true);
    expect(new Set(people.map((p) => p.postcode)).size).toBeGreaterThan(90);
  });
});
