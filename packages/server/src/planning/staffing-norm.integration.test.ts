import type { FastifyInstance } from 'fastify';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { StaffingNorm } from '@everyday/core';
import {
  makeOrganisationTree,
  makeUser,
  unique,
  type TestTree,
  type TestUser,
} from '../testing/builders.js';
import { makeApp, TestClient } from '../testing/test-app.js';
import { importListSizes } from './import-list-sizes.js';
import { testEngines, type TestDatabase } from '../testing/test-database.js';

// Monday 16 March 2026, 10:00 in London (GMT).
const NOW = new Date('2026-03-16T10:00:00Z');

describe.each(testEngines())('the staffing norm on $name', (engine) => {
  let t: TestDatabase;
  let app: FastifyInstance;
  let tree: TestTree;
  let unknownPractice: string;
  let lead: TestClient;
  let admin: TestClient;
  let otClient: TestClient;
  let navigator: TestClient;

  const signedIn = async (user: TestUser) => {
    const client = new TestClient(app);
    await client.signIn(user.email, user.password);
    return client;
  };

  const site = async (organisationId: string) =>
    (
      await t.db
        .insertInto('sites')
        .values({ organisation_id: organisationId, name: unique('site') })
        .returning('id')
        .executeTakeFirstOrThrow()
    ).id;

  const template = async (
    otId: string,
    siteId: string,
    weekdays: number[],
    start: string,
    end: string,
  ) =>
    t.db
      .insertInto('clinic_templates')
      .values({
        ot_id: otId,
        site_id: siteId,
        name: unique('clinic'),
        weekdays,
        start_time: start,
        end_time: end,
        mode: 'in_person',
        slot_minutes: 30,
        capacity: 1,
        nation: 'england',
        gpad_national_category: 'x',
        gpad_service_setting: 'x',
        gpad_mode: 'x',
        valid_from: '2026-01-05',
        active: true,
      })
      .execute();

  beforeAll(async () => {
    t = await engine.create();
    app = await makeApp(t, {}, () => NOW);
    // Service → PCN (practice 1: 8,000; practice 2: 12,000; a third with no list size) and a
    // second PCN (one practice of 5,000).
    tree = await makeOrganisationTree(t.db);
    unknownPractice = (
      await t.db
        .insertInto('organisations')
        .values({ kind: 'practice', name: unique('practice'), parent_id: tree.pcnId })
        .returning('id')
        .executeTakeFirstOrThrow()
    ).id;
    const leadUser = await makeUser(t.db, { roles: ['lead'], organisationIds: [tree.pcnId] });
    const adminUser = await makeUser(t.db, { roles: ['admin'], organisationIds: [tree.serviceId] });
    const ot = await makeUser(t.db, { roles: ['ot'], organisationIds: [tree.pcnId] });
    const ot2 = await makeUser(t.db, { roles: ['ot'], organisationIds: [tree.practiceIds[1]] });
    const nav = await makeUser(t.db, { roles: ['navigator'], organisationIds: [tree.pcnId] });
    const [p1, p2] = tree.practiceIds;
    // Practice 1: Mon + Wed 09:00–13:00 = 8 h = 2 sessions.
    await template(ot.id, await site(p1), [1, 3], '09:00', '13:00');
    // Practice 2: Tue 13:00–17:00 (4 h) by one OT and Thu 09:00–11:00 (2 h) by another:
    // 6 h = 1.5 sessions.
    await template(ot.id, await site(p2), [2], '13:00', '17:00');
    await template(ot2.id, await site(p2), [4], '09:00', '11:00');
    // The practice with no list size: Fri 09:00–13:00 = 1 session.
    await template(ot.id, await site(unknownPractice), [5], '09:00', '13:00');
    lead = await signedIn(leadUser);
    admin = await signedIn(adminUser);
    otClient = await signedIn(ot);
    navigator = await signedIn(nav);
  });
  afterAll(async () => {
    await app.close();
    await t.destroy();
  });

  it('gives each practice’s gap as counted by hand, with PCN totals, in the lead’s scope', async () => {
    const res = await lead.get('/api/planning/staffing-norm');
    expect(res.statusCode).toBe(200);
    const norm = res.json<StaffingNorm>();
    expect(norm.norm).toMatchObject({
      populationPerSession: 5000,
      isDefault: true,
      sessionsPerWte: 10,
    });
    expect(norm.norm.quote).toContain('at least one session per 5000 population');
    // The lead covers one PCN only: the other PCN's practice is not shown.
    expect(norm.pcns).toHaveLength(1);
    const pcn = norm.pcns[0];
    const row = (id: string) => pcn?.practices.find((p) => p.organisationId === id);
    const [p1, p2] = tree.practiceIds;
    // 8,000 / 5,000 = 1.6 needed, 2 delivered: no gap.
    expect(row(p1)).toMatchObject({
      listSize: 8000,
      sessionsDelivered: 2,
      sessionsNeeded: 1.6,
      gapSessions: 0,
      gapWte: 0,
    });
    // 12,000 / 5,000 = 2.4 needed, 1.5 delivered: gap 0.9 sessions = 0.09 WTE.
    expect(row(p2)).toMatchObject({
      listSize: 12000,
      sessionsDelivered: 1.5,
      sessionsNeeded: 2.4,
      gapSessions: 0.9,
      gapWte: 0.09,
    });
    // No list size: unknown, never zero.
    expect(row(unknownPractice)).toMatchObject({
      listSize: null,
      sessionsDelivered: 1,
      sessionsNeeded: null,
      gapSessions: null,
      gapWte: null,
    });
    expect(pcn?.totals).toEqual({
      practices: 3,
      unknownListSize: 1,
      listSize: 20000,
      sessionsDelivered: 4.5,
      sessionsNeeded: 4,
      gapSessions: 0.9,
      gapWte: 0.09,
      practicesMeetingNorm: 1,
      practicesWithSessions: 3,
    });
    expect(norm.service).toEqual(pcn?.totals);
  });

  it('gives the whole service to an administrator, and takes a configured norm', async () => {
    const norm = (await admin.get('/api/planning/staffing-norm')).json<StaffingNorm>();
    expect(norm.serviceName).not.toBeNull();
    expect(norm.pcns).toHaveLength(2);
    // Adds the other PCN's 5,000 with nothing delivered: gap 1, so 0.9 + 1 = 1.9 = 0.19 WTE.
    expect(norm.service).toMatchObject({ listSize: 25000, gapSessions: 1.9, gapWte: 0.19 });
    const tighter = (
      await admin.get('/api/planning/staffing-norm?populationPerSession=4000')
    ).json<StaffingNorm>();
    // 8,000 → 2 (gap 0); 12,000 → 3 (gap 1.5); 5,000 → 1.25 (gap 1.25): 2.75.
    expect(tighter.norm).toMatchObject({ populationPerSession: 4000, isDefault: false });
    expect(tighter.service.gapSessions).toBe(2.75);
    expect((await admin.get('/api/planning/staffing-norm?populationPerSession=0')).statusCode).toBe(
      400,
    );
  });

  it('downloads the same figures as CSV, an unknown list size left empty', async () => {
    const res = await lead.get('/api/planning/staffing-norm.csv');
    expect(res.statusCode).toBe(200);
    expect(res.headers['content-type']).toContain('text/csv');
    expect(res.headers['content-disposition']).toContain('everyday-staffing-norm-2026-03-16.csv');
    const lines = res.body.trim().split('\n');
    expect(lines[0]).toBe(
      'level,pcn,practice,ods_code,practices,list_size_unknown,registered_population,sessions_per_week_delivered,sessions_per_week_needed,gap_sessions,gap_wte,population_per_session,sessions_per_wte',
    );
    const cells = lines.slice(1).map((l) => l.split(','));
    const practiceRows = cells.filter((c) => c[0] === 'practice');
    expect(practiceRows.map((c) => c.slice(6, 11)).sort()).toEqual(
      [
        ['12000', '1.5', '2.4', '0.9', '0.09'],
        ['8000', '2', '1.6', '0', '0'],
        ['', '1', '', '', ''],
      ].sort(),
    );
    expect(cells.find((c) => c[0] === 'pcn')?.slice(4, 11)).toEqual([
      '3',
      '1',
      '20000',
      '4.5',
      '4',
      '0.9',
      '0.09',
    ]);
    expect(cells.find((c) => c[0] === 'service')?.slice(9, 13)).toEqual([
      '0.9',
      '0.09',
      '5000',
      '10',
    ]);
  });

  it('refuses an OT and a navigator', async () => {
    expect((await otClient.get('/api/planning/staffing-norm')).statusCode).toBe(403);
    expect((await otClient.get('/api/planning/staffing-norm.csv')).statusCode).toBe(403);
    expect((await navigator.get('/api/planning/staffing-norm')).statusCode).toBe(403);
  });
  it('imports registered populations from a CSV by ODS code, reporting unknown codes and bad lines', async () => {
    const ods = `W9${unique('x').slice(2, 8).toUpperCase()}`;
    const welsh = (
      await t.db
        .insertInto('organisations')
        .values({
          kind: 'practice',
          name: unique('practice'),
          parent_id: tree.serviceId,
          ods_code: ods,
        })
        .returning('id')
        .executeTakeFirstOrThrow()
    ).id;
    const report = await importListSizes(
      t.db,
      `ods_code,list_size\n${ods},"7,500"\nZZ99999,100\n${ods}X,\n`,
    );
    expect(report).toEqual({
      read: 3,
      updated: 1,
      unmatched: ['ZZ99999'],
      problems: [{ line: 4, message: 'The list size is not a whole number' }],
    });
    const norm = (await admin.get('/api/planning/staffing-norm')).json<StaffingNorm>();
    const row = norm.pcns
      .find((p) => p.pcnId === null)
      ?.practices.find((p) => p.organisationId === welsh);
    // 7,500 / 5,000 = 1.5 needed, none delivered: gap 1.5 = 0.15 WTE.
    expect(row).toMatchObject({
      listSize: 7500,
      sessionsNeeded: 1.5,
      gapSessions: 1.5,
      gapWte: 0.15,
    });
  });
});
