import type { FastifyInstance } from 'fastify';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { makeOrganisationTree, makeUser, type TestUser } from '../testing/builders.js';
import { makeApp, TestClient } from '../testing/test-app.js';
import { testEngines, type TestDatabase } from '../testing/test-database.js';
import { totpCode } from './two-factor.js';

describe.each(testEngines())('two-factor sign-in on $name', (engine) => {
  let t: TestDatabase;
  let app: FastifyInstance;
  let pcnId: string;
  let clock = new Date('2026-12-02T10:00:00Z');
  const later = (seconds: number) => {
    clock = new Date(clock.getTime() + seconds * 1000);
  };

  beforeAll(async () => {
    t = await engine.create();
    app = await makeApp(t, {}, () => clock);
    pcnId = (await makeOrganisationTree(t.db)).pcnId;
  });
  afterAll(async () => {
    await app.close();
    await t.destroy();
  });

  /** Sign in and turn two-factor on; the secret and the recovery codes. */
  async function turnOn(user: TestUser, ip: string) {
    const client = new TestClient(app, ip);
    expect((await client.signIn(user.email, user.password)).statusCode).toBe(200);
    expect((await client.get('/api/account/two-factor')).json()).toMatchObject({ enabled: false });
    const setup = await client.post('/api/account/two-factor/setup');
    expect(setup.statusCode).toBe(200);
    const { secret, uri } = setup.json<{ secret: string; uri: string }>();
    expect(uri).toContain(`secret=${secret}`);
    expect(uri).toMatch(/^otpauth:\/\/totp\/Everyday:/);
    const wrong = await client.post('/api/account/two-factor/confirm', { code: '000000' });
    expect(wrong.statusCode).toBe(400);
    expect(wrong.json()).toMatchObject({
      error: { fields: [{ path: 'code', code: 'invalid_code' }] },
    });
    const confirm = await client.post('/api/account/two-factor/confirm', {
      code: totpCode(secret, clock),
    });
    expect(confirm.statusCode).toBe(200);
    const { recoveryCodes } = confirm.json<{ recoveryCodes: string[] }>();
    expect(recoveryCodes).toHaveLength(10);
    return { client, secret, recoveryCodes };
  }

  async function password(client: TestClient, user: TestUser) {
    await client.refreshSession();
    return client.post('/api/session', { email: user.email, password: user.password });
  }

  it('turns on with a code, stores the secret sealed, then asks every sign-in for the code', async () => {
    const user = await makeUser(t.db, { roles: ['ot'], organisationIds: [pcnId] });
    const { client, secret, recoveryCodes } = await turnOn(user, '10.2.0.1');
    const stored = await t.db
      .selectFrom('users')
      .select(['totp_secret', 'totp_pending_secret'])
      .where('id', '=', user.id)
      .executeTakeFirstOrThrow();
    expect(stored.totp_secret).not.toContain(secret);
    expect(stored.totp_pending_secret).toBeNull();
    const codes = await t.db
      .selectFrom('recovery_codes')
      .select('code_hash')
      .where('user_id', '=', user.id)
      .execute();
    expect(codes).toHaveLength(10);
    expect(codes.map((c) => c.code_hash)).not.toContain(recoveryCodes[0]);
    expect((await client.get('/api/account/two-factor')).json()).toMatchObject({
      enabled: true,
      recoveryCodesLeft: 10,
    });
    // The secret is never shown again.
    expect((await client.post('/api/account/two-factor/setup')).statusCode).toBe(409);

    // The password alone gives no session.
    later(60);
    const other = new TestClient(app, '10.2.0.2');
    const first = await password(other, user);
    expect(first.statusCode).toBe(202);
    expect(first.json()).toEqual({ codeNeeded: true });
    expect((await other.get('/api/session')).json()).toMatchObject({ user: null });

    // With the right code: signed in; the same code cannot be used twice.
    const code = totpCode(secret, clock);
    const second = await other.post('/api/session/code', { code });
    expect(second.statusCode).toBe(200);
    expect(second.json()).toMatchObject({ user: { id: user.id } });
    await other.refreshSession();
    expect((await other.get('/api/session')).json()).toMatchObject({ user: { id: user.id } });
    const replay = new TestClient(app, '10.2.0.3');
    expect((await password(replay, user)).statusCode).toBe(202);
    expect((await replay.post('/api/session/code', { code })).statusCode).toBe(401);

    // A recovery code works once.
    const recovery = new TestClient(app, '10.2.0.4');
    expect((await password(recovery, user)).statusCode).toBe(202);
    const used = recoveryCodes[0]?.toLowerCase() ?? '';
    expect((await recovery.post('/api/session/code', { code: used })).statusCode).toBe(200);
    const again = new TestClient(app, '10.2.0.5');
    expect((await password(again, user)).statusCode).toBe(202);
    expect((await again.post('/api/session/code', { code: used })).statusCode).toBe(401);
  });

  it('refuses a code step without the password first', async () => {
    const client = new TestClient(app, '10.2.0.6');
    await client.refreshSession();
    const res = await client.post('/api/session/code', { code: '123456' });
    expect(res.statusCode).toBe(401);
    expect(res.json()).toMatchObject({ error: { code: 'unauthenticated' } });
  });

  it('counts wrong codes in the sign-in throttle, which then refuses even the right one', async () => {
    const user = await makeUser(t.db, { roles: ['navigator'], organisationIds: [pcnId] });
    const { secret } = await turnOn(user, '10.2.0.7');
    later(60);
    const client = new TestClient(app, '10.2.0.8');
    expect((await password(client, user)).statusCode).toBe(202);
    for (let i = 0; i < 5; i++) {
      const wrong = await client.post('/api/session/code', { code: `99999${i}` });
      expect(wrong.statusCode).toBe(401);
      expect(wrong.json()).toMatchObject({
        error: { code: 'invalid_credentials', fields: [{ path: 'code', code: 'invalid_code' }] },
      });
    }
    const paused = await client.post('/api/session/code', { code: totpCode(secret, clock) });
    expect(paused.statusCode).toBe(429);
    expect(paused.json()).toMatchObject({ error: { code: 'too_many_attempts' } });
    // The password step is paused for the account too.
    expect((await password(new TestClient(app, '10.2.0.9'), user)).statusCode).toBe(429);
    const denied = await t.db
      .selectFrom('audit_events')
      .select('reason')
      .where('actor_label', '=', user.email.toLowerCase())
      .where('outcome', '=', 'denied')
      .execute();
    expect(denied.filter((d) => d.reason === 'invalid_code')).toHaveLength(5);
  });

  it('turns off only with a current code', async () => {
    const user = await makeUser(t.db, { roles: ['ot'], organisationIds: [pcnId] });
    const { client, secret } = await turnOn(user, '10.2.0.10');
    later(60);
    const wrong = await client.post('/api/account/two-factor/off', { code: '123123' });
    expect(wrong.statusCode).toBe(400);
    expect((await client.get('/api/account/two-factor')).json()).toMatchObject({ enabled: true });
    const off = await client.post('/api/account/two-factor/off', { code: totpCode(secret, clock) });
    expect(off.statusCode).toBe(204);
    expect((await client.get('/api/account/two-factor')).json()).toMatchObject({ enabled: false });
    expect(
      (await new TestClient(app, '10.2.0.11').signIn(user.email, user.password)).statusCode,
    ).toBe(200);
  });
});
