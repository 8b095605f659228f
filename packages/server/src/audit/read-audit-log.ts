/**
 * Reading the audit log as an administrator: the events matching the filters, each with the name
 * of the person whose record it is about, and, searched by person, only the events about that
 * person's records (the person, their requests, episodes, record entries and appointments).
 * Finding the person and naming the people on the page both go through the access module and
 * are audited as the admin's; the records themselves are never read.
 */
import type { AccessContext, PatientAccess } from '../access/patient-access.js';
import {
  findAuditSubjects,
  SUBJECT_KINDS,
  subjectKindOf,
  subjectsOfRecords,
  type PersonFinder,
  type RecordIds,
  type SubjectKind,
} from './audit-subjects.repository.js';
import {
  countAuditEvents,
  listAuditEvents,
  type AuditFilters,
  type AuditStore,
  type StoredAuditEvent,
} from './audit.repository.js';
import type { TAuditEvent, TAuditQuery } from './audit.schema.js';

export interface AuditLogPage {
  readonly events: TAuditEvent[];
  readonly total: number;
  /** The people searched by, or null when the log was not searched by person. */
  readonly people: { id: string; name: string }[] | null;
}

function finderOf(query: Omit<TAuditQuery, 'page'>): PersonFinder | null {
  if (query.nhsNumber !== undefined) return { nhsNumber: query.nhsNumber };
  if (query.name !== undefined && query.dateOfBirth !== undefined)
    return { name: query.name, dateOfBirth: query.dateOfBirth };
  return null;
}

function emptyIds(): Record<SubjectKind, string[]> {
  return { person: [], request: [], episode: [], entry: [], appointment: [] };
}

export async function readAuditLog(
  deps: { readonly db: AuditStore; readonly access: PatientAccess },
  context: AccessContext,
  query: Omit<TAuditQuery, 'page'>,
  window: { readonly limit: number; readonly offset: number; readonly count: boolean },
): Promise<AuditLogPage> {
  const { nhsNumber: _n, name: _m, dateOfBirth: _d, ...filters } = query;
  const finder = finderOf(query);
  let people: AuditLogPage['people'] = null;
  let about: RecordIds | undefined;
  if (finder) {
    const found = await deps.access.withAuditSubjects(
      context,
      { action: 'search', purpose: 'audit log by person' },
      (trx, scope) => findAuditSubjects(trx, scope, finder),
    );
    people = found.map((p) => ({ id: p.personId, name: p.name }));
    const ids = emptyIds();
    for (const person of found)
      for (const kind of SUBJECT_KINDS) ids[kind].push(...person.records[kind]);
    about = ids;
  }
  const withAbout: AuditFilters = about ? { ...filters, about } : filters;
  const total = window.count ? await countAuditEvents(deps.db, withAbout) : 0;
  const events = await listAuditEvents(deps.db, withAbout, window.limit, window.offset);
  return { events: await named(deps.access, context, events), total, people };
}

/** The events with the name of whose record each is about, where it is a person's. */
async function named(
  access: PatientAccess,
  context: AccessContext,
  events: readonly StoredAuditEvent[],
): Promise<TAuditEvent[]> {
  const ids = emptyIds();
  for (const event of events) {
    const kind = subjectKindOf(event.resourceType);
    if (kind && event.resourceId !== null) ids[kind].push(event.resourceId);
  }
  const wanted = SUBJECT_KINDS.some((kind) => ids[kind].length > 0);
  const subjects = wanted
    ? await access.withAuditSubjects(
        context,
        { action: 'read', purpose: 'audit log names' },
        (trx, scope) => subjectsOfRecords(trx, scope, ids),
      )
    : [];
  const byRecord = new Map(subjects.map((s) => [`${s.kind}:${s.recordId}`, s]));
  return events.map((event) => {
    const kind = subjectKindOf(event.resourceType);
    const subject =
      kind && event.resourceId !== null ? byRecord.get(`${kind}:${event.resourceId}`) : undefined;
    return { ...event, person: subject ? { id: subject.personId, name: subject.name } : null };
  });
}
