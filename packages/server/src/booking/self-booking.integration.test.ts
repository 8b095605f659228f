import { randomUUID } from 'node:crypto';
import type { FastifyInstance } from 'fastify';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { makeOrganisationTree, makeUser, type TestTree } from '../testing/builders.js';
import { makeAnswers, QUESTION_SET_VERSION } from '../testing/requests.js';
import { makeApp, TestClient } from '../testing/test-app.js';
import { testEngines, type TestDatabase } from '../testing/test-database.js';

const NOW = new Date('2026-11-02T08:00:00Z');

describe.each(testEngines())('booking by the person from a link on $name', (engine) => {
  let t: TestDatabase;
  let app: FastifyInstance;
  let tree: TestTree;
  let ot: TestClient;
  let person: TestClient;

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
    expect(res.statusCode).toBe(201);
    return res.json<{ id: string; reference: string; directBooking: { link: string } | null }>();
  }

  beforeAll(async () => {
    t = await engine.create();
    app = await makeApp(
      t,
      { publicRateLimit: 100000, directBookingPathways: ['memory'] },
      () => NOW,
    );
    tree = await makeOrganisationTree(t.db);
    const u = await makeUser(t.db, { roles: ['ot'], organisationIds: [tree.pcnId] });
    ot = new TestClient(app);
    await ot.signIn(u.email, u.password);
    person = new TestClient(app, '10.4.0.1');
    await person.refreshSession();
    const siteId = (
      await ot.post('/api/sites', { name: 'Memory clinic room', organisationId: tree.pcnId })
    ).json<{ id: string }>().id;
    expect(
      (
        await ot.post('/api/clinic-templates', {
          siteId,
          name: 'Memory clinic',
          weekdays: [2],
          startTime: '09:00',
          endTime: '11:00',
          mode: 'in_person',
          pathway: 'memory',
          validFrom: '2026-11-03',
        })
      ).statusCode,
    ).toBe(201);
    expect(
      (
        await ot.post('/api/clinic-templates', {
          siteId,
          name: 'General clinic',
          weekdays: [4],
          startTime: '09:00',
          endTime: '10:00',
          mode: 'phone',
          validFrom: '2026-11-03',
        })
      ).statusCode,
    ).toBe(201);
  });
  afterAll(async () => {
    await app.close();
    await t.destroy();
  });

  it('lets staff send a link with which the person books, cancels and books again', async () => {
    const r = await refer();
    await ot.post(`/api/requests/${r.id}/actions`, {
      action: 'accept',
      pathway: 'daily_living',
      tier: 'individualised',
    });
    const made = await ot.post(`/api/requests/${r.id}/booking-link`, { send: true });
    expect(made.statusCode).toBe(201);
    const { link, sent } = made.json<{ link: string; sent: boolean }>();
    expect(sent).toBe(true);
    const token = link.split('/book/')[1]!;
    const outbox = await t.db
      .selectFrom('outbox_messages')
      .select(['kind', 'payload'])
      .where('request_id', '=', r.id)
      .where('kind', '=', 'self_booking_link')
      .execute();
    expect(JSON.stringify(outbox[0]?.payload)).toContain(token);

    const page = await person.get(`/api/book/${token}`);
    expect(page.statusCode).toBe(200);
    const offered = page.json<{
      reference: string;
      booked: unknown;
      slots: { id: string; pathway: string | null }[];
    }>();
    expect(offered).toMatchObject({ reference: r.reference, booked: null });
    // Memory clinics are kept for the memory pathway.
    expect(offered.slots.every((s) => s.pathway === null)).toBe(true);
    const first = offered.slots[0]!;
    expect((await person.post(`/api/book/${token}`, { slotId: first.id })).statusCode).toBe(201);
    expect(
      (await person.post(`/api/book/${token}`, { slotId: offered.slots[1]!.id })).statusCode,
    ).toBe(409);
    expect((await person.get(`/api/book/${token}`)).json()).toMatchObject({
      booked: { startsAt: '2026-11-05T09:00:00.000Z' },
    });
    expect(
      (
        await person.post(`/api/book/${token}/cancel`, {
          reason: 'I have a hospital appointment then',
        })
      ).statusCode,
    ).toBe(204);
    expect(
      (await person.post(`/api/book/${token}`, { slotId: offered.slots[1]!.id })).statusCode,
    ).toBe(201);
    const appts = await t.db
      .selectFrom('appointments')
      .select(['status', 'booked_via'])
      .where(
        'person_id',
        '=',
        (
          await t.db
            .selectFrom('requests')
            .select('person_id')
            .where('id', '=', r.id)
            .executeTakeFirstOrThrow()
        ).person_id,
      )
      .orderBy('booked_at')
      .execute();
    expect(appts).toEqual([
      { status: 'cancelled_by_person', booked_via: 'self' },
      { status: 'booked', booked_via: 'self' },
    ]);
    const audit = await t.db
      .selectFrom('audit_events')
      .select('actor_label')
      .where('actor_label', '=', `link:${r.id}`)
      .execute();
    expect(audit.length).toBeGreaterThanOrEqual(4);
  });

  it("opens a link staff send in the person's language (issue 16 item 3)", async () => {
    const r = await refer({ preferredLanguage: 'cy' });
    await ot.post(`/api/requests/${r.id}/actions`, {
      action: 'accept',
      pathway: 'daily_living',
      tier: 'individualised',
    });
    const made = await ot.post(`/api/requests/${r.id}/booking-link`, { send: false });
    expect(made.statusCode).toBe(201);
    expect(made.json<{ link: string }>().link).toMatch(/\/book\/[^?]+\?lang=cy$/);
  });

  it('refuses a forged or expired link', async () => {
    expect((await person.get('/api/book/not.valid')).statusCode).toBe(404);
    const r = await refer();
    await ot.post(`/api/requests/${r.id}/actions`, {
      action: 'accept',
      pathway: 'daily_living',
      tier: 'individualised',
    });
    const { link } = (
      await ot.post(`/api/requests/${r.id}/booking-link`, { send: false, expiresInDays: 1 })
    ).json<{ link: string }>();
    const later = await makeApp(t, {}, () => new Date(NOW.getTime() + 2 * 86_400_000));
    const res = await later.inject({ method: 'GET', url: `/api/book/${link.split('/book/')[1]!}` });
    expect(res.statusCode).toBe(404);
    expect(res.json()).toMatchObject({
      error: { message: 'This booking link has expired. Contact the service for a new one.' },
    });
    await later.close();
  });

  it('lets a person with memory concerns book a memory clinic straight from the referral form', async () => {
    const r = await refer({
      areas: ['memory_thinking'],
      since: '3_to_12_months',
      impact: 'quite_a_lot',
      fallsInLastYear: 'none',
      person: { dateOfBirth: '1952-05-01' },
    });
    expect(r.directBooking).not.toBeNull();
    const token = r.directBooking!.link.split('/book/')[1]!;
    const row = await t.db
      .selectFrom('requests')
      .select(['status', 'pathway'])
      .where('id', '=', r.id)
      .executeTakeFirstOrThrow();
    expect(row).toEqual({ status: 'waiting', pathway: 'memory' });
    const offered = (await person.get(`/api/book/${token}`)).json<{
      slots: { id: string; pathway: string | null }[];
    }>();
    expect(offered.slots.some((s) => s.pathway === 'memory')).toBe(true);
    const memorySlot = offered.slots.find((s) => s.pathway === 'memory')!;
    expect((await person.post(`/api/book/${token}`, { slotId: memorySlot.id })).statusCode).toBe(
      201,
    );
    // Other pathways do not book directly.
    expect((await refer()).directBooking).toBeNull();
  });
});
