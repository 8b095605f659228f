/**
 * `npm run bench -- generate` (issue 11 item 6): the bulk generator's 1,000,000-contact service
 * (100 practices, one year; BENCH_GENERATE_PRACTICES and BENCH_GENERATE_YEARS to change it) on a
 * fresh PostgreSQL database (BENCH_DATABASE_URL or TEST_DATABASE_URL), dropped afterwards:
 * people, requests, appointments and contacts per second and the total time, beside a floor
 * measured in the same run (COPY of as many plain rows as there are contacts into one unlogged
 * table). Then the demo's own writer: the demo year (365 days, as `npm start` writes it) through
 * the use cases on a fresh in-memory PGlite, requests, appointments and entries per second.
 * BENCH_GENERATE_KEEP=1 keeps the bulk database (its URL is printed) for `bench/evidence`.
 */
import { performance } from 'node:perf_hooks';
import { Readable } from 'node:stream';
import { pipeline } from 'node:stream/promises';
import pg from 'pg';
import { from as copyFrom } from 'pg-copy-streams';
import { generateBulk } from '../packages/server/src/demo/bulk/generate-bulk.js';
import { loadDemoArea } from '../packages/server/src/demo/population-data.js';
import { drawPerson, londonDateOf, type PersonSource } from '@everyday/core';
import { openDatabase } from '../packages/server/src/db/database.js';
import { migrate } from '../packages/server/src/db/migrate.js';
import {
  generateHistory,
  type HistoryCounts,
} from '../packages/server/src/demo/generate-history.js';
import { seedDemo } from '../packages/server/src/demo/seed.js';
import { loadDemoDeprivation } from '../packages/server/src/people/deprivation-lookup.js';
import { writeSection } from './results.js';

const perSecond = (n: number, ms: number) => Math.round(n / (ms / 1000)).toLocaleString('en-GB');
const n = (x: number) => x.toLocaleString('en-GB');

async function floor(url: string, rows: number): Promise<number> {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    await client.query('CREATE UNLOGGED TABLE bench_floor (id bigint, note text)');
    const t0 = performance.now();
    let i = 0;
    const source = new Readable({
      read() {
        let chunk = '';
        for (let k = 0; k < 10_000 && i < rows; k += 1, i += 1)
          chunk += `${String(i)}\tSession held as planned.\n`;
        this.push(i >= rows && chunk === '' ? null : chunk);
      },
    });
    await pipeline(source, client.query(copyFrom('COPY bench_floor (id, note) FROM STDIN')));
    return performance.now() - t0;
  } finally {
    await client.query('DROP TABLE IF EXISTS bench_floor');
    await client.end();
  }
}

/** The demo year through the use cases, as `npm start` writes it, on a fresh in-memory PGlite. */
async function demoYear(): Promise<{ ms: number; counts: HistoryCounts }> {
  const h = await openDatabase({ kind: 'embedded', dataDir: 'memory' });
  try {
    await migrate(h.db);
    await seedDemo(h.db);
    await loadDemoDeprivation(h.db);
    const endAt = new Date('2026-11-30T15:30:00Z');
    const area = loadDemoArea();
    const people: PersonSource = (random, index, ages) =>
      drawPerson(random, area, londonDateOf(endAt.getTime()), index, {
        minAge: ages.min,
        maxAge: ages.max,
      });
    const t0 = performance.now();
    const counts = await generateHistory(h.db, {
      seed: 'everyday-demo',
      days: 365,
      endAt,
      people,
      publicUrl: 'http://localhost:3000',
    });
    return { ms: performance.now() - t0, counts };
  } finally {
    await h.close();
  }
}

export async function runGenerateBench(): Promise<void> {
  const adminUrl = process.env.BENCH_DATABASE_URL ?? process.env.TEST_DATABASE_URL;
  if (!adminUrl) {
    process.stderr.write(
      'bench generate: set BENCH_DATABASE_URL or TEST_DATABASE_URL (PostgreSQL)\n',
    );
    return;
  }
  const practices = Number(process.env.BENCH_GENERATE_PRACTICES ?? 100);
  const years = Number(process.env.BENCH_GENERATE_YEARS ?? 1);
  const name = `everyday_bench_generate_${String(Math.round(performance.timeOrigin))}`;
  const admin = new pg.Client({ connectionString: adminUrl });
  await admin.connect();
  await admin.query(`CREATE DATABASE ${name}`);
  const url = new URL(adminUrl);
  url.pathname = `/${name}`;
  try {
    const t0 = performance.now();
    const report = await generateBulk(
      {
        databaseUrl: url.toString(),
        area: loadDemoArea(),
        seed: 'bench',
        practices,
        people: 1_000_000 * (practices / 100),
        years,
        endDay: '2026-11-30',
        arrivalsPerWeek: (10_000 * practices) / 2.0 / (365.25 / 7),
      },
      () => performance.now(),
    );
    const total = performance.now() - t0;
    const c = report.counts;
    const floorMs = await floor(url.toString(), c.contacts);
    const demo = await demoYear();
    const d = demo.counts;
    writeSection(
      'generate',
      [
        `Bulk generator (\`npm run generate\`, ADR 0018): ${n(practices)} practices, ${String(years)} year(s), PostgreSQL, seed "bench".`,
        '',
        '| what | rows | per second (of the total time) |',
        '| --- | ---: | ---: |',
        `| people | ${n(c.people)} | ${perSecond(c.people, total)} |`,
        `| requests | ${n(c.requests)} | ${perSecond(c.requests, total)} |`,
        `| appointments | ${n(c.appointments)} | ${perSecond(c.appointments, total)} |`,
        `| contacts | ${n(c.contacts)} | ${perSecond(c.contacts, total)} |`,
        `| record entries (all kinds) | ${n(c.entries)} | ${perSecond(c.entries, total)} |`,
        '',
        `Total ${(total / 1000).toFixed(0)} s (target for 1,000,000 contacts: under 900 s): simulation ${(report.simulateMs / 1000).toFixed(0)} s, COPY ${((report.copyMs - report.rebuildMs) / 1000).toFixed(0)} s of ${(report.spoolBytes / 1e6).toFixed(0)} MB, keys, constraints and indexes rebuilt ${(report.rebuildMs / 1000).toFixed(0)} s.`,
        `Floor, same run: COPY of ${n(c.contacts)} plain rows into one unlogged table, ${(floorMs / 1000).toFixed(1)} s (${perSecond(c.contacts, floorMs)} rows/s).`,
        '',
        '',
        `The demo year through the use cases (\`generate-history.ts\`, 365 days, seed "everyday-demo", in-memory PGlite, after seeding), as \`npm start\` writes it: ${(demo.ms / 1000).toFixed(1)} s.`,
        '',
        '| what | rows | per second |',
        '| --- | ---: | ---: |',
        `| requests | ${n(d.requests)} | ${perSecond(d.requests, demo.ms)} |`,
        `| appointments | ${n(d.appointments)} | ${perSecond(d.appointments, demo.ms)} |`,
        `| contacts (attended) | ${n(d.attended)} | ${perSecond(d.attended, demo.ms)} |`,
        `| record entries | ${n(d.entries)} | ${perSecond(d.entries, demo.ms)} |`,
      ].join('\n'),
    );
  } finally {
    if (process.env.BENCH_GENERATE_KEEP === '1')
      process.stdout.write(`bench generate: kept the service in ${url.toString()}\n`);
    else await admin.query(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`);
    await admin.end();
  }
}
