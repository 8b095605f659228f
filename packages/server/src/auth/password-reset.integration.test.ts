import type { FastifyInstance } from 'fastify';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { makeOrganisationTree, makeUser, unique } from '../testing/builders.js';
import { makeApp, TestClient } from '../testing/test-app.js';
import { testEngines, type TestDatabase } from '../testing/test-database.js';

describe.each(testEngines())('forgotten passwords on $name', (engine) => {
  let t: TestDatabase;
  let app: FastifyInstance;
  let pcnId: string;
  let clock = new Date('2026-12-01T09:00:00Z');

  beforeAll(async () => {
    t = await engine.create();
    app = await makeApp(t, { publicUrl: 'https://everyday.test' }, () => clock);
    pcnId = (await makeOrganisationTree(t.db)).pcnId;
  });
  afterAll(async () => {
    await app.close();
    await t.destroy();
  });

  const messagesTo = (email: string) =>
    t.db
      .selectFrom('outbox_messages')
      .select(['kind', 'channel', 'language', 'payload'])
      .where('recipient', '=', email)
      .orderBy('created_at')
      .execute();
  const tokenOf = (payload: unknown) =>
    new URL((payload as { link: string }).link).searchParams.get('token') ?? '';

  async function forgot(client: TestClient, email: string, language?: 'cy') {
    await client.refreshSession();
    return client.post('/api/auth/forgot-password', { email, ...(language ? { language } : {}) });
  }

  it('e-mails a link valid for an hour that sets a new password once, ending other sessions', async () => {
    const user = await makeUser(t.db, { roles: ['ot'], organisationIds: [pcnId] });
    const elsewhere = new TestClient(app, '10.1.0.1');
    await elsewhere.signIn(user.email, user.password);

    const client = new TestClient(app, '10.1.0.2');
    const res = await forgot(client, user.email.toUpperCase(), 'cy');
    expect(res.statusCode).toBe(202);
    expect(res.json()).toEqual({ accepted: true });
    const [message] = await messagesTo(user.email);
    expect(message).toMatchObject({ kind: 'password_reset', channel: 'email', language: 'cy' });
    const link = (message?.payload as { link: string }).link;
    expect(link).toMatch(/^https:\/\/everyday\.test\/set-password\?token=[\w-]{43}&lang=cy$/);
    const token = tokenOf(message?.payload);
    const stored = await t.db
      .selectFrom('password_tokens')
      .selectAll()
      .where('user_id', '=', user.id)
      .executeTakeFirstOrThrow();
    // Only the token's hash is kept.
    expect(stored.token_hash).not.toContain(token);
    expect(stored.expires_at.getTime() - clock.getTime()).toBe(3_600_000);

    // The policy applies, field by field.
    const weak = await client.post('/api/auth/set-password', { token, password: 'short' });
    expect(weak.statusCode).toBe(400);
    expect(weak.json()).toMatchObject({
      error: { fields: [{ path: 'password', code: 'too_short' }] },
    });

    const set = await client.post('/api/auth/set-password', {
      token,
      password: 'a fresh long password',
    });
    expect(set.statusCode).toBe(204);
    expect((await elsewhere.get('/api/session')).json()).toMatchObject({ user: null });
    expect((await new TestClient(app).signIn(user.email, user.password)).statusCode).toBe(401);
    expect((await new TestClient(app).signIn(user.email, 'a fresh long password')).statusCode).toBe(
      200,
    );

    // Once only.
    const again = await client.post('/api/auth/set-password', {
      token,
      password: 'yet another password',
    });
    expect(again.statusCode).toBe(410);
    expect(again.json()).toMatchObject({
      error: { code: 'gone', fields: [{ path: 'token', code: 'link_used' }] },
    });
    const audit = await t.db
      .selectFrom('audit_events')
      .select(['outcome', 'reason'])
      .where('resource_type', '=', 'user')
      .where('resource_id', '=', user.id)
      .orderBy('id')
      .execute();
    expect(audit).toEqual([
      { outcome: 'allowed', reason: 'password reset from link' },
      { outcome: 'denied', reason: 'link_used' },
    ]);
  });

  it('refuses an expired link with a clear error', async () => {
    const user = await makeUser(t.db, { roles: ['navigator'], organisationIds: [pcnId] });
    const client = new TestClient(app, '10.1.0.3');
    await forgot(client, user.email);
    const token = tokenOf((await messagesTo(user.email))[0]?.payload);
    clock = new Date(clock.getTime() + 61 * 60_000);
    const res = await client.post('/api/auth/set-password', {
      token,
      password: 'too late for this one',
    });
    expect(res.statusCode).toBe(410);
    expect(res.json()).toMatchObject({
      error: {
        code: 'gone',
        message: 'This link has expired. Ask for a new one.',
        fields: [{ path: 'token', code: 'link_expired' }],
      },
    });
    expect((await new TestClient(app).signIn(user.email, user.password)).statusCode).toBe(200);
    const unknown = await client.post('/api/auth/set-password', {
      token: 'made-up',
      password: 'a made up link password',
    });
    expect(unknown.json()).toMatchObject({ error: { fields: [{ code: 'link_unknown' }] } });
  });

  it('answers an unknown or inactive address exactly the same, and queues nothing', async () => {
    const known = await makeUser(t.db, { roles: ['ot'], organisationIds: [pcnId] });
    const inactive = await makeUser(t.db, { roles: ['ot'], organisationIds: [pcnId] });
    await t.db.updateTable('users').set({ active: false }).where('id', '=', inactive.id).execute();
    const client = new TestClient(app, '10.1.0.4');
    const before = await t.db
      .selectFrom('outbox_messages')
      .select((eb) => eb.fn.countAll<string>().as('n'))
      .executeTakeFirstOrThrow();
    const nobody = await forgot(client, `${unique('nobody')}@test.example`);
    const off = await forgot(client, inactive.email);
    const someone = await forgot(client, known.email);
    for (const res of [nobody, off, someone]) {
      expect(res.statusCode).toBe(202);
      expect(res.body).toBe(someone.body);
    }
    const after = await t.db
      .selectFrom('outbox_messages')
      .select((eb) => eb.fn.countAll<string>().as('n'))
      .executeTakeFirstOrThrow();
    expect(Number(after.n) - Number(before.n)).toBe(1);
    expect(await messagesTo(inactive.email)).toEqual([]);
  });

  it('limits links per account silently and requests per address with a 429', async () => {
    const user = await makeUser(t.db, { roles: ['ot'], organisationIds: [pcnId] });
    const client = new TestClient(app, '10.1.0.5');
    for (let i = 0; i < 5; i++) expect((await forgot(client, user.email)).statusCode).toBe(202);
    expect(await messagesTo(user.email)).toHaveLength(3);

    const flood = new TestClient(app, '10.1.0.6');
    const answers: number[] = [];
    for (let i = 0; i < 11; i++)
      answers.push((await forgot(flood, `${unique('flood')}@test.example`)).statusCode);
    expect(answers.slice(0, 10).every((s) => s === 202)).toBe(true);
    expect(answers[10]).toBe(429);
  });
});
