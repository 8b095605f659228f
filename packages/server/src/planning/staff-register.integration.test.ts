import type { FastifyInstance, LightMyRequestResponse } from 'fastify';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { StaffMember, StaffRegister } from '@everyday/core';
import {
  makeOrganisationTree,
  makeUser,
  unique,
  type TestTree,
  type TestUser,
} from '../testing/builders.js';
import { makeApp, TestClient } from '../testing/test-app.js';
import { testEngines, type TestDatabase } from '../testing/test-database.js';

// Monday 16 March 2026, 10:00 in London (GMT).
const NOW = new Date('2026-03-16T10:00:00Z');

const profileBody = (over: Record<string, unknown> = {}) => ({
  baseVersion: null,
  profession: 'occupational_therapist',
  band: '7',
  hcpcNumber: `OT${String(10000 + Math.floor(Math.random() * 89999))}`,
  hcpcRenewalOn: '2027-10-31',
  wte: 0.8,
  startedOn: '2024-09-02',
  supervisionIntervalMonths: 1,
  ...over,
});

const supervisionBody = (over: Record<string, unknown> = {}) => ({
  heldOn: '2026-03-16',
  supervisorName: 'Dr Sian Morgan',
  kind: 'individual',
  durationMinutes: 60,
  topics: ['caseload', 'wellbeing_and_workload'],
  summary: 'Caseload mix and waits; protected time for notes.',
  actions: 'Book the falls course.',
  ...over,
});

describe.each(testEngines())('the staff register on $name', (engine) => {
  let t: TestDatabase;
  let app: FastifyInstance;
  let tree: TestTree;
  let lead: TestClient;
  let otClient: TestClient;
  let navigator: TestClient;
  let ot: TestUser;
  let otherOt: TestUser;
  let farOt: TestUser;
  let leadUser: TestUser;

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
    over: { weekdays: number[]; start: string; end: string; active?: boolean; from?: string },
  ) =>
    t.db
      .insertInto('clinic_templates')
      .values({
        ot_id: otId,
        site_id: siteId,
        name: unique('clinic'),
        weekdays: over.weekdays,
        start_time: over.start,
        end_time: over.end,
        mode: 'in_person',
        slot_minutes: 30,
        capacity: 1,
        nation: 'england',
        gpad_national_category: 'x',
        gpad_service_setting: 'x',
        gpad_mode: 'x',
        valid_from: over.from ?? '2026-01-05',
        active: over.active ?? true,
      })
      .execute();

  beforeAll(async () => {
    t = await engine.create();
    app = await makeApp(t, {}, () => NOW);
    tree = await makeOrganisationTree(t.db);
    leadUser = await makeUser(t.db, {
      roles: ['lead'],
      organisationIds: [tree.pcnId],
      name: 'Lowri Lead',
    });
    ot = await makeUser(t.db, { roles: ['ot'], organisationIds: [tree.pcnId], name: 'Ann OT' });
    otherOt = await makeUser(t.db, {
      roles: ['ot'],
      organisationIds: [tree.practiceIds[1]],
      name: 'Bea OT',
    });
    // In the other PCN: outside the lead's scope.
    farOt = await makeUser(t.db, {
      roles: ['ot'],
      organisationIds: [tree.otherPcnPracticeId],
      name: 'Cai OT',
    });
    const nav = await makeUser(t.db, { roles: ['navigator'], organisationIds: [tree.pcnId] });
    lead = await signedIn(leadUser);
    otClient = await signedIn(ot);
    navigator = await signedIn(nav);
  });
  afterAll(async () => {
    await app.close();
    await t.destroy();
  });

  it('counts sessions a week at each practice from the OT’s clinic templates, as by hand', async () => {
    const [p1, p2] = tree.practiceIds;
    const s1 = await site(p1);
    const s1b = await site(p1);
    const s2 = await site(p2);
    // Practice 1: Mon + Wed 09:00–12:00 (6 h) and Fri 09:00–17:00 at another site (8 h):
    // 14 h = 3.5 sessions. Practice 2: Tue 13:00–17:00 (4 h) = 1 session.
    await template(ot.id, s1, { weekdays: [1, 3], start: '09:00', end: '12:00' });
    await template(ot.id, s1b, { weekdays: [5], start: '09:00', end: '17:00' });
    await template(ot.id, s2, { weekdays: [2], start: '13:00', end: '17:00' });
    // Not counted: a stopped template, and one that starts next month.
    await template(ot.id, s2, { weekdays: [4], start: '09:00', end: '17:00', active: false });
    await template(ot.id, s2, { weekdays: [4], start: '09:00', end: '13:00', from: '2026-04-06' });
    // Leave from the booking tables: this week, and a week in May.
    await t.db
      .insertInto('staff_leave')
      .values([
        { ot_id: ot.id, starts_on: '2026-03-16', ends_on: '2026-03-17' },
        { ot_id: ot.id, starts_on: '2026-05-11', ends_on: '2026-05-15' },
      ])
      .execute();

    const res = await lead.get('/api/planning/staff');
    expect(res.statusCode).toBe(200);
    const register = res.json<StaffRegister>();
    expect(register.today).toBe('2026-03-16');
    const entry = register.staff.find((s) => s.userId === ot.id);
    const at = (id: string) => entry?.sessions.find((s) => s.organisationId === id);
    expect(entry?.sessions).toHaveLength(2);
    expect(at(p1)).toMatchObject({ hours: 14, sessions: 3.5, clinics: 2 });
    expect(at(p2)).toMatchObject({ hours: 4, sessions: 1, clinics: 1 });
    expect(entry?.sessionsPerWeek).toBe(4.5);
    expect(entry?.leave).toEqual({
      current: { startsOn: '2026-03-16', endsOn: '2026-03-17' },
      upcoming: [{ startsOn: '2026-05-11', endsOn: '2026-05-15' }],
      workingDaysAhead: 7,
    });
    // The register holds the lead's scope only: both PCN OTs, not the other PCN's.
    const ids = register.staff.map((s) => s.userId);
    expect(ids).toEqual(expect.arrayContaining([ot.id, otherOt.id]));
    expect(ids).not.toContain(farOt.id);
    expect(ids).not.toContain(leadUser.id);
  });

  it('flags supervision overdue a month after the last, and clears it when one is recorded', async () => {
    const saved = await lead.put(
      `/api/planning/staff/${otherOt.id}/profile`,
      profileBody({ hcpcRenewalOn: '2026-04-15' }),
    );
    expect(saved.statusCode).toBe(200);
    // Last supervision on 10 February: due 10 March, overdue by 6 days on 16 March.
    const old = await lead.post(
      `/api/planning/staff/${otherOt.id}/supervision`,
      supervisionBody({ heldOn: '2026-02-10' }),
    );
    expect(old.statusCode).toBe(201);
    let register = (await lead.get('/api/planning/staff')).json<StaffRegister>();
    let entry = register.staff.find((s) => s.userId === otherOt.id);
    expect(entry?.supervision).toEqual({
      status: 'overdue',
      lastOn: '2026-02-10',
      dueOn: '2026-03-10',
      daysOverdue: 6,
    });
    // HCPC renewal on 15 April: 30 days away, within 60.
    expect(entry?.hcpc).toEqual({ status: 'renewal_due', renewalOn: '2026-04-15', daysLeft: 30 });
    expect(entry?.reasons).toEqual(['supervision_overdue', 'hcpc_renewal_due']);
    expect(register.due.find((d) => d.userId === otherOt.id)?.reasons).toEqual(entry?.reasons);

    expect(
      (await lead.post(`/api/planning/staff/${otherOt.id}/supervision`, supervisionBody()))
        .statusCode,
    ).toBe(201);
    register = (await lead.get('/api/planning/staff')).json<StaffRegister>();
    entry = register.staff.find((s) => s.userId === otherOt.id);
    expect(entry?.supervision).toMatchObject({ status: 'up_to_date', dueOn: '2026-04-16' });
    expect(entry?.reasons).toEqual(['hcpc_renewal_due']);

    const audit = await t.db
      .selectFrom('audit_events')
      .select(['resource_type', 'action', 'user_id'])
      .where('resource_type', 'in', ['staff_profile', 'supervision_record'])
      .where('user_id', '=', leadUser.id)
      .execute();
    expect(audit.filter((a) => a.resource_type === 'supervision_record')).toHaveLength(2);
    expect(audit).toContainEqual({
      resource_type: 'staff_profile',
      action: 'create',
      user_id: leadUser.id,
    });
  });

  it('refuses a save made from an older version, keeping the newer one', async () => {
    const first = await lead.put(`/api/planning/staff/${ot.id}/profile`, profileBody());
    expect(first.json<{ profile: { version: number } }>().profile.version).toBe(1);
    const second = await lead.put(
      `/api/planning/staff/${ot.id}/profile`,
      profileBody({ baseVersion: 1, band: '8a' }),
    );
    expect(second.statusCode).toBe(200);
    const stale = await lead.put(
      `/api/planning/staff/${ot.id}/profile`,
      profileBody({ baseVersion: 1, band: '6' }),
    );
    expect(stale.statusCode).toBe(409);
    expect(stale.json<{ error: { message: string } }>().error.message).toContain('Lowri Lead');
    const again = await lead.put(`/api/planning/staff/${ot.id}/profile`, profileBody());
    expect(again.statusCode).toBe(409);
    const stored = await t.db
      .selectFrom('staff_profiles')
      .select(['band', 'version'])
      .where('user_id', '=', ot.id)
      .executeTakeFirstOrThrow();
    expect(stored).toEqual({ band: '8a', version: 2 });
  });

  it('answers bad input with field-level 400s', async () => {
    const fieldsOf = (res: LightMyRequestResponse) =>
      res.json<{ error: { fields: { path: string; code: string }[] } }>().error.fields;
    const url = `/api/planning/staff/${otherOt.id}`;
    const badNumber = await lead.put(`${url}/profile`, profileBody({ hcpcNumber: 'PH12345' }));
    expect(badNumber.statusCode).toBe(400);
    expect(fieldsOf(badNumber)).toEqual([
      expect.objectContaining({ path: 'hcpcNumber', code: 'hcpc_prefix' }),
    ]);
    const badWte = await lead.put(`${url}/profile`, profileBody({ wte: 1.5 }));
    expect(badWte.statusCode).toBe(400);
    expect(fieldsOf(badWte).map((f) => f.path)).toEqual(['wte']);
    const future = await lead.post(`${url}/supervision`, supervisionBody({ heldOn: '2026-03-17' }));
    expect(future.statusCode).toBe(400);
    expect(fieldsOf(future)).toEqual([
      expect.objectContaining({ path: 'heldOn', code: 'in_future' }),
    ]);
    const patient = await lead.post(
      `${url}/supervision`,
      supervisionBody({ summary: 'Discussed 943 476 5919' }),
    );
    expect(fieldsOf(patient)).toEqual([
      expect.objectContaining({ path: 'summary', code: 'patient_details' }),
    ]);
    const noTopics = await lead.post(`${url}/supervision`, supervisionBody({ topics: [] }));
    expect(noTopics.statusCode).toBe(400);
    expect(fieldsOf(noTopics).map((f) => f.path)).toEqual(['topics']);
    const badDate = await lead.post(`${url}/cpd`, {
      completedOn: '2026-02-30',
      title: 'Falls',
      activity: 'course',
      hours: 3,
    });
    expect(fieldsOf(badDate)).toEqual([
      expect.objectContaining({ path: 'completedOn', code: 'invalid_date' }),
    ]);
  });

  it('lets an OT see and record their own supervision and CPD, and nobody else’s', async () => {
    const own = await otClient.get(`/api/planning/staff/${ot.id}`);
    expect(own.statusCode).toBe(200);
    expect(own.json<StaffMember>().canManage).toBe(false);
    expect((await otClient.get(`/api/planning/staff/${otherOt.id}`)).statusCode).toBe(403);
    expect((await otClient.get('/api/planning/staff')).statusCode).toBe(403);
    // An OT cannot edit another's profile (nor their own: the lead keeps the register).
    expect(
      (await otClient.put(`/api/planning/staff/${otherOt.id}/profile`, profileBody())).statusCode,
    ).toBe(403);
    expect(
      (await otClient.put(`/api/planning/staff/${ot.id}/profile`, profileBody())).statusCode,
    ).toBe(403);
    expect(
      (await otClient.post(`/api/planning/staff/${otherOt.id}/supervision`, supervisionBody()))
        .statusCode,
    ).toBe(403);
    expect(
      (await otClient.post(`/api/planning/staff/${ot.id}/supervision`, supervisionBody()))
        .statusCode,
    ).toBe(201);
    const cpd = await otClient.post(`/api/planning/staff/${ot.id}/cpd`, {
      completedOn: '2026-03-02',
      title: 'Vocational rehabilitation e-learning',
      activity: 'e_learning',
      hours: 2.5,
      learning: 'Fit note conversations.',
    });
    expect(cpd.statusCode).toBe(201);
    const page = (await otClient.get(`/api/planning/staff/${ot.id}`)).json<StaffMember>();
    expect(page.supervision[0]).toMatchObject({ heldOn: '2026-03-16', recordedBy: 'Ann OT' });
    expect(page.cpd[0]).toMatchObject({
      hours: 2.5,
      title: 'Vocational rehabilitation e-learning',
    });
    expect(page.cpdHoursLastYear).toBe(2.5);
    // A lead outside the OT's organisations does not find them.
    expect((await lead.get(`/api/planning/staff/${farOt.id}`)).statusCode).toBe(404);
  });

  it('shows a navigator nothing, even before reading what they sent', async () => {
    expect((await navigator.get('/api/planning/staff')).statusCode).toBe(403);
    expect((await navigator.get(`/api/planning/staff/${ot.id}`)).statusCode).toBe(403);
    expect(
      (await navigator.post(`/api/planning/staff/${ot.id}/supervision`, { junk: true })).statusCode,
    ).toBe(403);
    expect((await navigator.put(`/api/planning/staff/${ot.id}/profile`, {})).statusCode).toBe(403);
    expect((await new TestClient(app).get('/api/planning/staff')).statusCode).toBe(401);
  });
});
