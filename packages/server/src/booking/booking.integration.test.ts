import { randomUUID } from 'node:crypto';
import type { FastifyInstance } from 'fastify';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { makeOrganisationTree, makeUser, type TestTree } from '../testing/builders.js';
import { makeAnswers, QUESTION_SET_VERSION } from '../testing/requests.js';
import { makeApp, TestClient } from '../testing/test-app.js';
import { testEngines, type TestDatabase } from '../testing/test-database.js';

// Monday 2 November 2026, 08:00 in London (GMT).
const NOW = new Date('2026-11-02T08:00:00Z');

describe.each(testEngines())('clinics and booking on $name', (engine) => {
  let t: TestDatabase;
  let app: FastifyInstance;
  let tree: TestTree;
  let ot: TestClient;
  let nav: TestClient;
  let siteId: string;
  /** The server's time; a test that records outcomes moves it past the appointments' start. */
  let now = NOW;
  let otUser: { email: string; password: string };
  let navUser: { email: string; password: string };

  /** Move the server's clock and sign in again at that time (sessions live 12 hours). */
  async function at(time: Date): Promise<void> {
    now = time;
    ot = new TestClient(app);
    await ot.signIn(otUser.email, otUser.password);
    nav = new TestClient(app);
    await nav.signIn(navUser.email, navUser.password);
  }

  async function waitingRequest(
    contact: { email: string; phone: string; preferred: 'text' | 'phone' } = {
      email: '',
      phone: '07912 345678',
      preferred: 'text',
    },
  ): Promise<string> {
    const res = await nav.request({
      method: 'POST',
      url: '/api/requests/staff',
      headers: { 'idempotency-key': randomUUID() },
      payload: {
        channel: 'phone',
        questionSetVersion: QUESTION_SET_VERSION,
        answers: makeAnswers(tree.practiceIds[0], { contact }),
      },
    });
    const id = res.json<{ id: string }>().id;
    const accepted = await ot.post(`/api/requests/${id}/actions`, {
      action: 'accept',
      pathway: 'frailty_falls',
      tier: 'individualised',
    });
    expect(accepted.statusCode).toBe(200);
    return id;
  }

  async function template(body: Record<string, unknown>) {
    const res = await ot.post('/api/clinic-templates', {
      siteId,
      name: 'Falls clinic',
      weekdays: [1],
      startTime: '09:00',
      endTime: '14:00',
      mode: 'in_person',
      validFrom: '2026-11-02',
      ...body,
    });
    expect(res.statusCode, res.body).toBe(201);
    return res.json<{ template: { id: string }; sync: { created: number } }>();
  }

  async function slotsOf(templateId: string) {
    return t.db
      .selectFrom('slots')
      .selectAll()
      .where('template_id', '=', templateId)
      .where('withdrawn_at', 'is', null)
      .orderBy('starts_at')
      .execute();
  }

  beforeAll(async () => {
    t = await engine.create();
    app = await makeApp(t, { publicRateLimit: 100000 }, () => now);
    tree = await makeOrganisationTree(t.db);
    otUser = await makeUser(t.db, { roles: ['ot'], organisationIds: [tree.pcnId] });
    ot = new TestClient(app);
    await ot.signIn(otUser.email, otUser.password);
    navUser = await makeUser(t.db, { roles: ['navigator'], organisationIds: [tree.pcnId] });
    nav = new TestClient(app);
    await nav.signIn(navUser.email, navUser.password);
    siteId = (
      await ot.post('/api/sites', { name: 'Kendal health centre', organisationId: tree.pcnId })
    ).json<{ id: string }>().id;
  });
  afterAll(async () => {
    await app.close();
    await t.destroy();
  });

  it('makes 30-minute slots four weeks ahead from a template, carrying GPAD categories', async () => {
    const { template: tpl, sync } = await template({
      weekdays: [1, 3],
      startTime: '09:00',
      endTime: '12:00',
    });
    // Mondays and Wednesdays from 2 Nov for 28 days: 8 clinic days of 6 slots each.
    expect(sync.created).toBe(48);
    const slots = await slotsOf(tpl.id);
    expect(slots[0]).toMatchObject({
      gpad_national_category: 'General Consultation Routine',
      gpad_service_setting: 'Primary Care Network',
      gpad_mode: 'Face-to-Face',
    });
    expect(slots[0]?.starts_at.toISOString()).toBe('2026-11-02T09:00:00.000Z');
    expect(slots.at(-1)?.starts_at.toISOString()).toBe('2026-11-25T11:30:00.000Z');
    // Leave on Wednesday 4 November withdraws that day's slots.
    const leave = await ot.post('/api/staff-leave', {
      startsOn: '2026-11-04',
      endsOn: '2026-11-04',
      reason: 'Training',
    });
    expect(leave.json()).toMatchObject({ sync: { withdrawn: 6 } });
    await ot.request({ method: 'DELETE', url: `/api/clinic-templates/${tpl.id}` });
    expect(await slotsOf(tpl.id)).toHaveLength(0);
  });

  it('explains what is wrong with a template', async () => {
    const res = await ot.post('/api/clinic-templates', {
      siteId,
      name: 'Bad',
      weekdays: [1],
      startTime: '12:00',
      endTime: '09:00',
      mode: 'group',
      capacity: 1,
      validFrom: '2026-11-02',
    });
    expect(res.statusCode).toBe(400);
    const codes = res
      .json<{ error: { fields: { path: string; code: string }[] } }>()
      .error.fields.map((f) => f.code);
    expect(codes).toEqual(expect.arrayContaining(['end_not_after_start', 'capacity']));
  });

  it('lets 100 clients race for 10 slots: exactly 10 bookings, none overlapping', async () => {
    const { template: tpl } = await template({
      validFrom: '2026-11-09',
      validUntil: '2026-11-09',
      name: 'Race clinic',
    });
    const slots = await slotsOf(tpl.id);
    expect(slots).toHaveLength(10);
    const requests = [];
    for (let i = 0; i < 100; i++) requests.push(await waitingRequest());
    const results = await Promise.all(
      requests.map((requestId, i) =>
        ot.post('/api/appointments', { slotId: slots[i % 10]!.id, requestId }),
      ),
    );
    const codes = results.map((r) => r.statusCode);
    expect(codes.filter((c) => c === 201)).toHaveLength(10);
    expect(codes.filter((c) => c === 409)).toHaveLength(90);
    expect(results.find((r) => r.statusCode === 409)?.json()).toMatchObject({
      error: { message: 'This time has just been taken. Choose another time.' },
    });
    const booked = await t.db
      .selectFrom('appointments')
      .select(['slot_id'])
      .where(
        'slot_id',
        'in',
        slots.map((s) => s.id),
      )
      .where('status', '=', 'booked')
      .execute();
    expect(booked).toHaveLength(10);
    expect(new Set(booked.map((b) => b.slot_id)).size).toBe(10);
  });

  it('never fills a group beyond its places, even racing', async () => {
    const { template: tpl } = await template({
      validFrom: '2026-11-16',
      validUntil: '2026-11-16',
      startTime: '10:00',
      endTime: '12:00',
      slotMinutes: 120,
      mode: 'group',
      capacity: 12,
      name: 'Strength and balance workshop',
    });
    const [slot] = await slotsOf(tpl.id);
    const requests = [];
    for (let i = 0; i < 20; i++) requests.push(await waitingRequest());
    const results = await Promise.all(
      requests.map((requestId) => ot.post('/api/appointments', { slotId: slot!.id, requestId })),
    );
    expect(results.filter((r) => r.statusCode === 201)).toHaveLength(12);
    const seats = await t.db
      .selectFrom('appointments')
      .select('seat')
      .where('slot_id', '=', slot!.id)
      .where('status', '=', 'booked')
      .execute();
    expect(seats.map((s) => s.seat).sort((a, b) => a - b)).toEqual(
      Array.from({ length: 12 }, (_, i) => i + 1),
    );
  });

  it('opens an episode at the first booking and asks an OT why for a seventh session', async () => {
    const { template: tpl } = await template({
      validFrom: '2026-11-23',
      validUntil: '2026-11-23',
      name: 'Episode clinic',
    });
    const slots = await slotsOf(tpl.id);
    const requestId = await waitingRequest();
    for (let i = 0; i < 6; i++)
      expect(
        (await ot.post('/api/appointments', { slotId: slots[i]!.id, requestId })).statusCode,
      ).toBe(201);
    const request = await t.db
      .selectFrom('requests')
      .select('status')
      .where('id', '=', requestId)
      .executeTakeFirstOrThrow();
    expect(request.status).toBe('booked');
    const seventh = await ot.post('/api/appointments', { slotId: slots[6]!.id, requestId });
    expect(seventh.statusCode).toBe(400);
    expect(seventh.json()).toMatchObject({
      error: { fields: [{ path: 'overLimitReason', code: 'session_limit' }] },
    });
    const withReason = await ot.post('/api/appointments', {
      slotId: slots[6]!.id,
      requestId,
      overLimitReason: 'Graded return to work needs two more sessions',
    });
    expect(withReason.statusCode).toBe(201);
    expect(withReason.json()).toMatchObject({
      appointment: { overLimitReason: 'Graded return to work needs two more sessions' },
    });
    const episodes = await t.db
      .selectFrom('episodes')
      .selectAll()
      .where('request_id', '=', requestId)
      .execute();
    expect(episodes).toHaveLength(1);
    expect(episodes[0]).toMatchObject({
      session_limit: 6,
      status: 'open',
      pathway: 'frailty_falls',
    });
  });

  it('records attendance, did-not-attend (flagging the episode after two), cancellation and rebooking, each with a reason', async () => {
    const { template: tpl } = await template({
      weekdays: [3],
      validFrom: '2026-11-25',
      validUntil: '2026-11-25',
      name: 'Changes clinic',
    });
    const slots = await slotsOf(tpl.id);
    const requestId = await waitingRequest();
    const book = async (i: number) =>
      (await ot.post('/api/appointments', { slotId: slots[i]!.id, requestId })).json<{
        appointment: { id: string };
      }>().appointment.id;
    const [a, b, c, d] = [await book(0), await book(1), await book(2), await book(3)];
    // Wednesday 25 November 2026, 10:01: the first three appointments have started.
    await at(new Date('2026-11-25T10:01:00Z'));
    expect(
      (await ot.post(`/api/appointments/${a}/changes`, { kind: 'attended' })).json(),
    ).toMatchObject({ appointment: { status: 'attended' } });
    const noReason = await ot.post(`/api/appointments/${b}/changes`, {
      kind: 'did_not_attend',
      reason: '',
    });
    expect(noReason.statusCode).toBe(400);
    expect(
      (
        await ot.post(`/api/appointments/${b}/changes`, {
          kind: 'did_not_attend',
          reason: 'No answer at the door',
        })
      ).json(),
    ).toMatchObject({ episodeFlaggedForReview: false });
    expect(
      (
        await ot.post(`/api/appointments/${c}/changes`, {
          kind: 'did_not_attend',
          reason: 'Did not come',
        })
      ).json(),
    ).toMatchObject({ episodeFlaggedForReview: true });
    const episode = await t.db
      .selectFrom('episodes')
      .select(['review_flagged_at', 'review_reason'])
      .where('request_id', '=', requestId)
      .executeTakeFirstOrThrow();
    expect(episode.review_reason).toBe('2 appointments not attended');
    await at(NOW);
    const rebooked = await ot.post(`/api/appointments/${d}/changes`, {
      kind: 'rebook',
      by: 'person',
      reason: 'Hospital appointment that day',
      newSlotId: slots[5]!.id,
    });
    expect(rebooked.statusCode).toBe(200);
    expect(rebooked.json()).toMatchObject({
      appointment: { status: 'cancelled_by_person' },
      replacement: { slotId: slots[5]!.id, status: 'booked' },
    });
    const kinds = await t.db
      .selectFrom('outbox_messages')
      .select('kind')
      .where('request_id', '=', requestId)
      .execute();
    expect(kinds.map((k) => k.kind)).toContain('appointment_cancelled');
    // The freed slot can be booked by someone else.
    expect(
      (
        await ot.post('/api/appointments', {
          slotId: slots[3]!.id,
          requestId: await waitingRequest(),
        })
      ).statusCode,
    ).toBe(201);
    expect((await ot.post(`/api/appointments/${d}/changes`, { kind: 'attended' })).statusCode).toBe(
      409,
    );
  });

  it('refuses attended and did not attend before the appointment has started, and allows cancelling (issue 16 item 5)', async () => {
    const { template: tpl } = await template({
      weekdays: [4],
      validFrom: '2026-11-26',
      validUntil: '2026-11-26',
      name: 'Not yet clinic',
    });
    const slots = await slotsOf(tpl.id);
    const requestId = await waitingRequest();
    const id = (await ot.post('/api/appointments', { slotId: slots[0]!.id, requestId })).json<{
      appointment: { id: string };
    }>().appointment.id;
    // Thursday 26 November 2026, 08:59 in London: one minute before the 09:00 start.
    await at(new Date('2026-11-26T08:59:00Z'));
    try {
      for (const body of [
        { kind: 'attended' },
        { kind: 'did_not_attend', reason: 'No answer at the door' },
      ]) {
        const early = await ot.post(`/api/appointments/${id}/changes`, body);
        expect(early.statusCode, early.body).toBe(409);
        const { error } = early.json<{
          error: { code: string; message: string; fields: { path: string; code: string }[] };
        }>();
        expect(error.code).toBe('conflict');
        expect(error.message).toContain('has not started yet');
        expect(error.fields).toMatchObject([{ path: 'kind', code: 'not_started' }]);
      }
      const stored = await t.db
        .selectFrom('appointments')
        .select('status')
        .where('id', '=', id)
        .executeTakeFirstOrThrow();
      expect(stored.status).toBe('booked');
      // From the start, attendance is recorded.
      await at(new Date('2026-11-26T09:00:00Z'));
      const onTime = await ot.post(`/api/appointments/${id}/changes`, { kind: 'attended' });
      expect(onTime.statusCode, onTime.body).toBe(200);
    } finally {
      await at(NOW);
    }
  });

  it('promises no reminder to a person who can be sent no message (issue 16 item 2)', async () => {
    const { template: tpl } = await template({
      validFrom: '2026-11-23',
      validUntil: '2026-11-23',
      startTime: '15:00',
      endTime: '16:00',
      name: 'Reminder clinic',
    });
    const [first, second] = await slotsOf(tpl.id);
    // A landline only: no text or email can reach them.
    const landline = await waitingRequest({ email: '', phone: '01539 720000', preferred: 'phone' });
    const mobile = await waitingRequest();
    const a = await ot.post('/api/appointments', { slotId: first?.id, requestId: landline });
    const b = await ot.post('/api/appointments', { slotId: second?.id, requestId: mobile });
    expect(a.statusCode).toBe(201);
    type Booked = { appointment: { reminderDueAt: string | null } };
    expect(a.json<Booked>().appointment.reminderDueAt).toBeNull();
    expect(b.json<Booked>().appointment.reminderDueAt).not.toBeNull();
  });

  it('shows the waiting list by urgency then time waited, with the longest wait', async () => {
    const res = await ot.get('/api/waiting-list');
    expect(res.statusCode).toBe(200);
    const body = res.json<{
      entries: { urgency: string; weeksWaited: number }[];
      summary: { pathway: string; count: number }[];
      total: number;
    }>();
    expect(body.total).toBeGreaterThan(0);
    expect(body.summary.find((s) => s.pathway === 'frailty_falls')?.count).toBe(body.total);
    expect((await nav.get('/api/waiting-list')).statusCode).toBe(403);
  });
});
