/**
 * The databases a benchmark runs on: a fresh PostgreSQL database (when BENCH_DATABASE_URL or
 * TEST_DATABASE_URL is set), then a fresh PGlite folder. Each is prepared by `setUp`, handed to
 * `measure` with the environment a server process needs, and removed afterwards.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Kysely } from 'kysely';
import pg from 'pg';
import { openDatabase } from '../packages/server/src/db/database.js';
import type { Database } from '../packages/server/src/db/schema.js';

/**
 * Runs `run` against a fresh, empty PostgreSQL database (made beside BENCH_DATABASE_URL or
 * TEST_DATABASE_URL, dropped afterwards); undefined when neither is set.
 */
export async function onFreshPostgres<T>(run: (url: string) => Promise<T>): Promise<T | undefined> {
  const adminUrl = process.env.BENCH_DATABASE_URL ?? process.env.TEST_DATABASE_URL;
  if (!adminUrl) return undefined;
  const name = `everyday_bench_${String(Date.now())}`;
  const admin = new pg.Client({ connectionString: adminUrl });
  await admin.connect();
  await admin.query(`CREATE DATABASE ${name}`);
  const url = new URL(adminUrl);
  url.pathname = `/${name}`;
  try {
    return await run(url.toString());
  } finally {
    await admin.query(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`);
    await admin.end();
  }
}

export async function onEachDatabase<S>(
  setUp: (db: Kysely<Database>) => Promise<S>,
  measure: (engine: string, env: Record<string, string>, setup: S) => Promise<string[]>,
): Promise<string[]> {
  const rows: string[] = [];
  const onPostgres = await onFreshPostgres(async (url) => {
    const h = await openDatabase({ kind: 'postgres', url });
    const setup = await setUp(h.db);
    await h.close();
    return measure('PostgreSQL', { DATABASE_URL: url }, setup);
  });
  if (onPostgres) rows.push(...onPostgres);
  const dataDir = mkdtempSync(join(tmpdir(), 'everyday-bench-'));
  try {
    const h = await openDatabase({ kind: 'embedded', dataDir });
    const setup = await setUp(h.db);
    await h.close();
    rows.push(...(await measure('PGlite', { EVERYDAY_DATA_DIR: dataDir }, setup)));
  } finally {
    rmSync(dataDir, { recursive: true, force: true });
  }
  return rows;
}
