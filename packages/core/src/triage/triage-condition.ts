/**
 * The declarative conditions a triage rule is written in, and the facts they are tested against.
 * A condition is a set of clauses that must all hold; to say "this or that", write two rules, so
 * that each reason names exactly what fired. Facts are read defensively: an unknown value, an odd
 * date or a missing list makes a clause about it false rather than throwing.
 */
import type {
  Area,
  Duration,
  FallsInLastYear,
  Impact,
  RedFlag,
  Route,
  WorkStatus,
} from '../front-door/answers.js';
import { ageOn, IMPACTS } from '../front-door/answers.js';
import type { Pathway, TriageInput, Urgency } from './triage-types.js';

/** Clauses a rule may test. All present clauses must hold; a clause left out always holds. */
export interface TriageCondition {
  /** At least one of these areas was chosen. */
  readonly areasAny?: readonly Area[];
  /** Every one of these areas was chosen. */
  readonly areasAll?: readonly Area[];
  /** At least one area was chosen, and every chosen area is among these. */
  readonly areasOnly?: readonly Area[];
  /** true: at least one red flag was reported; false: none was. */
  readonly hasRedFlag?: boolean;
  /** At least one of these red flags was reported. */
  readonly redFlagsAny?: readonly RedFlag[];
  /** Age in whole years on the day of triage is at least this. False when the age is unknown. */
  readonly ageAtLeast?: number;
  /** Age in whole years is below this. False when the age is unknown. */
  readonly ageUnder?: number;
  /** Impact is this or more (a_little < quite_a_lot < a_lot < cannot_do). */
  readonly impactAtLeast?: Impact;
  /** Impact is this or less. */
  readonly impactAtMost?: Impact;
  /** How long it has been a problem is one of these. */
  readonly sinceAny?: readonly Duration[];
  readonly workStatusAny?: readonly WorkStatus[];
  readonly fallsAny?: readonly FallsInLastYear[];
  readonly routeAny?: readonly Route[];
  /** The pathway already decided (urgency and tier rules only). */
  readonly pathwayAny?: readonly Pathway[];
  /** The urgency already decided (tier rules only). */
  readonly urgencyAny?: readonly Urgency[];
}

/** What the rules are tested against, read from a request once. Values are kept as given. */
export interface TriageFacts {
  readonly areas: ReadonlySet<string>;
  readonly redFlags: ReadonlySet<string>;
  /** Any entry in the red-flag list counts, even one this version does not know. */
  readonly hasRedFlag: boolean;
  readonly age: number | undefined;
  readonly impact: unknown;
  readonly since: unknown;
  readonly workStatus: unknown;
  readonly falls: unknown;
  readonly route: unknown;
  readonly pathway?: Pathway;
  readonly urgency?: Urgency;
}

const DATE = /^(\d{4})-(\d{2})-(\d{2})$/;

function isCalendarDate(value: unknown): value is string {
  if (typeof value !== 'string') return false;
  const m = DATE.exec(value);
  if (m === null) return false;
  const [y, mo, d] = [Number(m[1]), Number(m[2]), Number(m[3])];
  const date = new Date(Date.UTC(y, mo - 1, d));
  return date.getUTCFullYear() === y && date.getUTCMonth() === mo - 1 && date.getUTCDate() === d;
}

/** Age in whole years, or undefined when either date is not a real YYYY-MM-DD date or the
 * result is implausible (born after today, or over 130). */
export function ageForTriage(dateOfBirth: unknown, today: unknown): number | undefined {
  if (!isCalendarDate(dateOfBirth) || !isCalendarDate(today)) return undefined;
  const age = ageOn(dateOfBirth, today);
  return age >= 0 && age <= 130 ? age : undefined;
}

function listOf(value: unknown): readonly unknown[] {
  return Array.isArray(value) ? (value as readonly unknown[]) : [];
}

function stringsOf(value: unknown): Set<string> {
  return new Set(listOf(value).filter((x): x is string => typeof x === 'string'));
}

function field(record: unknown, key: string): unknown {
  return typeof record === 'object' && record !== null
    ? (record as Record<string, unknown>)[key]
    : undefined;
}

/** Reads the facts the rules need from a request, never throwing on odd values. */
export function factsOf(input: TriageInput): TriageFacts {
  const answers: unknown = input.answers;
  return {
    areas: stringsOf(field(answers, 'areas')),
    redFlags: stringsOf(field(answers, 'redFlags')),
    hasRedFlag: listOf(field(answers, 'redFlags')).length > 0,
    age: ageForTriage(field(field(answers, 'person'), 'dateOfBirth'), input.today),
    impact: field(answers, 'impact'),
    since: field(answers, 'since'),
    workStatus: field(answers, 'workStatus'),
    falls: field(answers, 'fallsInLastYear'),
    route: input.route,
  };
}

function inList(list: readonly string[], value: unknown): boolean {
  return typeof value === 'string' && list.includes(value);
}

function impactRank(value: unknown): number {
  return typeof value === 'string' ? (IMPACTS as readonly string[]).indexOf(value) : -1;
}

/** Whether every clause of a condition holds for these facts. */
export function conditionHolds(c: TriageCondition, f: TriageFacts): boolean {
  if (c.areasAny && !c.areasAny.some((a) => f.areas.has(a))) return false;
  if (c.areasAll && !c.areasAll.every((a) => f.areas.has(a))) return false;
  if (c.areasOnly) {
    const only: readonly string[] = c.areasOnly;
    if (f.areas.size === 0 || ![...f.areas].every((a) => only.includes(a))) return false;
  }
  if (c.hasRedFlag !== undefined && c.hasRedFlag !== f.hasRedFlag) return false;
  if (c.redFlagsAny && !c.redFlagsAny.some((r) => f.redFlags.has(r))) return false;
  if (c.ageAtLeast !== undefined && !(f.age !== undefined && f.age >= c.ageAtLeast)) return false;
  if (c.ageUnder !== undefined && !(f.age !== undefined && f.age < c.ageUnder)) return false;
  const impact = impactRank(f.impact);
  if (c.impactAtLeast && !(impact >= 0 && impact >= impactRank(c.impactAtLeast))) return false;
  if (c.impactAtMost && !(impact >= 0 && impact <= impactRank(c.impactAtMost))) return false;
  if (c.sinceAny && !inList(c.sinceAny, f.since)) return false;
  if (c.workStatusAny && !inList(c.workStatusAny, f.workStatus)) return false;
  if (c.fallsAny && !inList(c.fallsAny, f.falls)) return false;
  if (c.routeAny && !inList(c.routeAny, f.route)) return false;
  if (c.pathwayAny && !inList(c.pathwayAny, f.pathway)) return false;
  if (c.urgencyAny && !inList(c.urgencyAny, f.urgency)) return false;
  return true;
}

/** A rule applies when its `when` holds and none of its `unless` conditions does. */
export function applies(
  rule: { readonly when: TriageCondition; readonly unless?: readonly TriageCondition[] },
  facts: TriageFacts,
): boolean {
  return (
    conditionHolds(rule.when, facts) && !listOf(rule.unless).some((u) => holdsUnknown(u, facts))
  );
}

function holdsUnknown(value: unknown, facts: TriageFacts): boolean {
  return typeof value === 'object' && value !== null ? conditionHolds(value, facts) : false;
}
