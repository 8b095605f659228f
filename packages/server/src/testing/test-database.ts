/**
 * Test support: the databases integration tests run on. PGlite (in memory) always; PostgreSQL
 * too when TEST_DATABASE_URL is set, each test file in a database of its own that is dropped
 * afterwards. With CI=true a missing TEST_DATABASE_URL fails the run instead of skipping.
 */
import { randomBytes } from 'node:crypto';
import pg from 'pg';
import { openDatabase, type DatabaseHandle } from '../db/database.js';
import { migrate } from '../db/migrate.js';

export interface TestDatabase extends DatabaseHandle {
  /** A postgres:// URL for other processes, when the engine is PostgreSQL. */
  readonly url: string | undefined;
  destroy(): Promise<void>;
}

export interface TestEngine {
  readonly name: 'pglite' | 'postgres';
  create(options?: { migrate?: boolean }): Promise<TestDatabase>;
}

const HOW_TO_GET_POSTGRES =
  'Set TEST_DATABASE_URL to a PostgreSQL server, e.g. TEST_DATABASE_URL=postgres://postgres@127.0.0.1:5432/postgres ' +
  '(on Debian: apt-get install postgresql, then pg_ctlcluster 15 main start).';

export function postgresUrl(): string | undefined {
  const url = process.env.TEST_DATABASE_URL;
  if (url) return url;
  if (process.env.CI === 'true') {
    throw new Error(
      `CI=true but TEST_DATABASE_URL is not set: PostgreSQL tests cannot be skipped in CI. ${HOW_TO_GET_POSTGRES}`,
    );
  }
  return undefined;
}

let warned = false;

export function testEngines(): TestEngine[] {
  const engines: TestEngine[] = [{ name: 'pglite', create: createPglite }];
  const url = postgresUrl();
  if (url) engines.push({ name: 'postgres', create: (o) => createPostgres(url, o) });
  else if (!warned) {
    warned = true;
    process.stderr.write(
      `[everyday tests] PostgreSQL integration tests skipped locally. ${HOW_TO_GET_POSTGRES}\n`,
    );
  }
  return engines;
}

async function createPglite(options: { migrate?: boolean } = {}): Promise<TestDatabase> {
  const handle = await openDatabase({ kind: 'embedded', dataDir: 'memory' });
  if (options.migrate !== false) await migrate(handle.db);
  return { ...handle, url: undefined, destroy: () => handle.close() };
}

function withDatabase(url: string, name: string): string {
  const u = new URL(url);
  u.pathname = `/${name}`;
  return u.toString();
}

async function createPostgres(
  adminUrl: string,
  options: { migrate?: boolean } = {},
): Promise<TestDatabase> {
  const name = `everyday_test_${randomBytes(6).toString('hex')}`;
  const admin = new pg.Client({ connectionString: adminUrl });
  await admin.connect();
  try {
    await admin.query(`CREATE DATABASE ${name}`);
  } finally {
    await admin.end();
  }
  const url = withDatabase(adminUrl, name);
  const handle = await openDatabase({ kind: 'postgres', url, poolSize: 20 });
  if (options.migrate !== false) await migrate(handle.db);
  return {
    ...handle,
    url,
    async destroy() {
      await handle.close();
      const client = new pg.Client({ connectionString: adminUrl });
      await client.connect();
      try {
        await client.query(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`);
      } finally {
        await client.end();
      }
    },
  };
}
