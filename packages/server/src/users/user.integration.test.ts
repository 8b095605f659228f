import type { FastifyInstance } from 'fastify';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  makeOrganisationTree,
  makeUser,
  unique,
  type TestTree,
  type TestUser,
} from '../testing/builders.js';
import { makeApp, TestClient } from '../testing/test-app.js';
import { testEngines, type TestDatabase } from '../testing/test-database.js';

describe.each(testEngines())('administering staff on $name', (engine) => {
  let t: TestDatabase;
  let app: FastifyInstance;
  let tree: TestTree;
  let admin: TestClient;
  let adminUser: TestUser;

  beforeAll(async () => {
    t = await engine.create();
    app = await makeApp(t);
    tree = await makeOrganisationTree(t.db);
    adminUser = await makeUser(t.db, { roles: ['admin'], organisationIds: [tree.serviceId] });
    admin = new TestClient(app);
    await admin.signIn(adminUser.email, adminUser.password);
  });
  afterAll(async () => {
    await app.close();
    await t.destroy();
  });

  it('adds a user who can then sign in, and audits it', async () => {
    const email = `${unique('new')}@test.example`;
    const res = await admin.post('/api/admin/users', {
      email,
      name: 'Nerys New',
      roles: ['ot'],
      organisationIds: [tree.pcnId],
      password: 'a brand new password',
    });
    expect(res.statusCode).toBe(201);
    const user = res.json<{ user: { id: string; roles: string[]; organisationIds: string[] } }>()
      .user;
    expect(user).toMatchObject({ roles: ['ot'], organisationIds: [tree.pcnId] });
    const client = new TestClient(app);
    expect((await client.signIn(email, 'a brand new password')).statusCode).toBe(200);
    const audit = await t.db
      .selectFrom('audit_events')
      .selectAll()
      .where('resource_type', '=', 'user')
      .where('resource_id', '=', user.id)
      .execute();
    expect(audit).toHaveLength(1);
    expect(audit[0]).toMatchObject({ user_id: adminUser.id, action: 'create', outcome: 'allowed' });
  });

  it('explains each bad field and keeps the rest', async () => {
    const res = await admin.post('/api/admin/users', {
      email: 'nope',
      name: '',
      roles: ['wizard'],
      organisationIds: [],
      password: 'short',
    });
    expect(res.statusCode).toBe(400);
    const fields = res.json<{ error: { fields: { path: string; code: string }[] } }>().error.fields;
    expect(Object.fromEntries(fields.map((f) => [f.path, f.code]))).toEqual({
      email: 'invalid_email',
      name: 'required',
      'roles.0': 'invalid_value',
      organisationIds: 'too_short',
      password: 'too_short',
    });
  });

  it('refuses a second account with the same email, whatever its case', async () => {
    const res = await admin.post('/api/admin/users', {
      email: adminUser.email.toUpperCase(),
      name: 'Copy',
      roles: ['lead'],
      organisationIds: [tree.serviceId],
      password: 'another long password',
    });
    expect(res.statusCode).toBe(409);
    expect(res.json()).toMatchObject({
      error: { code: 'conflict', fields: [{ path: 'email', code: 'email_in_use' }] },
    });
  });

  it('changes roles and organisations, and resets a password signing the user out everywhere', async () => {
    const user = await makeUser(t.db, {
      roles: ['navigator'],
      organisationIds: [tree.practiceIds[0]],
    });
    const theirs = new TestClient(app);
    await theirs.signIn(user.email, user.password);
    const patched = await admin.patch(`/api/admin/users/${user.id}`, {
      roles: ['navigator', 'clinician'],
      organisationIds: [tree.practiceIds[1]],
    });
    expect(patched.statusCode).toBe(200);
    expect(patched.json()).toMatchObject({
      user: { roles: ['navigator', 'clinician'], organisationIds: [tree.practiceIds[1]] },
    });

    const reset = await admin.post(`/api/admin/users/${user.id}/password`, {
      password: 'the reset password',
    });
    expect(reset.statusCode).toBe(204);
    expect((await theirs.get('/api/session')).json()).toMatchObject({ user: null });
    expect((await new TestClient(app).signIn(user.email, 'the reset password')).statusCode).toBe(
      200,
    );
  });

  it('will not let an administrator lock themselves out', async () => {
    const res = await admin.patch(`/api/admin/users/${adminUser.id}`, { roles: ['lead'] });
    expect(res.statusCode).toBe(409);
  });

  it('keeps every other role out of the admin API', async () => {
    for (const role of ['navigator', 'clinician', 'ot', 'lead'] as const) {
      const u = await makeUser(t.db, { roles: [role], organisationIds: [tree.serviceId] });
      const client = new TestClient(app);
      await client.signIn(u.email, u.password);
      expect((await client.get('/api/admin/users')).statusCode).toBe(403);
      expect((await client.get('/api/admin/audit')).statusCode).toBe(403);
      expect((await client.post('/api/admin/users', {})).statusCode).toBe(403);
    }
    expect((await new TestClient(app).get('/api/admin/users')).statusCode).toBe(401);
  });
});
