/**
 * Light at rest (issue 11 item 7): the server's resident memory after it starts with the demo
 * year loaded, and after it has been left idle (10 minutes by default, BENCH_IDLE_MINUTES), on
 * PGlite and on PostgreSQL. Target: under 300 MB on PostgreSQL.
 *
 * The server runs as `npm start` runs it: the built JavaScript (`node packages/server/dist/main.js
 * serve`), never through tsx. Resident memory is read from /proc/<pid>/status (VmRSS, and VmHWM,
 * the peak). Floors measured in the same run: a bare Node.js process doing nothing, and the same
 * server on an empty database with no demo history. Where PGlite's memory goes is measured by
 * opening the same data folder with PGlite alone in a fresh process and reading
 * process.memoryUsage(): PostgreSQL compiled to WebAssembly keeps its shared buffers and
 * catalogue caches in one WebAssembly memory, which Node counts as an ArrayBuffer.
 */
import { spawn, execFileSync, type ChildProcess } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { onFreshPostgres } from './databases.js';
import { writeSection } from './results.js';

const ROOT = fileURLToPath(new URL('..', import.meta.url));
const MAIN = join(ROOT, 'packages/server/dist/main.js');
const IDLE_MINUTES = Number(process.env.BENCH_IDLE_MINUTES ?? 10);
const TARGET_MB = 300;

interface Memory {
  readonly rssMb: number;
  readonly peakMb: number;
}

function memoryOf(pid: number): Memory {
  const status = readFileSync(`/proc/${String(pid)}/status`, 'utf8');
  const kb = (field: string) => Number(new RegExp(`${field}:\\s+(\\d+) kB`).exec(status)?.[1] ?? 0);
  return { rssMb: kb('VmRSS') / 1024, peakMb: kb('VmHWM') / 1024 };
}

const mb = (n: number) => n.toFixed(0);
const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

interface Started {
  readonly child: ChildProcess;
  readonly url: string;
  readonly startSeconds: number;
}

/** Start the built server and wait until it answers /api/health (the demo year is written by then). */
async function startServer(
  env: Record<string, string>,
  args: string[],
  waitForHistory: boolean,
): Promise<Started> {
  const began = performance.now();
  const child = spawn(process.execPath, ['--enable-source-maps', MAIN, 'serve', ...args], {
    env: { ...process.env, PORT: '0', HOST: '127.0.0.1', LOG_LEVEL: 'info', ...env },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let output = '';
  child.stdout.on('data', (d: Buffer) => (output += d.toString()));
  child.stderr.on('data', (d: Buffer) => (output += d.toString()));
  const deadline = Date.now() + 15 * 60_000;
  for (;;) {
    const match = /is running at (http:\/\/\S+)/.exec(output);
    if (match?.[1]) {
      const url = match[1].replace('localhost', '127.0.0.1');
      const res = await fetch(`${url}/api/health`).catch(() => undefined);
      if (res?.ok && (!waitForHistory || output.includes('demo year written')))
        return { child, url, startSeconds: (performance.now() - began) / 1000 };
      if (output.includes('writing the demo year failed'))
        throw new Error(`demo year failed:\n${output}`);
    }
    if (child.exitCode !== null) throw new Error(`server exited early:\n${output}`);
    if (Date.now() > deadline) throw new Error(`server did not start:\n${output}`);
    await sleep(200);
  }
}

async function stop(child: ChildProcess): Promise<void> {
  if (child.exitCode !== null) return;
  const exited = new Promise((resolve) => child.once('exit', resolve));
  child.kill('SIGTERM');
  await exited;
}

/** Resident memory now, then the highest and last reading over `minutes` of idleness. */
async function idle(
  pid: number,
  minutes: number,
): Promise<{ start: Memory; end: Memory; max: number }> {
  const start = memoryOf(pid);
  let max = start.rssMb;
  const until = Date.now() + minutes * 60_000;
  while (Date.now() < until) {
    await sleep(Math.min(15_000, Math.max(0, until - Date.now())));
    max = Math.max(max, memoryOf(pid).rssMb);
  }
  return { start, end: memoryOf(pid), max };
}

/** A bare Node.js process that does nothing: the floor. */
async function bareNode(): Promise<number> {
  const child = spawn(process.execPath, ['-e', 'setInterval(() => {}, 1000)'], { stdio: 'ignore' });
  await sleep(1000);
  const rss = memoryOf(child.pid ?? 0).rssMb;
  await stop(child);
  return rss;
}

/** PGlite alone on the server's data folder, in a fresh process: where its memory goes. */
function pgliteAlone(dataDir: string): Record<string, number> {
  const script = `
    import { PGlite } from '@electric-sql/pglite';
    const db = await PGlite.create(${JSON.stringify(dataDir)});
    await db.query('SELECT count(*) FROM audit_events');
    const m = process.memoryUsage();
    console.log(JSON.stringify({ rss: m.rss, heapUsed: m.heapUsed, external: m.external, arrayBuffers: m.arrayBuffers }));
    await db.close();`;
  const out = execFileSync(process.execPath, ['--input-type=module', '-e', script], {
    cwd: join(ROOT, 'packages/server'),
    encoding: 'utf8',
  });
  const figures = JSON.parse(out.trim().split('\n').at(-1) ?? '{}') as Record<string, number>;
  return Object.fromEntries(Object.entries(figures).map(([k, v]) => [k, v / 2 ** 20]));
}

interface Measured {
  readonly rows: string[];
  readonly notes: string[];
}

async function measure(
  engine: string,
  env: Record<string, string>,
  args: string[],
  what: string,
  idleMinutes: number,
): Promise<{ row: string; pid: number }> {
  const server = await startServer(env, args, args.includes('--demo-history'));
  try {
    const pid = server.child.pid ?? 0;
    const { start, end, max } = await idle(pid, idleMinutes);
    const target =
      engine === 'PostgreSQL' && idleMinutes > 0
        ? end.rssMb < TARGET_MB
          ? `met (< ${String(TARGET_MB)})`
          : `not met (< ${String(TARGET_MB)})`
        : '';
    return {
      row: `| ${engine} | ${what} | ${server.startSeconds.toFixed(1)} | ${mb(start.rssMb)} | ${idleMinutes > 0 ? mb(end.rssMb) : '—'} | ${idleMinutes > 0 ? mb(max) : '—'} | ${mb(end.peakMb)} | ${target} |`,
      pid,
    };
  } finally {
    await stop(server.child);
  }
}

export async function runMemoryBench(): Promise<void> {
  execFileSync('npx', ['tsc', '-b', 'packages/server'], { cwd: ROOT, stdio: 'inherit' });
  const measured: Measured = { rows: [], notes: [] };
  const floor = await bareNode();
  measured.rows.push(`| — | floor: bare Node.js process, idle | | ${mb(floor)} | | | | |`);

  const emptyDir = mkdtempSync(join(tmpdir(), 'everyday-mem-'));
  const demoDir = mkdtempSync(join(tmpdir(), 'everyday-mem-'));
  try {
    measured.rows.push(
      (
        await measure(
          'PGlite',
          { EVERYDAY_DATA_DIR: emptyDir },
          [],
          'floor: no demo history, after start',
          0,
        )
      ).row,
    );
    measured.rows.push(
      (
        await measure(
          'PGlite',
          { EVERYDAY_DATA_DIR: demoDir },
          ['--demo-history'],
          'demo year, after start and idle',
          IDLE_MINUTES,
        )
      ).row,
    );
    const alone = pgliteAlone(demoDir);
    measured.notes.push(
      `PGlite alone on the demo's data folder, in a fresh process: resident ${mb(alone.rss ?? 0)} MB, of which the WebAssembly memory and other ArrayBuffers ${mb(alone.arrayBuffers ?? 0)} MB and the JavaScript heap ${mb(alone.heapUsed ?? 0)} MB.`,
    );
  } finally {
    rmSync(emptyDir, { recursive: true, force: true });
    rmSync(demoDir, { recursive: true, force: true });
  }
  await onFreshPostgres(async (url) => {
    const env = { DATABASE_URL: url };
    measured.rows.push(
      (
        await measure(
          'PostgreSQL',
          env,
          ['--demo', '--demo-history'],
          'demo year, after start and idle',
          IDLE_MINUTES,
        )
      ).row,
    );
  });
  await onFreshPostgres(async (url) => {
    const env = { DATABASE_URL: url };
    measured.rows.push(
      (
        await measure(
          'PostgreSQL',
          env,
          ['--demo'],
          'floor: no demo history, after start',
          0,
        )
      ).row,
    );
  });

  const body = [
    `The built server (\`node packages/server/dist/main.js serve\`, as \`npm start\` runs it), resident memory (VmRSS) read from /proc once GET /api/health answers and the server has logged that the demo year is written (it writes it after it starts listening), then every 15 s over ${String(IDLE_MINUTES)} minutes idle (the outbox worker and escalation job keep running). Start is seconds from spawning the process to that point (no build). Peak is VmHWM. Target: under ${String(TARGET_MB)} MB on PostgreSQL after idling. The server's own PostgreSQL is a separate process and not counted.`,
    '',
    '| database | what | start s | RSS after start MB | RSS after idle MB | highest while idle MB | peak MB | target |',
    '| --- | --- | --- | --- | --- | --- | --- | --- |',
    ...measured.rows,
    '',
    ...measured.notes,
  ].join('\n');
  writeSection('memory: light at rest', body);
  process.stdout.write(`${body}\n`);
}
