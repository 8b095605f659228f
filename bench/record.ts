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
import type { Kysely } from 'kysely';
import { PatientAccess, type AccessContext } from '../packages/server/src/access/patient-access.js';
import { writeAuditEvent } from '../packages/server/src/audit/audit-log.js';
import { createSession, findSessionActor } from '../packages/server/src/auth/sessions.js';
import type { Database } from '../packages/server/src/db/schema.js';
import {
  entriesOfEpisode,
  lastHcpcNumber,
} from '../packages/server/src/record/record.repository.js';
import { HttpClient, startServerProcess } from '../packages/server/src/testing/server-process.js';
import { onEachDatabase } from './databases.js';
import { writeSection } from './results.js';
import {
  ASSESSMENTS,
  CONTACTS,
  ENTRIES,
  EPISODES,
  PASSWORD,
  seed,
  TARGETS,
  type Seeded,
} from './record-seed.js';
import {
  episodeForRecord,
  practiceOfEpisode,
} from '../packages/server/src/record/episode.repository.js';

interface Breakdown {
  readonly what: string;
  readonly rounds: number;
  readonly p50: number;
  readonly p99: number;
}

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

    // The floor beside it: GET /api/health (one trivial query), measured the same two ways.
    const floorAgent = new Agent({ keepAlive: true, maxSockets: 1 });
    const floorLatencies: number[] = [];
    const floorBegan = performance.now();
    for (let i = 0; i < latencies.length; i++) {
      const t0 = performance.now();
      const response = await get(floorAgent, `${server.url}/api/health`, {});
      floorLatencies.push(performance.now() - t0);
      if (response.status !== 200) throw new Error(`floor: HTTP ${response.status}`);
    }
    const floorElapsed = (performance.now() - floorBegan) / 1000;
    floorAgent.destroy();
    floorLatencies.sort((a, b) => a - b);
    const floorLoad = await autocannon({
      url: `${server.url}/api/health`,
      connections: CONNECTIONS,
      duration: DURATION_S,
    });

    const ms = (n: number) => n.toFixed(1);
    const p99 = percentile(latencies, 99);
    const met = (v: number) => (v < TARGET_P99_MS ? 'met' : 'not met');
    const floorRow = `| ${engine} | floor: GET /api/health, 1 connection | ${floorLatencies.length} | ${(floorLatencies.length / floorElapsed).toFixed(0)} | ${ms(percentile(floorLatencies, 50))} | ${ms(percentile(floorLatencies, 95))} | ${ms(percentile(floorLatencies, 99))} | ${ms(floorLatencies.at(-1) ?? NaN)} | | |`;
    return [
      floorRow,
      `| ${engine} | floor: GET /api/health, ${CONNECTIONS} connections, ${DURATION_S} s | ${floorLoad.requests.total} | ${floorLoad.requests.average.toFixed(0)} | ${floorLoad.latency.p50} | — | ${floorLoad.latency.p99} | ${floorLoad.latency.max} | | |`,
      `| ${engine} | ratio record/floor, ${CONNECTIONS} connections | | ${(load.requests.average / floorLoad.requests.average).toFixed(2)} | | | | | | |`,
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
  const setUp = async (db: Kysely<Database>) => {
    const seeded = await seed(db);
    return { ...seeded, breakdown: await timeQueries(db, seeded.otId, seeded.targetIds) };
  };
  const rows = await onEachDatabase(setUp, async (engine, env, seeded) => {
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
    `GET /api/episodes/:id/record as the OT, cycling over ${TARGETS} episodes of ${CONTACTS} contacts and ${ASSESSMENTS} assessments (PHQ-9, GAD-7, EQ-5D-5L with their scores), among ${EPISODES} episodes each with 3–5 entries (assessments, contacts, Health and Work Reports on work episodes) and their versions. One server process (from source with tsx). A read is: session lookup, organisation scope, episode → practice, access decision, episode with person and practice, its entries, the OT's last HCPC number, the summary, and an audit insert, in one transaction. Every response is checked: 200, the full view, ${ENTRIES} entries. First row: up to ${WARM_UP} warm-up requests (or ${WARM_UP_LIMIT_S} s), then up to ${LATENCY_REQUESTS} (or ${LATENCY_LIMIT_S} s) one at a time on one kept-alive connection, timed in the benchmark process. Second row: autocannon, ${CONNECTIONS} connections for ${DURATION_S} s (whole-ms latencies). The floor beside them is GET /api/health (one trivial query, no session), measured the same two ways on the same server. Target: p99 < ${TARGET_P99_MS} ms on PostgreSQL, one connection.`,
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
