import type { FastifyInstance } from 'fastify';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { makeOrganisationTree, makeUser, type TestUser } from '../testing/builders.js';
import { makeApp, TestClient } from '../testing/test-app.js';
import { testEngines, type TestDatabase } from '../testing/test-database.js';

describe.each(testEngines())('sign-in and sessions on $name', (engine) => {
  let t: TestDatabase;
  let app: FastifyInstance;
  let ot: TestUser;
  let clock = new Date('2026-11-21T10:00:00Z');

  beforeAll(async () => {
    t = await engine.create();
    app = await makeApp(t, {}, () => clock);
    const tree = await makeOrganisationTree(t.db);
    ot = await makeUser(t.db, { roles: ['ot'], organisationIds: [tree.pcnId] });
  });
  afterAll(async () => {
    await app.close();
    await t.destroy();
  });

  it('signs in with the right password and recognises the session afterwards', async () => {
    const client = new TestClient(app);
    const res = await client.signIn(ot.email.toUpperCase(), ot.password);
    expect(res.statusCode).toBe(200);
    const cookie = res.cookies.find((c) => c.name === 'everyday_session');
    expect(cookie).toMatchObject({ httpOnly: true, sameSite: 'Lax', path: '/' });
    const session = await client.get('/api/session');
    expect(session.json()).toMatchObject({ user: { email: ot.email, roles: ['ot'] } });
    const stored = await t.db
      .selectFrom('sessions')
      .select('token_hash')
      .where('user_id', '=', ot.id)
      .execute();
    expect(stored.map((s) => s.token_hash)).not.toContain(cookie?.value);
  });

  it('refuses a wrong password with a clear message and no session', async () => {
    const client = new TestClient(app, '10.0.0.2');
    const res = await client.signIn(ot.email, 'not the password at all');
    expect(res.statusCode).toBe(401);
    expect(res.json()).toEqual({
      error: { code: 'invalid_credentials', message: 'Enter a correct email address and password' },
    });
    expect((await client.get('/api/session')).json()).toMatchObject({ user: null });
  });

  it('names the bad fields when the form is incomplete', async () => {
    const client = new TestClient(app);
    await client.refreshSession();
    const res = await client.post('/api/session', { email: 'not-an-email', password: '' });
    expect(res.statusCode).toBe(400);
    const body = res.json<{ error: { code: string; fields: { path: string; code: string }[] } }>();
    expect(body.error.code).toBe('validation');
    expect(body.error.fields).toEqual(
      expect.arrayContaining([
        expect.objectContaining({ path: 'email', code: 'invalid_email' }),
        expect.objectContaining({ path: 'password', code: 'required' }),
      ]),
    );
  });

  it('refuses a state-changing request without the CSRF token', async () => {
    const client = new TestClient(app);
    const res = await client.request({
      method: 'POST',
      url: '/api/session',
      payload: { email: ot.email, password: ot.password },
    });
    expect(res.statusCode).toBe(403);
    expect(res.json()).toMatchObject({ error: { code: 'csrf' } });
    const forged = await client.request({
      method: 'POST',
      url: '/api/session',
      payload: { email: ot.email, password: ot.password },
      headers: { 'x-csrf-token': 'forged' },
    });
    expect(forged.statusCode).toBe(403);
  });

  it('pauses an account after five failures, says for how long, and counts in the database', async () => {
    const victim = await makeUser(t.db, {
      roles: ['navigator'],
      organisationIds: [(await makeOrganisationTree(t.db)).practiceIds[0]],
    });
    const client = new TestClient(app, '10.0.0.3');
    for (let i = 0; i < 5; i++) {
      expect((await client.signIn(victim.email, `wrong password ${i}`)).statusCode).toBe(401);
    }
    // Even the right password is refused while paused, from any address.
    const other = new TestClient(app, '10.0.0.4');
    const paused = await other.signIn(victim.email, victim.password);
    expect(paused.statusCode).toBe(429);
    const body = paused.json<{
      error: { code: string; message: string; retryAfterSeconds: number };
    }>();
    expect(body.error.code).toBe('too_many_attempts');
    expect(body.error.message).toMatch(
      /^Too many failed sign-in attempts\. Try again in \d+ minutes?\.$/,
    );
    expect(Number(paused.headers['retry-after'])).toBe(body.error.retryAfterSeconds);
    const denied = await t.db
      .selectFrom('audit_events')
      .select(['reason'])
      .where('actor_label', '=', victim.email)
      .where('outcome', '=', 'denied')
      .execute();
    expect(denied.map((d) => d.reason).sort()).toEqual(
      [...Array<string>(5).fill('invalid_credentials'), 'throttled'].sort(),
    );

    // After the window the account may sign in again.
    clock = new Date(clock.getTime() + 16 * 60_000);
    expect((await other.signIn(victim.email, victim.password)).statusCode).toBe(200);
  });

  it('ends the session on sign-out', async () => {
    const client = new TestClient(app);
    await client.signIn(ot.email, ot.password);
    const token = client.cookie('everyday_session');
    expect(token).toBeDefined();
    expect((await client.request({ method: 'DELETE', url: '/api/session' })).statusCode).toBe(204);
    const reuse = await app.inject({
      method: 'GET',
      url: '/api/session',
      cookies: { everyday_session: token ?? '' },
    });
    expect(reuse.json()).toMatchObject({ user: null });
  });

  it('expires an idle session', async () => {
    const client = new TestClient(app);
    await client.signIn(ot.email, ot.password);
    clock = new Date(clock.getTime() + 61 * 60_000);
    expect((await client.get('/api/session')).json()).toMatchObject({ user: null });
  });
});
