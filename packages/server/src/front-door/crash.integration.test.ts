/**
 * No acknowledged request is ever lost: a burst of self-referrals against a real server process,
 * which is killed (SIGKILL, no chance to tidy up) part-way through. Every request the server
 * acknowledged is in the database afterwards, exactly once; retrying every submission after a
 * restart creates nothing twice.
 */
import { randomUUID } from 'node:crypto';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { openDatabase } from '../db/database.js';
import { makeOrganisationTree } from '../testing/builders.js';
import { makeAnswers, QUESTION_SET_VERSION } from '../testing/requests.js';
import { HttpClient, startServerProcess } from '../testing/server-process.js';
import { testEngines, type TestDatabase } from '../testing/test-database.js';
import { migrate } from '../db/migrate.js';

const dirs: string[] = [];
afterAll(() => {
  for (const d of dirs) rmSync(d, { recursive: true, force: true });
});

interface Target {
  env: Record<string, string>;
  open(): Promise<{ db: TestDatabase['db']; close(): Promise<void> }>;
  cleanup(): Promise<void>;
}

async function target(engine: 'pglite' | 'postgres'): Promise<Target> {
  if (engine === 'pglite') {
    const dataDir = mkdtempSync(join(tmpdir(), 'everyday-crash-'));
    dirs.push(dataDir);
    return {
      env: { EVERYDAY_DATA_DIR: dataDir },
      open: () => openDatabase({ kind: 'embedded', dataDir }),
      cleanup: () => Promise.resolve(),
    };
  }
  const pg = testEngines().find((e) => e.name === 'postgres')!;
  const t = await pg.create();
  return {
    env: { DATABASE_URL: t.url! },
    open: () => Promise.resolve({ db: t.db, close: () => Promise.resolve() }),
    cleanup: () => t.destroy(),
  };
}

describe.each(testEngines().map((e) => e.name))('killing the server mid-burst on %s', (engine) => {
  it('keeps every acknowledged request, once', async () => {
    const where = await target(engine);
    // Organisations first (the demo is not seeded: the database is not empty).
    const setup = await where.open();
    await migrate(setup.db);
    const tree = await makeOrganisationTree(setup.db);
    await setup.close();

    const env = { ...where.env, EVERYDAY_PUBLIC_RATE_LIMIT: '100000' };
    const server = await startServerProcess(env);
    const client = new HttpClient(server.url);
    await client.refresh();

    const keys = Array.from({ length: 400 }, () => randomUUID());
    const acknowledged = new Map<string, string>();
    let sent = 0;
    const state = { killed: false };
    const worker = async () => {
      while (sent < keys.length && !state.killed) {
        const key = keys[sent++]!;
        try {
          const res = await fetch(`${server.url}/api/referrals`, {
            method: 'POST',
            headers: {
              'content-type': 'application/json',
              'idempotency-key': key,
              'x-csrf-token': client.csrfToken,
              cookie: [...client.cookies].map(([k, v]) => `${k}=${v}`).join('; '),
            },
            body: JSON.stringify({
              questionSetVersion: QUESTION_SET_VERSION,
              answers: makeAnswers(tree.practiceIds[0]),
            }),
          });
          if (res.status === 201) acknowledged.set(key, ((await res.json()) as { id: string }).id);
          // state.killed may have changed while awaiting: other workers share it.
          // eslint-disable-next-line @typescript-eslint/no-unnecessary-condition
          if (acknowledged.size >= 60 && !state.killed) {
            state.killed = true;
            server.child.kill('SIGKILL');
          }
        } catch {
          // The connection died with the server: this one was never acknowledged.
        }
      }
    };
    await Promise.all(Array.from({ length: 8 }, worker));
    await server.stop();
    expect(state.killed).toBe(true);
    expect(acknowledged.size).toBeGreaterThanOrEqual(60);

    // Restart, and retry every submission as a person's browser would.
    const again = await startServerProcess(env);
    const retry = new HttpClient(again.url);
    await retry.refresh();
    for (const key of keys.slice(0, sent)) {
      const res = await fetch(`${again.url}/api/referrals`, {
        method: 'POST',
        headers: {
          'content-type': 'application/json',
          'idempotency-key': key,
          'x-csrf-token': retry.csrfToken,
          cookie: [...retry.cookies].map(([k, v]) => `${k}=${v}`).join('; '),
        },
        body: JSON.stringify({
          questionSetVersion: QUESTION_SET_VERSION,
          answers: makeAnswers(tree.practiceIds[0]),
        }),
      });
      const body = (await res.json()) as { id: string };
      if (acknowledged.has(key)) {
        expect(res.status, `acknowledged ${key} must already exist`).toBe(200);
        expect(body.id).toBe(acknowledged.get(key));
      }
    }
    await again.stop();

    const check = await where.open();
    const rows = await check.db
      .selectFrom('requests')
      .select(['idempotency_key', 'id'])
      .where('idempotency_key', 'in', [...acknowledged.keys()])
      .execute();
    expect(rows).toHaveLength(acknowledged.size);
    for (const r of rows) expect(r.id).toBe(acknowledged.get(r.idempotency_key));
    const all = await check.db.selectFrom('requests').select('idempotency_key').execute();
    expect(new Set(all.map((r) => r.idempotency_key)).size).toBe(all.length);
    await check.close();
    await where.cleanup();
  }, 120_000);
});
