/**
 * Issue 16 item 1: a request booked straight from the referral form still passes triage's eyes.
 * It keeps its place on the waiting list but shows in the inbox as needing an OT's confirmation
 * until one confirms it (audited, in its history); and a person who may already be waiting or
 * booked is flagged in the inbox row and on the waiting list, not only on the request page.
 */
import { randomUUID } from 'node:crypto';
import type { FastifyInstance } from 'fastify';
import type { RequestAnswers } from '@everyday/core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { makeOrganisationTree, makeUser, type TestTree } from '../testing/builders.js';
import { makeAnswers, QUESTION_SET_VERSION } from '../testing/requests.js';
import { makeApp, TestClient } from '../testing/test-app.js';
import { testEngines, type TestDatabase } from '../testing/test-database.js';

const NOW = new Date('2026-11-03T10:15:00Z');

const MEMORY = {
  areas: ['memory_thinking'],
  since: '3_to_12_months',
  impact: 'quite_a_lot',
  fallsInLastYear: 'none',
} as const;

interface Item {
  id: string;
  reference: string;
  status: string;
  needsConfirmation: boolean;
  possibleDuplicateCount: number;
  duplicateRequestCount: number;
}
interface Entry {
  requestId: string;
  possibleDuplicate: boolean;
  needsConfirmation: boolean;
}

describe.each(testEngines())('direct booking passes triage’s eyes on $name', (engine) => {
  let t: TestDatabase;
  let app: FastifyInstance;
  let tree: TestTree;
  let ot: TestClient;
  let otId: string;

  async function refer(answers: RequestAnswers, ip: string): Promise<string> {
    const person = new TestClient(app, ip);
    await person.refreshSession();
    const res = await person.request({
      method: 'POST',
      url: '/api/referrals',
      headers: { 'idempotency-key': randomUUID() },
      payload: { questionSetVersion: QUESTION_SET_VERSION, answers },
    });
    expect(res.statusCode, res.body).toBe(201);
    const body = res.json<{ id: string; directBooking: { link: string } | null }>();
    expect(body.directBooking).not.toBeNull();
    return body.id;
  }
  async function inbox(status: string): Promise<Item[]> {
    const res = await ot.request({ method: 'GET', url: `/api/inbox?status=${status}` });
    expect(res.statusCode, res.body).toBe(200);
    return res.json<{ requests: Item[] }>().requests;
  }
  async function waiting(): Promise<Entry[]> {
    const res = await ot.request({ method: 'GET', url: '/api/waiting-list' });
    expect(res.statusCode, res.body).toBe(200);
    return res.json<{ entries: Entry[] }>().entries;
  }

  beforeAll(async () => {
    t = await engine.create();
    app = await makeApp(
      t,
      { publicRateLimit: 100000, directBookingPathways: ['memory'] },
      () => NOW,
    );
    tree = await makeOrganisationTree(t.db);
    const user = await makeUser(t.db, { roles: ['ot'], organisationIds: [tree.pcnId] });
    otId = user.id;
    ot = new TestClient(app);
    await ot.signIn(user.email, user.password);
  });
  afterAll(async () => {
    await app.close();
    await t.destroy();
  });

  it('issue 16 item 1: a directly booked memory request is in the inbox to confirm until an OT confirms it', async () => {
    const id = await refer(
      makeAnswers(tree.practiceIds[0], { ...MEMORY, person: { dateOfBirth: '1951-02-03' } }),
      '10.16.1.1',
    );
    const open = (await inbox('open')).find((r) => r.id === id);
    expect(open).toMatchObject({ status: 'waiting', needsConfirmation: true });
    expect((await inbox('confirm')).map((r) => r.id)).toContain(id);
    // It keeps its place on the waiting list meanwhile, marked as not yet confirmed.
    expect((await waiting()).find((e) => e.requestId === id)).toMatchObject({
      needsConfirmation: true,
    });

    const confirmed = await ot.post(`/api/requests/${id}/confirm`, {
      note: 'Memory clinic is right',
    });
    expect(confirmed.statusCode, confirmed.body).toBe(200);
    const detail = confirmed.json<{
      needsConfirmation: boolean;
      status: string;
      events: { action: string; by: string | null; details: Record<string, unknown> }[];
    }>();
    expect(detail).toMatchObject({ needsConfirmation: false, status: 'waiting' });
    expect(detail.events.at(-1)).toMatchObject({
      action: 'accept',
      details: { pathway: 'memory', confirmsDirectBooking: true, note: 'Memory clinic is right' },
    });
    expect(detail.events.at(-1)?.by).not.toBeNull();

    expect((await inbox('open')).map((r) => r.id)).not.toContain(id);
    expect((await inbox('confirm')).map((r) => r.id)).not.toContain(id);
    expect((await waiting()).find((e) => e.requestId === id)).toMatchObject({
      needsConfirmation: false,
    });
    // Confirmed once: a second confirmation is refused, and the confirmation is audited.
    const again = await ot.post(`/api/requests/${id}/confirm`, {});
    expect(again.statusCode).toBe(409);
    const audit = await t.db
      .selectFrom('audit_events')
      .select(['action', 'outcome'])
      .where('resource_type', '=', 'request')
      .where('resource_id', '=', id)
      .where('user_id', '=', otId)
      .where('action', '=', 'update')
      .execute();
    expect(audit.length).toBeGreaterThanOrEqual(1);
  });

  it('issue 16 item 1: a request an OT accepted never needs confirming', async () => {
    const nav = new TestClient(app);
    const navigator = await makeUser(t.db, {
      roles: ['navigator'],
      organisationIds: [tree.practiceIds[0]],
    });
    await nav.signIn(navigator.email, navigator.password);
    const recorded = await nav.request({
      method: 'POST',
      url: '/api/requests/staff',
      headers: { 'idempotency-key': randomUUID() },
      payload: {
        questionSetVersion: QUESTION_SET_VERSION,
        channel: 'phone',
        answers: makeAnswers(tree.practiceIds[0]),
      },
    });
    const { id } = recorded.json<{ id: string }>();
    const accepted = await ot.post(`/api/requests/${id}/actions`, {
      action: 'accept',
      pathway: 'frailty_falls',
      tier: 'targeted',
    });
    expect(accepted.statusCode, accepted.body).toBe(200);
    expect(accepted.json()).toMatchObject({ needsConfirmation: false });
    expect((await inbox('open')).map((r) => r.id)).not.toContain(id);
    expect((await ot.post(`/api/requests/${id}/confirm`, {})).statusCode).toBe(409);
  });

  it('issue 16 item 1: the same person booking directly twice is flagged in the inbox and on the waiting list', async () => {
    const answers = makeAnswers(tree.practiceIds[0], {
      ...MEMORY,
      person: { dateOfBirth: '1944-07-09' },
    });
    const first = await refer(answers, '10.16.1.2');
    const second = await refer(answers, '10.16.1.3');
    const alone = await refer(
      makeAnswers(tree.practiceIds[0], { ...MEMORY, person: { dateOfBirth: '1939-01-30' } }),
      '10.16.1.4',
    );

    const rows = await inbox('confirm');
    const row = (id: string) => rows.find((r) => r.id === id);
    // The first person's record was not flagged when it was made; it is flagged now all the same.
    expect(row(first)).toMatchObject({ possibleDuplicateCount: 0, duplicateRequestCount: 1 });
    expect(row(second)).toMatchObject({ possibleDuplicateCount: 1, duplicateRequestCount: 1 });
    expect(row(alone)).toMatchObject({ possibleDuplicateCount: 0, duplicateRequestCount: 0 });

    const entries = await waiting();
    const entry = (id: string) => entries.find((e) => e.requestId === id);
    expect(entry(first)).toMatchObject({ possibleDuplicate: true });
    expect(entry(second)).toMatchObject({ possibleDuplicate: true });
    expect(entry(alone)).toMatchObject({ possibleDuplicate: false });
  });

  it('issue 16 item 1: a memory request with a safeguarding concern does not book directly; it waits for triage', async () => {
    const person = new TestClient(app, '10.16.1.5');
    await person.refreshSession();
    const res = await person.request({
      method: 'POST',
      url: '/api/referrals',
      headers: { 'idempotency-key': randomUUID() },
      payload: {
        questionSetVersion: QUESTION_SET_VERSION,
        answers: makeAnswers(tree.practiceIds[0], {
          ...MEMORY,
          difficulties: 'I forget things. My partner hits me and I am scared to go home',
        }),
      },
    });
    expect(res.statusCode, res.body).toBe(201);
    const body = res.json<{ id: string; safeguarding: boolean; directBooking: unknown }>();
    expect(body).toMatchObject({ safeguarding: true, directBooking: null });
    const open = (await inbox('open')).find((r) => r.id === body.id);
    expect(open).toMatchObject({ status: 'received', needsConfirmation: false });
  });
});
