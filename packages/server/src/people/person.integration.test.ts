import type { FastifyInstance } from 'fastify';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { makeOrganisationTree, makeUser, type TestTree } from '../testing/builders.js';
import { makeApp, TestClient } from '../testing/test-app.js';
import { testEngines, type TestDatabase } from '../testing/test-database.js';
import type { Role } from '@everyday/core';

describe.each(testEngines())('patient data through the access module on $name', (engine) => {
  let t: TestDatabase;
  let app: FastifyInstance;
  let tree: TestTree;

  async function clientFor(
    roles: Role[],
    organisationIds: string[],
  ): Promise<{ client: TestClient; userId: string }> {
    const u = await makeUser(t.db, { roles, organisationIds });
    const client = new TestClient(app);
    await client.signIn(u.email, u.password);
    return { client, userId: u.id };
  }

  function personBody(overrides: Record<string, unknown> = {}) {
    return {
      givenName: 'Megan',
      familyName: 'Jones',
      dateOfBirth: '1948-03-14',
      practiceId: tree.practiceIds[0],
      ...overrides,
    };
  }

  async function auditFor(resourceId: string) {
    return t.db
      .selectFrom('audit_events')
      .selectAll()
      .where('resource_id', '=', resourceId)
      .orderBy('id')
      .execute();
  }

  beforeAll(async () => {
    t = await engine.create();
    app = await makeApp(t);
    tree = await makeOrganisationTree(t.db);
  });
  afterAll(async () => {
    await app.close();
    await t.destroy();
  });

  it('lets a navigator record a person at their practice, audited with who, what, when and where', async () => {
    const { client, userId } = await clientFor(['navigator'], [tree.practiceIds[0]]);
    const res = await client.post('/api/people', personBody({ nhsNumber: '943 476 5919' }));
    expect(res.statusCode).toBe(201);
    const person = res.json<{ id: string; nhsNumber: string }>();
    expect(person.nhsNumber).toBe('9434765919');
    const audit = await auditFor(person.id);
    expect(audit).toHaveLength(1);
    expect(audit[0]).toMatchObject({
      user_id: userId,
      action: 'create',
      resource_type: 'person',
      organisation_id: tree.practiceIds[0],
      ip: '127.0.0.1',
      outcome: 'allowed',
    });
    expect(audit[0]?.at).toBeInstanceOf(Date);
  });

  it('lets an OT of the PCN read a person at any of its practices, and audits the read', async () => {
    const { client: nav } = await clientFor(['navigator'], [tree.practiceIds[1]]);
    const created = (
      await nav.post('/api/people', personBody({ practiceId: tree.practiceIds[1] }))
    ).json<{ id: string }>();
    const { client: ot, userId } = await clientFor(['ot'], [tree.pcnId]);
    const res = await ot.get(`/api/people/${created.id}`);
    expect(res.statusCode).toBe(200);
    expect(res.json()).toMatchObject({ givenName: 'Megan', dateOfBirth: '1948-03-14' });
    const reads = (await auditFor(created.id)).filter((a) => a.action === 'read');
    expect(reads).toEqual([expect.objectContaining({ user_id: userId, outcome: 'allowed' })]);
  });

  it("refuses, and audits the refusal, when the record is outside the user's organisations", async () => {
    const { client: nav } = await clientFor(['navigator'], [tree.practiceIds[0]]);
    const created = (await nav.post('/api/people', personBody())).json<{ id: string }>();
    const { client: gp, userId } = await clientFor(['clinician'], [tree.otherPcnPracticeId]);
    const res = await gp.get(`/api/people/${created.id}`);
    expect(res.statusCode).toBe(403);
    expect(res.json()).toMatchObject({ error: { code: 'forbidden' } });
    const denied = (await auditFor(created.id)).filter((a) => a.outcome === 'denied');
    expect(denied).toEqual([
      expect.objectContaining({ user_id: userId, action: 'read', reason: 'organisation' }),
    ]);
  });

  it('refuses leads and admins patient records, whatever their organisation', async () => {
    const { client: nav } = await clientFor(['navigator'], [tree.practiceIds[0]]);
    const created = (await nav.post('/api/people', personBody())).json<{ id: string }>();
    for (const role of ['lead', 'admin'] as const) {
      const { client } = await clientFor([role], [tree.serviceId]);
      expect((await client.get(`/api/people/${created.id}`)).statusCode).toBe(403);
      expect((await client.post('/api/people', personBody())).statusCode).toBe(403);
    }
    const reasons = (await auditFor(created.id))
      .filter((a) => a.outcome === 'denied')
      .map((a) => a.reason);
    expect(reasons).toEqual(['role', 'role']);
  });

  it("refuses a create at a practice outside the user's organisations, storing nothing", async () => {
    const { client } = await clientFor(['ot'], [tree.pcnId]);
    const before = await t.db.selectFrom('people').select('id').execute();
    const res = await client.post(
      '/api/people',
      personBody({ practiceId: tree.otherPcnPracticeId }),
    );
    expect(res.statusCode).toBe(403);
    expect(await t.db.selectFrom('people').select('id').execute()).toHaveLength(before.length);
  });

  it('validates the NHS number by Modulus 11 and rejects 0000000000 (INSTRUMENTS.md §9)', async () => {
    const { client } = await clientFor(['ot'], [tree.pcnId]);
    for (const nhsNumber of ['4865447041', '0000000000', '123 456 789', '9991234560']) {
      const res = await client.post('/api/people', personBody({ nhsNumber }));
      expect(res.statusCode, nhsNumber).toBe(400);
      expect(res.json()).toMatchObject({
        error: { code: 'validation', fields: [{ path: 'nhsNumber', code: 'invalid_nhs_number' }] },
      });
    }
    expect((await client.post('/api/people', personBody({ nhsNumber: '' }))).statusCode).toBe(201);
  });

  it('refuses a second person with the same NHS number', async () => {
    const { client } = await clientFor(['ot'], [tree.pcnId]);
    expect(
      (await client.post('/api/people', personBody({ nhsNumber: '4000000632' }))).statusCode,
    ).toBe(201);
    const again = await client.post('/api/people', personBody({ nhsNumber: '400-000-0632' }));
    expect(again.statusCode).toBe(409);
    expect(again.json()).toMatchObject({
      error: { fields: [{ path: 'nhsNumber', code: 'nhs_number_in_use' }] },
    });
  });

  it('names impossible dates', async () => {
    const { client } = await clientFor(['ot'], [tree.pcnId]);
    const res = await client.post('/api/people', personBody({ dateOfBirth: '1950-02-30' }));
    expect(res.json()).toMatchObject({
      error: { fields: [{ path: 'dateOfBirth', code: 'invalid_date' }] },
    });
    const future = await client.post('/api/people', personBody({ dateOfBirth: '2999-01-01' }));
    expect(future.json()).toMatchObject({
      error: { fields: [{ path: 'dateOfBirth', code: 'date_in_future' }] },
    });
  });

  it('needs a signed-in user', async () => {
    const anon = new TestClient(app);
    await anon.refreshSession();
    expect((await anon.post('/api/people', personBody())).statusCode).toBe(401);
  });
});
