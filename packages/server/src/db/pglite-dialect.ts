/**
 * A Kysely dialect for PGlite. PGlite is one connection in one process, so this driver hands
 * that connection to one holder at a time: a transaction keeps it from BEGIN to COMMIT, and a
 * query from another request waits until it is released. Without the lock, a concurrent
 * request's query could run inside someone else's open transaction (STYLE.md, PGlite notes).
 */
import type { PGlite } from '@electric-sql/pglite';
import {
  CompiledQuery,
  PostgresAdapter,
  PostgresIntrospector,
  PostgresQueryCompiler,
  type DatabaseConnection,
  type Dialect,
  type Driver,
  type Kysely,
  type QueryResult,
  type TransactionSettings,
} from 'kysely';

const ACQUIRE_TIMEOUT_MS = 30_000;

/** A first-come, first-served lock. */
class Lock {
  #tail: Promise<void> = Promise.resolve();

  acquire(): Promise<() => void> {
    let release!: () => void;
    const next = new Promise<void>((resolve) => {
      release = resolve;
    });
    const ready = this.#tail.then(() => release);
    this.#tail = this.#tail.then(() => next);
    return ready;
  }
}

class PgliteConnection implements DatabaseConnection {
  constructor(private readonly pg: PGlite) {}

  async executeQuery<R>(query: CompiledQuery): Promise<QueryResult<R>> {
    // Parameterless statements go through exec() so a migration may hold several statements.
    const result =
      query.parameters.length > 0
        ? await this.pg.query<R>(query.sql, [...query.parameters])
        : (await this.pg.exec(query.sql)).at(-1);
    const rows = (result?.rows ?? []) as R[];
    const affected = result?.affectedRows;
    return affected === undefined ? { rows } : { rows, numAffectedRows: BigInt(affected) };
  }

  // eslint-disable-next-line require-yield -- streaming is not offered on PGlite
  async *streamQuery<R>(): AsyncIterableIterator<QueryResult<R>> {
    await Promise.resolve();
    throw new Error('Streaming queries are not supported on PGlite');
  }
}

class PgliteDriver implements Driver {
  readonly #lock = new Lock();
  readonly #connection: PgliteConnection;
  readonly #releases = new WeakMap<DatabaseConnection, () => void>();

  constructor(private readonly pg: PGlite) {
    this.#connection = new PgliteConnection(pg);
  }

  async init(): Promise<void> {
    await this.pg.waitReady;
  }

  async acquireConnection(): Promise<DatabaseConnection> {
    // A query made with the database handle inside a transaction would wait for ever for the
    // connection that transaction holds: fail loudly instead of hanging.
    let timer: NodeJS.Timeout | undefined;
    const timeout = new Promise<never>((_, reject) => {
      timer = setTimeout(() => {
        reject(
          new Error(
            `Waited ${ACQUIRE_TIMEOUT_MS / 1000} s for the embedded database. Is a query using the database handle inside a transaction instead of the transaction?`,
          ),
        );
      }, ACQUIRE_TIMEOUT_MS);
    });
    const acquiring = this.#lock.acquire();
    const release = await Promise.race([acquiring, timeout]).catch((err: unknown) => {
      // Give the lock straight back when it eventually comes.
      void acquiring.then((r) => {
        r();
      });
      throw err;
    });
    clearTimeout(timer);
    this.#releases.set(this.#connection, release);
    return this.#connection;
  }

  async beginTransaction(conn: DatabaseConnection, settings: TransactionSettings): Promise<void> {
    const isolation = settings.isolationLevel
      ? ` ISOLATION LEVEL ${settings.isolationLevel.toUpperCase()}`
      : '';
    await conn.executeQuery(CompiledQuery.raw(`BEGIN${isolation}`));
  }

  async commitTransaction(conn: DatabaseConnection): Promise<void> {
    await conn.executeQuery(CompiledQuery.raw('COMMIT'));
  }

  async rollbackTransaction(conn: DatabaseConnection): Promise<void> {
    await conn.executeQuery(CompiledQuery.raw('ROLLBACK'));
  }

  releaseConnection(conn: DatabaseConnection): Promise<void> {
    const release = this.#releases.get(conn);
    this.#releases.delete(conn);
    release?.();
    return Promise.resolve();
  }

  async destroy(): Promise<void> {
    // Wait for whoever holds the connection, then close PGlite so its files are flushed.
    const release = await this.#lock.acquire();
    try {
      if (!this.pg.closed) await this.pg.close();
    } finally {
      release();
    }
  }
}

export class PgliteDialect implements Dialect {
  constructor(private readonly pg: PGlite) {}

  createDriver(): Driver {
    return new PgliteDriver(this.pg);
  }
  createQueryCompiler(): PostgresQueryCompiler {
    return new PostgresQueryCompiler();
  }
  createAdapter(): PostgresAdapter {
    return new PostgresAdapter();
  }
  createIntrospector(db: Kysely<unknown>): PostgresIntrospector {
    return new PostgresIntrospector(db);
  }
}
