/**
 * The crisis log for leads (issue 9, item 5): each crisis or safeguarding request in the caller's
 * organisations that arrived between two London dates, who acknowledged it, with what outcome,
 * how long it took (working minutes and wall-clock minutes) and whether it was escalated. An
 * aggregate read (references, times and outcomes: never a person's details or the clinician's
 * note), audited as such.
 */
import {
  addCalendarDays,
  crisisKindOf,
  isAcknowledgementOutcome,
  londonDateOf,
  startOfLondonDayMs,
  wallClockMinutesBetween,
  workingMinutesBetween,
} from '@everyday/core';
import type { AccessContext, PatientAccess } from '../access/patient-access.js';
import { toCsv } from '../http/csv.js';
import { crisisLogRows, type CrisisLogRow } from './crisis.repository.js';
import type { TCrisisLogEntry } from './crisis.schema.js';

/** The log holds at most this many requests; a longer period is asked for in parts. */
export const CRISIS_LOG_LIMIT = 10_000;
const DEFAULT_DAYS = 30;

export interface CrisisLogPeriod {
  readonly from: string;
  readonly to: string;
}

/** The period asked for, or the 30 London days up to today. */
export function crisisLogPeriod(q: { from?: string; to?: string }, now: Date): CrisisLogPeriod {
  const to =
    q.to ?? (q.from ? addCalendarDays(q.from, DEFAULT_DAYS - 1) : londonDateOf(now.getTime()));
  return { from: q.from ?? addCalendarDays(to, -(DEFAULT_DAYS - 1)), to };
}

function redFlagsOf(answers: unknown): string[] {
  if (answers === null || typeof answers !== 'object') return [];
  const flags = (answers as { redFlags?: unknown }).redFlags;
  return Array.isArray(flags) ? flags.filter((f): f is string => typeof f === 'string') : [];
}

function screenRedFlagsOf(matches: unknown): string[] {
  if (!Array.isArray(matches)) return [];
  return matches.flatMap((m: unknown) =>
    m !== null &&
    typeof m === 'object' &&
    (m as { kind?: unknown }).kind === 'clinical' &&
    typeof (m as { redFlag?: unknown }).redFlag === 'string'
      ? [(m as { redFlag: string }).redFlag]
      : [],
  );
}

function outcomeOf(acknowledgement: unknown): TCrisisLogEntry['outcome'] {
  if (acknowledgement === null || typeof acknowledgement !== 'object') return null;
  const outcome = (acknowledgement as { outcome?: unknown }).outcome;
  return typeof outcome === 'string' && isAcknowledgementOutcome(outcome) ? outcome : null;
}

export function toCrisisLogEntry(row: CrisisLogRow): TCrisisLogEntry {
  const acknowledged = row.acknowledgedAt;
  return {
    id: row.id,
    reference: row.reference,
    practice: { id: row.practiceId, name: row.practiceName },
    receivedAt: row.receivedAt.toISOString(),
    kind: crisisKindOf({
      urgency: row.urgency,
      safeguarding: row.safeguarding,
      tickedRedFlags: redFlagsOf(row.answers),
      screenRedFlags: screenRedFlagsOf(row.screenMatches),
    }),
    acknowledgedAt: acknowledged?.toISOString() ?? null,
    acknowledgedBy:
      row.acknowledgedById && row.acknowledgedByName
        ? { id: row.acknowledgedById, name: row.acknowledgedByName }
        : null,
    outcome: outcomeOf(row.acknowledgement),
    minutesToAcknowledge: acknowledged
      ? {
          working: workingMinutesBetween(
            row.receivedAt.getTime(),
            acknowledged.getTime(),
            row.nation,
          ),
          wallClock: wallClockMinutesBetween(row.receivedAt.getTime(), acknowledged.getTime()),
        }
      : null,
    escalatedAt: row.escalatedAt?.toISOString() ?? null,
  };
}

export async function crisisLog(
  access: PatientAccess,
  context: AccessContext,
  period: CrisisLogPeriod,
): Promise<TCrisisLogEntry[]> {
  const start = new Date(startOfLondonDayMs(period.from));
  const end = new Date(startOfLondonDayMs(addCalendarDays(period.to, 1)));
  const rows = await access.withAggregateRead(
    context,
    { resourceType: 'request', purpose: `crisis log ${period.from} to ${period.to}` },
    (trx, scope) => crisisLogRows(trx, scope, start, end, CRISIS_LOG_LIMIT),
  );
  return rows.map(toCrisisLogEntry);
}

export const CRISIS_LOG_CSV_COLUMNS = [
  'reference',
  'practice',
  'receivedAt',
  'kind',
  'acknowledgedAt',
  'acknowledgedBy',
  'outcome',
  'workingMinutesToAcknowledge',
  'wallClockMinutesToAcknowledge',
  'escalatedAt',
] as const;

export function crisisLogCsv(entries: readonly TCrisisLogEntry[]): string {
  return toCsv(
    entries.map((e) => ({
      reference: e.reference,
      practice: e.practice.name,
      receivedAt: e.receivedAt,
      kind: e.kind,
      acknowledgedAt: e.acknowledgedAt ?? '',
      acknowledgedBy: e.acknowledgedBy?.name ?? '',
      outcome: e.outcome ?? '',
      workingMinutesToAcknowledge: e.minutesToAcknowledge?.working ?? '',
      wallClockMinutesToAcknowledge: e.minutesToAcknowledge?.wallClock ?? '',
      escalatedAt: e.escalatedAt ?? '',
    })),
    CRISIS_LOG_CSV_COLUMNS,
  );
}
