/**
 * The planning page's API (issue 13 items 3–6) through the real app, on a small service built by
 * hand: one practice, one OT on Mondays and Thursdays 09:00–12:00 in 60-minute slots (two
 * 3-hour clinics, 1.5 sessions, 6 slots a week), six weeks of past slots, and 21 requests
 * accepted onto the list on known days, 11 of them booked (8 attended, 3 did not attend) and 10
 * still waiting; the OT is away for 26 weeks of the projection. Used as a lead, an
 * administrator, a lead who is also an OT (who may see these people's records, so no
 * small-number rule), another PCN's lead, an OT and a navigator, with the clock held at Monday
 * 16 March 2026 and moved on a minute at a time by hand. Both databases.
 */
import { randomBytes, randomUUID } from 'node:crypto';
import { setTimeout as sleep } from 'node:timers/promises';
import type { FastifyInstance } from 'fastify';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  DEFAULT_ATTENDANCE,
  DEFAULT_DAYS_BETWEEN_SESSIONS,
  makeReference,
  type AppointmentStatus,
  type Pathway,
  type PlanningOverviewBody,
  type ProjectionResponse,
  type ScenarioBody,
  type ScenarioResponse,
  type Tier,
  type Urgency,
} from '@everyday/core';
import { makeOrganisationTree, makeUser, unique, type TestUser } from '../testing/builders.js';
import { makeAnswers, QUESTION_SET_VERSION } from '../testing/requests.js';
import { makeApp, TestClient } from '../testing/test-app.js';
import { testEngines, type TestDatabase } from '../testing/test-database.js';

// Monday 16 March 2026, 10:00 in London (GMT). The 26-week window starts on Monday 15 September
// 2025; the projection starts on Monday 23 March 2026 and runs 52 weeks, to Sunday 21 March 2027.
const NOW = new Date('2026-03-16T10:00:00Z');
const TODAY = '2026-03-16';
/** The rota's one-to-one slots over the projection's 52 weeks, counted by hand below. */
const BASELINE_SLOTS = 144;

interface ScenarioList {
  readonly scenarios: ScenarioResponse[];
  readonly baselineProjectionId: string | null;
}

interface ErrorJson {
  readonly error: {
    readonly code: string;
    readonly fields?: { path: string; code: string; message: string }[];
  };
}

/** Adds 2 sessions a week from the first week, with a target of 90% seen within 6 weeks. */
const moreSessions = (name: string, sessionsPerWeek = 2): ScenarioBody => ({
  name,
  changes: [{ kind: 'sessions', sessionsPerWeek, fromWeek: 0, practiceId: null, pathway: null }],
  target: { withinWeeks: 6, share: 0.9 },
});

describe.each(testEngines())('planning projections through the API on $name', (engine) => {
  let t: TestDatabase;
  let app: FastifyInstance;
  let now = NOW;
  let practiceId: string;
  let otId: string;
  let siteId: string;
  let templateId: string;
  let lead: TestClient;
  let otherLead: TestClient;
  let farLead: TestClient;
  let leadOt: TestClient;
  let admin: TestClient;
  let otClient: TestClient;
  let navigator: TestClient;

  /** Moves the clock on a minute, so each projection finishes after the one before. */
  const tick = () => {
    now = new Date(now.getTime() + 60_000);
  };

  const signedIn = async (user: TestUser) => {
    const client = new TestClient(app);
    await client.signIn(user.email, user.password);
    return client;
  };

  interface Slot {
    readonly id: string;
    readonly startsAt: Date;
    readonly endsAt: Date;
  }

  /** A 60-minute one-to-one slot of the template from `startsAt` (UTC, which is GMT here). */
  const slot = async (startsAt: string, o: { withdrawn?: boolean } = {}): Promise<Slot> => {
    const start = new Date(startsAt);
    const end = new Date(start.getTime() + 60 * 60_000);
    const row = await t.db
      .insertInto('slots')
      .values({
        key: unique('slot'),
        template_id: templateId,
        ot_id: otId,
        site_id: siteId,
        starts_at: start,
        ends_at: end,
        mode: 'in_person',
        capacity: 1,
        gpad_national_category: 'x',
        gpad_service_setting: 'x',
        gpad_mode: 'x',
        withdrawn_at: o.withdrawn ? new Date('2026-03-01T12:00:00Z') : null,
      })
      .returning('id')
      .executeTakeFirstOrThrow();
    return { id: row.id, startsAt: start, endsAt: end };
  };

  interface Journey {
    readonly requestId: string;
    readonly personId: string;
  }

  /** A person and their request, accepted onto the list at 10:00 on `joinedOn`. */
  const request = async (o: {
    joinedOn: string;
    status: 'waiting' | 'booked';
    pathway: Pathway;
    tier?: Tier;
    urgency?: Urgency;
    at?: string;
  }): Promise<Journey> => {
    const answers = makeAnswers(practiceId);
    const person = await t.db
      .insertInto('people')
      .values({
        given_name: answers.person.givenName,
        family_name: answers.person.familyName,
        date_of_birth: answers.person.dateOfBirth,
        registered_practice_id: practiceId,
      })
      .returning('id')
      .executeTakeFirstOrThrow();
    const actedAt = new Date(`${o.joinedOn}T${o.at ?? '10:00'}:00Z`);
    const row = await t.db
      .insertInto('requests')
      .values({
        reference: makeReference(randomBytes(8)),
        idempotency_scope: 'test',
        idempotency_key: randomUUID(),
        route: 'self',
        channel: 'online',
        status: o.status,
        person_id: person.id,
        practice_id: practiceId,
        answers: JSON.stringify(answers),
        question_set_version: QUESTION_SET_VERSION,
        suggested_pathway: 'daily_living',
        suggested_urgency: 'routine',
        suggested_tier: 'individualised',
        triage_reasons: JSON.stringify({ pathway: [], urgency: [], tier: [] }),
        triage_rule_version: 'test',
        urgency: o.urgency ?? 'routine',
        pathway: o.pathway,
        tier: o.tier ?? 'individualised',
        received_at: actedAt,
        acted_at: actedAt,
      })
      .returning('id')
      .executeTakeFirstOrThrow();
    return { requestId: row.id, personId: person.id };
  };

  const episode = async (j: Journey) =>
    (
      await t.db
        .insertInto('episodes')
        .values({
          person_id: j.personId,
          request_id: j.requestId,
          practice_id: practiceId,
          pathway: 'daily_living',
          tier: 'individualised',
          status: 'open',
          closed_at: null,
        })
        .returning('id')
        .executeTakeFirstOrThrow()
    ).id;

  const appointment = async (
    j: Journey,
    episodeId: string,
    s: Slot,
    o: { status: AppointmentStatus; bookedOn: string; changedAt?: string },
  ) =>
    t.db
      .insertInto('appointments')
      .values({
        slot_id: s.id,
        starts_at: s.startsAt,
        ends_at: s.endsAt,
        seat: 1,
        slot_capacity: 1,
        episode_id: episodeId,
        person_id: j.personId,
        practice_id: practiceId,
        status: o.status,
        booked_via: 'staff',
        booked_at: new Date(`${o.bookedOn}T12:00:00Z`),
        status_changed_at: new Date(o.changedAt ?? s.endsAt.toISOString()),
      })
      .execute();

  /** A request accepted on `joinedOn`, booked on `bookedOn` into `s`, with what became of it. */
  const booked = async (
    joinedOn: string,
    bookedOn: string,
    s: Slot,
    status: AppointmentStatus,
    o: { pathway?: Pathway; tier?: Tier; urgency?: Urgency; changedAt?: string } = {},
  ) => {
    const j = await request({
      joinedOn,
      status: 'booked',
      pathway: o.pathway ?? 'daily_living',
      ...(o.tier === undefined ? {} : { tier: o.tier }),
      ...(o.urgency === undefined ? {} : { urgency: o.urgency }),
    });
    const e = await episode(j);
    await appointment(j, e, s, {
      status,
      bookedOn,
      ...(o.changedAt === undefined ? {} : { changedAt: o.changedAt }),
    });
    return { journey: j, episodeId: e };
  };

  beforeAll(async () => {
    t = await engine.create();
    app = await makeApp(t, {}, () => now);
    const tree = await makeOrganisationTree(t.db);
    practiceId = tree.practiceIds[0];
    const pcn = [tree.pcnId];
    const ot = await makeUser(t.db, { roles: ['ot'], organisationIds: pcn });
    otId = ot.id;
    siteId = (
      await t.db
        .insertInto('sites')
        .values({ organisation_id: practiceId, name: unique('site') })
        .returning('id')
        .executeTakeFirstOrThrow()
    ).id;
    // Mondays and Thursdays 09:00–12:00 in 60-minute slots: 3 a clinic, 6 h = 1.5 sessions.
    templateId = (
      await t.db
        .insertInto('clinic_templates')
        .values({
          ot_id: otId,
          site_id: siteId,
          name: unique('clinic'),
          weekdays: [1, 4],
          start_time: '09:00',
          end_time: '12:00',
          slot_minutes: 60,
          mode: 'in_person',
          capacity: 1,
          nation: 'england',
          gpad_national_category: 'x',
          gpad_service_setting: 'x',
          gpad_mode: 'x',
          valid_from: '2026-01-05',
          active: true,
        })
        .returning('id')
        .executeTakeFirstOrThrow()
    ).id;
    // The OT's 26 weeks of leave in the projection (its weeks 10 to 35), from Monday 1 June to
    // Sunday 29 November 2026: the list grows meanwhile, so capacity added shows.
    await t.db
      .insertInto('staff_leave')
      .values({ ot_id: otId, starts_on: '2026-06-01', ends_on: '2026-11-29' })
      .execute();

    // The past six weeks of clinics (2 February to 12 March), and today's; one slot withdrawn.
    const clinic = async (date: string) => [
      await slot(`${date}T09:00:00Z`),
      await slot(`${date}T10:00:00Z`),
      await slot(`${date}T11:00:00Z`, { withdrawn: date === '2026-03-09' }),
    ];
    const days = [
      '2026-02-02',
      '2026-02-05',
      '2026-02-09',
      '2026-02-12',
      '2026-02-16',
      '2026-02-19',
      '2026-02-23',
      '2026-02-26',
      '2026-03-02',
      '2026-03-05',
      '2026-03-09',
      '2026-03-12',
      TODAY,
    ];
    const slots = new Map<string, Slot[]>();
    for (const day of days) slots.set(day, await clinic(day));
    const at = (day: string, n: number): Slot => {
      const s = slots.get(day)?.[n];
      if (s === undefined) throw new Error(`no slot ${day} #${String(n)}`);
      return s;
    };

    // Eleven booked off the list (joined, booked, the appointment and what became of it).
    await booked('2026-01-19', '2026-01-26', at('2026-02-02', 0), 'attended');
    await booked('2026-01-20', '2026-01-27', at('2026-02-05', 0), 'attended');
    await booked('2026-01-22', '2026-01-29', at('2026-02-09', 0), 'did_not_attend', {
      pathway: 'frailty_falls',
      urgency: 'urgent',
    });
    await booked('2026-01-26', '2026-02-02', at('2026-02-12', 0), 'attended', {
      pathway: 'mental_health',
      tier: 'targeted',
    });
    await booked('2026-01-28', '2026-02-04', at('2026-02-16', 0), 'attended');
    await booked('2026-02-02', '2026-02-09', at('2026-02-19', 0), 'attended', { pathway: 'work' });
    await booked('2026-02-04', '2026-02-11', at('2026-02-23', 0), 'did_not_attend');
    await booked('2026-02-09', '2026-02-16', at('2026-03-02', 0), 'attended', {
      pathway: 'memory',
    });
    await booked('2026-02-11', '2026-02-18', at('2026-03-02', 1), 'attended');
    await booked('2026-02-16', '2026-02-23', at('2026-03-05', 0), 'did_not_attend', {
      pathway: 'frailty_falls',
      urgency: 'urgent',
    });
    // Booked on 2 March into 9 March, which the service cancelled a week ahead (no seat, not
    // late), and rebooked into 12 March, attended: off the list on 2 March.
    const last = await booked(
      '2026-02-18',
      '2026-03-02',
      at('2026-03-09', 0),
      'cancelled_by_service',
      {
        changedAt: '2026-03-03T12:00:00Z',
      },
    );
    await appointment(last.journey, last.episodeId, at('2026-03-12', 1), {
      status: 'attended',
      bookedOn: '2026-03-03',
    });

    // Ten waiting today, the last accepted this morning.
    const waiting = (
      joinedOn: string,
      pathway: Pathway,
      o: { tier?: Tier; urgency?: Urgency } = {},
    ) => request({ joinedOn, status: 'waiting', pathway, ...o });
    await waiting('2026-02-23', 'daily_living');
    await waiting('2026-02-25', 'daily_living');
    await waiting('2026-02-26', 'memory');
    await waiting('2026-03-02', 'daily_living');
    await waiting('2026-03-03', 'mental_health', { tier: 'targeted', urgency: 'urgent' });
    await waiting('2026-03-05', 'daily_living');
    await waiting('2026-03-09', 'frailty_falls');
    await waiting('2026-03-10', 'daily_living');
    await waiting('2026-03-12', 'work');
    await request({ joinedOn: TODAY, at: '09:00', status: 'waiting', pathway: 'daily_living' });

    lead = await signedIn(await makeUser(t.db, { roles: ['lead'], organisationIds: pcn }));
    otherLead = await signedIn(await makeUser(t.db, { roles: ['lead'], organisationIds: pcn }));
    farLead = await signedIn(
      await makeUser(t.db, { roles: ['lead'], organisationIds: [tree.otherPcnPracticeId] }),
    );
    leadOt = await signedIn(await makeUser(t.db, { roles: ['lead', 'ot'], organisationIds: pcn }));
    admin = await signedIn(
      await makeUser(t.db, { roles: ['admin'], organisationIds: [tree.serviceId] }),
    );
    otClient = await signedIn(ot);
    navigator = await signedIn(
      await makeUser(t.db, { roles: ['navigator'], organisationIds: pcn }),
    );
  });
  afterAll(async () => {
    // Closing the app stops the projection pool's workers.
    await app.close();
    await t.destroy();
  });

  const overviewOf = async (client: TestClient) => {
    const res = await client.get('/api/planning/overview');
    expect(res.statusCode).toBe(200);
    return res.json<PlanningOverviewBody>();
  };

  const scenarioList = async (client: TestClient) => {
    const res = await client.get('/api/planning/scenarios');
    expect(res.statusCode).toBe(200);
    return res.json<ScenarioList>();
  };

  const saveScenario = async (client: TestClient, body: ScenarioBody) => {
    const res = await client.post('/api/planning/scenarios', body);
    expect(res.statusCode).toBe(201);
    return res.json<{ id: string }>().id;
  };

  const startProjection = async (
    client: TestClient,
    body: { scenarioId: string | null; runs: number; seed: string },
  ) => {
    const res = await client.post('/api/planning/projections', body);
    expect(res.statusCode).toBe(202);
    return res.json<ProjectionResponse>();
  };

  /** Polls the projection until it is no longer running (60 s at most). */
  const finished = async (client: TestClient, id: string): Promise<ProjectionResponse> => {
    const deadline = Date.now() + 60_000;
    for (;;) {
      const res = await client.get(`/api/planning/projections/${id}`);
      expect(res.statusCode).toBe(200);
      const projection = res.json<ProjectionResponse>();
      if (projection.status !== 'running') return projection;
      if (Date.now() > deadline) throw new Error(`projection ${id} still running after 60 s`);
      await sleep(100);
    }
  };

  const storedProjection = (id: string) =>
    t.db
      .selectFrom('planning_projections')
      .select(['id', 'scenario_id', 'seed', 'runs_requested', 'organisation_ids'])
      .where('id', '=', id)
      .executeTakeFirst();

  const lines = (csv: string) => csv.trimEnd().split('\n');

  it('gives the whole list, its groups and the weeks as counted by hand to a lead who may see the records', async () => {
    const overview = await overviewOf(leadOt);
    expect(overview).toMatchObject({
      today: TODAY,
      from: '2025-09-15',
      to: TODAY,
      targetWeeks: 6,
      disclosureControlled: false,
    });
    // 21 joined in the window, 11 booked off it, none withdrawn, 10 waiting. Completed weeks
    // waited today: 3 + 2 + 2 + 2 + 1 + 1 + 1 + 0 + 0 + 0 = 12 over 10 people.
    const [all, ...groups] = overview.queueing;
    expect(all).toMatchObject({
      pathway: null,
      tier: null,
      joined: 21,
      booked: 11,
      withdrawn: 0,
      waiting: 10,
      suppressed: false,
    });
    expect(all?.meanWaitWeeks).toBeCloseTo(1.2, 10);
    expect(all?.figures).not.toBeNull();
    expect(
      groups.map((g) => [g.pathway, g.tier, g.joined, g.booked, g.withdrawn, g.waiting]),
    ).toEqual([
      ['frailty_falls', 'individualised', 3, 2, 0, 1],
      ['mental_health', 'targeted', 2, 1, 0, 1],
      ['work', 'individualised', 2, 1, 0, 1],
      ['memory', 'individualised', 2, 1, 0, 1],
      ['daily_living', 'individualised', 12, 6, 0, 6],
    ]);

    // Monday-to-Sunday weeks from 15 September to this one (27); nothing before 19 January.
    expect(overview.weeks).toHaveLength(27);
    expect(overview.weeks[0]).toEqual({
      weekStart: '2025-09-15',
      joined: 0,
      booked: 0,
      slots: 0,
      slotsBooked: 0,
    });
    const byWeek = overview.weeks.filter((w) => w.weekStart >= '2026-01-19');
    expect(byWeek).toEqual([
      { weekStart: '2026-01-19', joined: 3, booked: 0, slots: 0, slotsBooked: 0 },
      { weekStart: '2026-01-26', joined: 2, booked: 3, slots: 0, slotsBooked: 0 },
      { weekStart: '2026-02-02', joined: 2, booked: 2, slots: 6, slotsBooked: 2 },
      { weekStart: '2026-02-09', joined: 2, booked: 2, slots: 6, slotsBooked: 2 },
      { weekStart: '2026-02-16', joined: 2, booked: 2, slots: 6, slotsBooked: 2 },
      { weekStart: '2026-02-23', joined: 3, booked: 1, slots: 6, slotsBooked: 1 },
      // 2 and 5 March: 6 slots, three held (two attended, one did not attend).
      { weekStart: '2026-03-02', joined: 3, booked: 1, slots: 6, slotsBooked: 3 },
      // 9 March's 11:00 withdrawn, its 09:00 cancelled by the service (no seat); 12 March's
      // 10:00 attended.
      { weekStart: '2026-03-09', joined: 3, booked: 0, slots: 5, slotsBooked: 1 },
      { weekStart: '2026-03-16', joined: 1, booked: 0, slots: 3, slotsBooked: 0 },
    ]);
    expect(overview.weeks.slice(0, -9).every((w) => w.joined === 0 && w.slots === 0)).toBe(true);
  });

  it('gives the projection’s baseline from the rota and the record, with defaults where there is too little', async () => {
    const { baseline } = await overviewOf(leadOt);
    // From Monday 23 March 2026 for 52 weeks: 6 slots a week = 312, less the 26 weeks of leave
    // (156; the summer bank holiday, 31 August, falls in them) and Easter Monday (6 April), the
    // early May (4 May) and spring (25 May) bank holidays and the Boxing Day substitute (Monday
    // 28 December), 3 slots each: 144 slots, 2.77 a week.
    expect(baseline).toMatchObject({
      start: '2026-03-23',
      sessionsPerWeek: 1.5,
      slotsPerSession: 4,
      slotsPerWeek: Math.round((BASELINE_SLOTS / 52) * 100) / 100,
      waitingNow: 10,
    });
    // 11 appointments (8 attended, 3 did not attend) are fewer than 30; no episode has closed;
    // no one has had a second session.
    expect(baseline.assumptions).toEqual({
      didNotAttend: { value: DEFAULT_ATTENDANCE.didNotAttend, source: 'default', n: 0 },
      lateCancellation: { value: DEFAULT_ATTENDANCE.lateCancellation, source: 'default', n: 0 },
      rebookAfterDidNotAttend: {
        value: DEFAULT_ATTENDANCE.rebookAfterDidNotAttend,
        source: 'default',
        n: 0,
      },
      // Nobody withdrew; the 20 people on the list for a day or more (not this morning's).
      withdrawPerWeek: { value: 0, source: 'record', n: 20 },
      meanSessions: { value: expect.any(Number) as number, source: 'default', n: 0 },
      daysBetweenSessions: { value: DEFAULT_DAYS_BETWEEN_SESSIONS, source: 'default', n: 0 },
      // 21 joins over the window's 26 weeks.
      demandPerWeek: { value: 21 / 26, source: 'record', n: 21 },
    });
  });

  it('holds back small numbers for a lead and an administrator, who may not see the records', async () => {
    const overview = await overviewOf(lead);
    expect(overview.disclosureControlled).toBe(true);
    const [all, ...groups] = overview.queueing;
    // 21 → 20 and 11 → 10 (rounded to 5); 10 and 0 stay; the rates are still shown.
    expect(all).toMatchObject({
      joined: 20,
      booked: 10,
      withdrawn: 0,
      waiting: 10,
      suppressed: false,
    });
    expect(all?.figures).not.toBeNull();
    expect(all?.demandPerWeek).toBeGreaterThan(0);
    // Every pathway has a count of 1–7: held back, and its rates with it.
    expect(groups).toHaveLength(5);
    for (const g of groups) {
      expect(g).toMatchObject({
        suppressed: true,
        booked: null,
        waiting: null,
        demandPerWeek: null,
        capacityPerWeek: null,
        meanWaitWeeks: null,
        figures: null,
      });
    }
    // Daily living's 12 joins are shown rounded, the others' 2 or 3 not at all.
    expect(groups.map((g) => g.joined)).toEqual([null, null, null, null, 10]);
    const week = overview.weeks.find((w) => w.weekStart === '2026-03-02');
    expect(week).toEqual({
      weekStart: '2026-03-02',
      joined: null,
      booked: null,
      slots: 6,
      slotsBooked: null,
    });
    expect(overview.weeks[0]).toMatchObject({ joined: 0, booked: 0, slotsBooked: 0 });
    const { baseline } = await overviewOf(leadOt);
    expect(overview.baseline).toMatchObject({
      start: baseline.start,
      slotsPerWeek: baseline.slotsPerWeek,
      sessionsPerWeek: 1.5,
      slotsPerSession: 4,
      waitingNow: 10,
    });

    // The administrator covers the whole service, which has nothing else: the same figures.
    const adminView = await overviewOf(admin);
    expect(adminView).toEqual(overview);
  });

  it('gives the queueing figures and the weeks as CSV', async () => {
    const queueing = await lead.get('/api/planning/overview/queueing.csv');
    expect(queueing.statusCode).toBe(200);
    expect(queueing.headers['content-type']).toBe('text/csv; charset=utf-8');
    expect(queueing.headers['content-disposition']).toBe(
      `attachment; filename="everyday-queueing-${TODAY}.csv"`,
    );
    const q = lines(queueing.body);
    expect(q[0]).toBe(
      'pathway,tier,from,to,joined,booked,withdrawn,waiting,demand_per_week,cv_demand,' +
        'capacity_per_week,cv_capacity,mean_wait_weeks,target_weeks,factor,queue_load,' +
        'target_mean_wait_weeks,target_queue_size,target_capacity_per_week,' +
        'relief_capacity_per_week,pressure,small_number_rule',
    );
    expect(q).toHaveLength(1 + 6);
    expect(q[1]).toMatch(/^all,all,2025-09-15,2026-03-16,20,10,0,10,/);
    expect(q[1]).toMatch(/,applied$/);
    // A held-back figure is an empty cell, never 0.
    expect(q[2]).toMatch(/^frailty_falls,individualised,2025-09-15,2026-03-16,,,0,,,/);

    const weeks = await leadOt.get('/api/planning/overview/weeks.csv');
    expect(weeks.statusCode).toBe(200);
    expect(weeks.headers['content-type']).toBe('text/csv; charset=utf-8');
    const w = lines(weeks.body);
    expect(w[0]).toBe(
      'week_starting,joined,booked,one_to_one_slots,slots_booked,small_number_rule',
    );
    expect(w).toHaveLength(1 + 27);
    expect(w).toContain('2026-03-02,3,1,6,3,not applied');
    const controlled = lines((await lead.get('/api/planning/overview/weeks.csv')).body);
    expect(controlled).toContain('2026-03-02,,,6,,applied');
  });

  it('saves, lists, changes and deletes scenarios within the lead’s organisations', async () => {
    const id = await saveScenario(lead, moreSessions('One more session', 1));
    const listed = await scenarioList(lead);
    expect(listed.scenarios.find((s) => s.id === id)).toMatchObject({
      name: 'One more session',
      changes: [{ kind: 'sessions', sessionsPerWeek: 1, fromWeek: 0 }],
      target: { withinWeeks: 6, share: 0.9 },
      latestProjectionId: null,
    });
    // Another lead of the same PCN sees it too.
    expect((await scenarioList(otherLead)).scenarios.map((s) => s.id)).toContain(id);

    tick();
    const changed = await lead.put(`/api/planning/scenarios/${id}`, {
      ...moreSessions('Two more sessions'),
      changes: [
        { kind: 'sessions', sessionsPerWeek: 2, fromWeek: 0, practiceId, pathway: null },
        { kind: 'dna_reduction', relativeReduction: 0.25 },
      ],
    });
    expect(changed.statusCode).toBe(200);
    const scenario = changed.json<ScenarioResponse>();
    expect(scenario).toMatchObject({
      id,
      name: 'Two more sessions',
      changes: [
        { kind: 'sessions', sessionsPerWeek: 2, practiceId },
        { kind: 'dna_reduction', relativeReduction: 0.25 },
      ],
    });
    expect(scenario.updatedAt).toBe(now.toISOString());
    expect(scenario.createdAt < scenario.updatedAt).toBe(true);
    expect((await scenarioList(lead)).scenarios.find((s) => s.id === id)?.changes).toHaveLength(2);

    // A change of 0 sessions is refused at its field.
    const bad = await lead.post('/api/planning/scenarios', moreSessions('Nothing', 0));
    expect(bad.statusCode).toBe(400);
    expect(bad.json<ErrorJson>().error.fields?.map((f) => f.path)).toEqual([
      'changes.0.sessionsPerWeek',
    ]);
    const badPut = await lead.put(`/api/planning/scenarios/${id}`, {
      ...moreSessions(''),
      target: null,
    });
    expect(badPut.statusCode).toBe(400);
    expect(badPut.json<ErrorJson>().error.fields?.map((f) => f.path)).toEqual(['name']);

    // Another PCN's lead neither sees it nor may change, project or delete it.
    expect((await scenarioList(farLead)).scenarios.map((s) => s.id)).not.toContain(id);
    expect(
      (await farLead.put(`/api/planning/scenarios/${id}`, moreSessions('Mine'))).statusCode,
    ).toBe(404);
    expect(
      (await farLead.request({ method: 'DELETE', url: `/api/planning/scenarios/${id}` }))
        .statusCode,
    ).toBe(404);
    expect(
      (await farLead.post('/api/planning/projections', { scenarioId: id, runs: 10, seed: 't' }))
        .statusCode,
    ).toBe(404);
    expect((await scenarioList(lead)).scenarios.find((s) => s.id === id)?.name).toBe(
      'Two more sessions',
    );

    // The administrator's own scenario.
    const adminsId = await saveScenario(admin, {
      name: 'Fewer missed',
      changes: [{ kind: 'dna_reduction', relativeReduction: 0.5 }],
      target: null,
    });
    expect((await scenarioList(admin)).scenarios.map((s) => s.id)).toContain(adminsId);

    const deleted = await lead.request({ method: 'DELETE', url: `/api/planning/scenarios/${id}` });
    expect(deleted.statusCode).toBe(204);
    expect((await scenarioList(lead)).scenarios.map((s) => s.id)).not.toContain(id);
    expect(
      (await lead.request({ method: 'DELETE', url: `/api/planning/scenarios/${id}` })).statusCode,
    ).toBe(404);
    expect(
      (await admin.request({ method: 'DELETE', url: `/api/planning/scenarios/${adminsId}` }))
        .statusCode,
    ).toBe(204);

    const audit = await t.db
      .selectFrom('audit_events')
      .select(['action'])
      .where('resource_type', '=', 'planning_scenario')
      .where('resource_id', '=', id)
      .orderBy('id')
      .execute();
    expect(audit.map((a) => a.action)).toEqual(['create', 'update', 'delete']);
  });

  it('refuses an OT and a navigator on every planning route', async () => {
    const id = randomUUID();
    const routes: [string, string, unknown?][] = [
      ['GET', '/api/planning/overview'],
      ['GET', '/api/planning/overview/queueing.csv'],
      ['GET', '/api/planning/overview/weeks.csv'],
      ['GET', '/api/planning/scenarios'],
      ['POST', '/api/planning/scenarios', moreSessions('Mine')],
      ['PUT', `/api/planning/scenarios/${id}`, moreSessions('Mine')],
      ['DELETE', `/api/planning/scenarios/${id}`],
      ['POST', '/api/planning/projections', { scenarioId: null, runs: 10, seed: 't' }],
      ['GET', `/api/planning/projections/${id}`],
      ['DELETE', `/api/planning/projections/${id}`],
      ['GET', `/api/planning/projections/${id}/projection.csv`],
    ];
    for (const client of [otClient, navigator]) {
      for (const [method, url, payload] of routes) {
        const res = await client.request({
          method,
          url,
          ...(payload === undefined ? {} : { payload: payload as object }),
        });
        expect([method, url, res.statusCode]).toEqual([method, url, 403]);
        expect(res.json<ErrorJson>().error.code).toBe('forbidden');
      }
    }
    const scenarios = await t.db.selectFrom('planning_scenarios').select('name').execute();
    expect(scenarios.map((s) => s.name)).not.toContain('Mine');
  });

  it('projects the baseline and a scenario, keeps them, and gives the same projection again from the saved scenario', async () => {
    tick();
    const started = await startProjection(lead, { scenarioId: null, runs: 50, seed: 't' });
    expect(started).toMatchObject({
      scenarioId: null,
      scenarioName: null,
      status: 'running',
      runsRequested: 50,
      result: null,
    });
    const baseline = await finished(lead, started.id);
    expect(baseline).toMatchObject({ status: 'done', progress: 1, error: null });
    const b = baseline.result;
    expect(b).toMatchObject({
      start: '2026-03-23',
      seed: 't',
      weeks: 52,
      targetWeeks: 6,
      runsRequested: 50,
      runs: 50,
      stopped: false,
      slotsPerWeek: Math.round((BASELINE_SLOTS / 52) * 100) / 100,
      workforce: null,
      vacancyRisk: null,
    });
    expect(b?.percentiles.listSize.p50).toHaveLength(52);
    expect(b?.percentiles.listSize.p10).toHaveLength(52);
    expect(b?.percentiles.listSize.p90).toHaveLength(52);
    for (let w = 0; w < 52; w += 1) {
      const p10 = b?.percentiles.listSize.p10[w] ?? Number.NaN;
      const p50 = b?.percentiles.listSize.p50[w] ?? Number.NaN;
      const p90 = b?.percentiles.listSize.p90[w] ?? Number.NaN;
      expect(p10 <= p50 && p50 <= p90).toBe(true);
    }
    expect((await scenarioList(lead)).baselineProjectionId).toBe(started.id);
    expect(await storedProjection(started.id)).toMatchObject({
      scenario_id: null,
      seed: 't',
      runs_requested: 50,
    });

    tick();
    const scenarioId = await saveScenario(lead, moreSessions('Two more sessions'));
    tick();
    const first = await startProjection(lead, { scenarioId, runs: 50, seed: 't' });
    expect(first).toMatchObject({
      scenarioId,
      scenarioName: 'Two more sessions',
      status: 'running',
    });
    const projected = await finished(lead, first.id);
    expect(projected.status).toBe('done');
    const s = projected.result;
    // 2 sessions × 4 slots a session more every week (on Monday to Friday while the OT is away).
    expect(s?.slotsPerWeek).toBe(Math.round(((BASELINE_SLOTS + 52 * 8) / 52) * 100) / 100);
    expect(s?.weeks).toBe(52);
    expect(s?.workforce).toMatchObject({ target: { withinWeeks: 6, share: 0.9 } });
    expect(s?.workforce?.tried.length).toBeGreaterThan(0);
    expect(s?.workforce?.tried[0]?.extraSessionsPerWeek).toBe(0);
    expect(projected.phase).toBe('search');
    // More capacity never leaves a longer list at week 52 (the same seed, the median run).
    const week52 = (p: ProjectionResponse) => p.result?.percentiles.listSize.p50[51] ?? Number.NaN;
    expect(week52(projected)).toBeLessThanOrEqual(week52(baseline));
    // Not trivially: the baseline's list grows while the OT is away (weeks 10 to 35).
    const median = (p: ProjectionResponse, week: number) =>
      p.result?.percentiles.listSize.p50[week] ?? Number.NaN;
    expect(median(baseline, 35)).toBeGreaterThan(median(baseline, 9) + 10);
    expect(median(projected, 35)).toBeLessThan(median(baseline, 35));

    // Saved and reloaded: the scenario's latest projection is this one, kept in the database.
    const reloaded = (await scenarioList(lead)).scenarios.find((x) => x.id === scenarioId);
    expect(reloaded?.latestProjectionId).toBe(first.id);
    const kept = await storedProjection(first.id);
    expect(kept).toMatchObject({ scenario_id: scenarioId, seed: 't', runs_requested: 50 });
    // Another lead of the PCN reads it from the database (not the starter's registry): the same.
    const fromDatabase = await otherLead.get(`/api/planning/projections/${first.id}`);
    expect(fromDatabase.statusCode).toBe(200);
    expect(fromDatabase.json<ProjectionResponse>()).toMatchObject({
      id: first.id,
      scenarioId,
      scenarioName: 'Two more sessions',
      status: 'done',
      phase: 'search',
      runsRequested: 50,
    });
    expect(fromDatabase.json<ProjectionResponse>().result).toEqual(projected.result);
    // …but another PCN's lead may not.
    expect((await farLead.get(`/api/planning/projections/${first.id}`)).statusCode).toBe(404);

    // Run again from the saved scenario with the same seed: the same projection.
    tick();
    const again = await startProjection(lead, { scenarioId, runs: 50, seed: 't' });
    expect(again.id).not.toBe(first.id);
    const rerun = await finished(lead, again.id);
    expect(rerun.status).toBe('done');
    expect(rerun.result).toEqual(projected.result);
    expect(
      (await scenarioList(lead)).scenarios.find((x) => x.id === scenarioId)?.latestProjectionId,
    ).toBe(again.id);

    // A target with no changes: the same projection as the baseline's, and the search works
    // back the extra sessions it needs, which the 2 sessions above were enough for.
    tick();
    const targetOnly = await saveScenario(lead, {
      name: 'Ninety per cent in six weeks',
      changes: [],
      target: { withinWeeks: 6, share: 0.9 },
    });
    const searched = await finished(
      lead,
      (await startProjection(lead, { scenarioId: targetOnly, runs: 50, seed: 't' })).id,
    );
    expect(searched.status).toBe('done');
    expect(searched.result?.percentiles).toEqual(b?.percentiles);
    const workforce = searched.result?.workforce;
    expect(workforce?.tried[0]?.extraSessionsPerWeek).toBe(0);
    expect(workforce?.tried[0]?.share).toBeLessThan(0.9);
    const extra = workforce?.extraSessionsPerWeek ?? Number.NaN;
    expect(extra).toBeGreaterThanOrEqual(1);
    expect(extra).toBeLessThanOrEqual(2);
    expect(workforce?.extraWte).toBe(extra / 10);
    expect(workforce?.achievedShare).toBeGreaterThanOrEqual(0.9);
    // The projection as CSV: a header and one row per week.
    const csv = await lead.get(`/api/planning/projections/${first.id}/projection.csv`);
    expect(csv.statusCode).toBe(200);
    expect(csv.headers['content-type']).toBe('text/csv; charset=utf-8');
    const rows = lines(csv.body);
    expect(rows[0]).toMatch(/^projection,week,listSize_p10,listSize_p50,listSize_p90,/);
    expect(rows[0]).toMatch(/,runs,seed$/);
    expect(rows).toHaveLength(1 + 52);
    expect(rows[1]).toMatch(/^Two more sessions,1,/);
    expect(rows[52]).toMatch(/^Two more sessions,52,.*,50,t$/);
  }, 180_000);

  it('cancels a running projection, keeps nothing of it, and shows nobody else a running one', async () => {
    tick();
    const scenarioId = await saveScenario(lead, moreSessions('Cancelled soon'));
    const before = await scenarioList(lead);
    const running = await startProjection(lead, { scenarioId, runs: 5000, seed: 't' });
    const cancelled = await lead.request({
      method: 'DELETE',
      url: `/api/planning/projections/${running.id}`,
    });
    expect(cancelled.statusCode).toBe(200);
    expect(cancelled.json<ProjectionResponse>()).toMatchObject({
      id: running.id,
      status: 'cancelled',
      runsRequested: 5000,
    });
    expect(cancelled.json<ProjectionResponse>().finishedAt).not.toBeNull();
    // It stops between runs: wait for what it did before it stopped, never all 5000 runs.
    const deadline = Date.now() + 60_000;
    let stopped = await finished(lead, running.id);
    while (stopped.result === null && Date.now() < deadline) {
      await sleep(100);
      stopped = await finished(lead, running.id);
    }
    expect(stopped.status).toBe('cancelled');
    expect(stopped.result?.stopped).toBe(true);
    expect(stopped.result?.runs).toBeLessThan(5000);
    expect(await storedProjection(running.id)).toBeUndefined();
    const after = await scenarioList(lead);
    expect(after.scenarios.find((s) => s.id === scenarioId)?.latestProjectionId).toBeNull();
    expect(after.baselineProjectionId).toBe(before.baselineProjectionId);
    // Cancelling again leaves it cancelled.
    expect(
      (
        await lead.request({ method: 'DELETE', url: `/api/planning/projections/${running.id}` })
      ).json<ProjectionResponse>().status,
    ).toBe('cancelled');

    // Another lead of the same PCN learns nothing of someone else's running projection.
    tick();
    const mine = await startProjection(lead, { scenarioId: null, runs: 5000, seed: 'other' });
    expect((await otherLead.get(`/api/planning/projections/${mine.id}`)).statusCode).toBe(404);
    expect(
      (await otherLead.request({ method: 'DELETE', url: `/api/planning/projections/${mine.id}` }))
        .statusCode,
    ).toBe(404);
    expect(
      (await otherLead.get(`/api/planning/projections/${mine.id}/projection.csv`)).statusCode,
    ).toBe(404);
    const still = await lead.get(`/api/planning/projections/${mine.id}`);
    expect(still.json<ProjectionResponse>().status).toBe('running');
    // Two running at once at most.
    const second = await startProjection(lead, { scenarioId: null, runs: 5000, seed: 'second' });
    const third = await lead.post('/api/planning/projections', {
      scenarioId: null,
      runs: 10,
      seed: 'third',
    });
    expect(third.statusCode).toBe(429);
    expect(third.json<ErrorJson>().error.code).toBe('rate_limited');
    for (const id of [mine.id, second.id]) {
      const stop = await lead.request({ method: 'DELETE', url: `/api/planning/projections/${id}` });
      expect(stop.json<ProjectionResponse>().status).toBe('cancelled');
    }
    expect((await lead.get(`/api/planning/projections/${randomUUID()}`)).statusCode).toBe(404);
  }, 120_000);
});
