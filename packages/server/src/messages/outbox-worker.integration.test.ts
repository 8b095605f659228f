import { randomUUID } from 'node:crypto';
import type { FastifyInstance } from 'fastify';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { makeOrganisationTree, makeUser, type TestTree } from '../testing/builders.js';
import { makeAnswers, QUESTION_SET_VERSION } from '../testing/requests.js';
import { makeApp, TestClient } from '../testing/test-app.js';
import { testEngines, type TestDatabase } from '../testing/test-database.js';
import { deliverDue, MAX_ATTEMPTS, queueReminders } from './outbox-worker.js';
import { LogTransport, type MessageTransport } from './transports.js';

const NOW = new Date('2026-11-02T08:00:00Z');

describe.each(testEngines())('sending messages from the outbox on $name', (engine) => {
  let t: TestDatabase;
  let app: FastifyInstance;
  let tree: TestTree;
  let person: TestClient;
  let ot: TestClient;

  async function refer(overrides: Parameters<typeof makeAnswers>[1] = {}) {
    const res = await person.request({
      method: 'POST',
      url: '/api/referrals',
      headers: { 'idempotency-key': randomUUID() },
      payload: {
        questionSetVersion: QUESTION_SET_VERSION,
        answers: makeAnswers(tree.practiceIds[0], overrides),
      },
    });
    return res.json<{ id: string; reference: string }>();
  }

  beforeAll(async () => {
    t = await engine.create();
    app = await makeApp(t, { publicRateLimit: 100000 }, () => NOW);
    tree = await makeOrganisationTree(t.db);
    person = new TestClient(app, '10.3.0.1');
    await person.refreshSession();
    const u = await makeUser(t.db, { roles: ['ot', 'admin'], organisationIds: [tree.serviceId] });
    ot = new TestClient(app);
    await ot.signIn(u.email, u.password);
    // Deliver whatever earlier tests in this database left, so each test starts clean.
    await deliverDue(t.db, new LogTransport(), new Date('2030-01-01'), 1000);
  });
  afterAll(async () => {
    await app.close();
    await t.destroy();
  });

  it('sends the confirmation in the person’s language, once, and audits the read', async () => {
    const welsh = await refer({ preferredLanguage: 'cy' });
    const transport = new LogTransport();
    const report = await deliverDue(t.db, transport, new Date());
    expect(report).toEqual({ sent: 1, failed: 0, dead: 0 });
    expect(transport.sent).toEqual([
      expect.objectContaining({ kind: 'request_received', channel: 'email', language: 'cy' }),
    ]);
    expect(transport.sent[0]?.text).toContain(welsh.reference);
    expect(transport.sent[0]?.text).toContain('Rydym wedi cael eich cais');
    expect(await deliverDue(t.db, transport, new Date())).toEqual({ sent: 0, failed: 0, dead: 0 });
    const audit = await t.db
      .selectFrom('audit_events')
      .select(['actor_label', 'reason'])
      .where('actor_label', '=', 'service:outbox')
      .execute();
    expect(audit.some((a) => a.reason === 'outbox: 1 records')).toBe(true);
  });

  it('retries a failing message with growing waits, then holds it as dead for staff to send again', async () => {
    const r = await refer();
    const failing: MessageTransport = {
      name: 'failing',
      send: () => Promise.reject(new Error('Notify answered 500')),
    };
    // Messages are queued at the database's own clock: deliver against real time.
    let at = new Date();
    const waits: number[] = [];
    for (let i = 0; i < MAX_ATTEMPTS; i++) {
      const report = await deliverDue(t.db, failing, at);
      expect(report.sent).toBe(0);
      const row = await t.db
        .selectFrom('outbox_messages')
        .selectAll()
        .where('request_id', '=', r.id)
        .executeTakeFirstOrThrow();
      expect(row.attempts).toBe(i + 1);
      if (i < MAX_ATTEMPTS - 1) {
        expect(row.status).toBe('failed');
        waits.push((row.next_attempt_at.getTime() - at.getTime()) / 60_000);
        // Not due yet: nothing is attempted.
        expect(
          await deliverDue(t.db, failing, new Date(row.next_attempt_at.getTime() - 1000)),
        ).toEqual({ sent: 0, failed: 0, dead: 0 });
        at = row.next_attempt_at;
      } else {
        expect(row).toMatchObject({ status: 'dead', last_error: 'Notify answered 500' });
      }
    }
    expect(waits).toEqual([1, 2, 4, 8, 16]);
    const dead = await ot.get('/api/messages?status=dead');
    const listed = dead
      .json<{ messages: { id: string; reference: string | null }[] }>()
      .messages.find((m) => m.reference === r.reference);
    expect(listed).toBeDefined();
    expect((await ot.post(`/api/messages/${listed!.id}/retry`)).statusCode).toBe(204);
    const transport = new LogTransport();
    expect((await deliverDue(t.db, transport, at)).sent).toBe(1);
  });

  it('queues a reminder 48 hours before an appointment, once', async () => {
    const siteId = (
      await ot.post('/api/sites', { name: 'Reminder site', organisationId: tree.pcnId })
    ).json<{ id: string }>().id;
    const tpl = (
      await ot.post('/api/clinic-templates', {
        siteId,
        name: 'Reminder clinic',
        weekdays: [5],
        startTime: '10:00',
        endTime: '10:30',
        mode: 'phone',
        validFrom: '2026-11-06',
        validUntil: '2026-11-06',
      })
    ).json<{ template: { id: string } }>();
    const slot = await t.db
      .selectFrom('slots')
      .selectAll()
      .where('template_id', '=', tpl.template.id)
      .executeTakeFirstOrThrow();
    const r = await refer({ contact: { email: '', phone: '07912 345678', preferred: 'text' } });
    await ot.post(`/api/requests/${r.id}/actions`, {
      action: 'accept',
      pathway: 'daily_living',
      tier: 'individualised',
    });
    const booked = await ot.post('/api/appointments', { slotId: slot.id, requestId: r.id });
    expect(booked.json()).toMatchObject({
      appointment: { reminderDueAt: '2026-11-04T10:00:00.000Z' },
    });
    expect(await queueReminders(t.db, new Date('2026-11-04T09:59:00Z'))).toBe(0);
    expect(await queueReminders(t.db, new Date('2026-11-04T10:00:00Z'))).toBe(1);
    expect(await queueReminders(t.db, new Date('2026-11-04T11:00:00Z'))).toBe(0);
    const kinds = await t.db
      .selectFrom('outbox_messages')
      .select(['kind', 'channel'])
      .where('request_id', '=', r.id)
      .orderBy('created_at')
      .execute();
    expect(kinds).toEqual([
      { kind: 'request_received', channel: 'sms' },
      { kind: 'appointment_booked', channel: 'sms' },
      { kind: 'appointment_reminder', channel: 'sms' },
    ]);
  });
});
