import { randomUUID } from 'node:crypto';
import type { FastifyInstance } from 'fastify';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Role } from '@everyday/core';
import { makeOrganisationTree, makeUser, type TestTree } from '../testing/builders.js';
import { makeAnswers, QUESTION_SET_VERSION } from '../testing/requests.js';
import { makeApp, TestClient } from '../testing/test-app.js';
import { testEngines, type TestDatabase } from '../testing/test-database.js';

interface InboxBody {
  requests: {
    id: string;
    reference: string;
    urgency: string;
    pinned: boolean;
    status: string;
    suggestion: { reasons: { urgency: { rule: string }[] } };
  }[];
  total: number;
}

describe.each(testEngines())('staff entry, the triage inbox and its actions on $name', (engine) => {
  let t: TestDatabase;
  let app: FastifyInstance;
  let tree: TestTree;
  let clock = new Date('2026-11-02T09:00:00Z');

  async function staff(roles: Role[], organisationIds: string[]): Promise<TestClient> {
    const u = await makeUser(t.db, { roles, organisationIds });
    const c = new TestClient(app);
    await c.signIn(u.email, u.password);
    return c;
  }

  function record(client: TestClient, body: Record<string, unknown>, key = randomUUID()) {
    return client.request({
      method: 'POST',
      url: '/api/requests/staff',
      headers: { 'idempotency-key': key },
      payload: { questionSetVersion: QUESTION_SET_VERSION, ...body },
    });
  }

  beforeAll(async () => {
    t = await engine.create();
    app = await makeApp(t, { publicRateLimit: 1000 }, () => clock);
    tree = await makeOrganisationTree(t.db);
  });
  afterAll(async () => {
    await app.close();
    await t.destroy();
  });

  it('lets a navigator record a phone request, find a known person, and link the request to them', async () => {
    const nav = await staff(['navigator'], [tree.practiceIds[0]]);
    const answers = makeAnswers(tree.practiceIds[0]);
    const first = await record(nav, { channel: 'phone', answers });
    expect(first.statusCode).toBe(201);
    const firstRow = await t.db
      .selectFrom('requests')
      .selectAll()
      .where('id', '=', first.json<{ id: string }>().id)
      .executeTakeFirstOrThrow();
    expect(firstRow).toMatchObject({ route: 'navigator', channel: 'phone' });

    const matches = await nav.post('/api/people/matches', {
      givenName: 'Gwen',
      familyName: answers.person.familyName.toUpperCase(),
      dateOfBirth: answers.person.dateOfBirth,
    });
    expect(matches.statusCode).toBe(200);
    const found = matches.json<{ matches: { id: string; matchedOn: string }[] }>().matches;
    expect(found).toEqual([
      expect.objectContaining({ id: firstRow.person_id, matchedOn: 'name_and_date_of_birth' }),
    ]);

    const second = await record(nav, { channel: 'desk', personId: firstRow.person_id, answers });
    const secondRow = await t.db
      .selectFrom('requests')
      .selectAll()
      .where('id', '=', second.json<{ id: string }>().id)
      .executeTakeFirstOrThrow();
    expect(secondRow.person_id).toBe(firstRow.person_id);
    expect(secondRow.possible_duplicate_ids).toEqual([]);

    // Without choosing, a new person is recorded and the possible duplicate is flagged, not merged.
    const third = await record(nav, { channel: 'phone', answers });
    expect(third.json()).toMatchObject({ possibleDuplicates: 1 });
    const audit = await t.db
      .selectFrom('audit_events')
      .select(['action', 'reason'])
      .where('action', '=', 'search')
      .where('resource_type', '=', 'person')
      .execute();
    expect(audit.some((a) => a.reason === 'possible matches: 1 records')).toBe(true);
  });

  it("does not find people outside the user's organisations", async () => {
    const elsewhere = await staff(['navigator'], [tree.otherPcnPracticeId]);
    const nav = await staff(['navigator'], [tree.practiceIds[0]]);
    const answers = makeAnswers(tree.practiceIds[0]);
    await record(nav, { channel: 'phone', answers });
    const res = await elsewhere.post('/api/people/matches', {
      givenName: 'Gwen',
      familyName: answers.person.familyName,
      dateOfBirth: answers.person.dateOfBirth,
    });
    expect(res.json()).toEqual({ matches: [] });
  });

  it('makes GPs refer with a reason', async () => {
    const gp = await staff(['clinician'], [tree.practiceIds[0]]);
    const noReason = await record(gp, {
      channel: 'clinician_referral',
      answers: makeAnswers(tree.practiceIds[0]),
    });
    expect(noReason.json()).toMatchObject({
      error: { fields: [{ path: 'answers.clinicalReason', code: 'required' }] },
    });
    const byPhone = await record(gp, {
      channel: 'phone',
      answers: makeAnswers(tree.practiceIds[0], { clinicalReason: 'x' }),
    });
    expect(byPhone.json()).toMatchObject({
      error: { fields: [{ path: 'channel', code: 'invalid_value' }] },
    });
    const ok = await record(gp, {
      channel: 'clinician_referral',
      answers: makeAnswers(tree.practiceIds[0], {
        clinicalReason: 'Two falls since October; lives alone.',
      }),
    });
    expect(ok.statusCode).toBe(201);
    const row = await t.db
      .selectFrom('requests')
      .select('route')
      .where('id', '=', ok.json<{ id: string }>().id)
      .executeTakeFirstOrThrow();
    expect(row.route).toBe('clinician');
  });

  it("orders the inbox crisis first, then by urgency and waiting time, within the OT's organisations", async () => {
    const local = await makeOrganisationTree(t.db);
    const nav = await staff(['navigator'], [local.pcnId]);
    const ot = await staff(['ot'], [local.pcnId]);
    const routineOld = (
      await record(nav, {
        channel: 'phone',
        answers: makeAnswers(local.practiceIds[0], {
          impact: 'a_little',
          since: 'over_1_year',
          areas: ['home_daily_living'],
          fallsInLastYear: undefined,
        }),
      })
    ).json<{ id: string }>();
    clock = new Date(clock.getTime() + 600_000);
    const crisis = (
      await record(nav, {
        channel: 'phone',
        answers: makeAnswers(local.practiceIds[1], { redFlags: ['chest_pain'] }),
      })
    ).json<{ id: string }>();
    clock = new Date(clock.getTime() + 600_000);
    const outside = (
      await record(await staff(['navigator'], [local.practiceIds[0]]), {
        channel: 'desk',
        answers: makeAnswers(local.practiceIds[0]),
      })
    ).json<{ id: string }>();
    await record(await staff(['navigator'], [tree.practiceIds[0]]), {
      channel: 'desk',
      answers: makeAnswers(tree.practiceIds[0]),
    });

    const res = await ot.get('/api/inbox');
    expect(res.statusCode).toBe(200);
    const body = res.json<InboxBody>();
    const ids = body.requests.map((r) => r.id);
    expect(ids[0]).toBe(crisis.id);
    expect(body.requests[0]).toMatchObject({ pinned: true, urgency: 'crisis' });
    expect(body.requests[0]?.suggestion.reasons.urgency.map((r) => r.rule)).toContain(
      'urgency.red-flag',
    );
    expect(ids).toContain(routineOld.id);
    expect(ids).toContain(outside.id);
    expect(body.total).toBe(3);
    const filtered = (
      await ot.get(`/api/inbox?practiceId=${local.practiceIds[1]}`)
    ).json<InboxBody>();
    expect(filtered.requests.map((r) => r.id)).toEqual([crisis.id]);
    expect((await ot.get('/api/inbox?ageBand=under_18')).json<InboxBody>().total).toBe(0);
    expect((await ot.get('/api/inbox?route=self')).json<InboxBody>().total).toBe(0);
    expect((await ot.get('/api/inbox?pathway=nope')).statusCode).toBe(400);
  });

  it('keeps navigators, GPs and leads out of the inbox', async () => {
    for (const role of ['navigator', 'clinician', 'lead', 'admin'] as const) {
      const c = await staff([role], [tree.serviceId]);
      expect((await c.get('/api/inbox')).statusCode, role).toBe(403);
    }
  });

  it('lets an OT accept, signpost, redirect and decline, once each, audited and in the history', async () => {
    const nav = await staff(['navigator'], [tree.pcnId]);
    const ot = await staff(['ot'], [tree.pcnId]);
    const ids = await Promise.all(
      [1, 2, 3, 4].map(
        async () =>
          (
            await record(nav, { channel: 'phone', answers: makeAnswers(tree.practiceIds[0]) })
          ).json<{ id: string }>().id,
      ),
    );
    const [a, s, r, d] = ids as [string, string, string, string];

    const accepted = await ot.post(`/api/requests/${a}/actions`, {
      action: 'accept',
      pathway: 'frailty_falls',
      tier: 'individualised',
    });
    expect(accepted.statusCode).toBe(200);
    expect(accepted.json()).toMatchObject({
      status: 'waiting',
      pathway: 'frailty_falls',
      tier: 'individualised',
      events: [{ action: 'received' }, { action: 'accept' }],
    });
    const again = await ot.post(`/api/requests/${a}/actions`, {
      action: 'decline',
      reason: 'changed my mind',
    });
    expect(again.statusCode).toBe(409);

    const signposted = await ot.post(`/api/requests/${s}/actions`, {
      action: 'signpost',
      offered: 'Falls prevention leaflet and Age UK strength and balance classes',
      sendToPerson: true,
    });
    expect(signposted.json()).toMatchObject({ status: 'signposted' });
    const msgs = await t.db
      .selectFrom('outbox_messages')
      .select(['kind', 'payload'])
      .where('request_id', '=', s)
      .orderBy('created_at')
      .execute();
    expect(msgs.map((m) => m.kind)).toEqual(['request_received', 'signposting']);

    const noTeam = await ot.post(`/api/requests/${r}/actions`, {
      action: 'redirect',
      to: 'other_team',
      reason: 'Needs physiotherapy',
    });
    expect(noTeam.json()).toMatchObject({
      error: { fields: [{ path: 'team', code: 'required' }] },
    });
    expect(
      (
        await ot.post(`/api/requests/${r}/actions`, {
          action: 'redirect',
          to: 'gp',
          reason: 'New chest symptoms: GP review first',
        })
      ).json(),
    ).toMatchObject({ status: 'redirected' });
    expect(
      (
        await ot.post(`/api/requests/${d}/actions`, {
          action: 'decline',
          reason: 'Not registered with a member practice',
        })
      ).json(),
    ).toMatchObject({ status: 'declined' });

    const updates = await t.db
      .selectFrom('audit_events')
      .select(['resource_id'])
      .where('action', '=', 'update')
      .where('resource_type', '=', 'request')
      .where('outcome', '=', 'allowed')
      .execute();
    for (const id of ids) expect(updates.map((u) => u.resource_id)).toContain(id);
    const navTries = await nav.post(`/api/requests/${s}/actions`, {
      action: 'decline',
      reason: 'x',
    });
    expect(navTries.statusCode).toBe(403);
  });

  it('lets an admin issue an API key with which another system sends requests', async () => {
    const admin = await staff(['admin'], [tree.serviceId]);
    const created = await admin.post('/api/admin/api-keys', {
      name: 'Online consultation tool',
      organisationId: tree.practiceIds[0],
    });
    expect(created.statusCode).toBe(201);
    const { key, apiKey } = created.json<{ key: string; apiKey: { id: string; prefix: string } }>();
    expect(key.startsWith(apiKey.prefix)).toBe(true);
    const stored = await t.db
      .selectFrom('api_keys')
      .select('key_hash')
      .where('id', '=', apiKey.id)
      .executeTakeFirstOrThrow();
    expect(stored.key_hash).not.toContain(key);

    const send = (practiceId: string, k = key, idem = randomUUID()) =>
      app.inject({
        method: 'POST',
        url: '/api/requests',
        headers: { authorization: `Bearer ${k}`, 'idempotency-key': idem },
        payload: {
          source: { system: 'eConsult', externalId: 'ec-123' },
          answers: makeAnswers(practiceId),
        },
      });
    const sent = await send(tree.practiceIds[0]);
    expect(sent.statusCode).toBe(201);
    const row = await t.db
      .selectFrom('requests')
      .selectAll()
      .where('id', '=', sent.json<{ id: string }>().id)
      .executeTakeFirstOrThrow();
    expect(row).toMatchObject({
      route: 'system',
      source_system: 'eConsult',
      external_id: 'ec-123',
      api_key_id: apiKey.id,
    });
    expect((await send(tree.practiceIds[1])).statusCode).toBe(403);
    expect((await send(tree.practiceIds[0], 'evd_not-a-key')).statusCode).toBe(401);

    expect(
      (await admin.request({ method: 'DELETE', url: `/api/admin/api-keys/${apiKey.id}` }))
        .statusCode,
    ).toBe(204);
    expect((await send(tree.practiceIds[0])).statusCode).toBe(401);
    const nav = await staff(['navigator'], [tree.serviceId]);
    expect((await nav.get('/api/admin/api-keys')).statusCode).toBe(403);
  });
});
