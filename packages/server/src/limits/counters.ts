/**
 * Fixed-window counters in the database, shared by every server process: sign-in throttling
 * (auth/) and the public rate limits (http/) both count here, so neither depends on the other.
 * An upsert keeps each increment atomic on both engines.
 */
import { sql, type Kysely } from 'kysely';
import { windowStart } from '@everyday/core';
import type { Database } from '../db/schema.js';

export interface WindowCount {
  readonly count: number;
  readonly secondsLeftInWindow: number;
}

function windowBounds(now: Date, windowSeconds: number): { start: Date; end: Date } {
  const startSeconds = windowStart(Math.floor(now.getTime() / 1000), windowSeconds);
  return {
    start: new Date(startSeconds * 1000),
    end: new Date((startSeconds + windowSeconds) * 1000),
  };
}

export async function incrementCounter(
  db: Kysely<Database>,
  key: string,
  windowSeconds: number,
  now: Date,
): Promise<WindowCount> {
  const { start, end } = windowBounds(now, windowSeconds);
  const row = await db
    .insertInto('rate_limit_counters')
    .values({ key, window_start: start, count: 1, expires_at: end })
    .onConflict((oc) =>
      oc
        .columns(['key', 'window_start'])
        .doUpdateSet({ count: sql`rate_limit_counters.count + 1` }),
    )
    .returning('count')
    .executeTakeFirstOrThrow();
  return { count: row.count, secondsLeftInWindow: (end.getTime() - now.getTime()) / 1000 };
}

export async function readCounter(
  db: Kysely<Database>,
  key: string,
  windowSeconds: number,
  now: Date,
): Promise<WindowCount> {
  const { start, end } = windowBounds(now, windowSeconds);
  const row = await db
    .selectFrom('rate_limit_counters')
    .select('count')
    .where('key', '=', key)
    .where('window_start', '=', start)
    .executeTakeFirst();
  return { count: row?.count ?? 0, secondsLeftInWindow: (end.getTime() - now.getTime()) / 1000 };
}

/** Remove counters whose window has passed. */
export async function pruneCounters(db: Kysely<Database>, now: Date): Promise<void> {
  await db.deleteFrom('rate_limit_counters').where('expires_at', '<', now).execute();
}
