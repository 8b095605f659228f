/**
 * Clinical record benchmark (issue 5): opening an episode — GET /api/episodes/:id/record — with
 * 20 contacts and 10 assessments, among 100,000 episodes (each with a handful of entries and
 * their versions). Target: p99 under 50 ms on PostgreSQL, one request at a time.
 *
 * The background is written in bulk inside the database (generate_series), the 20 measured
 * episodes with data and scores computed by the server's own entry code (as the API would).
 */
import { Agent, request as httpRequest } from 'node:http';
import { cpus, loadavg } from 'node:os';
import { existsSync, readFileSync } from 'node:fs';
import { performance } from 'node:perf_hooks';
import autocannon from 'autocannon';
import { sql, type Kysely } from 'kysely';
import { PatientAccess, type AccessContext } from '../packages/server/src/access/patient-access.js';
import { writeAuditEvent } from '../packages/server/src/audit/audit-log.js';
import { createSession, findSessionActor } from '../packages/server/src/auth/sessions.js';
import { migrate } from '../packages/server/src/db/migrate.js';
import type { Database } from '../packages/server/src/db/schema.js';
import { prepareEntry } from '../packages/server/src/record/entry-service.js';
import {
  entriesOfEpisode,
  episodeForRecord,
  lastHcpcNumber,
  practiceOfEpisode,
} from '../packages/server/src/record/record.repository.js';
import { makeOrganisationTree, makeUser, unique } from '../packages/server/src/testing/builders.js';
import { makeAnswers } from '../packages/server/src/testing/requests.js';
import { HttpClient, startServerProcess } from '../packages/server/src/testing/server-process.js';
import { onEachDatabase } from './databases.js';
import { writeSection } from './results.js';

const EPISODES = Number(process.env.BENCH_RECORD_EPISODES ?? 100_000);
const TARGETS = 20;
const CONTACTS = 20;
const ASSESSMENTS = 10;
const ENTRIES = CONTACTS + ASSESSMENTS;
const WARM_UP = 100;
const LATENCY_REQUESTS = Number(process.env.BENCH_RECORD_REQUESTS ?? 2000);
/** Each phase stops at its count or its time limit, whichever comes first (a slow read must not run for an hour). */
const WARM_UP_LIMIT_S = 15;
const LATENCY_LIMIT_S = 60;
const BREAKDOWN_ROUNDS = 200;
const BREAKDOWN_LIMIT_S = 20;
const CONNECTIONS = 16;
const DURATION_S = Number(process.env.BENCH_SECONDS ?? 10);
const TARGET_P99_MS = 50;
const PASSWORD = 'bench password 1';
const OTHER_OTS = 9;
const EXTRA_PRACTICES = 4;

const NOTES = [
  'Telephone review. Reports walking to the end of the road and back twice this week with the stick; no further falls. Still avoiding the bath: strip-washing at the sink. Discussed the bath board fitted on Tuesday; she has not yet tried it alone. Agreed to practise with her daughter present at the weekend. Sleeping better since cutting down on tea after 6 pm.',
  'Home visit with daughter present. Kitchen: kettle and mugs moved to worktop height, perching stool tried and accepted. Stairs: second rail recommended on the left going up; referral to the council handyperson service sent today. Practised getting up from the floor using a chair (backward chaining), managed with verbal prompts only. Falls diary reviewed: two near-misses, both at night on the way to the toilet. Plug-in night lights agreed. Pendant alarm declined for now; will revisit at next contact. Goal 1 (shopping alone) scored -1 on GAS: went to the corner shop with her neighbour.',
  'Video call. Mood lower this week after a difficult meeting with his manager about a return date. Used the activity schedule on three days out of seven; walked the dog every morning. Discussed a phased return: four half-days in week one rising to full hours by week four, with no lifting over 10 kg. He will share the Health and Work Report with HR. Sleep hygiene revisited. No thoughts of harming himself; protective factors unchanged (children, dog, football on Saturdays). Plan: review in two weeks, repeat PHQ-9 and GAD-7 then.',
  'Clinic appointment. Completed the initial assessment and agreed two goals. Discussed energy conservation (the four Ps) with a worked example for the weekly shop: online order, and a rest on the bench by the post office. Provided written information in Welsh as requested. Next contact in one week by phone.',
];

const mood = (
  phq9: number[],
  gad7: number[],
  profile: [number, number, number, number, number],
  vas: number,
  stage: 'initial' | 'review' | 'discharge',
  assessedOn: string,
) => ({
  stage,
  assessedOn,
  phq9: { items: phq9 },
  gad7: { items: gad7 },
  eq5d5l: {
    profile: {
      mobility: profile[0],
      selfCare: profile[1],
      usualActivities: profile[2],
      painDiscomfort: profile[3],
      anxietyDepression: profile[4],
    },
    vas,
    valueSet: 'UK_5L_2026',
    sex: null,
  },
  notes:
    'Low mood since losing his job in the spring; sleeping badly and withdrawing from friends. Wants to get back to work and to football. No current plans or intent to harm himself.',
});

const frailty = (assessedOn: string) => ({
  stage: 'initial',
  assessedOn,
  eq5d5l: {
    profile: {
      mobility: 3,
      selfCare: 2,
      usualActivities: 3,
      painDiscomfort: 2,
      anxietyDepression: 2,
    },
    vas: 55,
    valueSet: 'UK_5L_2026',
    sex: null,
  },
  cfs: { level: 5 },
  falls: { count: 2, injured: false, fearOfFalling: true },
  home: {
    hazards: ['stairs', 'bathing'],
    equipment: 'Walking stick; raised toilet seat.',
    notes: 'Steep stairs with one rail; bath only, no shower.',
  },
  notes:
    'Two falls in the last year, both indoors at night. Lives alone; daughter visits twice a week.',
});

const healthWorkReport = {
  advice: 'may_be_fit',
  options: {
    phasedReturn: true,
    amendedDuties: true,
    alteredHours: false,
    workplaceAssessment: false,
  },
  functionalEffects:
    'Reduced concentration for more than an hour at a time and low energy in the afternoons; unable to lift over 10 kg for now.',
  difficulties: [
    {
      difficulty: 'Concentrating through a full shift',
      recommendation: 'Half days for two weeks, then build up',
    },
    { difficulty: 'Heavy lifting', recommendation: 'No lifting over 10 kg for four weeks' },
  ],
  period: { from: '2026-10-01', to: '2026-11-01' },
  review: { required: true, date: '2026-10-29' },
  practitioner: {
    name: 'Bench OT',
    profession: 'occupational_therapist',
    professionOther: null,
    hcpcNumber: 'OT61234',
    organisation: 'Everyday',
    contact: '01234 567890',
  },
  assessedOn: '2026-09-30',
  issuedOn: '2026-09-30',
  comments: '',
};

interface Breakdown {
  readonly what: string;
  readonly rounds: number;
  readonly p50: number;
  readonly p99: number;
}

interface Seeded {
  readonly otEmail: string;
  readonly targetIds: string[];
  readonly seedSeconds: number;
  readonly counts: { episodes: number; entries: number; versions: number };
  readonly breakdown: Breakdown[];
}

/** A JSON value as a jsonb parameter. */
const jsonb = (value: unknown) => sql`${JSON.stringify(value)}::jsonb`;
const isoDay = (d: Date) => d.toISOString().slice(0, 10);

async function seed(db: Kysely<Database>): Promise<Seeded> {
  const started = performance.now();
  await migrate(db);
  const tree = await makeOrganisationTree(db);
  const practiceIds: string[] = [...tree.practiceIds, tree.otherPcnPracticeId];
  for (let i = 0; i < EXTRA_PRACTICES; i++) {
    const p = await db
      .insertInto('organisations')
      .values({
        kind: 'practice',
        name: unique('practice'),
        parent_id: tree.pcnId,
        list_size: 9000,
      })
      .returning('id')
      .executeTakeFirstOrThrow();
    practiceIds.push(p.id);
  }
  const ot = await makeUser(db, {
    roles: ['ot'],
    organisationIds: [tree.serviceId],
    name: 'Olwen Thomas',
    password: PASSWORD,
  });
  const otIds = [ot.id];
  for (let i = 0; i < OTHER_OTS; i++)
    otIds.push(
      (await makeUser(db, { roles: ['ot'], organisationIds: [tree.pcnId], password: PASSWORD })).id,
    );

  // One row per episode: its ids, practice, lead OT, pathway and opening time. Episodes
  // 1..TARGETS are the measured ones (mental health, open, led by the signed-in OT).
  const uuids = (ids: string[]) => sql`ARRAY[${sql.join(ids)}]::uuid[]`;
  await sql`DROP TABLE IF EXISTS bench_episodes`.execute(db);
  await sql`
    CREATE UNLOGGED TABLE bench_episodes AS
    SELECT g,
      gen_random_uuid() AS person_id,
      gen_random_uuid() AS request_id,
      gen_random_uuid() AS episode_id,
      (${uuids(practiceIds)})[1 + g % ${practiceIds.length}] AS practice_id,
      CASE WHEN g <= ${TARGETS} THEN ${ot.id}::uuid ELSE (${uuids(otIds)})[1 + g % ${otIds.length}] END AS ot_id,
      CASE WHEN g <= ${TARGETS} THEN 'mental_health'
        ELSE (ARRAY['frailty_falls', 'mental_health', 'work', 'memory', 'daily_living'])[1 + (g / 7) % 5] END AS pathway,
      CASE WHEN g <= ${TARGETS} OR g % 5 = 0 THEN 'open' ELSE 'closed' END AS status,
      now() - make_interval(days => 30 + g % 700, mins => g % 1440) AS opened_at
    FROM generate_series(1, ${EPISODES}) AS g`.execute(db);

  const givenNames = sql`ARRAY['Gwen', 'Dafydd', 'Siân', 'Rhys', 'Megan', 'Owen', 'Ffion', 'Huw']`;
  await sql`
    INSERT INTO people (id, nhs_number, given_name, family_name, date_of_birth, registered_practice_id,
      postcode, phone, email, preferred_contact, created_at, updated_at)
    SELECT person_id, (9000000000 + g)::text, (${givenNames})[1 + g % 8], 'Bench' || g,
      date '1935-01-01' + (g % 25000), practice_id, 'LA9 4JE', '07912 345678',
      'person' || g || '@example.com', 'email', opened_at, opened_at
    FROM bench_episodes`.execute(db);

  // A request reference is 8 letters from g (digits 0-9 → A-K without I), so all are distinct.
  await sql`
    INSERT INTO requests (id, reference, idempotency_scope, idempotency_key, route, channel, status,
      person_id, practice_id, answers, question_set_version, suggested_pathway, suggested_urgency,
      suggested_tier, triage_reasons, triage_rule_version, urgency, pathway, tier, received_at,
      acted_at, updated_at)
    SELECT request_id, substr(t, 1, 4) || '-' || substr(t, 5, 4), 'bench', 'bench-record-' || g,
      'self', 'online', 'booked', person_id, practice_id,
      jsonb_set(${jsonb(makeAnswers(practiceIds[0] ?? ''))}, '{person,familyName}', to_jsonb('Bench' || g))
        || jsonb_build_object('practiceId', practice_id),
      'front-door-2026.11.1', pathway, 'routine', 'individualised',
      ${jsonb({ pathway: [], urgency: [], tier: [] })}, 'bench', 'routine', pathway, 'individualised',
      opened_at - interval '20 days', opened_at - interval '18 days', opened_at
    FROM (SELECT *, translate(lpad(g::text, 8, '0'), '0123456789', 'ABCDEFGHJK') AS t FROM bench_episodes) b`.execute(
    db,
  );

  await sql`
    INSERT INTO episodes (id, person_id, request_id, practice_id, pathway, tier, lead_ot_id, status,
      opened_at, closed_at)
    SELECT episode_id, person_id, request_id, practice_id, pathway, 'individualised', ot_id, status,
      opened_at, CASE WHEN status = 'closed' THEN opened_at + interval '60 days' END
    FROM bench_episodes`.execute(db);

  // Background entries: 3-5 per episode. An initial assessment, contacts, a Health and Work
  // Report on work episodes, a review assessment as the fifth; one in ten second entries edited.
  const moodEntry = prepareEntry(
    'assessment',
    mood(
      [2, 2, 1, 1, 1, 1, 1, 1, 0],
      [2, 2, 2, 1, 1, 1, 1],
      [1, 1, 2, 2, 3],
      60,
      'initial',
      '2026-01-10',
    ),
    '1970-04-12',
  );
  const frailtyEntry = prepareEntry('assessment', frailty('2026-01-10'), '1940-04-12');
  const hwr = prepareEntry('health_work_report', healthWorkReport, '1970-04-12');
  const notes = sql`ARRAY[${sql.join(NOTES)}]`;
  await sql`
    INSERT INTO record_entries (episode_id, kind, version, data, scores, created_by, created_by_label,
      created_at, updated_by, updated_by_label, updated_at)
    SELECT episode_id, kind, version, data, scores, ot_id, ot_name, at, ot_id, ot_name,
      at + CASE WHEN version = 2 THEN interval '1 day' ELSE interval '0' END
    FROM (
      SELECT b.episode_id, b.ot_id, u.name AS ot_name, b.opened_at + n * interval '7 days' AS at,
        CASE WHEN n = 2 AND b.g % 10 = 0 THEN 2 ELSE 1 END AS version,
        CASE WHEN n IN (1, 5) THEN 'assessment'
          WHEN n = 4 AND b.pathway = 'work' THEN 'health_work_report' ELSE 'contact' END AS kind,
        CASE
          WHEN n IN (1, 5) THEN
            (CASE WHEN b.pathway IN ('mental_health', 'work') THEN ${jsonb(moodEntry.data)}
              ELSE ${jsonb(frailtyEntry.data)} END)
            || jsonb_build_object('assessedOn', to_char(b.opened_at + n * interval '7 days', 'YYYY-MM-DD'),
              'stage', CASE WHEN n = 1 THEN 'initial' ELSE 'review' END)
          WHEN n = 4 AND b.pathway = 'work' THEN ${jsonb(hwr.data)}
          ELSE jsonb_build_object(
            'occurredOn', to_char(b.opened_at + n * interval '7 days', 'YYYY-MM-DD'),
            'mode', (ARRAY['phone', 'in_person', 'home_visit', 'video'])[1 + (b.g + n) % 4],
            'minutes', 20 + ((b.g + n) % 5) * 10,
            'note', (${notes})[1 + (b.g + n) % ${NOTES.length}])
        END AS data,
        CASE WHEN n IN (1, 5) THEN
          (CASE WHEN b.pathway IN ('mental_health', 'work') THEN ${jsonb(moodEntry.scores)}
            ELSE ${jsonb(frailtyEntry.scores)} END)
          ELSE '{}'::jsonb END AS scores
      FROM bench_episodes b
      JOIN users u ON u.id = b.ot_id
      CROSS JOIN LATERAL generate_series(1, 3 + b.g % 3) AS n
      WHERE b.g > ${TARGETS}
    ) e`.execute(db);

  // The measured episodes: 20 contacts and 10 assessments each, a week apart by turns.
  const targets = await sql<{ episode_id: string; opened_at: Date }>`
    SELECT episode_id, opened_at FROM bench_episodes WHERE g <= ${TARGETS} ORDER BY g`.execute(db);
  const targetEntries = targets.rows.flatMap((t, ti) =>
    Array.from({ length: ENTRIES }, (_, i) => {
      const at = new Date(new Date(t.opened_at).getTime() + (i + 1) * 3 * 86_400_000);
      const k = (i + ti) % 4;
      const assessment = i % 3 === 0;
      const prepared = assessment
        ? prepareEntry(
            'assessment',
            mood(
              [3 - k, 2, 2 - (k % 2), 1, 1, 1 + (k % 2), 1, 1, k === 0 ? 1 : 0],
              [2, 2 - (k % 2), 2, 1, 1, 1, k % 2],
              [1, 1, 2, 2, 3 - (k % 2)],
              50 + k * 5,
              i === 0 ? 'initial' : 'review',
              isoDay(at),
            ),
            '1970-04-12',
          )
        : prepareEntry(
            'contact',
            {
              occurredOn: isoDay(at),
              mode: (['phone', 'in_person', 'video', 'home_visit'] as const)[k],
              minutes: 30 + k * 10,
              note: NOTES[(i + ti) % NOTES.length],
            },
            '1970-04-12',
          );
      return {
        episode_id: t.episode_id,
        kind: assessment ? 'assessment' : 'contact',
        data: JSON.stringify(prepared.data),
        scores: JSON.stringify(prepared.scores),
        created_by: ot.id,
        created_by_label: 'Olwen Thomas',
        created_at: at,
        updated_by: ot.id,
        updated_by_label: 'Olwen Thomas',
        updated_at: at,
      };
    }),
  );
  for (let i = 0; i < targetEntries.length; i += 200)
    await db
      .insertInto('record_entries')
      .values(targetEntries.slice(i, i + 200))
      .execute();

  // Every entry's first version, and the second of those edited (whose first had a shorter note).
  await sql`
    INSERT INTO record_entry_versions (entry_id, version, data, scores, changed_fields, changed_by,
      changed_by_label, changed_at)
    SELECT id, 1,
      CASE WHEN version = 2 THEN jsonb_set(data, '{note}', to_jsonb(left(data->>'note', 120))) ELSE data END,
      scores, '{}', created_by, created_by_label, created_at
    FROM record_entries
    UNION ALL
    SELECT id, 2, data, scores, ARRAY['note'], updated_by, updated_by_label, updated_at
    FROM record_entries WHERE version = 2`.execute(db);
  await sql`DROP TABLE bench_episodes`.execute(db);
  await sql`ANALYZE`.execute(db);

  const count = async (table: 'episodes' | 'record_entries' | 'record_entry_versions') =>
    (
      await db
        .selectFrom(table)
        .select(sql<number>`count(*)::int`.as('n'))
        .executeTakeFirstOrThrow()
    ).n;
  const counts = {
    episodes: await count('episodes'),
    entries: await count('record_entries'),
    versions: await count('record_entry_versions'),
  };
  const seedSeconds = (performance.now() - started) / 1000;
  const targetIds = targets.rows.map((t) => t.episode_id);
  return {
    otEmail: ot.email,
    targetIds,
    seedSeconds,
    counts,
    breakdown: await timeQueries(db, ot.id, targetIds),
  };
}

/** Load average (1 min) and, on Linux, the share of the last minute some task waited for a CPU. */
function load(): string {
  const pressure = existsSync('/proc/pressure/cpu')
    ? / avg60=([\d.]+)/.exec(readFileSync('/proc/pressure/cpu', 'utf8'))?.[1]
    : undefined;
  return `${(loadavg()[0] ?? 0).toFixed(1)}${pressure ? ` (CPU pressure ${pressure}%)` : ''}`;
}

function percentile(sorted: readonly number[], p: number): number {
  return sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)] ?? NaN;
}

/**
 * Where the time of one record read goes, timed in this process on the seeded database with
 * the server's own functions: session lookup, then the access module's transaction (episode →
 * practice, episode, entries, last HCPC number, audit insert).
 */
async function timeQueries(
  db: Kysely<Database>,
  otId: string,
  targetIds: string[],
): Promise<Breakdown[]> {
  const now = new Date();
  const token = await createSession(db, otId, 30, now);
  const times = new Map<string, number[]>();
  const timed = async <T>(what: string, f: () => Promise<T>): Promise<T> => {
    const t0 = performance.now();
    const value = await f();
    const list = times.get(what) ?? [];
    list.push(performance.now() - t0);
    times.set(what, list);
    return value;
  };
  const access = new PatientAccess(db);
  const stopAt = performance.now() + BREAKDOWN_LIMIT_S * 1000;
  for (let i = 0; i < BREAKDOWN_ROUNDS && (i < 20 || performance.now() < stopAt); i++) {
    const episodeId = targetIds[i % targetIds.length] ?? '';
    const actor = await timed('session lookup (session, user, organisation scope)', () =>
      findSessionActor(db, token, 30, now),
    );
    if (!actor) throw new Error('bench session not found');
    const context: AccessContext = { principal: { kind: 'staff', actor }, ip: '127.0.0.1' };
    await timed('whole access transaction (the next five, begin/commit)', () =>
      access.withPatientRecord(
        context,
        {
          action: 'read',
          level: 'record',
          resourceType: 'episode_record',
          resourceId: episodeId,
          organisation: {
            lookup: (trx) =>
              timed('episode → practice (access lookup)', () => practiceOfEpisode(trx, episodeId)),
          },
        },
        async (trx) => {
          await timed('episode, person, practice, sessions used', () =>
            episodeForRecord(trx, episodeId),
          );
          const entries = await timed('entries of the episode', () =>
            entriesOfEpisode(trx, episodeId),
          );
          if (entries.length !== ENTRIES)
            throw new Error(`expected ${ENTRIES} entries, got ${entries.length}`);
          await timed("last HCPC number (the user's Health and Work Reports)", () =>
            lastHcpcNumber(trx, otId),
          );
          return { id: episodeId };
        },
      ),
    );
    await timed('audit insert (own transaction)', () =>
      db.transaction().execute((trx) =>
        writeAuditEvent(trx, {
          userId: otId,
          actorLabel: 'bench',
          action: 'read',
          resourceType: 'episode_record',
          resourceId: episodeId,
          organisationId: null,
          ip: '127.0.0.1',
          outcome: 'allowed',
        }),
      ),
    );
  }
  return [...times].map(([what, list]) => {
    // The first rounds of each are warm-up.
    const sorted = list.slice(5).sort((a, b) => a - b);
    return {
      what,
      rounds: sorted.length,
      p50: percentile(sorted, 50),
      p99: percentile(sorted, 99),
    };
  });
}

interface Checked {
  readonly status: number;
  readonly body: string;
}

/** Throws unless the response is the full record with all of the episode's entries. */
function check({ status, body }: Checked): void {
  if (status !== 200) throw new Error(`record read answered ${status}: ${body.slice(0, 300)}`);
  const record = JSON.parse(body) as { view?: string; entries?: unknown[] };
  if (record.view !== 'full' || record.entries?.length !== ENTRIES)
    throw new Error(
      `record read returned view ${String(record.view)} with ${String(record.entries?.length)} entries, not ${ENTRIES}`,
    );
}

function get(agent: Agent, url: string, headers: Record<string, string>): Promise<Checked> {
  return new Promise((resolve, reject) => {
    const req = httpRequest(url, { agent, headers }, (res) => {
      const chunks: Buffer[] = [];
      res.on('data', (c: Buffer) => chunks.push(c));
      res.on('end', () => {
        resolve({ status: res.statusCode ?? 0, body: Buffer.concat(chunks).toString('utf8') });
      });
      res.on('error', reject);
    });
    req.on('error', reject);
    req.end();
  });
}

async function measure(
  engine: string,
  env: Record<string, string>,
  seeded: Seeded,
): Promise<string[]> {
  const server = await startServerProcess({
    ...env,
    LOG_LEVEL: 'silent',
    EVERYDAY_OUTBOX_INTERVAL_SECONDS: '3600',
  });
  try {
    const ot = new HttpClient(server.url);
    if ((await ot.signIn(seeded.otEmail, PASSWORD)) !== 200)
      throw new Error('bench OT could not sign in');
    const headers = { cookie: [...ot.cookies].map(([k, v]) => `${k}=${v}`).join('; ') };
    const path = (i: number) =>
      `/api/episodes/${seeded.targetIds[i % seeded.targetIds.length] ?? ''}/record`;

    // One request at a time on one kept-alive connection: the latency of opening a record.
    const agent = new Agent({ keepAlive: true, maxSockets: 1 });
    const warmUntil = performance.now() + WARM_UP_LIMIT_S * 1000;
    for (let i = 0; i < WARM_UP && (i < TARGETS || performance.now() < warmUntil); i++)
      check(await get(agent, `${server.url}${path(i)}`, headers));
    const latencies: number[] = [];
    const began = performance.now();
    const stopAt = began + LATENCY_LIMIT_S * 1000;
    for (let i = 0; i < LATENCY_REQUESTS && (i < 100 || performance.now() < stopAt); i++) {
      const t0 = performance.now();
      const response = await get(agent, `${server.url}${path(i)}`, headers);
      latencies.push(performance.now() - t0);
      check(response);
    }
    const elapsed = (performance.now() - began) / 1000;
    agent.destroy();
    latencies.sort((a, b) => a - b);

    // Throughput: many connections, every response checked as it arrives.
    let next = 0;
    let bad = 0;
    let firstBad = '';
    const load = await autocannon({
      url: server.url,
      connections: CONNECTIONS,
      duration: DURATION_S,
      headers,
      requests: [
        {
          setupRequest: (req) => ({ ...req, path: path(next++) }),
          onResponse: (status, body) => {
            try {
              check({ status, body });
            } catch (error) {
              bad++;
              firstBad ||= String(error);
            }
          },
        },
      ],
    });
    if (bad > 0 || load.errors > 0 || load.timeouts > 0)
      throw new Error(
        `${engine}: ${bad} bad responses, ${load.errors} errors, ${load.timeouts} timeouts under load; first: ${firstBad}`,
      );

    const ms = (n: number) => n.toFixed(1);
    const p99 = percentile(latencies, 99);
    const met = (v: number) => (v < TARGET_P99_MS ? 'met' : 'not met');
    return [
      `| ${engine} | open a record, 1 connection | ${latencies.length} | ${(latencies.length / elapsed).toFixed(0)} | ${ms(percentile(latencies, 50))} | ${ms(percentile(latencies, 95))} | ${ms(p99)} | ${ms(latencies.at(-1) ?? NaN)} | < ${TARGET_P99_MS} | ${met(p99)} |`,
      `| ${engine} | open a record, ${CONNECTIONS} connections, ${DURATION_S} s | ${load.requests.total} | ${load.requests.average.toFixed(0)} | ${load.latency.p50} | — | ${load.latency.p99} | ${load.latency.max} | (informative) | |`,
    ];
  } finally {
    await server.stop();
  }
}

export async function runRecordBench(): Promise<void> {
  const seeds: string[] = [];
  const loads: string[] = [];
  const breakdowns: string[] = [];
  const rows = await onEachDatabase(seed, async (engine, env, seeded) => {
    seeds.push(
      `| ${engine} | ${seeded.counts.episodes} | ${seeded.counts.entries} | ${seeded.counts.versions} | ${seeded.seedSeconds.toFixed(1)} |`,
    );
    breakdowns.push(
      ...seeded.breakdown.map(
        (b) =>
          `| ${engine} | ${b.what} | ${b.rounds} | ${b.p50.toFixed(2)} | ${b.p99.toFixed(2)} |`,
      ),
    );
    process.stdout.write(`${engine}: seeded in ${seeded.seedSeconds.toFixed(1)} s, measuring\n`);
    const before = load();
    const measured = await measure(engine, env, seeded);
    loads.push(`${engine} ${before} before, ${load()} after`);
    return measured;
  });
  const body = [
    `GET /api/episodes/:id/record as the OT, cycling over ${TARGETS} episodes of ${CONTACTS} contacts and ${ASSESSMENTS} assessments (PHQ-9, GAD-7, EQ-5D-5L with their scores), among ${EPISODES} episodes each with 3–5 entries (assessments, contacts, Health and Work Reports on work episodes) and their versions. One server process (from source with tsx). A read is: session lookup, organisation scope, episode → practice, access decision, episode with person and practice, its entries, the OT's last HCPC number, the summary, and an audit insert, in one transaction. Every response is checked: 200, the full view, ${ENTRIES} entries. First row: up to ${WARM_UP} warm-up requests (or ${WARM_UP_LIMIT_S} s), then up to ${LATENCY_REQUESTS} (or ${LATENCY_LIMIT_S} s) one at a time on one kept-alive connection, timed in the benchmark process. Second row: autocannon, ${CONNECTIONS} connections for ${DURATION_S} s (whole-ms latencies). Target: p99 < ${TARGET_P99_MS} ms on PostgreSQL, one connection.`,
    '',
    '| database | what | requests | requests/s | p50 ms | p95 ms | p99 ms | max ms | p99 target ms | |',
    '| --- | --- | --- | --- | --- | --- | --- | --- | --- | --- |',
    ...rows,
    '',
    `Load average (1 min) around each measurement, on ${cpus().length} cores shared with whatever else runs: ${loads.join('; ')}. CPU pressure is the share of the last minute in which some task waited for a CPU (/proc/pressure/cpu); when it is high, tail latencies measure the queue for the CPU, not the read.`,
    '',
    'Seeded data (bulk SQL inside the database, then ANALYZE):',
    '',
    '| database | episodes | record entries | entry versions | seed s |',
    '| --- | --- | --- | --- | --- |',
    ...seeds,
    '',
    `Where the time goes: each step timed up to ${BREAKDOWN_ROUNDS} times (or ${BREAKDOWN_LIMIT_S} s) in the benchmark process (outside the server) on the seeded database, with the server’s own functions, before the server started.`,
    '',
    '| database | step | rounds | p50 ms | p99 ms |',
    '| --- | --- | --- | --- | --- |',
    ...breakdowns,
  ].join('\n');
  writeSection('record: opening an episode', body);
  process.stdout.write(`${body}\n`);
}
