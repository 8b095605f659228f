/**
 * The demo writer on both databases (issue 11 items 4, 5): a small service (a month) written
 * through the use cases keeps every rule the real paths enforce, is audited as demo-generator,
 * and the same seed gives the same service, row for row.
 */
import {
  ageOn,
  DEFAULT_PARAMETERS,
  fixedClock,
  type QuestionnaireKind,
  drawPerson,
  SEAT_HOLDING_STATUSES,
  SESSION_USING_STATUSES,
  type PersonSource,
} from '@everyday/core';
import { sql, type Kysely } from 'kysely';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Database } from '../db/schema.js';
import { prepareEntry, scoreAnswers } from '../record/entry-service.js';
import { testEngines, type TestDatabase } from '../testing/test-database.js';
import { generateHistory, type HistoryCounts } from './generate-history.js';
import { loadDemoArea } from './population-data.js';
import { seedDemo } from './seed.js';
import { listStaffRegister } from '../planning/list-staff-register.js';
import { loadDemoDeprivation } from '../people/deprivation-lookup.js';

const END = new Date('2026-11-19T15:30:00Z');
const people: PersonSource = (random, index, ages) =>
  drawPerson(random, loadDemoArea(), '2026-11-19', index, { minAge: ages.min, maxAge: ages.max });

async function generate(db: Kysely<Database>, seed: string): Promise<HistoryCounts> {
  await seedDemo(db);
  await loadDemoDeprivation(db);
  return generateHistory(db, {
    seed,
    days: 35,
    endAt: END,
    people,
    publicUrl: 'http://localhost:3000',
    // Everyone answers the PREM and every OT sends questionnaires between sessions, so a month's
    // few episodes show both paths; the rates themselves are checked in core's unit tests.
    params: {
      ...DEFAULT_PARAMETERS,
      record: {
        ...DEFAULT_PARAMETERS.record,
        premResponse: { value: 1, source: 'test' },
        outcomeLinkSent: { value: 1, source: 'test' },
      },
    },
  });
}

/**
 * The patient tables as content, without what is random by design (ids, references, tokens) or
 * stamped by the database at insert (people's and requests' created_at): sorted rows of JSON.
 * Booking, opening and entry times come from the simulated clock, so they are compared too.
 */
async function canonicalDump(db: Kysely<Database>): Promise<Record<string, string[]>> {
  const q = async (query: string) =>
    (await sql<Record<string, unknown>>`${sql.raw(query)}`.execute(db)).rows
      .map((r) => JSON.stringify(r))
      .sort();
  return {
    people: await q(
      'SELECT given_name, family_name, date_of_birth::text, nhs_number, postcode, phone, email FROM people',
    ),
    requests: await q(
      `SELECT p.nhs_number, o.ods_code, r.route, r.channel, r.status, r.answers - 'practiceId' AS answers, r.received_at, r.urgency, r.pathway, r.tier,
              r.suggested_pathway, r.triage_rule_version, r.acted_at
       FROM requests r JOIN people p ON p.id = r.person_id JOIN organisations o ON o.id = r.practice_id`,
    ),
    events: await q(
      `SELECT p.nhs_number, e.action, e.details - 'appointmentId' AS details FROM request_events e
       JOIN requests r ON r.id = e.request_id JOIN people p ON p.id = r.person_id`,
    ),
    appointments: await q(
      `SELECT p.nhs_number, a.starts_at, a.ends_at, a.seat, a.status, a.booked_via, a.status_reason, a.status_changed_at, a.reminder_due_at, a.booked_at FROM appointments a
       JOIN people p ON p.id = a.person_id`,
    ),
    episodes: await q(
      `SELECT p.nhs_number, e.pathway, e.tier, e.status, e.opened_at, e.closed_at FROM episodes e
       JOIN people p ON p.id = e.person_id`,
    ),
    entries: await q(
      `SELECT p.nhs_number, x.kind, x.version, x.data - 'appointmentId' AS data, x.scores, x.created_at, x.updated_at FROM record_entries x
       JOIN episodes e ON e.id = x.episode_id JOIN people p ON p.id = e.person_id`,
    ),
  };
}

describe.each(testEngines())('the demo history on $name', (engine) => {
  let a: TestDatabase;
  let counts: HistoryCounts;
  beforeAll(async () => {
    a = await engine.create();
    const started = performance.now();
    counts = await generate(a.db, 'demo-test');
    const seconds = (performance.now() - started) / 1000;
    process.stdout.write(
      `demo history on ${engine.name}: ${JSON.stringify(counts)} in ${seconds.toFixed(1)} s\n`,
    );
  }, 300_000);
  afterAll(async () => {
    await a.destroy();
  });

  it('writes a service with requests, appointments, contacts and discharges', () => {
    expect(counts.requests).toBeGreaterThan(40);
    expect(counts.attended).toBeGreaterThan(10);
    expect(counts.entries).toBeGreaterThan(counts.attended);
    expect(counts.discharges).toBeGreaterThan(0);
  });

  it('books no seat twice and no slot beyond its capacity', async () => {
    const over = await sql<{ n: number }>`
      SELECT count(*)::int AS n FROM (
        SELECT s.id FROM slots s JOIN appointments a ON a.slot_id = s.id
        WHERE a.status IN (${sql.join(SEAT_HOLDING_STATUSES.map((x) => sql.lit(x)))})
        GROUP BY s.id, s.capacity HAVING count(*) > s.capacity
      ) t`.execute(a.db);
    expect(over.rows[0]?.n).toBe(0);
    const seats = await sql<{ n: number }>`
      SELECT count(*)::int AS n FROM (
        SELECT slot_id, seat FROM appointments
        WHERE status IN (${sql.join(SEAT_HOLDING_STATUSES.map((x) => sql.lit(x)))})
        GROUP BY slot_id, seat HAVING count(*) > 1
      ) t`.execute(a.db);
    expect(seats.rows[0]?.n).toBe(0);
  });

  it('keeps every episode within its session limit', async () => {
    const over = await sql<{ n: number }>`
      SELECT count(*)::int AS n FROM (
        SELECT e.id FROM episodes e JOIN appointments a ON a.episode_id = e.id
        WHERE a.status IN (${sql.join(SESSION_USING_STATUSES.map((x) => sql.lit(x)))})
        GROUP BY e.id, e.session_limit HAVING count(*) > e.session_limit
      ) t`.execute(a.db);
    expect(over.rows[0]?.n).toBe(0);
  });

  it('stores for every entry the scores the server computes from its answers', async () => {
    const rows = await a.db
      .selectFrom('record_entries as x')
      .innerJoin('episodes as e', 'e.id', 'x.episode_id')
      .innerJoin('people as p', 'p.id', 'e.person_id')
      .select(['x.kind', 'x.data', 'x.scores', 'p.date_of_birth', 'e.pathway'])
      .execute();
    expect(rows.filter((r) => r.kind === 'assessment').length).toBeGreaterThan(5);
    for (const r of rows) {
      if (r.kind === 'discharge') continue;
      if (r.kind === 'questionnaire') {
        // Answered by the person from a link: scored as the link's route scores it.
        const q = r.data as { kind: QuestionnaireKind; answers: unknown; language: 'en' | 'cy' };
        const age = r.date_of_birth === null ? null : ageOn(r.date_of_birth, '2026-11-19');
        const again = scoreAnswers(q.kind, q.answers, age, 'answers', q.language);
        expect(JSON.parse(JSON.stringify(again.scores))).toEqual(r.scores);
        continue;
      }
      const again = prepareEntry(r.kind as 'assessment', r.data, r.date_of_birth, r.pathway);
      expect(JSON.parse(JSON.stringify(again.scores))).toEqual(r.scores);
    }
  });

  it('keeps the record an OT keeps: risk at the first session, GAS goals, Health and Work Reports, PREMs answered by link', async () => {
    const rows = await a.db
      .selectFrom('record_entries as x')
      .innerJoin('episodes as e', 'e.id', 'x.episode_id')
      .select(['x.kind', 'x.data', 'x.scores', 'e.id as episode', 'e.pathway'])
      .execute();
    const of = (kind: string) => rows.filter((r) => r.kind === kind);
    const withContacts = new Set(of('contact').map((r) => r.episode));
    // Every episode that has begun has its risk assessment, over the pathway's own domains.
    expect(new Set(of('risk').map((r) => r.episode))).toEqual(withContacts);
    const goals = of('goal').map((r) => r.data as { measure: string });
    expect(goals.some((g) => g.measure === 'gas')).toBe(true);
    expect(goals.some((g) => g.measure === 'copm')).toBe(true);
    // Reports go only to people on the work pathway.
    expect(of('health_work_report').length).toBeGreaterThan(0);
    expect(of('health_work_report').every((r) => r.pathway === 'work')).toBe(true);
    // PREMs answered from the link the person was sent, saved as the person's, after discharge.
    const prems = of('questionnaire').filter((r) => (r.data as { kind: string }).kind === 'prem');
    expect(prems.length).toBe(counts.premsAnswered);
    expect(counts.premsAnswered).toBeGreaterThan(0);
    expect(prems.every((r) => (r.data as { source: string }).source === 'link')).toBe(true);
    const completed = await a.db
      .selectFrom('questionnaire_links')
      .select('id')
      .where('purpose', '=', 'prem')
      .where('completed_at', 'is not', null)
      .execute();
    expect(completed.length).toBe(counts.premsAnswered);
    // Outcome questionnaires sent by link between sessions (mental-health and work pathways),
    // answered at home before the episode closed, and scored by the server like anyone's.
    const outcomes = of('questionnaire').filter(
      (r) => (r.data as { kind: string }).kind !== 'prem',
    );
    expect(counts.questionnairesSent).toBeGreaterThan(0);
    expect(counts.questionnairesAnswered).toBeGreaterThan(0);
    expect(outcomes.length).toBeGreaterThanOrEqual(counts.questionnairesAnswered);
    expect(outcomes.every((r) => ['mental_health', 'work'].includes(r.pathway))).toBe(true);
    expect(outcomes.every((r) => (r.data as { source: string }).source === 'link')).toBe(true);
    const sent = await a.db
      .selectFrom('questionnaire_links')
      .select(['completed_at'])
      .where('purpose', '=', 'outcomes')
      .execute();
    expect(sent.length).toBe(counts.questionnairesSent);
    expect(sent.filter((l) => l.completed_at !== null).length).toBe(counts.questionnairesAnswered);
  });

  it('triages every request with a rule version, and audits the writes as demo-generator', async () => {
    const untriaged = await a.db
      .selectFrom('requests')
      .select('id')
      .where('triage_rule_version', 'is', null)
      .execute();
    expect(untriaged).toEqual([]);
    const audit = await a.db
      .selectFrom('audit_events')
      .select(['action', 'resource_type'])
      .where('actor_label', '=', 'demo-generator')
      .execute();
    const kinds = new Set(audit.map((e) => `${e.action}:${e.resource_type}`));
    for (const k of [
      'create:request',
      'update:request',
      'create:appointment',
      'update:appointment',
      'create:record_entry',
      'update:episode_discharge',
    ])
      expect(kinds).toContain(k);
  });

  it('fills the staff register: three OTs with profiles, a year of monthly supervision, one overdue and one HCPC renewal due', async () => {
    const orgs = await a.db.selectFrom('organisations').select('id').execute();
    const ids = orgs.map((o) => o.id);
    const register = await listStaffRegister(
      {
        actor: {
          userId: '00000000-0000-4000-8000-000000000000',
          email: 'lead@test',
          name: 'Lead',
          roles: ['lead'],
          organisationIds: ids,
          scope: new Set(ids),
        },
        ip: null,
      },
      { db: a.db, clock: fixedClock(END) },
    );
    expect(register.staff.map((s) => s.name).sort()).toEqual([
      'Megan Hughes',
      'Olwen Thomas',
      'Rhys Jenkins',
    ]);
    for (const s of register.staff) {
      expect(s.profile).toMatchObject({ profession: 'occupational_therapist' });
      expect(s.profile?.hcpcNumber).toMatch(/^OT\d{5}$/);
    }
    const supervisions = await a.db
      .selectFrom('supervision_records')
      .select((eb) => eb.fn.countAll<number>().as('n'))
      .executeTakeFirstOrThrow();
    expect(supervisions.n).toBe(36);
    expect(register.due.map((d) => [d.name, d.reasons[0]])).toEqual([
      ['Rhys Jenkins', 'supervision_overdue'],
      ['Megan Hughes', 'hcpc_renewal_due'],
    ]);
    const olwen = register.staff.find((s) => s.name === 'Olwen Thomas');
    expect(olwen?.sessionsPerWeek).toBe(4);
  });

  it('records each person with the equality answers and the area deprivation the evidence needs', async () => {
    const people = await a.db
      .selectFrom('people')
      .select(['sex', 'ethnicity', 'lsoa_code', 'imd_decile'])
      .execute();
    expect(people.length).toBeGreaterThan(0);
    // Sex and ethnic group as the person answered (the demo answers with the drawn person's).
    expect(people.filter((p) => p.sex === null || p.ethnicity === null)).toEqual([]);
    // Every postcode of the area resolves, once the area's lookup is loaded (the seed does it),
    // and North Trafford's postcodes are spread over several deprivation deciles.
    expect(people.filter((p) => p.lsoa_code === null)).toEqual([]);
    expect(new Set(people.map((p) => p.imd_decile)).size).toBeGreaterThan(2);
  });

  it('stamps bookings, episodes and entries with simulated time, not the time of writing', async () => {
    const start = END.getTime() - 36 * 86_400_000;
    const times = [
      ...(await a.db.selectFrom('appointments').select('booked_at as t').execute()),
      ...(await a.db.selectFrom('episodes').select('opened_at as t').execute()),
      ...(await a.db.selectFrom('record_entries').select('created_at as t').execute()),
    ].map((r) => new Date(r.t).getTime());
    expect(times.length).toBeGreaterThan(0);
    expect(times.filter((t) => t < start || t > END.getTime())).toEqual([]);
  });

  it('leaves today live: new requests with a crisis in the inbox, people waiting, clinics ahead', async () => {
    const statuses = await a.db.selectFrom('requests').select(['status', 'urgency']).execute();
    expect(statuses.some((s) => s.status === 'received' && s.urgency === 'crisis')).toBe(true);
    expect(statuses.some((s) => s.status === 'waiting')).toBe(true);
    const ahead = await a.db
      .selectFrom('appointments')
      .select('id')
      .where('status', '=', 'booked')
      .where('starts_at', '>', END)
      .execute();
    expect(ahead.length).toBeGreaterThan(0);
  });

  it('gives the same service for the same seed, row for row', async () => {
    const b = await engine.create();
    try {
      await generate(b.db, 'demo-test');
      expect(await canonicalDump(b.db)).toEqual(await canonicalDump(a.db));
    } finally {
      await b.destroy();
    }
  }, 300_000);
});
