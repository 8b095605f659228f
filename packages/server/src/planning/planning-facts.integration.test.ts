/**
 * The planning facts read from a small service built by hand (one practice, one OT, a rota with
 * leave, a handful of requests through the waiting list), read as a lead would through the
 * access module, and compared with a count by hand. Both databases.
 */
import { randomBytes, randomUUID } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  addCalendarDays,
  dailySlots,
  makeReference,
  type AppointmentStatus,
  type ClinicMode,
  type Pathway,
  type PlanningFacts,
  type RequestStatus,
  type Tier,
  type Urgency,
} from '@everyday/core';
import { PatientAccess, type AccessContext } from '../access/patient-access.js';
import { makeOrganisationTree, makeUser, unique, type TestTree } from '../testing/builders.js';
import { testEngines, type TestDatabase } from '../testing/test-database.js';
import { makeAnswers, QUESTION_SET_VERSION } from '../testing/requests.js';
import { readPlanningFacts } from './planning-facts.repository.js';

// Monday 16 March 2026 (GMT); the 26-week window starts on Monday 15 September 2025 (BST).
const TODAY = '2026-03-16';
const FROM = '2025-09-15';

describe.each(testEngines())('planning facts on $name', (engine) => {
  let t: TestDatabase;
  let tree: TestTree;
  let access: PatientAccess;
  let p1: string;
  let p3: string;
  let otId: string;
  let otherOtId: string;
  let siteId: string;
  let farSiteId: string;
  let templateId: string;
  let groupTemplateId: string;

  const lead = async (organisationIds: string[], scope: string[]): Promise<AccessContext> => {
    const user = await makeUser(t.db, { roles: ['lead'], organisationIds });
    return {
      principal: {
        kind: 'staff',
        actor: {
          userId: user.id,
          email: user.email,
          name: 'Lead',
          roles: ['lead'],
          organisationIds,
          scope: new Set(scope),
        },
      },
      ip: '127.0.0.1',
    };
  };

  const readAs = (context: AccessContext) =>
    access.withAggregateFigures(
      context,
      { resourceType: 'planning', purpose: 'planning facts' },
      async (trx, scope) => {
        const { facts, rows } = await readPlanningFacts(trx, scope, TODAY);
        return { value: facts, rows };
      },
    );

  const site = async (organisationId: string) =>
    (
      await t.db
        .insertInto('sites')
        .values({ organisation_id: organisationId, name: unique('site') })
        .returning('id')
        .executeTakeFirstOrThrow()
    ).id;

  const template = async (o: {
    site: string;
    ot: string;
    weekdays: number[];
    start: string;
    end: string;
    slotMinutes: number;
    mode?: ClinicMode;
    capacity?: number;
    pathway?: Pathway | null;
    validUntil?: string | null;
    active?: boolean;
  }) =>
    (
      await t.db
        .insertInto('clinic_templates')
        .values({
          ot_id: o.ot,
          site_id: o.site,
          name: unique('clinic'),
          weekdays: o.weekdays,
          start_time: o.start,
          end_time: o.end,
          slot_minutes: o.slotMinutes,
          mode: o.mode ?? 'in_person',
          capacity: o.capacity ?? 1,
          pathway: o.pathway ?? null,
          nation: 'england',
          gpad_national_category: 'x',
          gpad_service_setting: 'x',
          gpad_mode: 'x',
          valid_from: '2026-01-05',
          valid_until: o.validUntil ?? null,
          active: o.active ?? true,
        })
        .returning('id')
        .executeTakeFirstOrThrow()
    ).id;

  interface Slot {
    readonly id: string;
    readonly startsAt: Date;
    readonly endsAt: Date;
    readonly capacity: number;
  }

  /** A slot of `minutes` from `startsAt` (UTC), one-to-one unless a group. */
  const slot = async (
    startsAt: string,
    o: {
      minutes?: number;
      mode?: ClinicMode;
      capacity?: number;
      withdrawn?: boolean;
      site?: string;
      ot?: string;
      template?: string | null;
    } = {},
  ): Promise<Slot> => {
    const start = new Date(startsAt);
    const end = new Date(start.getTime() + (o.minutes ?? 60) * 60_000);
    const row = await t.db
      .insertInto('slots')
      .values({
        key: unique('slot'),
        template_id: o.template === undefined ? templateId : o.template,
        ot_id: o.ot ?? otId,
        site_id: o.site ?? siteId,
        starts_at: start,
        ends_at: end,
        mode: o.mode ?? 'in_person',
        capacity: o.capacity ?? 1,
        gpad_national_category: 'x',
        gpad_service_setting: 'x',
        gpad_mode: 'x',
        withdrawn_at: o.withdrawn ? new Date('2026-03-01T12:00:00Z') : null,
      })
      .returning('id')
      .executeTakeFirstOrThrow();
    return { id: row.id, startsAt: start, endsAt: end, capacity: o.capacity ?? 1 };
  };

  interface Journey {
    readonly requestId: string;
    readonly personId: string;
    readonly practiceId: string;
  }

  /** A person and their request, accepted onto the list at `actedAt` (or not). */
  const request = async (o: {
    status: RequestStatus;
    actedAt: string | null;
    pathway: Pathway | null;
    tier?: Tier | null;
    urgency?: Urgency;
    practiceId?: string;
  }): Promise<Journey> => {
    const practiceId = o.practiceId ?? p1;
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
        tier: o.pathway === null ? null : (o.tier ?? 'individualised'),
        received_at: new Date(o.actedAt ?? '2026-03-10T09:00:00Z'),
        acted_at: o.actedAt === null ? null : new Date(o.actedAt),
      })
      .returning('id')
      .executeTakeFirstOrThrow();
    return { requestId: row.id, personId: person.id, practiceId };
  };

  const event = async (
    j: Journey,
    action: 'accept' | 'return_to_triage' | 'signpost',
    at: string,
    details: Record<string, unknown>,
    userId: string | null = null,
  ) =>
    t.db
      .insertInto('request_events')
      .values({
        request_id: j.requestId,
        action,
        at: new Date(at),
        user_id: userId,
        details: JSON.stringify(details),
      })
      .execute();

  const episode = async (j: Journey, closedAt: string | null = null) =>
    (
      await t.db
        .insertInto('episodes')
        .values({
          person_id: j.personId,
          request_id: j.requestId,
          practice_id: j.practiceId,
          pathway: 'daily_living',
          tier: 'individualised',
          status: closedAt === null ? 'open' : 'closed',
          closed_at: closedAt === null ? null : new Date(closedAt),
        })
        .returning('id')
        .executeTakeFirstOrThrow()
    ).id;

  const appointment = async (
    j: Journey,
    episodeId: string,
    s: Slot,
    o: { status: AppointmentStatus; bookedAt: string; changedAt?: string; seat?: number },
  ) =>
    t.db
      .insertInto('appointments')
      .values({
        slot_id: s.id,
        starts_at: s.startsAt,
        ends_at: s.endsAt,
        seat: o.seat ?? 1,
        slot_capacity: s.capacity,
        episode_id: episodeId,
        person_id: j.personId,
        practice_id: j.practiceId,
        status: o.status,
        booked_via: 'staff',
        booked_at: new Date(o.bookedAt),
        status_changed_at: new Date(o.changedAt ?? s.endsAt.toISOString()),
      })
      .execute();

  beforeAll(async () => {
    t = await engine.create();
    access = new PatientAccess(t.db);
    tree = await makeOrganisationTree(t.db);
    p1 = tree.practiceIds[0];
    p3 = tree.otherPcnPracticeId;
    otId = (await makeUser(t.db, { roles: ['ot'], organisationIds: [tree.pcnId] })).id;
    otherOtId = (await makeUser(t.db, { roles: ['ot'], organisationIds: [p3] })).id;
    siteId = await site(p1);
    farSiteId = await site(p3);

    // The rota. Mondays and Thursdays 09:00–12:00 in 60-minute slots: 3 a clinic, 1.5 sessions.
    templateId = await template({
      site: siteId,
      ot: otId,
      weekdays: [1, 4],
      start: '09:00',
      end: '12:00',
      slotMinutes: 60,
    });
    // A falls group on Wednesdays 10:00–12:00, one slot of 8 places: half a session.
    groupTemplateId = await template({
      site: siteId,
      ot: otId,
      weekdays: [3],
      start: '10:00',
      end: '12:00',
      slotMinutes: 120,
      mode: 'group',
      capacity: 8,
      pathway: 'frailty_falls',
    });
    // Not on the rota: ended before today, stopped, and at a practice out of scope.
    await template({
      site: siteId,
      ot: otId,
      weekdays: [2],
      start: '09:00',
      end: '12:00',
      slotMinutes: 30,
      validUntil: '2026-03-01',
    });
    await template({
      site: siteId,
      ot: otId,
      weekdays: [5],
      start: '09:00',
      end: '12:00',
      slotMinutes: 30,
      active: false,
    });
    await template({
      site: farSiteId,
      ot: otherOtId,
      weekdays: [1],
      start: '09:00',
      end: '12:00',
      slotMinutes: 30,
    });
    // A week's leave ahead (Monday to Sunday) and leave already over.
    await t.db
      .insertInto('staff_leave')
      .values([
        { ot_id: otId, starts_on: '2026-03-23', ends_on: '2026-03-29' },
        { ot_id: otId, starts_on: '2026-02-02', ends_on: '2026-02-06' },
      ])
      .execute();
    // One Thursday's clinic cancelled ahead, one in the past, and one day moved (still runs).
    await t.db
      .insertInto('template_exceptions')
      .values([
        { template_id: templateId, date: '2026-04-02', kind: 'cancelled' },
        { template_id: templateId, date: '2026-03-09', kind: 'cancelled' },
        {
          template_id: templateId,
          date: '2026-04-09',
          kind: 'moved',
          start_time: '13:00',
          end_time: '16:00',
        },
      ])
      .execute();

    // Slots (London is on GMT from 26 October 2025, on BST before).
    const early = await slot('2025-09-10T08:00:00Z'); // before the window
    await slot('2025-09-22T23:30:00Z', { template: null }); // 00:30 on 23 September in London
    const oct2 = await slot('2025-10-02T08:00:00Z');
    const oct6 = await slot('2025-10-06T08:00:00Z');
    const mar2 = [
      await slot('2026-03-02T09:00:00Z'),
      await slot('2026-03-02T10:00:00Z'),
      await slot('2026-03-02T11:00:00Z'),
    ] as const;
    const group = await slot('2026-03-04T10:00:00Z', {
      minutes: 120,
      mode: 'group',
      capacity: 8,
      template: groupTemplateId,
    });
    const mar5 = [
      await slot('2026-03-05T09:00:00Z'),
      await slot('2026-03-05T10:00:00Z'),
      await slot('2026-03-05T11:00:00Z'),
    ] as const;
    const mar9 = [
      await slot('2026-03-09T09:00:00Z'),
      await slot('2026-03-09T10:00:00Z'),
      await slot('2026-03-09T11:00:00Z', { withdrawn: true }),
    ] as const;
    const mar12 = [
      await slot('2026-03-12T09:00:00Z'),
      await slot('2026-03-12T10:00:00Z'),
      await slot('2026-03-12T11:00:00Z'),
    ] as const;
    for (const hour of ['09', '10', '11']) await slot(`2026-03-16T${hour}:00:00Z`);
    await slot('2026-03-19T09:00:00Z'); // after today
    const far = await slot('2026-03-02T11:00:00Z', { site: farSiteId, ot: otherOtId });

    // Waiting since before the window.
    await request({
      status: 'waiting',
      actedAt: '2025-08-01T10:00:00Z',
      pathway: 'mental_health',
      tier: 'targeted',
      urgency: 'urgent',
    });
    // Joined at 00:30 on 1 September in London, booked in the window; cancelled 30 minutes
    // before the start (late).
    const r7 = await request({
      status: 'booked',
      actedAt: '2025-08-31T23:30:00Z',
      pathway: 'work',
    });
    await appointment(r7, await episode(r7), oct2, {
      status: 'cancelled_by_person',
      bookedAt: '2025-09-20T10:00:00Z',
      changedAt: '2025-10-02T07:30:00Z',
    });
    // Off the list before the window (not given); two sessions, the first before the window.
    const r8 = await request({
      status: 'booked',
      actedAt: '2025-08-25T10:00:00Z',
      pathway: 'work',
    });
    const e8 = await episode(r8, '2025-10-07T12:00:00Z');
    await appointment(r8, e8, early, { status: 'attended', bookedAt: '2025-09-05T10:00:00Z' });
    await appointment(r8, e8, oct6, { status: 'attended', bookedAt: '2025-09-10T10:00:00Z' });
    // Three sessions (and a group session, not one-to-one), discharged.
    const r1 = await request({
      status: 'booked',
      actedAt: '2026-01-05T10:00:00Z',
      pathway: 'daily_living',
    });
    const e1 = await episode(r1, '2026-03-10T12:00:00Z');
    await appointment(r1, e1, mar2[0], { status: 'attended', bookedAt: '2026-02-20T10:00:00Z' });
    await appointment(r1, e1, group, { status: 'attended', bookedAt: '2026-02-21T10:00:00Z' });
    await appointment(r1, e1, mar5[0], { status: 'attended', bookedAt: '2026-03-02T10:00:00Z' });
    await appointment(r1, e1, mar9[0], { status: 'attended', bookedAt: '2026-03-05T10:00:00Z' });
    // Did not attend, then seen again.
    const r2 = await request({
      status: 'booked',
      actedAt: '2026-02-02T10:00:00Z',
      pathway: 'frailty_falls',
      urgency: 'urgent',
    });
    const e2 = await episode(r2);
    await appointment(r2, e2, mar2[1], {
      status: 'did_not_attend',
      bookedAt: '2026-02-25T10:00:00Z',
    });
    await appointment(r2, e2, mar12[1], { status: 'attended', bookedAt: '2026-03-02T11:00:00Z' });
    // Cancelled the evening before (late), rebooked and seen once, discharged.
    const r3 = await request({
      status: 'booked',
      actedAt: '2026-02-10T10:00:00Z',
      pathway: 'daily_living',
    });
    const e3 = await episode(r3, '2026-03-13T12:00:00Z');
    await appointment(r3, e3, mar5[1], {
      status: 'cancelled_by_person',
      bookedAt: '2026-02-26T10:00:00Z',
      changedAt: '2026-03-04T18:00:00Z',
    });
    await appointment(r3, e3, mar12[0], { status: 'attended', bookedAt: '2026-03-04T18:05:00Z' });
    // Cancelled by the service a week ahead (not late), then did not attend and discharged.
    const r4 = await request({
      status: 'booked',
      actedAt: '2026-02-16T10:00:00Z',
      pathway: 'daily_living',
    });
    const e4 = await episode(r4, '2026-03-14T12:00:00Z');
    await appointment(r4, e4, mar9[1], {
      status: 'cancelled_by_service',
      bookedAt: '2026-03-01T10:00:00Z',
      changedAt: '2026-03-02T10:00:00Z',
    });
    await appointment(r4, e4, mar12[2], {
      status: 'did_not_attend',
      bookedAt: '2026-03-02T10:05:00Z',
    });
    // Waiting.
    await request({ status: 'waiting', actedAt: '2026-03-02T10:00:00Z', pathway: 'memory' });
    // Booked directly by the front door, returned to triage, then accepted by an OT elsewhere.
    const r13 = await request({
      status: 'waiting',
      actedAt: '2026-01-15T10:00:00Z',
      pathway: 'daily_living',
    });
    await event(r13, 'accept', '2026-01-12T10:00:00Z', {
      pathway: 'memory',
      tier: 'individualised',
      direct: true,
    });
    await event(r13, 'return_to_triage', '2026-01-14T10:00:00Z', { reason: 'x' });
    await event(
      r13,
      'accept',
      '2026-01-15T10:00:00Z',
      { pathway: 'daily_living', tier: 'individualised' },
      otId,
    );
    // Booked directly, returned to triage and signposted: it left the list without a booking.
    const r9 = await request({
      status: 'signposted',
      actedAt: '2026-02-25T10:00:00Z',
      pathway: null,
    });
    await event(r9, 'accept', '2026-02-20T10:00:00Z', {
      pathway: 'memory',
      tier: 'targeted',
      direct: true,
    });
    await event(r9, 'return_to_triage', '2026-02-24T10:00:00Z', { reason: 'x' });
    await event(r9, 'signpost', '2026-02-25T10:00:00Z', {});
    // Not on the list: not triaged yet, and a practice out of scope (with a missed appointment).
    await request({ status: 'received', actedAt: null, pathway: null });
    const r15 = await request({
      status: 'booked',
      actedAt: '2026-02-01T10:00:00Z',
      pathway: 'daily_living',
      practiceId: p3,
    });
    await appointment(r15, await episode(r15, '2026-03-03T12:00:00Z'), far, {
      status: 'did_not_attend',
      bookedAt: '2026-02-20T10:00:00Z',
    });
  });
  afterAll(async () => {
    await t.destroy();
  });

  const entry = (
    joinedOn: string,
    leftOn: string | null,
    leftBy: 'booked' | 'withdrawn' | null,
    pathway: Pathway,
    o: { tier?: Tier; urgency?: Urgency } = {},
  ) => ({
    pathway,
    tier: o.tier ?? 'individualised',
    urgency: o.urgency ?? 'routine',
    practiceId: p1,
    joinedOn,
    leftOn,
    leftBy,
  });

  it('reads the waiting list, attendance, sessions, rota and slots as counted by hand', async () => {
    const context = await lead([tree.pcnId], [tree.pcnId, ...tree.practiceIds]);
    const { value: facts, disclosureControlled } = await readAs(context);
    expect(disclosureControlled).toBe(true);
    expect(facts.today).toBe(TODAY);
    expect(facts.from).toBe(FROM);

    expect(facts.listEntries).toEqual([
      entry('2025-08-01', null, null, 'mental_health', { tier: 'targeted', urgency: 'urgent' }),
      entry('2025-09-01', '2025-09-20', 'booked', 'work'),
      entry('2026-01-05', '2026-02-20', 'booked', 'daily_living'),
      entry('2026-01-12', '2026-01-14', 'withdrawn', 'memory'),
      entry('2026-01-15', null, null, 'daily_living'),
      entry('2026-02-02', '2026-02-25', 'booked', 'frailty_falls', { urgency: 'urgent' }),
      entry('2026-02-10', '2026-02-26', 'booked', 'daily_living'),
      entry('2026-02-16', '2026-03-01', 'booked', 'daily_living'),
      entry('2026-02-20', '2026-02-24', 'withdrawn', 'memory', { tier: 'targeted' }),
      entry('2026-03-02', null, null, 'memory'),
    ]);

    // One-to-one appointments from 15 September: attended 1 (r8) + 3 (r1) + 1 (r2) + 1 (r3);
    // did not attend r2 (seen again later) and r4 (not); cancelled late r7 and r3, not r4's.
    expect(facts.attendance).toEqual({
      attended: 6,
      didNotAttend: 2,
      lateCancelled: 2,
      didNotAttendRebooked: 1,
    });
    // Discharged in the window: r3 with 1 session, r8 with 2, r1 with 3 (r4 with none: left out).
    expect(facts.sessionsPerEpisode).toEqual([1, 1, 1]);
    // Gaps ending in the window: r8 10 Sep → 6 Oct (26), r1 2 → 5 → 9 March (3, 4).
    expect(facts.daysBetweenSessions).toBe(4);

    expect(facts.rota).toEqual(
      [
        {
          templateId,
          otId,
          organisationId: p1,
          pathway: null,
          group: false,
          slotsPerClinic: 3,
          weekdays: [1, 4],
          sessionsPerWeek: 1.5,
          validFrom: '2026-01-05',
          validUntil: null,
          away: [
            { from: '2026-03-23', to: '2026-03-29' },
            { from: '2026-04-02', to: '2026-04-02' },
          ],
        },
        {
          templateId: groupTemplateId,
          otId,
          organisationId: p1,
          pathway: 'frailty_falls',
          group: true,
          slotsPerClinic: 8,
          weekdays: [3],
          sessionsPerWeek: 0.5,
          validFrom: '2026-01-05',
          validUntil: null,
          away: [{ from: '2026-03-23', to: '2026-03-29' }],
        },
      ].sort((a, b) => a.templateId.localeCompare(b.templateId)),
    );

    // Every day of the window, today included; one-to-one slots not withdrawn, booked if seated.
    expect(facts.slotDays).toHaveLength(26 * 7 + 1);
    expect(facts.slotDays[0]?.on).toBe(FROM);
    expect(facts.slotDays.at(-1)?.on).toBe(TODAY);
    expect(facts.slotDays.filter((d) => d.slots > 0)).toEqual([
      { on: '2025-09-23', slots: 1, booked: 0 },
      { on: '2025-10-02', slots: 1, booked: 0 },
      { on: '2025-10-06', slots: 1, booked: 1 },
      { on: '2026-03-02', slots: 3, booked: 2 },
      { on: '2026-03-05', slots: 3, booked: 1 },
      { on: '2026-03-09', slots: 2, booked: 1 },
      { on: '2026-03-12', slots: 3, booked: 3 },
      { on: '2026-03-16', slots: 3, booked: 0 },
    ]);
    expect(facts.slotDays.every((d) => d.booked <= d.slots)).toBe(true);

    const audit = await t.db
      .selectFrom('audit_events')
      .select(['outcome', 'reason'])
      .where(
        'user_id',
        '=',
        context.principal.kind === 'staff' ? context.principal.actor.userId : '',
      )
      .execute();
    // Rows: 9 requests on or off the list now, 2 returned to triage, 1 attendance, 3 session
    // counts, 1 median, 2 templates + 1 leave + 1 cancelled day, 8 days with slots.
    expect(audit).toEqual([
      {
        outcome: 'allowed',
        reason: 'aggregate planning facts: 28 rows, small-number rule applied',
      },
    ]);
  });

  it('gives capacity from the rota and its leave as counted by hand over four weeks', async () => {
    const { value: facts } = await readAs(
      await lead([tree.pcnId], [tree.pcnId, ...tree.practiceIds]),
    );
    const patterns = facts.rota
      .filter((r) => !r.group)
      .map((r) => ({
        slotsByWeekday: Object.fromEntries(r.weekdays.map((d) => [d, r.slotsPerClinic])),
        from: r.validFrom,
        ...(r.validUntil === null ? {} : { until: r.validUntil }),
        away: r.away,
      }));
    const slots = dailySlots({ start: TODAY, days: 28, patterns, nation: 'england' });
    // Mondays 16 and 30 March, Thursdays 19 March and 9 April run (3 slots each); Monday 23 and
    // Thursday 26 March are leave, Thursday 2 April is cancelled, Monday 6 April is Easter Monday.
    const running = ['2026-03-16', '2026-03-19', '2026-03-30', '2026-04-09'];
    expect(
      slots.flatMap((n, d) => (n > 0 ? [[addCalendarDays(TODAY, d), n] as const] : [])),
    ).toEqual(running.map((on) => [on, 3]));
    expect(slots.reduce((s, n) => s + n, 0)).toBe(12);
  });

  it('gives nothing but empty days for a practice with no service yet', async () => {
    const [, p2] = tree.practiceIds;
    const { value: facts } = await readAs(await lead([p2], [p2]));
    const expected: PlanningFacts = {
      today: TODAY,
      from: FROM,
      listEntries: [],
      attendance: { attended: 0, didNotAttend: 0, lateCancelled: 0, didNotAttendRebooked: 0 },
      sessionsPerEpisode: [],
      daysBetweenSessions: null,
      rota: [],
      slotDays: Array.from({ length: 183 }, (_, d) => ({
        on: addCalendarDays(FROM, d),
        slots: 0,
        booked: 0,
      })),
    };
    expect(facts).toEqual(expected);
  });
});
