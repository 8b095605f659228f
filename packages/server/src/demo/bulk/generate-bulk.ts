/**
 * `npm run generate` (issue 11 item 6): a large service for the benchmarks, written into an
 * empty PostgreSQL database by COPY. The migrations run first; a database that already holds
 * organisations is refused. The simulation (simulate.ts) writes every row to a spool of COPY
 * files, then the files are copied table by table, in one transaction, so the database's own
 * constraints (foreign keys, one live booking per seat, no OT or person in two places at once,
 * the checks) judge every row, and a failure leaves nothing behind. ADR 0018.
 */
import { createReadStream, statSync } from 'node:fs';
import { pipeline } from 'node:stream/promises';
import type { PopulationArea } from '@everyday/core';
import pg from 'pg';
import { from as copyFrom } from 'pg-copy-streams';
import { openDatabase } from '../../db/database.js';
import { migrate } from '../../db/migrate.js';
import { simulateBulk, type BulkCounts, type BulkOptions } from './simulate.js';
import { Spool } from './spool.js';
import { TABLES, type TableName } from './tables.js';

export interface GenerateOptions extends Omit<BulkOptions, 'onDay' | 'area'> {
  readonly databaseUrl: string;
  readonly area: PopulationArea;
  readonly onProgress?: (p: GenerateProgress) => void;
}

export type GenerateProgress =
  | {
      readonly phase: 'simulate';
      readonly value: number;
      readonly total: number;
      readonly counts: BulkCounts;
    }
  | {
      readonly phase: 'copy';
      readonly value: number;
      readonly total: number;
      readonly table: TableName;
    }
  | {
      readonly phase: 'rebuild';
      readonly value: number;
      readonly total: number;
      readonly statement: string;
    };

export interface GenerateReport {
  readonly counts: BulkCounts;
  readonly rows: Readonly<Record<TableName, number>>;
  readonly simulateMs: number;
  /** COPY and the rebuilding of constraints and indexes after it. */
  readonly copyMs: number;
  /** Of copyMs, the rebuilding of keys, constraints and indexes (validating every row). */
  readonly rebuildMs: number;
  readonly copyMsByTable: Readonly<Record<TableName, number>>;
  readonly spoolBytes: number;
}

/**
 * PostgreSQL's own advice for loading many rows ("Populating a Database" in its manual: remove
 * indexes and foreign-key constraints, load, create them again): inside the load's transaction,
 * drop the keys, unique and exclusion constraints, foreign keys and indexes of the tables written
 * (and the foreign keys of other tables pointing at them), and return the statements that put
 * every one back. Putting them back checks every row at once: a duplicate seat, an overlap or a
 * dangling reference fails the transaction, exactly as it would have failed row by row. CHECK
 * constraints stay in place throughout.
 */
async function dropConstraintsAndIndexes(
  client: pg.Client,
  tables: readonly string[],
): Promise<string[]> {
  const names = tables.map((t) => `public.${t}`);
  const constraints = await client.query<{ rel: string; name: string; def: string; type: string }>(
    `SELECT c.conrelid::regclass::text AS rel, c.conname AS name, pg_get_constraintdef(c.oid) AS def,
            c.contype::text AS type
       FROM pg_constraint c
      WHERE c.contype IN ('p', 'u', 'x', 'f')
        AND (c.conrelid = ANY($1::regclass[]) OR (c.contype = 'f' AND c.confrelid = ANY($1::regclass[])))
      ORDER BY c.contype = 'f', c.conrelid::regclass::text, c.conname`,
    [names],
  );
  const indexes = await client.query<{ name: string; def: string }>(
    `SELECT i.indexrelid::regclass::text AS name, pg_get_indexdef(i.indexrelid) AS def
       FROM pg_index i
      WHERE i.indrelid = ANY($1::regclass[])
        AND NOT EXISTS (SELECT 1 FROM pg_constraint c WHERE c.conindid = i.indexrelid)
      ORDER BY 1`,
    [names],
  );
  const foreign = constraints.rows.filter((c) => c.type === 'f');
  const own = constraints.rows.filter((c) => c.type !== 'f');
  for (const c of foreign) await client.query(`ALTER TABLE ${c.rel} DROP CONSTRAINT ${c.name}`);
  for (const c of own) await client.query(`ALTER TABLE ${c.rel} DROP CONSTRAINT ${c.name}`);
  for (const i of indexes.rows) await client.query(`DROP INDEX ${i.name}`);
  return [
    ...own.map((c) => `ALTER TABLE ${c.rel} ADD CONSTRAINT ${c.name} ${c.def}`),
    ...indexes.rows.map((i) => i.def),
    ...foreign.map((c) => `ALTER TABLE ${c.rel} ADD CONSTRAINT ${c.name} ${c.def}`),
  ];
}

export class DatabaseNotEmptyError extends Error {}

/** Whether `url` names a PostgreSQL server (the bulk paths need COPY, which PGlite lacks here). */
export function isPostgresUrl(url: string): boolean {
  return /^postgres(ql)?:\/\//.test(url);
}

export async function generateBulk(
  options: GenerateOptions,
  now: () => number,
): Promise<GenerateReport> {
  if (!isPostgresUrl(options.databaseUrl))
    throw new Error(
      'The bulk generator writes into PostgreSQL only: set DATABASE_URL to a postgres:// URL',
    );
  const handle = await openDatabase({ kind: 'postgres', url: options.databaseUrl, poolSize: 2 });
  try {
    await migrate(handle.db);
  } finally {
    await handle.close();
  }
  const client = new pg.Client({ connectionString: options.databaseUrl });
  await client.connect();
  const spool = new Spool();
  try {
    const existing = await client.query<{ n: string }>('SELECT count(*) AS n FROM organisations');
    if (Number(existing.rows[0]?.n ?? 0) > 0)
      throw new DatabaseNotEmptyError(
        'This database already holds organisations: the bulk generator writes only into an empty one',
      );
    const started = now();
    const counts = simulateBulk(
      {
        ...options,
        onDay: (p) =>
          options.onProgress?.({
            phase: 'simulate',
            value: p.day + 1,
            total: p.days + 1,
            counts: p.counts,
          }),
      },
      spool,
    );
    spool.close();
    const simulateMs = now() - started;
    const tables = Object.keys(TABLES) as TableName[];
    const sizes = tables.map((t) => statSync(spool.file(t)).size);
    const total = sizes.reduce((s, n) => s + n, 0);
    const copyStarted = now();
    const copyMsByTable = {} as Record<TableName, number>;
    let done = 0;
    let rebuildMs = 0;
    await client.query('BEGIN');
    try {
      await client.query(`SET LOCAL maintenance_work_mem = '1GB'`);
      const rebuild = await dropConstraintsAndIndexes(client, tables);
      for (const [i, table] of tables.entries()) {
        const t0 = now();
        const columns = TABLES[table].join(', ');
        const target = client.query(copyFrom(`COPY ${table} (${columns}) FROM STDIN`));
        const source = createReadStream(spool.file(table), { highWaterMark: 1 << 20 });
        source.on('data', (chunk) => {
          done += chunk.length;
          options.onProgress?.({ phase: 'copy', value: done, total, table });
        });
        await pipeline(source, target);
        copyMsByTable[table] = now() - t0;
        done = sizes.slice(0, i + 1).reduce((s, n) => s + n, 0);
      }
      const rebuildStarted = now();
      for (const [i, statement] of rebuild.entries()) {
        await client.query(statement);
        options.onProgress?.({ phase: 'rebuild', value: i + 1, total: rebuild.length, statement });
      }
      rebuildMs = now() - rebuildStarted;
      await client.query('COMMIT');
    } catch (error) {
      await client.query('ROLLBACK');
      throw error;
    }
    await client.query('ANALYZE');
    return {
      counts,
      rows: Object.fromEntries(spool.rows) as Record<TableName, number>,
      simulateMs,
      copyMs: now() - copyStarted,
      rebuildMs,
      copyMsByTable,
      spoolBytes: total,
    };
  } finally {
    spool.remove();
    await client.end();
  }
}
