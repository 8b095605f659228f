import { randomUUID } from 'node:crypto';
import type { FastifyInstance } from 'fastify';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { makeOrganisationTree, makeUser, type TestTree } from '../testing/builders.js';
import { extractPdfText, textSizes } from '../testing/pdf-text.js';
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
    expect(res.statusCode, res.body).toBe(201);
    return res.json<{ id: string; reference: string; directBooking: { link: string } | null }>();
  }

  beforeAll(async () => {
    t = await engine.create();
    app = await makeApp(
      t,
      {
        publicRateLimit: 100000,
        directBookingPathways: ['memory'],
        serviceContact: {
          address: 'Health Centre, Station Road, Kendal LA9 6BT',
          phone: '01632 960000',
          email: null,
        },
      },
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
  describe('a person without a mobile or email (issue 16 item 2)', () => {
    /** An 87-year-old with a landline, referred by her daughter, who has a mobile. */
    async function landlineOnly(overrides: Parameters<typeof makeAnswers>[1] = {}) {
      const r = await refer({
        for: 'someone_else',
        personAgreed: true,
        referrer: { name: 'Sian Morgan', relationship: 'Daughter', phone: '07700 900123' },
        person: { givenName: 'Gwen', dateOfBirth: '1939-05-01' },
        contact: {
          phone: '01539 720123',
          email: undefined,
          preferred: 'letter',
          address: { line1: '1 Castle Street', town: 'Kendal', postcode: 'LA9 4JE' },
        },
        ...overrides,
      });
      expect(
        (
          await ot.post(`/api/requests/${r.id}/actions`, {
            action: 'accept',
            pathway: 'daily_living',
            tier: 'individualised',
          })
        ).statusCode,
      ).toBe(200);
      return r;
    }

    it('sends the link to the carer only when the person agrees, and says so in the history', async () => {
      const r = await landlineOnly();
      expect((await ot.get(`/api/requests/${r.id}/booking-link`)).json()).toEqual({
        person: { reachable: false, channel: null },
        contact: { name: 'Sian Morgan', relationship: 'Daughter', reachable: true },
        hasAddress: true,
      });

      const refused = await ot.post(`/api/requests/${r.id}/booking-link`, { recipient: 'contact' });
      expect(refused.statusCode).toBe(400);
      expect(refused.json()).toMatchObject({
        error: {
          fields: [
            {
              path: 'consent',
              message: 'Confirm the person agrees to their booking link going to this contact',
            },
          ],
        },
      });
      const outboxOf = () =>
        t.db
          .selectFrom('outbox_messages')
          .select(['kind', 'channel', 'recipient', 'payload', 'language'])
          .where('request_id', '=', r.id)
          .where('kind', 'like', 'self_booking_link%')
          .execute();
      expect(await outboxOf()).toEqual([]);

      const made = await ot.post(`/api/requests/${r.id}/booking-link`, {
        recipient: 'contact',
        consent: true,
      });
      expect(made.statusCode).toBe(201);
      const sent = made.json<{ link: string; code: string; sent: boolean; sentTo: unknown }>();
      expect(sent).toMatchObject({
        sent: true,
        sentTo: { kind: 'contact', name: 'Sian Morgan', relationship: 'Daughter' },
      });
      expect(sent.code).toMatch(/^[A-HJKMNP-Z2-9]{4}-[A-HJKMNP-Z2-9]{4}$/);
      const [message, ...others] = await outboxOf();
      expect(others).toEqual([]);
      expect(message).toMatchObject({
        kind: 'self_booking_link_contact',
        channel: 'sms',
        recipient: '07700 900123',
        language: 'en',
      });
      expect(message?.payload).toMatchObject({
        givenName: 'Gwen',
        link: sent.link,
        code: sent.code,
      });
      const { messageText } = await import('../messages/message-text.js');
      expect(
        messageText('self_booking_link_contact', 'en', message?.payload as Record<string, unknown>),
      ).toMatch(/^Gwen's booking link: choose a time with Gwen/);

      const events = await t.db
        .selectFrom('request_events')
        .select(['details'])
        .where('request_id', '=', r.id)
        .where('action', '=', 'booking_link_sent')
        .execute();
      expect(events.map((e) => e.details)).toEqual([
        { sentTo: 'contact', channel: 'sms', relationship: 'Daughter', consent: true },
      ]);
      // The history names the relationship, never the number.
      expect(JSON.stringify(events)).not.toContain('07700');
      const detail = await ot.get(`/api/requests/${r.id}`);
      expect(JSON.stringify(detail.json())).toContain('booking_link_sent');
    });

    it('sends to a contact the OT types, and refuses a landline for one', async () => {
      const r = await landlineOnly();
      const landline = await ot.post(`/api/requests/${r.id}/booking-link`, {
        recipient: 'contact',
        consent: true,
        contact: { name: 'Dai Evans', relationship: 'Neighbour', phone: '01539 720999' },
      });
      expect(landline.statusCode).toBe(400);
      expect(landline.json()).toMatchObject({ error: { fields: [{ path: 'contact.phone' }] } });
      const byEmail = await ot.post(`/api/requests/${r.id}/booking-link`, {
        recipient: 'contact',
        consent: true,
        contact: { name: 'Dai Evans', relationship: 'Neighbour', email: 'dai@example.com' },
      });
      expect(byEmail.statusCode).toBe(201);
      const row = await t.db
        .selectFrom('outbox_messages')
        .select(['channel', 'recipient'])
        .where('request_id', '=', r.id)
        .where('kind', '=', 'self_booking_link_contact')
        .executeTakeFirstOrThrow();
      expect(row).toEqual({ channel: 'email', recipient: 'dai@example.com' });
    });

    it('gives a short code that leads to the booking page while it is valid, never after', async () => {
      const r = await landlineOnly();
      const made = await ot.post(`/api/requests/${r.id}/booking-link`, {
        send: false,
        expiresInDays: 2,
      });
      expect(made.statusCode).toBe(201);
      const { code, sent } = made.json<{ code: string; sent: boolean }>();
      expect(sent).toBe(false);
      // Stored only as a hash.
      const stored = await t.db
        .selectFrom('booking_codes')
        .select(['code_hash'])
        .where('request_id', '=', r.id)
        .execute();
      expect(stored).toHaveLength(1);
      expect(JSON.stringify(stored)).not.toContain(code.replace('-', ''));

      // Typed in lower case with a space, as people do.
      const typed = code.toLowerCase().replace('-', ' ');
      const exchanged = await person.post('/api/book/code', { code: typed });
      expect(exchanged.statusCode).toBe(200);
      const { token, url } = exchanged.json<{ token: string; url: string }>();
      expect(url).toBe(`/book/${token}`);
      const page = await person.get(`/api/book/${token}`);
      expect(page.statusCode).toBe(200);
      expect(page.json()).toMatchObject({ reference: r.reference });
      // It keeps working until it expires.
      expect((await person.post('/api/book/code', { code })).statusCode).toBe(200);

      const wrong = await person.post('/api/book/code', { code: 'ABCD-EFGH' });
      expect(wrong.statusCode).toBe(400);
      expect(wrong.json()).toMatchObject({
        error: { fields: [{ path: 'code', code: 'not_found' }] },
      });
      const garbled = await person.post('/api/book/code', { code: 'ABC' });
      expect(garbled.json()).toMatchObject({
        error: { fields: [{ path: 'code', code: 'format' }] },
      });

      const later = await makeApp(t, {}, () => new Date(NOW.getTime() + 3 * 86_400_000));
      const laterPerson = new TestClient(later, '10.4.0.2');
      await laterPerson.refreshSession();
      const expired = await laterPerson.post('/api/book/code', { code });
      expect(expired.statusCode).toBe(400);
      expect(expired.json()).toMatchObject({
        error: {
          fields: [
            {
              path: 'code',
              code: 'expired',
              message: 'This code has expired. Phone the service for a new one',
            },
          ],
        },
      });
      await later.close();
    });

    it('prints a letter with a new code in the person’s language, audited', async () => {
      const r = await landlineOnly({ preferredLanguage: 'cy' });
      const letter = await ot.get(`/api/requests/${r.id}/booking-letter.pdf`);
      expect(letter.statusCode).toBe(200);
      expect(letter.headers['content-type']).toBe('application/pdf');
      const text = (await extractPdfText(letter.rawPayload)).replace(/\s+/g, ' ');
      expect(text).toContain('Dewiswch amser ar gyfer eich apwyntiad');
      expect(text).toContain('1 Castle Street');
      expect(text).toContain('Health Centre, Station Road, Kendal LA9 6BT');
      expect(text).toContain('/book');
      expect(text).toContain('Ffoniwch ni ar 01632 960000');
      const code = /Rhowch y cod hwn: ([A-HJKMNP-Z2-9]{4}-[A-HJKMNP-Z2-9]{4})\b/.exec(text)?.[1];
      expect(code).toBeDefined();
      const exchanged = await person.post('/api/book/code', { code });
      expect(exchanged.statusCode).toBe(200);
      expect(exchanged.json<{ url: string }>().url).toMatch(/\?lang=cy$/);

      const audit = await t.db
        .selectFrom('audit_events')
        .select(['outcome', 'action'])
        .where('resource_type', '=', 'booking_letter')
        .where('resource_id', '=', r.id)
        .execute();
      expect(audit).toEqual([{ outcome: 'allowed', action: 'update' }]);
      const events = await t.db
        .selectFrom('request_events')
        .select('details')
        .where('request_id', '=', r.id)
        .where('action', '=', 'booking_link_sent')
        .execute();
      expect(events.map((e) => e.details)).toEqual([{ sentTo: 'letter' }]);
    });

    it('prints the booking letter in large print for a person who needs it (issue 16 item 6)', async () => {
      const standard = await landlineOnly();
      const large = await landlineOnly({
        access: { interpreter: false, needs: ['large_print'] },
      });
      const sizes = async (id: string) =>
        textSizes((await ot.get(`/api/requests/${id}/booking-letter.pdf`)).rawPayload);
      // RNIB Clear Print: nothing under 16 pt in large print; the standard letter has smaller text.
      expect(Math.min(...(await sizes(large.id)))).toBeGreaterThanOrEqual(16);
      expect(Math.min(...(await sizes(standard.id)))).toBeLessThan(16);
    });
  });
});
