/**
 * Opens the database: PGlite in a folder by default, PostgreSQL when a URL is given. Both get
 * the same migrations and the same typed queries; values come back in the same shapes (dates
 * as 'YYYY-MM-DD' text, timestamps as Date, bigint counts as number).
 */
import { mkdirSync } from 'node:fs';
import { PGlite } from '@electric-sql/pglite';
import { btree_gist } from '@electric-sql/pglite/contrib/btree_gist';
import { Kysely, PostgresDialect } from 'kysely';
import pg from 'pg';
import { PgliteDialect } from './pglite-dialect.js';
import type { Database } from './schema.js';

export type DatabaseKind = 'embedded' | 'postgres';

export interface DatabaseHandle {
  readonly db: Kysely<Database>;
  readonly kind: DatabaseKind;
  close(): Promise<void>;
}

export type DatabaseTarget =
  | {
      readonly kind: 'embedded';
      /** A folder, or 'memory' for a throwaway database. */ readonly dataDir: string;
    }
  | { readonly kind: 'postgres'; readonly url: string; readonly poolSize?: number };

const PG_DATE = 1082;
const PG_INT8 = 20;

function parseInt8(value: string): number {
  const n = Number(value);
  if (!Number.isSafeInteger(n)) throw new Error(`int8 value out of safe range: ${value}`);
  return n;
}

function pgTypes(): pg.TypeOverrides {
  const types = new pg.TypeOverrides();
  types.setTypeParser(PG_DATE, (v: string) => v);
  types.setTypeParser(PG_INT8, parseInt8);
  return types;
}

export async function openDatabase(target: DatabaseTarget): Promise<DatabaseHandle> {
  if (target.kind === 'embedded') {
    if (target.dataDir !== 'memory') mkdirSync(target.dataDir, { recursive: true });
    const pglite = await PGlite.create({
      ...(target.dataDir === 'memory' ? {} : { dataDir: target.dataDir }),
      extensions: { btree_gist },
      parsers: { [PG_DATE]: (v: string) => v, [PG_INT8]: parseInt8 },
    });
    const db = new Kysely<Database>({ dialect: new PgliteDialect(pglite) });
    return { db, kind: 'embedded', close: () => db.destroy() };
  }
  const pool = new pg.Pool({
    connectionString: target.url,
    max: target.poolSize ?? 10,
    types: pgTypes(),
  });
  // An idle connection the server drops (restart, failover, an administrator) must not crash
  // the process: the pool replaces it on next use. Only the error code is reported.
  pool.on('error', (err: Error & { code?: string }) => {
    if (err.code !== '57P01')
      process.stderr.write(`PostgreSQL idle connection error: ${err.code ?? err.message}\n`);
  });
  const db = new Kysely<Database>({ dialect: new PostgresDialect({ pool }) });
  return { db, kind: 'postgres', close: () => db.destroy() };
}
