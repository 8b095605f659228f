import { readFileSync } from 'node:fs';
import { parse } from 'csv-parse/sync';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ROLES } from '@everyday/core';
import { sharedPath } from '../../../core/src/testing/shared-path.js';
import { testEngines, type TestDatabase } from '../testing/test-database.js';
import { demoSignIns, isEmpty, loadDemoService, seedDemo } from './seed.js';

describe('the demo service data', () => {
  it('is one real PCN whose four practices have their published list sizes (NHS Digital, Jan 2021)', () => {
    const demo = loadDemoService();
    const sizes = parse<{ CODE: string; NUMBER_OF_PATIENTS: string; POSTCODE: string }>(
      readFileSync(sharedPath('data/nhs-gp-practices/gp-reg-pat-prac-all_2021-01.csv')),
      { columns: true },
    );
    const mapping = parse<{ PRACTICE_CODE: string; PCN_CODE: string }>(
      readFileSync(sharedPath('data/nhs-gp-practices/gp-reg-pat-prac-map_2022-01.csv')),
      { columns: true },
    );
    const inPcn = mapping
      .filter((m) => m.PCN_CODE === demo.pcn.odsCode)
      .map((m) => m.PRACTICE_CODE)
      .sort();
    expect(demo.practices.map((p) => p.odsCode).sort()).toEqual(inPcn);
    for (const p of demo.practices) {
      const row = sizes.find((s) => s.CODE === p.odsCode);
      expect(row, p.odsCode).toBeDefined();
      expect(p.listSize).toBe(Number(row?.NUMBER_OF_PATIENTS));
      expect(p.postcode).toBe(row?.POSTCODE);
    }
  });
});

describe.each(testEngines())('seeding the demo on $name', (engine) => {
  let t: TestDatabase;
  beforeAll(async () => {
    t = await engine.create();
  });
  afterAll(async () => {
    await t.destroy();
  });

  it('creates the service, PCN and practices, and one user per role', async () => {
    expect(await isEmpty(t.db)).toBe(true);
    await seedDemo(t.db);
    expect(await isEmpty(t.db)).toBe(false);
    const orgs = await t.db.selectFrom('organisations').select(['kind', 'list_size']).execute();
    expect(
      orgs
        .filter((o) => o.kind === 'practice')
        .map((o) => o.list_size)
        .sort(),
    ).toEqual([11815, 13572, 6993, 7802]);
    const signIns = await demoSignIns(t.db);
    expect(signIns.map((s) => s.role).sort()).toEqual([...ROLES].sort());
  });
});
