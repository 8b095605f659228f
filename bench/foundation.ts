/**
 * Foundation benchmark: the cost of the access module on every patient-data request. A server
 * process (PGlite, then PostgreSQL when BENCH_DATABASE_URL or TEST_DATABASE_URL is set) serves
 * audited person reads to signed-in staff, driven by autocannon from this process; the floor
 * beside it is GET /api/health, which does one trivial query.
 */
import autocannon from 'autocannon';
import pg from 'pg';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { HttpClient, startServerProcess } from '../packages/server/src/testing/server-process.js';
import { writeSection } from './results.js';

const DURATION_S = Number(process.env.BENCH_SECONDS ?? 10);
const CONNECTIONS = 20;

interface Figures {
  readonly rps: number;
  readonly p50: number;
  readonly p99: number;
  readonly errors: number;
}

async function load(url: string, headers: Record<string, string>): Promise<Figures> {
  const result = await autocannon({ url, connections: CONNECTIONS, duration: DURATION_S, headers });
  return {
    rps: result.requests.average,
    p50: result.latency.p50,
    p99: result.latency.p99,
    errors: result.errors + result.non2xx,
  };
}

async function measure(engine: string, env: Record<string, string>): Promise<string[]> {
  const server = await startServerProcess({ ...env, LOG_LEVEL: 'silent' }, ['--demo']);
  try {
    const ot = new HttpClient(server.url);
    if ((await ot.signIn('ot@demo.everyday.example', 'everyday-demo')) !== 200)
      throw new Error('demo OT could not sign in');
    const orgs = (await ot.fetch('/api/organisations')).json() as {
      organisations: { id: string; kind: string }[];
    };
    const practice = orgs.organisations.find((o) => o.kind === 'practice');
    const person = (
      await ot.fetch('/api/people', {
        method: 'POST',
        body: {
          givenName: 'Bench',
          familyName: 'Mark',
          dateOfBirth: '1950-01-01',
          practiceId: practice?.id,
        },
      })
    ).json() as { id: string };
    const cookie = [...ot.cookies].map(([k, v]) => `${k}=${v}`).join('; ');
    const floor = await load(`${server.url}/api/health`, {});
    const read = await load(`${server.url}/api/people/${person.id}`, { cookie });
    const row = (what: string, f: Figures) =>
      `| ${engine} | ${what} | ${f.rps.toFixed(0)} | ${f.p50} | ${f.p99} | ${f.errors} |`;
    return [
      row('floor: GET /api/health', floor),
      row('audited person read', read),
      `| ${engine} | ratio read/floor | ${(read.rps / floor.rps).toFixed(2)} | | | |`,
    ];
  } finally {
    await server.stop();
  }
}

export async function runFoundationBench(): Promise<void> {
  const rows: string[] = [];
  const dataDir = mkdtempSync(join(tmpdir(), 'everyday-bench-'));
  try {
    rows.push(...(await measure('PGlite', { EVERYDAY_DATA_DIR: dataDir })));
  } finally {
    rmSync(dataDir, { recursive: true, force: true });
  }
  const adminUrl = process.env.BENCH_DATABASE_URL ?? process.env.TEST_DATABASE_URL;
  if (adminUrl) {
    const name = `everyday_bench_${Date.now()}`;
    const admin = new pg.Client({ connectionString: adminUrl });
    await admin.connect();
    await admin.query(`CREATE DATABASE ${name}`);
    const url = new URL(adminUrl);
    url.pathname = `/${name}`;
    try {
      rows.push(...(await measure('PostgreSQL', { DATABASE_URL: url.toString() })));
    } finally {
      await admin.query(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`);
      await admin.end();
    }
  }
  const body = [
    `${CONNECTIONS} connections for ${DURATION_S} s per row, autocannon in the benchmark process, one server process. An audited read is: session lookup, organisation scope, access decision, the read and an audit insert in one transaction.`,
    '',
    '| database | endpoint | requests/s | p50 ms | p99 ms | errors |',
    '| --- | --- | --- | --- | --- | --- |',
    ...rows,
  ].join('\n');
  writeSection('foundation: audited reads', body);
  process.stdout.write(`${body}\n`);
}
