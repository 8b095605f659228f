/**
 * The front door records what equity needs (issue 11 item 3): sex, gender when it differs and
 * ethnicity, all optional, are stored on the person; a postcode is resolved at intake to its 2011
 * LSOA and deprivation decile from the lookup loaded, with the lookup's version; an unknown
 * postcode stores no area and never holds the request up. The import commands read the ONS
 * Postcode Directory's layout and Trafford Data Lab's, and running one twice leaves the same rows.
 * Both databases.
 */
import { randomUUID } from 'node:crypto';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Readable } from 'node:stream';
import type { FastifyInstance } from 'fastify';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  DEMO_DEPRIVATION_FILES,
  DEPRIVATION_DATA_DIR,
  importDeprivation,
  importPostcodes,
  loadDemoDeprivation,
  resolvePostcode,
} from '../people/deprivation-lookup.js';
import { makeOrganisationTree, makeUser, type TestTree } from '../testing/builders.js';
import { makeAnswers, QUESTION_SET_VERSION } from '../testing/requests.js';
import { runCli } from '../testing/server-process.js';
import { makeApp, TestClient } from '../testing/test-app.js';
import { testEngines, type TestDatabase } from '../testing/test-database.js';

const NOW = new Date('2026-11-03T10:15:00Z');

/** The committed England table's decile and rank for an LSOA, read from the file itself. */
function englandRow(lsoa: string): { decile: number; rank: number } {
  const text = readFileSync(
    join(DEPRIVATION_DATA_DIR, DEMO_DEPRIVATION_FILES.england.file),
    'utf8',
  );
  const line = text.split('\n').find((l) => l.startsWith(`${lsoa},`));
  const [, decile, rank] = (line ?? '').split(',');
  return { decile: Number(decile), rank: Number(rank) };
}

/** Three rows in the ONS Postcode Directory's published layout (fixed-width pcd, pcds, lsoa11). */
const ONSPD_CSV = [
  'pcd,pcd2,pcds,dointr,doterm,oscty,lsoa11,msoa11,lsoa21',
  '"M15 4AB","M15  4AB","M15 4AB","198001","","E99999999","E01006185","E02001259","E01006185"',
  '"M1  1AA","M1   1AA","M1 1AA","198001","","E99999999","E01033653","E02001065","E01033653"',
  '"BT1 1AA","BT1  1AA","BT1 1AA","198001","","N99999999","N99999999","N99999999",""',
].join('\n');

const stream = (text: string) => Readable.from([text]);

describe.each(testEngines())('equality monitoring and deprivation at intake on $name', (engine) => {
  let t: TestDatabase;
  let app: FastifyInstance;
  let tree: TestTree;
  let person: TestClient;

  beforeAll(async () => {
    t = await engine.create();
    app = await makeApp(t, { publicRateLimit: 100000 }, () => NOW);
    tree = await makeOrganisationTree(t.db);
    person = new TestClient(app, '10.9.11.3');
    await person.refreshSession();
  });
  afterAll(async () => {
    await app.close();
    await t.destroy();
  });

  const personOf = (requestId: string) =>
    t.db
      .selectFrom('requests')
      .innerJoin('people', 'people.id', 'requests.person_id')
      .select([
        'people.sex',
        'people.gender_same_as_sex',
        'people.gender_identity',
        'people.ethnicity',
        'people.lsoa_code',
        'people.imd_decile',
        'people.imd_rank',
        'people.deprivation_index',
        'people.postcode_lookup_version',
      ])
      .where('requests.id', '=', requestId)
      .executeTakeFirstOrThrow();

  const refer = (answers: object) =>
    person.request({
      method: 'POST',
      url: '/api/referrals',
      headers: { 'idempotency-key': randomUUID() },
      payload: { questionSetVersion: QUESTION_SET_VERSION, answers },
    });

  it('stores no area while no lookup is loaded, and the referral succeeds', async () => {
    const res = await refer(makeAnswers(tree.practiceIds[0], { person: { postcode: 'M15 4AB' } }));
    expect(res.statusCode, res.body).toBe(201);
    expect(await personOf(res.json<{ id: string }>().id)).toMatchObject({
      lsoa_code: null,
      imd_decile: null,
      postcode_lookup_version: null,
      sex: null,
      ethnicity: null,
    });
  });

  it('loads the committed Trafford extract and the IMD and WIMD tables into an empty lookup, once', async () => {
    const first = await loadDemoDeprivation(t.db);
    expect(first.postcodes).toEqual({ read: 11127, stored: 11127, skipped: 0, total: 11127 });
    expect(first.england?.total).toBe(32844);
    expect(first.wales).toMatchObject({
      read: 1909,
      stored: 1909,
      skipped: 0,
      total: 32844 + 1909,
    });
    // Tables that hold rows are left alone.
    expect(await loadDemoDeprivation(t.db)).toEqual({
      postcodes: null,
      england: null,
      wales: null,
    });
    const welsh = await t.db
      .selectFrom('lsoa_deprivation')
      .select(['index', 'decile', 'rank', 'score'])
      .where('lsoa_code', '=', 'W01000001')
      .executeTakeFirstOrThrow();
    expect(welsh).toMatchObject({ index: 'WIMD2019', decile: 5, rank: 885 });
    expect(Number(welsh.score)).toBeCloseTo(19.17394138, 6);
  });

  it('resolves a self-referral postcode to its LSOA and IMD decile with the lookup version, and stores what the person said', async () => {
    const expected = englandRow('E01006185');
    expect(expected.decile).toBe(2);
    const res = await refer({
      ...makeAnswers(tree.practiceIds[0], { person: { postcode: 'm15 4ab' } }),
      equality: {
        sex: 'female',
        genderSameAsSex: 'no',
        genderIdentity: 'non_binary',
        ethnicity: 'N',
      },
    });
    expect(res.statusCode, res.body).toBe(201);
    expect(await personOf(res.json<{ id: string }>().id)).toEqual({
      sex: 'female',
      gender_same_as_sex: 'no',
      gender_identity: 'non_binary',
      ethnicity: 'N',
      lsoa_code: 'E01006185',
      imd_decile: expected.decile,
      imd_rank: expected.rank,
      deprivation_index: 'IMD2019',
      postcode_lookup_version: 'ONSPD 2022-05 / IMD 2019',
    });
  });

  it('stores "prefer not to say" as not stated, apart from not asked', async () => {
    const res = await refer({
      ...makeAnswers(tree.practiceIds[0], { person: { postcode: 'WA15 8AA' } }),
      equality: {
        sex: 'prefer_not_to_say',
        genderSameAsSex: 'prefer_not_to_say',
        ethnicity: 'prefer_not_to_say',
      },
    });
    expect(res.statusCode, res.body).toBe(201);
    expect(await personOf(res.json<{ id: string }>().id)).toMatchObject({
      sex: 'prefer_not_to_say',
      gender_same_as_sex: 'prefer_not_to_say',
      gender_identity: null,
      ethnicity: 'Z',
    });
  });

  it('stores no area for a postcode not in the lookup, and the referral succeeds', async () => {
    const res = await refer(makeAnswers(tree.practiceIds[0], { person: { postcode: 'LA9 4JE' } }));
    expect(res.statusCode, res.body).toBe(201);
    expect(await personOf(res.json<{ id: string }>().id)).toMatchObject({
      lsoa_code: null,
      imd_decile: null,
      imd_rank: null,
      deprivation_index: null,
      postcode_lookup_version: null,
    });
  });

  it('refuses a gender answer when gender was not said to differ, field by field', async () => {
    const res = await refer({
      ...makeAnswers(tree.practiceIds[0]),
      equality: { genderSameAsSex: 'yes', genderIdentity: 'male', ethnicity: 'Q' },
    });
    expect(res.statusCode).toBe(400);
    const fields = res.json<{ error: { fields: { path: string; code: string }[] } }>().error.fields;
    expect(fields).toEqual(
      expect.arrayContaining([
        expect.objectContaining({ path: 'answers.equality.ethnicity', code: 'invalid_value' }),
      ]),
    );
  });

  it('records the same from the staff entry', async () => {
    const u = await makeUser(t.db, { roles: ['navigator'], organisationIds: [tree.pcnId] });
    const staff = new TestClient(app);
    await staff.signIn(u.email, u.password);
    const res = await staff.request({
      method: 'POST',
      url: '/api/requests/staff',
      headers: { 'idempotency-key': randomUUID() },
      payload: {
        channel: 'phone',
        questionSetVersion: QUESTION_SET_VERSION,
        answers: {
          ...makeAnswers(tree.practiceIds[0], { person: { postcode: 'M15 4AB' } }),
          equality: { sex: 'male', genderSameAsSex: 'yes', ethnicity: 'H' },
        },
      },
    });
    expect(res.statusCode, res.body).toBe(201);
    expect(await personOf(res.json<{ id: string }>().id)).toMatchObject({
      sex: 'male',
      gender_same_as_sex: 'yes',
      gender_identity: null,
      ethnicity: 'H',
      lsoa_code: 'E01006185',
      imd_decile: 2,
    });
  });

  it('imports the ONS Postcode Directory layout idempotently and reports counts', async () => {
    const first = await importPostcodes(t.db, stream(ONSPD_CSV), 'ONSPD 2024-02');
    // BT1 1AA has a pseudo code for its area: skipped.
    expect(first).toMatchObject({ read: 3, stored: 2, skipped: 1 });
    const again = await importPostcodes(t.db, stream(ONSPD_CSV), 'ONSPD 2024-02');
    expect(again).toEqual(first);
    expect(first.total).toBe(11127 + 1); // M15 4AB was already there; M1 1AA is new.
    expect(await resolvePostcode(t.db, 'M1 1AA')).toEqual({
      lsoaCode: 'E01033653',
      decile: englandRow('E01033653').decile,
      rank: englandRow('E01033653').rank,
      index: 'IMD2019',
      version: 'ONSPD 2024-02 / IMD 2019',
    });
    // The same postcode again takes the later version.
    expect((await resolvePostcode(t.db, 'M15 4AB'))?.version).toBe('ONSPD 2024-02 / IMD 2019');
  });

  it('reads 2021 LSOAs when a file has no 2011 column, and the deprivation files idempotently', async () => {
    const lsoa21 = 'PCDS,LSOA21CD\nM15 4AB,E01006185\n';
    expect(await importPostcodes(t.db, stream(lsoa21), 'ONSPD 2025-02')).toMatchObject({
      read: 1,
      stored: 1,
      skipped: 0,
    });
    const wimd = 'lsoa_code,IMD_decile,IMD_rank,IMD_score\nW01000001,5,885,19.17\nS01000001,1,1,\n';
    const once = await importDeprivation(t.db, stream(wimd), 'test');
    expect(once).toMatchObject({ read: 2, stored: 1, skipped: 1 });
    expect(await importDeprivation(t.db, stream(wimd), 'test')).toEqual(once);
    await expect(importPostcodes(t.db, stream('zip,area\n1,2\n'), 'x')).rejects.toThrow(
      /postcode column/,
    );
  });
});

describe('the import-postcodes and import-deprivation commands', () => {
  const dir = mkdtempSync(join(tmpdir(), 'everyday-import-'));
  afterAll(() => {
    rmSync(dir, { recursive: true, force: true });
  });

  it('import-postcodes loads a file, reports counts, and leaves the same rows when run twice', async () => {
    const env = { EVERYDAY_DATA_DIR: join(dir, 'data') };
    const file = join(dir, 'onspd.csv');
    writeFileSync(file, ONSPD_CSV);
    const args = ['import-postcodes', file, '--source-version', 'ONSPD 2024-02'];
    const first = await runCli(args, env);
    expect(first.code, first.stderr).toBe(0);
    expect(first.stdout).toContain(
      'Read 3 rows: 2 stored, 1 skipped; 2 postcodes in the lookup (ONSPD 2024-02).',
    );
    const second = await runCli(args, env);
    expect(second.stdout).toBe(first.stdout);
  }, 60_000);
});
