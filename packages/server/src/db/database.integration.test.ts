import { sql } from 'kysely';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { testEngines, type TestDatabase } from '../testing/test-database.js';
import { loadMigrations, migrate } from './migrate.js';

describe.each(testEngines())('database on $name', (engine) => {
  let t: TestDatabase;
  beforeAll(async () => {
    t = await engine.create();
  });
  afterAll(async () => {
    await t.destroy();
  });

  it('applies every migration once and is a no-op the second time', async () => {
    const versions = await t.db
      .selectFrom('schema_migrations')
      .select('version')
      .orderBy('version')
      .execute();
    expect(versions.map((v) => v.version)).toEqual(loadMigrations().map((m) => m.version));
    const again = await migrate(t.db);
    expect(again.applied).toEqual([]);
  });

  it('refuses to start when an applied migration was edited', async () => {
    const edited = loadMigrations().map((m, i) => (i === 0 ? { ...m, checksum: 'edited' } : m));
    await expect(migrate(t.db, edited)).rejects.toThrow(/has changed since it was applied/);
  });

  it('reads values in the same shapes on both engines', async () => {
    const row = await sql<{ d: string; ts: Date; n: number; arr: string[] }>`
      SELECT DATE '2024-02-29' AS d, TIMESTAMPTZ '2024-03-31T01:30:00Z' AS ts, count(*) AS n, ARRAY['a','b'] AS arr
      FROM (VALUES (1), (2)) v(x)`.execute(t.db);
    expect(row.rows[0]).toEqual({
      d: '2024-02-29',
      ts: new Date('2024-03-31T01:30:00Z'),
      n: 2,
      arr: ['a', 'b'],
    });
  });

  it('keeps the audit log append-only in the database itself', async () => {
    await t.db
      .insertInto('audit_events')
      .values({ actor_label: 'test', action: 'read', resource_type: 'person', outcome: 'allowed' })
      .execute();
    await expect(
      t.db.updateTable('audit_events').set({ reason: 'tampered' }).execute(),
    ).rejects.toThrow(/append-only/);
    await expect(t.db.deleteFrom('audit_events').execute()).rejects.toThrow(/append-only/);
  });

  it('has btree_gist available for exclusion constraints', async () => {
    await sql`CREATE EXTENSION IF NOT EXISTS btree_gist`.execute(t.db);
    const ext = await sql<{
      extname: string;
    }>`SELECT extname FROM pg_extension WHERE extname = 'btree_gist'`.execute(t.db);
    expect(ext.rows).toHaveLength(1);
  });
});

describe.each(testEngines())('transactions on $name', (engine) => {
  let t: TestDatabase;
  beforeAll(async () => {
    t = await engine.create();
    await sql`CREATE TABLE tx_probe (id serial PRIMARY KEY, who text NOT NULL)`.execute(t.db);
  });
  afterAll(async () => {
    await t.destroy();
  });

  it("never runs a concurrent request inside another request's open transaction", async () => {
    let insideTransaction!: () => void;
    const transactionOpen = new Promise<void>((r) => (insideTransaction = r));
    let finishTransaction!: () => void;
    const mayFinish = new Promise<void>((r) => (finishTransaction = r));

    // Request A opens a transaction, writes, waits, then rolls back.
    const requestA = t.db
      .transaction()
      .execute(async (trx) => {
        await trx
          .insertInto('tx_probe' as never)
          .values({ who: 'A' })
          .execute();
        insideTransaction();
        await mayFinish;
        throw new Error('roll back A');
      })
      .catch((e: unknown) => (e as Error).message);

    await transactionOpen;
    // Requests B and C arrive while A's transaction is open. Neither may see A's uncommitted row,
    // and B's write must not be swept into A's rollback.
    const requestB = t.db
      .insertInto('tx_probe' as never)
      .values({ who: 'B' })
      .execute();
    const requestC = sql<{ n: number }>`SELECT count(*) AS n FROM tx_probe WHERE who = 'A'`.execute(
      t.db,
    );
    await new Promise((r) => setTimeout(r, 50));
    finishTransaction();

    expect(await requestA).toBe('roll back A');
    await requestB;
    expect((await requestC).rows[0]?.n).toBe(0);
    const rows = await sql<{ who: string }>`SELECT who FROM tx_probe ORDER BY id`.execute(t.db);
    expect(rows.rows.map((r) => r.who)).toEqual(['B']);
  });

  it('keeps 50 concurrent transactions from interleaving', async () => {
    await sql`CREATE TABLE counter (id int PRIMARY KEY, n int NOT NULL)`.execute(t.db);
    await sql`INSERT INTO counter VALUES (1, 0)`.execute(t.db);
    // Read-modify-write without row locks: only correct if transactions do not interleave
    // (PGlite, serialised) or are serialisable (PostgreSQL retries would be needed), so on
    // PostgreSQL we take the row lock that real code would take.
    const lock = engine.name === 'postgres' ? sql` FOR UPDATE` : sql``;
    await Promise.all(
      Array.from({ length: 50 }, () =>
        t.db.transaction().execute(async (trx) => {
          const { rows } = await sql<{
            n: number;
          }>`SELECT n FROM counter WHERE id = 1${lock}`.execute(trx);
          await new Promise((r) => setImmediate(r));
          await sql`UPDATE counter SET n = ${(rows[0]?.n ?? 0) + 1} WHERE id = 1`.execute(trx);
        }),
      ),
    );
    const { rows } = await sql<{ n: number }>`SELECT n FROM counter WHERE id = 1`.execute(t.db);
    expect(rows[0]?.n).toBe(50);
  });
});
