import { randomUUID } from 'node:crypto';
import type { FastifyInstance } from 'fastify';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DEFAULT_TRIAGE_RULES } from '@everyday/core';
import { makeOrganisationTree, makeUser, type TestTree } from '../testing/builders.js';
import { makeAnswers, QUESTION_SET_VERSION } from '../testing/requests.js';
import { makeApp, TestClient } from '../testing/test-app.js';
import { testEngines, type TestDatabase } from '../testing/test-database.js';

describe.each(testEngines())('per-service triage rules on $name', (engine) => {
  let t: TestDatabase;
  let app: FastifyInstance;
  let tree: TestTree;
  let admin: TestClient;

  beforeAll(async () => {
    t = await engine.create();
    app = await makeApp(t, { publicRateLimit: 1000 });
    tree = await makeOrganisationTree(t.db);
    const u = await makeUser(t.db, { roles: ['admin'], organisationIds: [tree.serviceId] });
    admin = new TestClient(app);
    await admin.signIn(u.email, u.password);
  });
  afterAll(async () => {
    await app.close();
    await t.destroy();
  });

  it('uses the default rules until a service puts its own version in force, and stores the version with each decision', async () => {
    const before = (await admin.get('/api/admin/triage-rules')).json<{
      source: string;
      version: string;
    }>();
    expect(before).toMatchObject({ source: 'default', version: DEFAULT_TRIAGE_RULES.version });

    // A service that sends every falls request to the targeted tier first.
    const custom = {
      ...DEFAULT_TRIAGE_RULES,
      version: 'kendal-2026.12',
      rules: DEFAULT_TRIAGE_RULES.rules.filter((r) => !r.id.startsWith('urgency.')),
    };
    const put = await admin.post('/api/admin/triage-rules', { rules: custom });
    expect(put.statusCode).toBe(201);
    expect(put.json()).toMatchObject({
      source: 'service',
      version: 'kendal-2026.12',
      history: [{ version: 'kendal-2026.12', active: true }],
    });
    expect((await admin.post('/api/admin/triage-rules', { rules: custom })).statusCode).toBe(409);

    const person = new TestClient(app, '10.7.0.1');
    await person.refreshSession();
    const send = (answers: unknown) =>
      person.request({
        method: 'POST',
        url: '/api/referrals',
        headers: { 'idempotency-key': randomUUID() },
        payload: { questionSetVersion: QUESTION_SET_VERSION, answers },
      });
    const routine = (await send(makeAnswers(tree.practiceIds[0]))).json<{
      id: string;
      urgency: string;
    }>();
    const row = await t.db
      .selectFrom('requests')
      .select(['triage_rule_version', 'urgency'])
      .where('id', '=', routine.id)
      .executeTakeFirstOrThrow();
    expect(row.triage_rule_version).toBe('kendal-2026.12');
    // With the urgency rules removed, a red flag is still a crisis: the engine's invariant.
    const crisis = (
      await send(makeAnswers(tree.practiceIds[0], { redFlags: ['stroke_signs'] }))
    ).json<{ urgency: string }>();
    expect(crisis.urgency).toBe('crisis');
  });

  it('refuses a rule set that does not validate, saying why', async () => {
    const res = await admin.post('/api/admin/triage-rules', {
      rules: { version: 'broken', rules: [{ id: 'x' }] },
    });
    expect(res.statusCode).toBe(400);
    expect(
      res.json<{ error: { fields: { path: string; message: string }[] } }>().error.fields.length,
    ).toBeGreaterThan(0);
  });
});
