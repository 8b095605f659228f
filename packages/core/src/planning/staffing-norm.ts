/**
 * The staffing norm (issue 13 item 2): OT sessions a week delivered at each practice against the
 * sessions its registered population needs, with the gap in sessions and whole-time equivalents,
 * and the same figures for each PCN and the whole service.
 *
 * Rules (each tested by hand in `staffing-norm.test.ts`):
 * - needed sessions = list size ÷ population per session (5,000 by default), proportional, not
 *   rounded up to whole sessions (12,000 → 2.4);
 * - gap = needed − delivered, never below 0 (a practice above the norm has no gap; its surplus
 *   does not cancel another practice's gap, since the norm is per practice);
 * - gap WTE = gap ÷ {@link SESSIONS_PER_WTE};
 * - every figure is worked in hundredths and rounded half up to two decimals once, at the
 *   practice; PCN and service figures are sums of the practices' rounded figures;
 * - a practice with no list size has an unknown need and gap (never zero): it is counted apart
 *   and left out of its PCN's and the service's population, need and gap.
 */

/**
 * The norm's source, seed 000: the Royal College of Occupational Therapists' response to the
 * Senedd Health and Social Care Committee's inquiry into the future of general practice in Wales.
 */
export const STAFFING_NORM_SOURCE = {
  citation:
    'Royal College of Occupational Therapists, response to the Health and Social Care Committee inquiry into the future of general practice in Wales (seed 000)',
  quote:
    'We believe OTs should be colocated in primary care practices, with each practice having access to an advanced occupational therapist (AOT) for at least one session per 5000 population.',
} as const;

/** The norm's default: one advanced-OT session a week per 5,000 registered population (seed 000). */
export const DEFAULT_POPULATION_PER_SESSION = 5000;

/**
 * Sessions a week that make one whole-time equivalent: a declared assumption, the NHS
 * job-planning convention of ten programmed activities (sessions) a week for a full-time post.
 * With the register's four-hour session (SESSION_MINUTES, staff-register.ts) that is 40 hours, a little over
 * Agenda for Change's 37.5, so the WTE gap errs slightly low.
 */
export const SESSIONS_PER_WTE = 10;

/** The bounds a configured norm must stay within (a population per session). */
export const POPULATION_PER_SESSION_MIN = 500;
export const POPULATION_PER_SESSION_MAX = 50000;

export interface StaffingNormPracticeInput {
  readonly organisationId: string;
  readonly name: string;
  readonly odsCode: string | null;
  readonly pcnId: string | null;
  readonly pcnName: string | null;
  /** Registered population; null when the service does not know it. */
  readonly listSize: number | null;
  /** OT sessions a week delivered there, from the rota. */
  readonly sessionsDelivered: number;
}

export interface StaffingNormFigures {
  /** Practices counted. */
  readonly practices: number;
  /** Practices whose list size is unknown (left out of population, need and gap). */
  readonly unknownListSize: number;
  /** Registered population (of the practices whose list size is known); null if none is. */
  readonly listSize: number | null;
  readonly sessionsDelivered: number;
  readonly sessionsNeeded: number | null;
  readonly gapSessions: number | null;
  readonly gapWte: number | null;
  /** Practices with a known list size that meet the norm. */
  readonly practicesMeetingNorm: number;
  /** Practices with any OT session a week (access of some kind, as seed 000 counts clusters). */
  readonly practicesWithSessions: number;
}

export interface StaffingNormPractice extends StaffingNormFigures {
  readonly organisationId: string;
  readonly name: string;
  readonly odsCode: string | null;
}

export interface StaffingNormPcn {
  readonly pcnId: string | null;
  readonly pcnName: string | null;
  readonly practices: readonly StaffingNormPractice[];
  readonly totals: StaffingNormFigures;
}

export interface StaffingNormTable {
  readonly populationPerSession: number;
  readonly sessionsPerWte: number;
  readonly pcns: readonly StaffingNormPcn[];
  readonly service: StaffingNormFigures;
}

const hundredths = (n: number) => Math.round(n * 100);
const fromHundredths = (n: number) => n / 100;

interface Hundredths {
  practices: number;
  unknownListSize: number;
  known: number;
  listSize: number;
  delivered: number;
  needed: number;
  gap: number;
  gapWte: number;
  meeting: number;
  withSessions: number;
}

const empty = (): Hundredths => ({
  practices: 0,
  unknownListSize: 0,
  known: 0,
  listSize: 0,
  delivered: 0,
  needed: 0,
  gap: 0,
  gapWte: 0,
  meeting: 0,
  withSessions: 0,
});

function practiceHundredths(
  p: StaffingNormPracticeInput,
  populationPerSession: number,
): Hundredths {
  const delivered = hundredths(p.sessionsDelivered);
  const base = { ...empty(), practices: 1, delivered, withSessions: delivered > 0 ? 1 : 0 };
  if (p.listSize === null) return { ...base, unknownListSize: 1 };
  const needed = Math.round((p.listSize * 100) / populationPerSession);
  const gap = Math.max(0, needed - delivered);
  return {
    ...base,
    known: 1,
    listSize: p.listSize,
    needed,
    gap,
    gapWte: Math.round(gap / SESSIONS_PER_WTE),
    meeting: gap === 0 ? 1 : 0,
  };
}

function add(a: Hundredths, b: Hundredths): Hundredths {
  return {
    practices: a.practices + b.practices,
    unknownListSize: a.unknownListSize + b.unknownListSize,
    known: a.known + b.known,
    listSize: a.listSize + b.listSize,
    delivered: a.delivered + b.delivered,
    needed: a.needed + b.needed,
    gap: a.gap + b.gap,
    gapWte: a.gapWte + b.gapWte,
    meeting: a.meeting + b.meeting,
    withSessions: a.withSessions + b.withSessions,
  };
}

function figures(h: Hundredths): StaffingNormFigures {
  const known = h.known > 0;
  return {
    practices: h.practices,
    unknownListSize: h.unknownListSize,
    listSize: known ? h.listSize : null,
    sessionsDelivered: fromHundredths(h.delivered),
    sessionsNeeded: known ? fromHundredths(h.needed) : null,
    gapSessions: known ? fromHundredths(h.gap) : null,
    gapWte: known ? fromHundredths(h.gapWte) : null,
    practicesMeetingNorm: h.meeting,
    practicesWithSessions: h.withSessions,
  };
}

/** One practice against the norm (see the module's rules). */
export function practiceAgainstNorm(
  practice: StaffingNormPracticeInput,
  populationPerSession: number = DEFAULT_POPULATION_PER_SESSION,
): StaffingNormPractice {
  return {
    organisationId: practice.organisationId,
    name: practice.name,
    odsCode: practice.odsCode,
    ...figures(practiceHundredths(practice, populationPerSession)),
  };
}

/**
 * The norm table: each practice against the norm, grouped by PCN (practices with no PCN last,
 * in a group of their own) with each PCN's totals, and the service's totals.
 */
export function staffingNormTable(
  practices: readonly StaffingNormPracticeInput[],
  populationPerSession: number = DEFAULT_POPULATION_PER_SESSION,
): StaffingNormTable {
  if (!(populationPerSession > 0)) throw new RangeError('populationPerSession must be positive');
  const groups = new Map<string | null, StaffingNormPracticeInput[]>();
  for (const p of practices) {
    const list = groups.get(p.pcnId) ?? [];
    list.push(p);
    groups.set(p.pcnId, list);
  }
  let service = empty();
  const pcns: StaffingNormPcn[] = [];
  for (const [pcnId, members] of groups) {
    const sorted = [...members].sort((a, b) => a.name.localeCompare(b.name));
    let total = empty();
    for (const p of sorted) total = add(total, practiceHundredths(p, populationPerSession));
    service = add(service, total);
    pcns.push({
      pcnId,
      pcnName: sorted[0]?.pcnName ?? null,
      practices: sorted.map((p) => practiceAgainstNorm(p, populationPerSession)),
      totals: figures(total),
    });
  }
  pcns.sort((a, b) =>
    a.pcnName === null ? 1 : b.pcnName === null ? -1 : a.pcnName.localeCompare(b.pcnName),
  );
  return {
    populationPerSession,
    sessionsPerWte: SESSIONS_PER_WTE,
    pcns,
    service: figures(service),
  };
}

/** One practice's registered population, as read from an imported CSV. */
export interface ListSizeRow {
  readonly odsCode: string;
  readonly listSize: number;
}

export interface ListSizeImport {
  readonly rows: readonly ListSizeRow[];
  /** Lines that could not be read, numbered from 1 (the header). */
  readonly problems: readonly { readonly line: number; readonly message: string }[];
}

const ODS_COLUMNS = ['ods_code', 'code', 'practice_code', 'practice code', 'ods code'];
const SIZE_COLUMNS = ['list_size', 'number_of_patients', 'registered_patients', 'list size'];

/** One CSV line's fields (RFC 4180 quotes: "a, b" and "" inside quotes). */
function csvFields(line: string): string[] {
  const fields: string[] = [];
  let field = '';
  let quoted = false;
  for (let i = 0; i < line.length; i += 1) {
    const c = line.charAt(i);
    if (quoted) {
      if (c === '"' && line.charAt(i + 1) === '"') {
        field += '"';
        i += 1;
      } else if (c === '"') quoted = false;
      else field += c;
    } else if (c === '"') quoted = true;
    else if (c === ',') {
      fields.push(field);
      field = '';
    } else field += c;
  }
  fields.push(field);
  return fields.map((f) => f.trim());
}

/**
 * Registered populations from a CSV, for places the England extract does not cover (Wales's
 * practices, say): a header naming the ODS practice code (`ods_code`, or NHS Digital's `CODE` /
 * `PRACTICE_CODE`) and the list size (`list_size`, or `NUMBER_OF_PATIENTS`); other columns are
 * ignored. A blank, negative or non-whole list size is a problem, never read as zero.
 */
export function parseListSizeCsv(text: string): ListSizeImport {
  const lines = text.replace(/^\uFEFF/, '').split(/\r?\n/);
  const header = csvFields(lines[0] ?? '').map((h) => h.toLowerCase());
  const odsAt = header.findIndex((h) => ODS_COLUMNS.includes(h));
  const sizeAt = header.findIndex((h) => SIZE_COLUMNS.includes(h));
  if (odsAt < 0 || sizeAt < 0) {
    return {
      rows: [],
      problems: [{ line: 1, message: 'The header needs an ods_code and a list_size column' }],
    };
  }
  const rows: ListSizeRow[] = [];
  const problems: { line: number; message: string }[] = [];
  lines.slice(1).forEach((line, index) => {
    if (line.trim() === '') return;
    const fields = csvFields(line);
    const odsCode = (fields[odsAt] ?? '').toUpperCase();
    const size = (fields[sizeAt] ?? '').replace(/,/g, '');
    if (!/^[A-Z0-9]{3,10}$/.test(odsCode)) {
      problems.push({ line: index + 2, message: 'Not an ODS code' });
    } else if (!/^\d+$/.test(size)) {
      problems.push({ line: index + 2, message: 'The list size is not a whole number' });
    } else {
      rows.push({ odsCode, listSize: Number(size) });
    }
  });
  return { rows, problems };
}
