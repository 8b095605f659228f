/**
 * The server as users run it: separate processes, real HTTP, real files and a real PostgreSQL.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { HttpClient, runCli, startServerProcess } from './testing/server-process.js';
import { postgresUrl } from './testing/test-database.js';
import { testEngines } from './testing/test-database.js';

const dirs: string[] = [];
function tempDataDir(): string {
  const dir = mkdtempSync(join(tmpdir(), 'everyday-data-'));
  dirs.push(dir);
  return dir;
}
afterAll(() => {
  for (const d of dirs) rmSync(d, { recursive: true, force: true });
});

const ADMIN_PASSWORD = 'first admin password';

describe('the embedded server', () => {
  it('keeps its data across a graceful restart', async () => {
    const dataDir = tempDataDir();
    const env = { EVERYDAY_DATA_DIR: dataDir, EVERYDAY_ADMIN_PASSWORD: ADMIN_PASSWORD };
    const created = await runCli(
      [
        'create-admin',
        '--email',
        'first@test.example',
        '--name',
        'First Admin',
        '--service',
        'Test OT service',
      ],
      env,
    );
    expect(created.code, created.stderr).toBe(0);

    const first = await startServerProcess(env);
    const admin = new HttpClient(first.url);
    expect(await admin.signIn('first@test.example', ADMIN_PASSWORD)).toBe(200);
    const orgs = (await admin.fetch('/api/organisations')).json() as {
      organisations: { id: string }[];
    };
    const add = await admin.fetch('/api/admin/users', {
      method: 'POST',
      body: {
        email: 'kept@test.example',
        name: 'Kept User',
        roles: ['ot'],
        organisationIds: [orgs.organisations[0]?.id],
      },
    });
    expect(add.status).toBe(201);
    // Not seeded with demo users: the database was not empty.
    expect(first.output()).not.toContain('Demo sign-ins');
    expect(await first.stop('SIGTERM')).toBe(0);

    const second = await startServerProcess(env);
    try {
      // The admin's session and the user added (who chooses a password from their link) survive.
      admin.baseUrl = second.url;
      const users = (await admin.fetch('/api/admin/users')).json() as {
        users: { email: string }[];
      };
      expect(users.users.map((u) => u.email)).toContain('kept@test.example');
    } finally {
      expect(await second.stop('SIGINT')).toBe(0);
    }
  });

  it('stops with a message naming each bad setting', async () => {
    const result = await runCli(['serve'], {
      PORT: 'eighty',
      LOG_LEVEL: 'loud',
      DATABASE_URL: 'mysql://nope',
    });
    expect(result.code).toBe(1);
    expect(result.stderr).toContain('PORT="eighty": must be a whole number');
    expect(result.stderr).toContain('LOG_LEVEL="loud": must be one of');
    expect(result.stderr).toContain(
      'DATABASE_URL=(hidden): must be a postgres:// or postgresql:// URL',
    );
  });
});

const pgUrl = postgresUrl();
const postgres = testEngines().find((e) => e.name === 'postgres');

describe.runIf(pgUrl !== undefined)('several server processes on one PostgreSQL', () => {
  it('recognises on one process a session made on another, and shares sign-in counters', async () => {
    const t = await postgres!.create({ migrate: false });
    const env = { DATABASE_URL: t.url!, EVERYDAY_ADMIN_PASSWORD: ADMIN_PASSWORD };
    const a = await startServerProcess(env);
    const b = await startServerProcess(env);
    try {
      expect(a.output()).not.toContain('Demo sign-ins');
      const admin = await runCli(
        ['create-admin', '--email', 'shared@test.example', '--name', 'Shared Admin'],
        env,
      );
      expect(admin.code, admin.stderr).toBe(0);

      const onA = new HttpClient(a.url);
      expect(await onA.signIn('shared@test.example', ADMIN_PASSWORD)).toBe(200);
      // The same browser, now routed to process B by the load balancer.
      const onB = new HttpClient(b.url);
      for (const [k, v] of onA.cookies) onB.cookies.set(k, v);
      const seenByB = await onB.refresh();
      expect(seenByB.user?.email).toBe('shared@test.example');
      expect((await onB.fetch('/api/admin/users')).status).toBe(200);

      // Signing out on B ends the session on A too.
      expect((await onB.fetch('/api/session', { method: 'DELETE' })).status).toBe(204);
      expect((await onA.refresh()).user).toBeNull();

      // Five failures spread over both processes pause the account on both.
      const attacker = [new HttpClient(a.url), new HttpClient(b.url)];
      for (let i = 0; i < 5; i++)
        expect(await attacker[i % 2]!.signIn('shared@test.example', `wrong ${i}`)).toBe(401);
      expect(await attacker[0]!.signIn('shared@test.example', ADMIN_PASSWORD)).toBe(429);
      expect(await attacker[1]!.signIn('shared@test.example', ADMIN_PASSWORD)).toBe(429);
    } finally {
      await Promise.all([a.stop(), b.stop()]);
      await t.destroy();
    }
  });

  it('seeds the demo into PostgreSQL only when --demo is given', async () => {
    const t = await postgres!.create({ migrate: false });
    try {
      const plain = await startServerProcess({ DATABASE_URL: t.url! });
      await plain.stop();
      expect(await t.db.selectFrom('users').select('id').execute()).toHaveLength(0);
      const demo = await startServerProcess({ DATABASE_URL: t.url! }, ['--demo']);
      await demo.stop();
      expect(demo.output()).toContain('Demo sign-ins');
      expect(
        await t.db.selectFrom('users').select('email').where('is_demo', '=', true).execute(),
      ).toHaveLength(5);
    } finally {
      await t.destroy();
    }
  });
});
