/**
 * Front-door benchmark: sustained self-referrals per second and their latency for 30 s, on
 * PostgreSQL and on PGlite, against a floor measured in the same run: a bare endpoint that does
 * one insert. Targets (issue 3): on PostgreSQL at least 300 submissions/s with p99 under 100 ms,
 * and at least half the floor's throughput.
 */
import { randomUUID } from 'node:crypto';
import autocannon from 'autocannon';
import { migrate } from '../packages/server/src/db/migrate.js';
import { makeOrganisationTree } from '../packages/server/src/testing/builders.js';
import { makeAnswers, QUESTION_SET_VERSION } from '../packages/server/src/testing/requests.js';
import { HttpClient, startServerProcess } from '../packages/server/src/testing/server-process.js';
import { onEachDatabase } from './databases.js';
import { writeSection } from './results.js';

const DURATION_S = Number(process.env.BENCH_SECONDS ?? 30);
const CONNECTIONS = Number(process.env.BENCH_CONNECTIONS ?? 16);

interface Figures {
  readonly rps: number;
  readonly p50: number;
  readonly p99: number;
  readonly errors: number;
  readonly total: number;
}

async function run(opts: autocannon.Options): Promise<Figures> {
  const r = await autocannon({ connections: CONNECTIONS, duration: DURATION_S, ...opts });
  return {
    rps: r.requests.average,
    p50: r.latency.p50,
    p99: r.latency.p99,
    errors: r.errors + r.non2xx,
    total: r.requests.total,
  };
}

async function measure(
  engine: string,
  env: Record<string, string>,
  practiceId: string,
): Promise<string[]> {
  const server = await startServerProcess({
    ...env,
    LOG_LEVEL: 'silent',
    EVERYDAY_PUBLIC_RATE_LIMIT: '100000000',
    EVERYDAY_BENCH_FLOOR: 'true',
  });
  try {
    const client = new HttpClient(server.url);
    await client.refresh();
    const cookie = [...client.cookies].map(([k, v]) => `${k}=${v}`).join('; ');
    const floor = await run({ url: `${server.url}/api/bench/floor`, method: 'POST' });
    const submit = await run({
      url: `${server.url}/api/referrals`,
      method: 'POST',
      headers: { 'content-type': 'application/json', 'x-csrf-token': client.csrfToken, cookie },
      requests: [
        {
          setupRequest: (req) => ({
            ...req,
            headers: { ...req.headers, 'idempotency-key': randomUUID() },
            body: JSON.stringify({
              questionSetVersion: QUESTION_SET_VERSION,
              answers: makeAnswers(practiceId),
            }),
          }),
        },
      ],
    });
    const row = (what: string, f: Figures) =>
      `| ${engine} | ${what} | ${f.rps.toFixed(0)} | ${f.p50} | ${f.p99} | ${f.errors} | ${f.total} |`;
    return [
      row('floor: one insert', floor),
      row('self-referral', submit),
      `| ${engine} | ratio submissions/floor | ${(submit.rps / floor.rps).toFixed(2)} | | | | |`,
    ];
  } finally {
    await server.stop();
  }
}

export async function runFrontDoorBench(): Promise<void> {
  const rows = await onEachDatabase(async (db) => {
    await migrate(db);
    return (await makeOrganisationTree(db)).practiceIds[0];
  }, measure);
  const body = [
    `${CONNECTIONS} connections for ${DURATION_S} s per row; autocannon in the benchmark process, one server process (run from source with tsx). A self-referral is: CSRF and rate-limit check (a counter upsert), validation, then one transaction: idempotency lookup, person insert, possible-duplicate search, triage, request insert, history event, outbox message and audit event. Targets on PostgreSQL: ≥ 300 submissions/s, p99 < 100 ms, ≥ 0.5 of the floor.`,
    '',
    '| database | endpoint | requests/s | p50 ms | p99 ms | errors | total |',
    '| --- | --- | --- | --- | --- | --- | --- |',
    ...rows,
  ].join('\n');
  writeSection('front door: submissions', body);
  process.stdout.write(`${body}\n`);
}
