/**
 * Issue 16 item 1, the rest: an OT who does not confirm a request booked straight from the
 * referral form sends it back to triage. Its appointment is cancelled by the service (the person
 * is told), the episode opened for it is closed, and the request is triaged like any other; once
 * the person has been seen it must be confirmed instead.
 */
import { randomUUID } from 'node:crypto';
import type { FastifyInstance } from 'fastify';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { makeOrganisationTree, makeUser, type TestTree } from '../testing/builders.js';
import { makeAnswers, QUESTION_SET_VERSION } from '../testing/requests.js';
import { makeApp, TestClient } from '../testing/test-app.js';
import { testEngines, type TestDatabase } from '../testing/test-database.js';

/** Tuesday 3 November 2026, 10:15 in London. */
const NOW = new Date('2026-11-03T10:15:00Z');

const MEMORY = {
  areas: ['memory_thinking'],
  since: '3_to_12_months',
  impact: 'quite_a_lot',
  fallsInLastYear: 'none',
  person: { dateOfBirth: '1950-04-05' },
} as const;

interface Detail {
  status: string;
  pathway: string | null;
  needsConfirmation: boolean;
  events: { action: string; by: string | null; details: Record<string, unknown> }[];
}

describe.each(testEngines())('not confirming a direct booking on $name', (engine) => {
  let t: TestDatabase;
  let app: FastifyInstance;
  let tree: TestTree;
  let ot: TestClient;
  let otUser: { email: string; password: string };
  let now = NOW;

  async function refer(ip: string): Promise<string> {
    const person = new TestClient(app, ip);
    await person.refreshSession();
    const res = await person.request({
      method: 'POST',
      url: '/api/referrals',
      headers: { 'idempotency-key': randomUUID() },
      payload: {
        questionSetVersion: QUESTION_SET_VERSION,
        answers: makeAnswers(tree.practiceIds[0], MEMORY),
      },
    });
    expect(res.statusCode, res.body).toBe(201);
    return res.json<{ id: string }>().id;
  }

  async function bookFirstFreeSlot(requestId: string): Promise<string> {
    const slots = await ot.get('/api/slots?available=true');
    expect(slots.statusCode, slots.body).toBe(200);
    const slotId = slots.json<{ slots: { id: string }[] }>().slots[0]?.id;
    expect(slotId).toBeDefined();
    const booked = await ot.post('/api/appointments', { requestId, slotId });
    expect(booked.statusCode, booked.body).toBe(201);
    return booked.json<{ appointment: { id: string } }>().appointment.id;
  }

  beforeAll(async () => {
    t = await engine.create();
    app = await makeApp(
      t,
      { publicRateLimit: 100000, directBookingPathways: ['memory'] },
      () => now,
    );
    tree = await makeOrganisationTree(t.db);
    otUser = await makeUser(t.db, { roles: ['ot'], organisationIds: [tree.pcnId] });
    ot = new TestClient(app);
    await ot.signIn(otUser.email, otUser.password);
    const site = await ot.post('/api/sites', { name: 'Stretford', organisationId: tree.pcnId });
    const template = await ot.post('/api/clinic-templates', {
      siteId: site.json<{ id: string }>().id,
      name: 'Memory clinic',
      weekdays: [3],
      startTime: '09:00',
      endTime: '12:00',
      mode: 'in_person',
      validFrom: '2026-11-02',
    });
    expect(template.statusCode, template.body).toBe(201);
  });
  afterAll(async () => {
    await app.close();
    await t.destroy();
  });

  it('cancels the booked appointment, tells the person, closes the episode and reopens triage', async () => {
    const id = await refer('10.16.9.1');
    const appointmentId = await bookFirstFreeSlot(id);

    const short = await ot.post(`/api/requests/${id}/return-to-triage`, { reason: 'No' });
    expect(short.statusCode).toBe(400);
    expect(short.json<{ error: { fields: { path: string }[] } }>().error.fields[0]?.path).toBe(
      'reason',
    );

    const res = await ot.post(`/api/requests/${id}/return-to-triage`, {
      reason: 'Falls are the main concern, not memory',
    });
    expect(res.statusCode, res.body).toBe(200);
    const detail = res.json<Detail>();
    expect(detail).toMatchObject({ status: 'received', pathway: null, needsConfirmation: false });
    expect(detail.events.at(-1)).toMatchObject({
      action: 'return_to_triage',
      details: { reason: 'Falls are the main concern, not memory', appointmentsCancelled: 1 },
    });
    expect(detail.events.at(-1)?.by).not.toBeNull();

    const appointment = await t.db
      .selectFrom('appointments')
      .select(['status', 'status_reason', 'episode_id'])
      .where('id', '=', appointmentId)
      .executeTakeFirstOrThrow();
    expect(appointment).toMatchObject({
      status: 'cancelled_by_service',
      status_reason: 'Falls are the main concern, not memory',
    });
    const episode = await t.db
      .selectFrom('episodes')
      .select('status')
      .where('id', '=', appointment.episode_id)
      .executeTakeFirstOrThrow();
    expect(episode.status).toBe('closed');
    const messages = await t.db
      .selectFrom('outbox_messages')
      .select('kind')
      .where('request_id', '=', id)
      .execute();
    expect(messages.map((m) => m.kind)).toContain('appointment_cancelled');

    // Back in the open inbox, not in the list to confirm, and triaged like any other request.
    const open = await ot.get('/api/inbox?status=open');
    expect(open.json<{ requests: { id: string; status: string }[] }>().requests).toContainEqual(
      expect.objectContaining({ id, status: 'received' }),
    );
    const confirm = await ot.get('/api/inbox?status=confirm');
    expect(confirm.json<{ requests: { id: string }[] }>().requests.map((r) => r.id)).not.toContain(
      id,
    );
    const accepted = await ot.post(`/api/requests/${id}/actions`, {
      action: 'accept',
      pathway: 'frailty_falls',
      tier: 'individualised',
    });
    expect(accepted.statusCode, accepted.body).toBe(200);
    expect(accepted.json<Detail>()).toMatchObject({ status: 'waiting', pathway: 'frailty_falls' });
    // Sent back once: it no longer awaits confirmation.
    const again = await ot.post(`/api/requests/${id}/return-to-triage`, {
      reason: 'Trying a second time',
    });
    expect(again.statusCode).toBe(409);
  });

  it('refuses once the person has been seen: the request must be confirmed instead', async () => {
    const id = await refer('10.16.9.2');
    const appointmentId = await bookFirstFreeSlot(id);
    const appointment = await t.db
      .selectFrom('appointments')
      .select('starts_at')
      .where('id', '=', appointmentId)
      .executeTakeFirstOrThrow();
    now = new Date(appointment.starts_at.getTime() + 5 * 60_000);
    try {
      // A day later the session has expired: the OT signs in again.
      await ot.signIn(otUser.email, otUser.password);
      const attended = await ot.post(`/api/appointments/${appointmentId}/changes`, {
        kind: 'attended',
      });
      expect(attended.statusCode, attended.body).toBe(200);
      const res = await ot.post(`/api/requests/${id}/return-to-triage`, {
        reason: 'Falls are the main concern, not memory',
      });
      expect(res.statusCode).toBe(409);
      const still = await t.db
        .selectFrom('requests')
        .select(['status', 'pathway'])
        .where('id', '=', id)
        .executeTakeFirstOrThrow();
      expect(still).toEqual({ status: 'booked', pathway: 'memory' });
    } finally {
      now = NOW;
      await ot.signIn(otUser.email, otUser.password);
    }
  });
});
