/**
 * Seeding for bench/record.ts: 100,000 episodes with their entries and versions, in bulk SQL
 * inside the database, and the episodes whose opening is measured.
 */
import { performance } from 'node:perf_hooks';
import { sql, type Kysely } from 'kysely';
import { migrate } from '../packages/server/src/db/migrate.js';
import type { Database } from '../packages/server/src/db/schema.js';
import { prepareEntry } from '../packages/server/src/record/entry-service.js';
import { makeOrganisationTree, makeUser, unique } from '../packages/server/src/testing/builders.js';
import { makeAnswers } from '../packages/server/src/testing/requests.js';

export const EPISODES = Number(process.env.BENCH_RECORD_EPISODES ?? 100_000);
export const TARGETS = 20;
export const CONTACTS = 20;
export const ASSESSMENTS = 10;
export const ENTRIES = CONTACTS + ASSESSMENTS;
export const PASSWORD = 'bench password 1';
export const OTHER_OTS = 9;
export const EXTRA_PRACTICES = 4;

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

export interface Seeded {
  readonly otId: string;
  readonly otEmail: string;
  readonly targetIds: string[];
  readonly seedSeconds: number;
  readonly counts: { episodes: number; entries: number; versions: number };
}

/** A JSON value as a jsonb parameter. */
const jsonb = (value: unknown) => sql`${JSON.stringify(value)}::jsonb`;
const isoDay = (d: Date) => d.toISOString().slice(0, 10);

export async function seed(db: Kysely<Database>): Promise<Seeded> {
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
    otId: ot.id,
    otEmail: ot.email,
    targetIds,
    seedSeconds,
    counts,
  };
}

/** Load average (1 min) and, on Linux, the share of the last minute some task waited for a CPU. */
