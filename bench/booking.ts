/**
 * Booking benchmark (issue 4): finding the first suitable slots across 20 OTs over four weeks,
 * and booking throughput without contention (each booking its own slot) and with contention
 * (everyone racing for 10 slots). Targets: slot search p99 under 20 ms; at least 200 bookings/s
 * without contention on PostgreSQL.
 */
import { randomBytes, randomUUID } from 'node:crypto';
import autocannon from 'autocannon';
import type { Kysely } from 'kysely';
import { makeReference } from '@everyday/core';
import { systemClock } from '../packages/server/src/clock.js';
import { withServiceTask } from '../packages/server/src/access/patient-access.js';
import { syncSlots } from '../packages/server/src/booking/slot-sync.js';
import { migrate } from '../packages/server/src/db/migrate.js';
import type { Database } from '../packages/server/src/db/schema.js';
import { makeOrganisationTree, makeUser } from '../packages/server/src/testing/builders.js';
import { HttpClient, startServerProcess } from '../packages/server/src/testing/server-process.js';
import { onEachDatabase } from './databases.js';
import { writeSection } from './results.js';

const DURATION_S = Number(process.env.BENCH_SECONDS ?? 10);
const CONNECTIONS = 16;
const OTS = 20;
const WAITING = 20_000;

interface Seeded {
  otEmail: string;
  password: string;
  slotIds: string[];
  requestIds: string[];
}

async function seed(db: Kysely<Database>): Promise<Seeded> {
  await migrate(db);
  const tree = await makeOrganisationTree(db);
  const site = await db
    .insertInto('sites')
    .values({ name: 'Bench site', organisation_id: tree.pcnId })
    .returning('id')
    .executeTakeFirstOrThrow();
  const bookerOt = await makeUser(db, {
    roles: ['ot'],
    organisationIds: [tree.serviceId],
    password: 'bench password 1',
  });
  const today = systemClock.today();
  for (let i = 0; i < OTS; i++) {
    const ot =
      i === 0 ? bookerOt : await makeUser(db, { roles: ['ot'], organisationIds: [tree.pcnId] });
    await db
      .insertInto('clinic_templates')
      .values({
        ot_id: ot.id,
        site_id: site.id,
        name: `Clinic ${i}`,
        weekdays: [1, 2, 3, 4, 5],
        start_time: '09:00',
        end_time: '17:00',
        slot_minutes: 30,
        mode: i % 4 === 0 ? 'phone' : 'in_person',
        capacity: 1,
        nation: 'england',
        gpad_national_category: 'General Consultation Routine',
        gpad_service_setting: 'Primary Care Network',
        gpad_mode: i % 4 === 0 ? 'Telephone' : 'Face-to-Face',
        valid_from: today,
      })
      .execute();
  }
  await withServiceTask(db, 'bench: slots for four weeks', 'slot', async (trx) => [
    await syncSlots(trx, { from: today, now: systemClock.now(), horizonDays: 28 }),
  ]);
  const slots = await db
    .selectFrom('slots')
    .select('id')
    .where('starts_at', '>', new Date(Date.now() + 3_600_000))
    .orderBy('starts_at')
    .execute();
  // People waiting, accepted onto a pathway, written directly: the benchmark measures booking.
  const requestIds: string[] = [];
  for (let start = 0; start < WAITING; start += 1000) {
    const people = await db
      .insertInto('people')
      .values(
        Array.from({ length: 1000 }, (_, i) => ({
          given_name: 'Bench',
          family_name: `Person${start + i}`,
          date_of_birth: '1950-01-01',
          registered_practice_id: tree.practiceIds[0],
        })),
      )
      .returning('id')
      .execute();
    const requests = await db
      .insertInto('requests')
      .values(
        people.map((p) => ({
          reference: makeReference(randomBytes(8)),
          idempotency_scope: 'bench',
          idempotency_key: randomUUID(),
          route: 'navigator' as const,
          channel: 'phone',
          status: 'waiting' as const,
          person_id: p.id,
          practice_id: tree.practiceIds[0],
          answers: JSON.stringify({ contact: { preferred: 'letter' } }),
          question_set_version: 'bench',
          suggested_pathway: 'daily_living',
          suggested_urgency: 'routine' as const,
          suggested_tier: 'individualised',
          triage_reasons: JSON.stringify({ pathway: [], urgency: [], tier: [] }),
          triage_rule_version: 'bench',
          urgency: 'routine' as const,
          pathway: 'daily_living',
          tier: 'individualised' as const,
        })),
      )
      .onConflict((oc) => oc.doNothing())
      .returning('id')
      .execute();
    requestIds.push(...requests.map((r) => r.id));
  }
  return {
    otEmail: bookerOt.email,
    password: 'bench password 1',
    slotIds: slots.map((s) => s.id),
    requestIds,
  };
}

interface Figures {
  rps: number;
  p50: number;
  p99: number;
  ok: number;
  conflicts: number;
  errors: number;
}

async function run(opts: autocannon.Options): Promise<Figures> {
  const r = await autocannon({ connections: CONNECTIONS, duration: DURATION_S, ...opts });
  const ok = (r['2xx'] as number | undefined) ?? 0;
  return {
    rps: r.requests.average,
    p50: r.latency.p50,
    p99: r.latency.p99,
    ok,
    conflicts: r['4xx'],
    errors: r.errors + r['5xx'],
  };
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
    if ((await ot.signIn(seeded.otEmail, seeded.password)) !== 200)
      throw new Error('bench OT could not sign in');
    const headers = {
      cookie: [...ot.cookies].map(([k, v]) => `${k}=${v}`).join('; '),
      'x-csrf-token': ot.csrfToken,
      'content-type': 'application/json',
    };
    // Latency of one search, not queueing behind fifteen others on two cores: one connection.
    const search = await run({
      url: `${server.url}/api/slots?available=true&days=28&limit=10&mode=in_person`,
      headers,
      connections: 1,
    });
    let next = 0;
    const free = await run({
      url: `${server.url}/api/appointments`,
      method: 'POST',
      headers,
      requests: [
        {
          setupRequest: (req) => {
            const i = next++;
            return {
              ...req,
              body: JSON.stringify({
                slotId: seeded.slotIds[i % seeded.slotIds.length],
                requestId: seeded.requestIds[i % seeded.requestIds.length],
              }),
            };
          },
        },
      ],
    });
    const contested = seeded.slotIds.slice(-10);
    let k = 0;
    const race = await run({
      url: `${server.url}/api/appointments`,
      method: 'POST',
      headers,
      requests: [
        {
          setupRequest: (req) => {
            const i = k++;
            return {
              ...req,
              body: JSON.stringify({
                slotId: contested[i % 10],
                requestId: seeded.requestIds[seeded.requestIds.length - 1 - (i % 5000)],
              }),
            };
          },
        },
      ],
    });
    const row = (what: string, f: Figures) =>
      `| ${engine} | ${what} | ${f.rps.toFixed(0)} | ${f.p50} | ${f.p99} | ${f.ok} | ${f.conflicts} | ${f.errors} |`;
    return [
      row(`slot search (${seeded.slotIds.length} slots, 20 OTs, 4 weeks)`, search),
      row('booking, no contention', free),
      row('booking, 10 contested slots', race),
    ];
  } finally {
    await server.stop();
  }
}

export async function runBookingBench(): Promise<void> {
  const rows = await onEachDatabase(seed, measure);
  const body = [
    `${CONNECTIONS} connections for ${DURATION_S} s per row, autocannon in the benchmark process, one server process (from source with tsx), ${WAITING} people on the waiting list. Slot search: GET /api/slots?available=true (first 10 free in-person slots), one connection, so its latency is one search's. Booking: POST /api/appointments (session lookup, access check, slot lock, episode, seat, appointment, request history, outbox, audit). Targets: search p99 < 20 ms; ≥ 200 bookings/s without contention on PostgreSQL. 4xx in the contested row are the expected "this time has just been taken".`,
    '',
    '| database | what | requests/s | p50 ms | p99 ms | 2xx | 4xx | errors |',
    '| --- | --- | --- | --- | --- | --- | --- | --- |',
    ...rows,
  ].join('\n');
  writeSection('booking: slot search and bookings', body);
  process.stdout.write(`${body}\n`);
}
