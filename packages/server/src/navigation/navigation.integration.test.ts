/**
 * The counts beside staff navigation (issue 16 item 8): an OT sees how many new requests and
 * people waiting there are in their organisations, and how many appointments their own diary holds
 * today (the London date); audited; other roles are refused. Both databases.
 */
import { randomUUID } from 'node:crypto';
import type { FastifyInstance } from 'fastify';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { makeOrganisationTree, makeUser, type TestTree } from '../testing/builders.js';
import { makeAnswers, QUESTION_SET_VERSION } from '../testing/requests.js';
import { makeApp, TestClient } from '../testing/test-app.js';
import { testEngines, type TestDatabase } from '../testing/test-database.js';

// Monday 2 November 2026, 08:00 in London (GMT).
const NOW = new Date('2026-11-02T08:00:00Z');

describe.each(testEngines())('navigation counts on $name', (engine) => {
  let t: TestDatabase;
  let app: FastifyInstance;
  let tree: TestTree;
  let ot: TestClient;

  const signedIn = async (roles: ('ot' | 'lead')[], organisationIds: string[]) => {
    const u = await makeUser(t.db, { roles, organisationIds });
    const client = new TestClient(app);
    await client.signIn(u.email, u.password);
    return client;
  };
  const newRequest = async () => {
    const r = await ot.request({
      method: 'POST',
      url: '/api/requests/staff',
      headers: { 'idempotency-key': randomUUID() },
      payload: {
        channel: 'phone',
        questionSetVersion: QUESTION_SET_VERSION,
        answers: makeAnswers(tree.practiceIds[0]),
      },
    });
    return r.json<{ id: string }>().id;
  };
  const accept = (id: string) =>
    ot.post(`/api/requests/${id}/actions`, {
      action: 'accept',
      pathway: 'frailty_falls',
      tier: 'individualised',
    });

  beforeAll(async () => {
    t = await engine.create();
    app = await makeApp(t, { publicRateLimit: 100000 }, () => NOW);
    tree = await makeOrganisationTree(t.db);
    ot = await signedIn(['ot'], [tree.pcnId]);
    const siteId = (
      await ot.post('/api/sites', { name: 'Kendal', organisationId: tree.pcnId })
    ).json<{ id: string }>().id;
    // This OT's Monday clinic, today and next week.
    await ot.post('/api/clinic-templates', {
      siteId,
      name: 'Monday clinic',
      weekdays: [1],
      startTime: '09:00',
      endTime: '11:00',
      mode: 'in_person',
      validFrom: '2026-11-02',
    });
    const slots = await t.db
      .selectFrom('slots')
      .select(['id', 'starts_at'])
      .orderBy('starts_at')
      .execute();
    const today = slots.filter((s) => s.starts_at < new Date('2026-11-03T00:00:00Z'));
    const nextWeek = slots.filter((s) => s.starts_at >= new Date('2026-11-09T00:00:00Z'));
    // Two new requests; one waiting; two booked, one today and one next week.
    await newRequest();
    await newRequest();
    await accept(await newRequest());
    for (const slot of [today[0], nextWeek[0]]) {
      const id = await newRequest();
      await accept(id);
      expect(
        (await ot.post('/api/appointments', { slotId: slot?.id, requestId: id })).statusCode,
      ).toBe(201);
    }
  });
  afterAll(async () => {
    await app.close();
    await t.destroy();
  });

  it("counts new requests, people waiting and today's appointments in the OT's own diary", async () => {
    const response = await ot.get('/api/navigation/counts');
    expect(response.statusCode).toBe(200);
    expect(response.json()).toEqual({ newRequests: 2, waiting: 1, diaryToday: 1 });
    const audited = await t.db
      .selectFrom('audit_events')
      .select('reason')
      .where('reason', 'like', 'aggregate navigation counts%')
      .execute();
    expect(audited.length).toBeGreaterThan(0);
  });

  it('counts nothing outside the caller’s organisations, and is for OTs only', async () => {
    const other = await signedIn(['ot'], [tree.otherPcnPracticeId]);
    expect((await other.get('/api/navigation/counts')).json()).toEqual({
      newRequests: 0,
      waiting: 0,
      diaryToday: 0,
    });
    const lead = await signedIn(['lead'], [tree.serviceId]);
    expect((await lead.get('/api/navigation/counts')).statusCode).toBe(403);
  });
});
