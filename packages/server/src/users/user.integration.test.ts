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

  it('adds a user with no password, e-mails them a set-your-password link, and audits it', async () => {
    const email = `${unique('new')}@test.example`;
    const res = await admin.post('/api/admin/users', {
      email,
      name: 'Nerys New',
      roles: ['ot'],
      organisationIds: [tree.pcnId],
      language: 'cy',
    });
    expect(res.statusCode).toBe(201);
    const user = res.json<{
      user: { id: string; roles: string[]; organisationIds: string[]; passwordSet: boolean };
    }>().user;
    expect(user).toMatchObject({
      roles: ['ot'],
      organisationIds: [tree.pcnId],
      passwordSet: false,
    });
    const stored = await t.db
      .selectFrom('users')
      .select('password_hash')
      .where('id', '=', user.id)
      .executeTakeFirstOrThrow();
    expect(stored.password_hash).toBeNull();
    // The link is in the outbox, in the language asked, and works for seven days.
    const messages = await t.db
      .selectFrom('outbox_messages')
      .select(['kind', 'channel', 'language', 'payload'])
      .where('recipient', '=', email)
      .execute();
    expect(messages).toHaveLength(1);
    expect(messages[0]).toMatchObject({ kind: 'password_set', channel: 'email', language: 'cy' });
    const token = await t.db
      .selectFrom('password_tokens')
      .select(['purpose', 'created_at', 'expires_at'])
      .where('user_id', '=', user.id)
      .executeTakeFirstOrThrow();
    expect(token.purpose).toBe('set');
    expect(token.expires_at.getTime() - token.created_at.getTime()).toBe(7 * 24 * 3_600_000);
    const link = (messages[0]?.payload as { link: string }).link;
    expect(link).toMatch(/\/set-password\?token=[\w-]{43}&lang=cy$/);
    // No password works until they choose one from the link.
    expect((await new TestClient(app).signIn(email, '')).statusCode).toBe(400);
    const chosen = await admin.post('/api/auth/set-password', {
      token: new URL(link).searchParams.get('token'),
      password: 'my own chosen password',
    });
    expect(chosen.statusCode).toBe(204);
    expect((await new TestClient(app).signIn(email, 'my own chosen password')).statusCode).toBe(
      200,
    );
    const audit = await t.db
      .selectFrom('audit_events')
      .selectAll()
      .where('resource_type', '=', 'user')
      .where('resource_id', '=', user.id)
      .orderBy('id')
      .execute();
    expect(audit.map((a) => [a.user_id, a.action, a.reason])).toEqual([
      [adminUser.id, 'create', 'roles: ot'],
      [user.id, 'update', 'password set from link'],
    ]);
  });

  it('accepts no password from the administrator', async () => {
    const res = await admin.post('/api/admin/users', {
      email: `${unique('pw')}@test.example`,
      name: 'Chosen For',
      roles: ['ot'],
      organisationIds: [tree.pcnId],
      password: 'an admin chosen password',
    });
    expect(res.statusCode).toBe(400);
    const fields = res.json<{ error: { fields: { path: string }[] } }>().error.fields;
    expect(fields.map((f) => f.path)).toEqual(['password']);
    // The old reset route is gone too.
    const user = await makeUser(t.db, { roles: ['ot'], organisationIds: [tree.pcnId] });
    const reset = await admin.post(`/api/admin/users/${user.id}/password`, {
      password: 'the reset password',
    });
    expect(reset.statusCode).toBe(404);
  });

  it('explains each bad field and keeps the rest', async () => {
    const res = await admin.post('/api/admin/users', {
      email: 'nope',
      name: '',
      roles: ['wizard'],
      organisationIds: [],
    });
    expect(res.statusCode).toBe(400);
    const fields = res.json<{ error: { fields: { path: string; code: string }[] } }>().error.fields;
    expect(Object.fromEntries(fields.map((f) => [f.path, f.code]))).toEqual({
      email: 'invalid_email',
      name: 'required',
      'roles.0': 'invalid_value',
      organisationIds: 'too_short',
    });
  });

  it('refuses a second account with the same email, whatever its case', async () => {
    const res = await admin.post('/api/admin/users', {
      email: adminUser.email.toUpperCase(),
      name: 'Copy',
      roles: ['lead'],
      organisationIds: [tree.serviceId],
    });
    expect(res.statusCode).toBe(409);
    expect(res.json()).toMatchObject({
      error: { code: 'conflict', fields: [{ path: 'email', code: 'email_in_use' }] },
    });
  });

  it('changes roles and organisations, and sends a new set-password link that ends the old one', async () => {
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
    const links = async () =>
      (
        await t.db
          .selectFrom('outbox_messages')
          .select('payload')
          .where('recipient', '=', user.email)
          .where('kind', '=', 'password_set')
          .orderBy('created_at')
          .execute()
      ).map((m) => new URL((m.payload as { link: string }).link).searchParams.get('token') ?? '');
    for (let i = 0; i < 2; i++) {
      const sent = await admin.post(`/api/admin/users/${user.id}/set-password-link`, {});
      expect(sent.statusCode).toBe(202);
    }
    const [first, second] = await links();
    // Their password works until they choose another; only the newest link works.
    expect((await theirs.get('/api/session')).json()).toMatchObject({ user: { id: user.id } });
    const old = await admin.post('/api/auth/set-password', {
      token: first,
      password: 'from the older link',
    });
    expect(old.statusCode).toBe(410);
    const done = await admin.post('/api/auth/set-password', {
      token: second,
      password: 'from the newest link',
    });
    expect(done.statusCode).toBe(204);
    expect((await theirs.get('/api/session')).json()).toMatchObject({ user: null });
    expect((await new TestClient(app).signIn(user.email, 'from the newest link')).statusCode).toBe(
      200,
    );
    const unknown = await admin.post(
      '/api/admin/users/00000000-0000-4000-8000-000000000000/set-password-link',
      {},
    );
    expect(unknown.statusCode).toBe(404);
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
