/**
 * The bulk generator on PostgreSQL (issue 11 item 6; COPY needs a PostgreSQL server, so this file
 * runs only with TEST_DATABASE_URL, and CI has it): a small service (2 practices, 300 people,
 * 3 months) keeps the rules the real paths enforce, every stored score is the server's own
 * scoring of the stored answers, and the same seed gives the same service, row for row.
 */
import { SEAT_HOLDING_STATUSES, SESSION_USING_STATUSES } from '@everyday/core';
import { sql, type Kysely } from 'kysely';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Database } from '../../db/schema.js';
import { prepareEntry } from '../../record/entry-service.js';
import { postgresUrl, testEngines, type TestDatabase } from '../../testing/test-database.js';
import { loadDemoArea } from '../population-data.js';
import { DatabaseNotEmptyError, generateBulk, type GenerateReport } from './generate-bulk.js';
import { TABLES } from './tables.js';

const pgUrl = postgresUrl();
const postgres = testEngines().find((e) => e.name === 'postgres');

const generate = (url: string, seed: string) =>
  generateBulk(
    {
      databaseUrl: url,
      area: loadDemoArea(),
      seed,
      practices: 2,
      people: 300,
      years: 0.25,
      endDay: '2026-11-30',
      arrivalsPerWeek: 18,
    },
    () => performance.now(),
  );

/** One digest per table of every row (uuids included: they are drawn from the seed). */
async function digests(db: Kysely<Database>): Promise<Record<string, string>> {
  const out: Record<string, string> = {};
  for (const table of Object.keys(TABLES)) {
    const columns = sql.raw(TABLES[table as keyof typeof TABLES].join(', '));
    const row = await sql<{ d: string | null }>`
      SELECT md5(string_agg(r::text, '|' ORDER BY r::text)) AS d
      FROM (SELECT ${columns} FROM ${sql.table(table)}) r`.execute(db);
    out[table] = row.rows[0]?.d ?? '';
  }
  return out;
}

const live = (statuses: readonly string[]) => sql.join(statuses.map((s) => sql.lit(s)));

describe.runIf(pgUrl !== undefined)('bulk generator (PostgreSQL)', () => {
  let a: TestDatabase;
  let report: GenerateReport;
  beforeAll(async () => {
    if (!postgres) throw new Error('no PostgreSQL engine');
    a = await postgres.create({ migrate: false });
    if (a.url === undefined) throw new Error('no URL');
    report = await generate(a.url, 'bulk-test');
  }, 300_000);
  afterAll(async () => {
    await a.destroy();
  });

  it('writes people, requests, appointments, contacts and discharges', async () => {
    const c = report.counts;
    expect(c.organisations).toBe(4);
    expect(c.people).toBe(300);
    expect(c.requests).toBeGreaterThan(150);
    expect(c.appointments).toBeGreaterThan(c.contacts);
    expect(c.contacts).toBeGreaterThan(150);
    expect(c.discharges).toBeGreaterThan(20);
    const contacts = await sql<{ n: number }>`
      SELECT count(*)::int AS n FROM record_entries WHERE kind = 'contact'`.execute(a.db);
    expect(contacts.rows[0]?.n).toBe(c.contacts);
    const people = await sql<{ n: number }>`SELECT count(*)::int AS n FROM people`.execute(a.db);
    expect(people.rows[0]?.n).toBe(300);
  });

  it('books no seat twice, no slot beyond its capacity, and no OT or person in two places', async () => {
    const seats = await sql<{ n: number }>`
      SELECT count(*)::int AS n FROM (
        SELECT slot_id, seat FROM appointments WHERE status IN (${live(SEAT_HOLDING_STATUSES)})
        GROUP BY slot_id, seat HAVING count(*) > 1) t`.execute(a.db);
    expect(seats.rows[0]?.n).toBe(0);
    const over = await sql<{ n: number }>`
      SELECT count(*)::int AS n FROM (
        SELECT s.id FROM slots s JOIN appointments x ON x.slot_id = s.id
        WHERE x.status IN (${live(SEAT_HOLDING_STATUSES)})
        GROUP BY s.id, s.capacity HAVING count(*) > s.capacity) t`.execute(a.db);
    expect(over.rows[0]?.n).toBe(0);
    // Every live appointment of one person, and every slot of one OT, apart in time.
    const person = await sql<{ n: number }>`
      SELECT count(*)::int AS n FROM appointments x JOIN appointments y
        ON x.person_id = y.person_id AND x.id < y.id
       AND tstzrange(x.starts_at, x.ends_at) && tstzrange(y.starts_at, y.ends_at)
      WHERE x.status IN (${live(SEAT_HOLDING_STATUSES)})
        AND y.status IN (${live(SEAT_HOLDING_STATUSES)})`.execute(a.db);
    expect(person.rows[0]?.n).toBe(0);
    const ot = await sql<{ n: number }>`
      SELECT count(*)::int AS n FROM slots x JOIN slots y
        ON x.ot_id = y.ot_id AND x.id < y.id
       AND tstzrange(x.starts_at, x.ends_at) && tstzrange(y.starts_at, y.ends_at)`.execute(a.db);
    expect(ot.rows[0]?.n).toBe(0);
  });

  it('keeps every episode within its session limit unless an over-limit reason is recorded', async () => {
    const over = await sql<{ n: number }>`
      SELECT count(*)::int AS n FROM (
        SELECT e.id FROM episodes e JOIN appointments x ON x.episode_id = e.id
        WHERE x.status IN (${live(SESSION_USING_STATUSES)}) AND x.over_limit_reason IS NULL
        GROUP BY e.id, e.session_limit HAVING count(*) > e.session_limit) t`.execute(a.db);
    expect(over.rows[0]?.n).toBe(0);
    const sessions = await sql<{ most: number }>`
      SELECT max(n)::int AS most FROM (
        SELECT count(*) AS n FROM appointments WHERE status = 'attended' GROUP BY episode_id) t`.execute(
      a.db,
    );
    expect(sessions.rows[0]?.most).toBeGreaterThan(1);
  });

  it('stores for every entry, and every version, the scores the server computes from its answers', async () => {
    const rows = await sql<{
      kind: string;
      data: unknown;
      scores: unknown;
      date_of_birth: string;
      pathway: string;
    }>`
      SELECT v.data, v.scores, x.kind, p.date_of_birth::text AS date_of_birth, e.pathway
      FROM record_entry_versions v JOIN record_entries x ON x.id = v.entry_id
      JOIN episodes e ON e.id = x.episode_id JOIN people p ON p.id = e.person_id`.execute(a.db);
    const assessments = rows.rows.filter((r) => r.kind === 'assessment');
    expect(assessments.length).toBeGreaterThan(50);
    expect(assessments.every((r) => Object.keys(r.scores as object).length > 0)).toBe(true);
    for (const r of rows.rows) {
      const again = prepareEntry(
        r.kind as 'assessment',
        r.data,
        r.date_of_birth,
        r.pathway as 'work',
      );
      expect(JSON.parse(JSON.stringify(again.scores))).toEqual(r.scores);
    }
    const latest = await sql<{ n: number }>`
      SELECT count(*)::int AS n FROM record_entries x
      JOIN record_entry_versions v ON v.entry_id = x.id AND v.version = x.version
      WHERE v.data <> x.data OR v.scores <> x.scores`.execute(a.db);
    expect(latest.rows[0]?.n).toBe(0);
  });

  it('triages every request with the rule version and keeps each one history, audited as the generator', async () => {
    const untriaged = await sql<{ n: number }>`
      SELECT count(*)::int AS n FROM requests r
      WHERE r.triage_rule_version IS NULL OR r.triage_rule_version = ''
         OR NOT EXISTS (SELECT 1 FROM request_events x WHERE x.request_id = r.id AND x.action = 'received')`.execute(
      a.db,
    );
    expect(untriaged.rows[0]?.n).toBe(0);
    const booked = await sql<{ n: number }>`
      SELECT count(*)::int AS n FROM requests r
      WHERE r.status = 'booked' AND NOT EXISTS (
        SELECT 1 FROM episodes e WHERE e.request_id = r.id)`.execute(a.db);
    expect(booked.rows[0]?.n).toBe(0);
    const audit = await sql<{ k: string }>`
      SELECT DISTINCT action || ':' || resource_type AS k FROM audit_events
      WHERE actor_label = 'service:bulk-generate'`.execute(a.db);
    const kinds = audit.rows.map((r) => r.k);
    for (const k of [
      'create:request',
      'update:request',
      'create:appointment',
      'create:record_entry',
    ])
      expect(kinds).toContain(k);
  });

  it('refuses a database that already holds a service', async () => {
    if (a.url === undefined) throw new Error('no URL');
    await expect(generate(a.url, 'bulk-test')).rejects.toBeInstanceOf(DatabaseNotEmptyError);
  });

  it('gives the same service for the same seed, row for row', async () => {
    if (!postgres) throw new Error('no PostgreSQL engine');
    const b = await postgres.create({ migrate: false });
    try {
      if (b.url === undefined) throw new Error('no URL');
      await generate(b.url, 'bulk-test');
      expect(await digests(b.db)).toEqual(await digests(a.db));
    } finally {
      await b.destroy();
    }
  }, 300_000);
});
