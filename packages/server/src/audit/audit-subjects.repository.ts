/**
 * Whose record an audit event is about: the people behind the record ids the audit log holds,
 * and the record ids of a person, so an administrator can answer "who looked at this person's
 * record?". Names only, never the records; reached through `PatientAccess.withAuditSubjects`.
 */
import { sql } from 'kysely';
import type { AuditedTransaction } from '../access/patient-access.js';

/** The kinds of record an audit event can name, each leading to one person. */
export type SubjectKind = 'person' | 'request' | 'episode' | 'entry' | 'appointment';
export const SUBJECT_KINDS: readonly SubjectKind[] = [
  'person',
  'request',
  'episode',
  'entry',
  'appointment',
];

/** The audit log's resource types by the kind of record their id is (see the routes that audit them). */
export const SUBJECT_RESOURCE_TYPES: Readonly<Record<SubjectKind, readonly string[]>> = {
  person: ['person'],
  request: ['request', 'request_acknowledgement', 'safeguarding_concern'],
  episode: [
    'episode_summary',
    'episode_record',
    'episode_discharge',
    'discharge_letter',
    'questionnaire_link',
  ],
  entry: ['record_entry', 'record_entry_history', 'health_work_report'],
  appointment: ['appointment'],
};

export type RecordIds = Readonly<Record<SubjectKind, readonly string[]>>;

export function subjectKindOf(resourceType: string): SubjectKind | undefined {
  return SUBJECT_KINDS.find((kind) => SUBJECT_RESOURCE_TYPES[kind].includes(resourceType));
}

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;
/** Ids the audit log holds are text; only uuids can be record ids (others would not compare). */
function uuids(ids: readonly string[]): string[] {
  return [...new Set(ids.filter((id) => UUID.test(id)))];
}

export interface RecordSubject {
  readonly kind: SubjectKind;
  readonly recordId: string;
  readonly personId: string;
  readonly name: string;
}

interface Row {
  record_id: string;
  person_id: string;
  given_name: string;
  family_name: string;
}

/** The person behind each record id, for people registered with a practice in `scope`. */
export async function subjectsOfRecords(
  trx: AuditedTransaction,
  scope: readonly string[],
  ids: RecordIds,
): Promise<RecordSubject[]> {
  if (scope.length === 0) return [];
  const queries: Record<SubjectKind, (wanted: string[]) => Promise<Row[]>> = {
    person: (wanted) =>
      trx
        .selectFrom('people')
        .select(['people.id as record_id', 'people.id as person_id', 'given_name', 'family_name'])
        .where('people.id', 'in', wanted)
        .where('registered_practice_id', 'in', scope)
        .execute(),
    request: (wanted) =>
      trx
        .selectFrom('requests')
        .innerJoin('people', 'people.id', 'requests.person_id')
        .select(['requests.id as record_id', 'people.id as person_id', 'given_name', 'family_name'])
        .where('requests.id', 'in', wanted)
        .where('people.registered_practice_id', 'in', scope)
        .execute(),
    episode: (wanted) =>
      trx
        .selectFrom('episodes')
        .innerJoin('people', 'people.id', 'episodes.person_id')
        .select(['episodes.id as record_id', 'people.id as person_id', 'given_name', 'family_name'])
        .where('episodes.id', 'in', wanted)
        .where('people.registered_practice_id', 'in', scope)
        .execute(),
    entry: (wanted) =>
      trx
        .selectFrom('record_entries')
        .innerJoin('episodes', 'episodes.id', 'record_entries.episode_id')
        .innerJoin('people', 'people.id', 'episodes.person_id')
        .select([
          'record_entries.id as record_id',
          'people.id as person_id',
          'given_name',
          'family_name',
        ])
        .where('record_entries.id', 'in', wanted)
        .where('people.registered_practice_id', 'in', scope)
        .execute(),
    appointment: (wanted) =>
      trx
        .selectFrom('appointments')
        .innerJoin('people', 'people.id', 'appointments.person_id')
        .select([
          'appointments.id as record_id',
          'people.id as person_id',
          'given_name',
          'family_name',
        ])
        .where('appointments.id', 'in', wanted)
        .where('people.registered_practice_id', 'in', scope)
        .execute(),
  };
  const found: RecordSubject[] = [];
  for (const kind of SUBJECT_KINDS) {
    const wanted = uuids(ids[kind]);
    if (wanted.length === 0) continue;
    for (const row of await queries[kind](wanted)) {
      found.push({
        kind,
        recordId: row.record_id,
        personId: row.person_id,
        name: `${row.given_name} ${row.family_name}`,
      });
    }
  }
  return found;
}

/** How an administrator names the person whose records they want the audit of. */
export type PersonFinder =
  { readonly nhsNumber: string } | { readonly name: string; readonly dateOfBirth: string };

export interface AuditSubject {
  readonly personId: string;
  readonly name: string;
  /** The person's records, by kind, whose ids the audit log may hold. */
  readonly records: RecordIds;
}

/**
 * The people matching an NHS number, or a name (family name, or given and family name, in any
 * case) and date of birth, registered in `scope`, each with the ids of their records.
 */
export async function findAuditSubjects(
  trx: AuditedTransaction,
  scope: readonly string[],
  finder: PersonFinder,
): Promise<AuditSubject[]> {
  if (scope.length === 0) return [];
  let q = trx
    .selectFrom('people')
    .select(['id', 'given_name', 'family_name'])
    .where('registered_practice_id', 'in', scope);
  if ('nhsNumber' in finder) {
    q = q.where('nhs_number', '=', finder.nhsNumber);
  } else {
    const name = finder.name.trim().replace(/\s+/g, ' ').toLowerCase();
    q = q
      .where('date_of_birth', '=', finder.dateOfBirth)
      .where((eb) =>
        eb.or([
          eb(eb.fn('lower', ['family_name']), '=', name),
          eb(sql<string>`lower(given_name || ' ' || family_name)`, '=', name),
        ]),
      );
  }
  const people = await q.orderBy('family_name').orderBy('id').limit(50).execute();
  if (people.length === 0) return [];
  const ids = people.map((p) => p.id);
  // One after another: a transaction is one connection.
  const requests = await trx
    .selectFrom('requests')
    .select(['id', 'person_id'])
    .where('person_id', 'in', ids)
    .execute();
  const episodes = await trx
    .selectFrom('episodes')
    .select(['id', 'person_id'])
    .where('person_id', 'in', ids)
    .execute();
  const entries = await trx
    .selectFrom('record_entries')
    .innerJoin('episodes', 'episodes.id', 'record_entries.episode_id')
    .select(['record_entries.id as id', 'episodes.person_id as person_id'])
    .where('episodes.person_id', 'in', ids)
    .execute();
  const appointments = await trx
    .selectFrom('appointments')
    .select(['id', 'person_id'])
    .where('person_id', 'in', ids)
    .execute();
  const of = (rows: readonly { id: string; person_id: string }[], personId: string) =>
    rows.filter((r) => r.person_id === personId).map((r) => r.id);
  return people.map((p) => ({
    personId: p.id,
    name: `${p.given_name} ${p.family_name}`,
    records: {
      person: [p.id],
      request: of(requests, p.id),
      episode: of(episodes, p.id),
      entry: of(entries, p.id),
      appointment: of(appointments, p.id),
    },
  }));
}
