/**
 * `npm run bench -- evidence` (issue 12 item 5): the whole evidence dashboard for a large service
 * on PostgreSQL, for the filters a lead commonly uses, beside a floor measured in the same run:
 * plain SQL aggregates (GROUP BY, percentile_cont) over the same tables for the same filter,
 * which count what the dashboard counts without the access module, the facts or core.
 *
 * The service is the bulk generator's (`npm run generate`, ADR 0018): point
 * BENCH_EVIDENCE_DATABASE_URL at one, e.g. the service `BENCH_GENERATE_KEEP=1 npm run bench --
 * generate` keeps (1,000,000 contacts, 100 practices, one year ending 2026-11-30).
 */
import { performance } from 'node:perf_hooks';
import { sql, type Kysely } from 'kysely';
import { addCalendarDays, fixedClock, type EvidenceQuery } from '@everyday/core';
import { PatientAccess, type AccessContext } from '../packages/server/src/access/patient-access.js';
import { openDatabase } from '../packages/server/src/db/database.js';
import type { Database } from '../packages/server/src/db/schema.js';
import { readEvidenceDashboard } from '../packages/server/src/evidence/read-evidence-dashboard.js';
import { printServiceReport } from '../packages/server/src/evidence/service-report.js';
import { writeSection } from './results.js';

const RUNS = Number(process.env.BENCH_EVIDENCE_RUNS ?? 5);
const END = '2026-11-30';
const CLOCK = fixedClock('2026-11-30T17:00:00Z');

const medianOf = (xs: readonly number[]) => {
  const s = [...xs].sort((a, b) => a - b);
  return s[Math.floor(s.length / 2)] ?? 0;
};

async function timed(run: () => Promise<unknown>): Promise<number> {
  await run(); // warm
  const times: number[] = [];
  for (let i = 0; i < RUNS; i += 1) {
    const t0 = performance.now();
    await run();
    times.push(performance.now() - t0);
  }
  return medianOf(times);
}

/** The floor: what the dashboard counts, as plain aggregates in the database. */
async function floor(db: Kysely<Database>, q: EvidenceQuery): Promise<void> {
  const from = `${q.from}T00:00:00Z`;
  const until = `${addCalendarDays(q.to, 1)}T00:00:00Z`;
  const practice = q.practiceId ? sql`and r.practice_id = ${q.practiceId}` : sql``;
  const pathway = q.pathway
    ? sql`and coalesce(r.pathway, r.suggested_pathway) = ${q.pathway}`
    : sql``;
  const episodePractice = q.practiceId ? sql`and e.practice_id = ${q.practiceId}` : sql``;
  const episodePathway = q.pathway ? sql`and e.pathway = ${q.pathway}` : sql``;
  await sql`select r.route, coalesce(r.pathway, r.suggested_pathway) as pathway, r.practice_id,
      p.imd_decile, p.sex, p.ethnicity, count(*) as n,
      percentile_cont(0.5) within group (order by extract(epoch from r.acted_at - r.received_at)) as triage_median,
      percentile_cont(0.9) within group (order by extract(epoch from r.acted_at - r.received_at)) as triage_p90
    from requests r join people p on p.id = r.person_id
    where r.received_at >= ${from} and r.received_at < ${until} ${practice} ${pathway}
    group by grouping sets ((r.route), (coalesce(r.pathway, r.suggested_pathway)), (r.practice_id),
      (p.imd_decile), (p.sex), (p.ethnicity), ())`.execute(db);
  await sql`select a.status, e.pathway, count(*) as n
    from appointments a join episodes e on e.id = a.episode_id
    where a.starts_at >= ${from} and a.starts_at < ${until} ${episodePractice} ${episodePathway}
    group by rollup (a.status, e.pathway)`.execute(db);
  await sql`select percentile_cont(0.5) within group (order by first_at - received_at) as median_wait,
      percentile_cont(0.9) within group (order by first_at - received_at) as p90_wait, count(*) as n
    from (select r.received_at, min(a.starts_at) as first_at
      from requests r join episodes e on e.request_id = r.id join appointments a on a.episode_id = e.id
      where a.status = 'attended' and r.received_at >= ${from} and r.received_at < ${until} ${practice} ${pathway}
      group by r.id, r.received_at) w`.execute(db);
  await sql`select x.kind, count(*) as n, avg(x.phq9) as phq9, avg(x.gad7) as gad7, avg(x.was) as was
    from (select re.kind, (re.scores->'phq9'->>'total')::numeric as phq9,
        (re.scores->'gad7'->>'total')::numeric as gad7, (re.scores->'workAbility'->>'score')::numeric as was
      from episodes e join record_entries re on re.episode_id = e.id
      where e.status = 'closed' and e.closed_at >= ${from} and e.closed_at < ${until}
        ${episodePractice} ${episodePathway}) x
    group by x.kind`.execute(db);
}

export async function runEvidenceBench(): Promise<void> {
  const url = process.env.BENCH_EVIDENCE_DATABASE_URL;
  if (!url) {
    process.stderr.write(
      'bench evidence: set BENCH_EVIDENCE_DATABASE_URL to a service from `npm run generate` (or BENCH_GENERATE_KEEP=1 npm run bench -- generate)\n',
    );
    return;
  }
  const h = await openDatabase({ kind: 'postgres', url });
  try {
    const db = h.db;
    const service = await db
      .selectFrom('organisations')
      .select('id')
      .where('kind', '=', 'service')
      .executeTakeFirstOrThrow();
    const user = await db.selectFrom('users').select(['id', 'email']).executeTakeFirstOrThrow();
    const orgs = await db.selectFrom('organisations').select(['id', 'kind']).execute();
    const practice = orgs.find((o) => o.kind === 'practice')?.id;
    const counts = await sql<{ contacts: string; requests: string; people: string }>`select
        (select count(*) from appointments where status = 'attended') as contacts,
        (select count(*) from requests) as requests, (select count(*) from people) as people`.execute(
      db,
    );
    const context = (roles: readonly ('lead' | 'ot')[]): AccessContext => ({
      principal: {
        kind: 'staff',
        actor: {
          userId: user.id,
          email: user.email,
          name: 'Bench',
          roles,
          organisationIds: [service.id],
          scope: new Set(orgs.map((o) => o.id)),
        },
      },
      ip: null,
    });
    const access = new PatientAccess(db);
    const quarter = { from: addCalendarDays(END, -90), to: END };
    const year = { from: addCalendarDays(END, -364), to: END };
    const filters: { what: string; query: EvidenceQuery }[] = [
      { what: 'last 12 months, whole service', query: year },
      { what: 'last quarter, whole service', query: quarter },
      { what: 'last quarter, one practice', query: { ...quarter, practiceId: practice } },
      {
        what: 'last 12 months, mental health pathway',
        query: { ...year, pathway: 'mental_health' },
      },
    ];
    const rows: string[] = [];
    for (const { what, query } of filters) {
      const leadMs = await timed(() =>
        readEvidenceDashboard(access, context(['lead']), query, CLOCK),
      );
      const otMs = await timed(() => readEvidenceDashboard(access, context(['ot']), query, CLOCK));
      const floorMs = await timed(() => floor(db, query));
      rows.push(
        `| ${what} | ${leadMs.toFixed(0)} | ${otMs.toFixed(0)} | ${floorMs.toFixed(0)} | ${(leadMs / floorMs).toFixed(1)}× |`,
      );
      process.stdout.write(
        `bench evidence: ${what}: lead ${leadMs.toFixed(0)} ms, floor ${floorMs.toFixed(0)} ms\n`,
      );
    }
    // The service report PDF (GET /api/evidence/report.pdf's use case) for the whole year, as a
    // lead prints it: the dashboard read under the rule, composed and drawn.
    const lead = context(['lead']).principal;
    if (lead.kind !== 'staff') throw new Error('bench evidence: a staff caller');
    let pages = 0;
    const reportMs = await timed(async () => {
      const report = await printServiceReport({ actor: lead.actor, ip: null }, year, 'en', {
        access,
        clock: CLOCK,
        organisations: db,
        isDemo: () => Promise.resolve(false),
      });
      pages = (report.pdf.toString('latin1').match(/\/Type \/Page\b/g) ?? []).length;
    });
    process.stdout.write(`bench evidence: service report ${reportMs.toFixed(0)} ms\n`);
    const c = counts.rows[0];
    writeSection(
      'evidence',
      [
        `The evidence dashboard (\`readEvidenceDashboard\`, the use case behind GET /api/evidence/dashboard, in process) on PostgreSQL over the bulk generator's service: ${Number(c?.contacts).toLocaleString('en-GB')} contacts, ${Number(c?.requests).toLocaleString('en-GB')} requests, ${Number(c?.people).toLocaleString('en-GB')} people, one year ending ${END}. Median of ${String(RUNS)} loads after one warm-up, milliseconds. A lead's load applies the small-number rule; an OT's does not. Floor, same run: plain SQL aggregates of the same tables for the same filter (requests by route, pathway, practice, decile, sex and ethnicity with triage-wait percentiles; appointments by status; waits to first attended appointment; discharged episodes' scores), without the access module, the facts or core. Target: under 1,000 ms a load and within 2× of the floor.`,
        '',
        '| filter | lead ms | OT ms | floor ms | lead ÷ floor |',
        '| --- | ---: | ---: | ---: | ---: |',
        ...rows,
        '',
        `The service report PDF for the last 12 months, whole service, as a lead prints it (the dashboard under the rule, composed and drawn; ${String(pages)} pages): ${reportMs.toFixed(0)} ms (target: under 10,000 ms).`,
      ].join('\n'),
    );
  } finally {
    await h.close();
  }
}
