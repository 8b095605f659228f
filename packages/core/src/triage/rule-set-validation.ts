/**
 * Checks a triage rule set a service uploads or an administrator edits, before it is stored or
 * used. Strict on purpose: an unknown clause (a typo such as `areaAny`) would otherwise be ignored
 * and make a rule apply to everyone. The engine still enforces red flag → crisis on its own.
 */
import {
  AREAS,
  DURATIONS,
  FALLS_IN_LAST_YEAR,
  IMPACTS,
  RED_FLAGS,
  ROUTES,
  WORK_STATUSES,
} from '../front-door/answers.js';
import type { TriageCondition } from './triage-condition.js';
import type { TriageRuleSet } from './triage-rules.js';
import { PATHWAYS, TIERS, URGENCIES } from './triage-types.js';

export type TriageRuleSetValidation =
  | { readonly ok: true; readonly rules: TriageRuleSet }
  | { readonly ok: false; readonly problems: string[] };

type ClauseSpec =
  | { readonly kind: 'list'; readonly values: readonly string[] }
  | { readonly kind: 'one'; readonly values: readonly string[] }
  | { readonly kind: 'age' }
  | { readonly kind: 'boolean' };

const list = (values: readonly string[]): ClauseSpec => ({ kind: 'list', values });
const one = (values: readonly string[]): ClauseSpec => ({ kind: 'one', values });

/** Every clause of TriageCondition, so a new clause cannot be added without its check. */
const CLAUSES: { readonly [K in keyof Required<TriageCondition>]: ClauseSpec } = {
  areasAny: list(AREAS),
  areasAll: list(AREAS),
  areasOnly: list(AREAS),
  hasRedFlag: { kind: 'boolean' },
  redFlagsAny: list(RED_FLAGS),
  ageAtLeast: { kind: 'age' },
  ageUnder: { kind: 'age' },
  impactAtLeast: one(IMPACTS),
  impactAtMost: one(IMPACTS),
  sinceAny: list(DURATIONS),
  workStatusAny: list(WORK_STATUSES),
  fallsAny: list(FALLS_IN_LAST_YEAR),
  routeAny: list(ROUTES),
  pathwayAny: list(PATHWAYS),
  urgencyAny: list(URGENCIES),
};

/** Clauses about what is decided earlier: pathway rules run first, then urgency, then tier. */
const NOT_YET_DECIDED: Readonly<Record<'vote' | 'urgency' | 'tier', readonly string[]>> = {
  vote: ['pathwayAny', 'urgencyAny'],
  urgency: ['urgencyAny'],
  tier: [],
};

type Record_ = Readonly<Record<string, unknown>>;
const isRecord = (v: unknown): v is Record_ =>
  typeof v === 'object' && v !== null && !Array.isArray(v);
const show = (v: unknown): string => {
  if (typeof v === 'string') return JSON.stringify(v);
  if (Array.isArray(v)) return 'a list';
  return typeof v === 'object' && v !== null ? 'an object' : String(v);
};
const isText = (v: unknown): v is string => typeof v === 'string' && v.trim() !== '';

function checkKeys(value: Record_, allowed: readonly string[], at: string, problems: string[]) {
  for (const key of Object.keys(value)) {
    if (!allowed.includes(key)) problems.push(`${at}: unknown field "${key}"`);
  }
}

function checkReason(value: unknown, at: string, problems: string[]) {
  if (!isRecord(value)) {
    problems.push(`${at}.reason must be { en, cy }`);
    return;
  }
  checkKeys(value, ['en', 'cy'], `${at}.reason`, problems);
  if (!isText(value.en)) problems.push(`${at}.reason.en must be non-empty text`);
  if (!isText(value.cy)) problems.push(`${at}.reason.cy must be non-empty Welsh text`);
}

function checkClause(
  key: string,
  spec: ClauseSpec,
  value: unknown,
  at: string,
  problems: string[],
) {
  switch (spec.kind) {
    case 'list':
      if (!Array.isArray(value) || value.length === 0) {
        problems.push(`${at}.${key} must be a non-empty list`);
        return;
      }
      for (const item of value as unknown[]) {
        if (typeof item !== 'string' || !spec.values.includes(item)) {
          problems.push(`${at}.${key}: unknown value ${show(item)}`);
        }
      }
      return;
    case 'one':
      if (typeof value !== 'string' || !spec.values.includes(value)) {
        problems.push(`${at}.${key}: unknown value ${show(value)}`);
      }
      return;
    case 'age':
      if (typeof value !== 'number' || !Number.isInteger(value) || value < 0 || value > 130) {
        problems.push(`${at}.${key} must be a whole number of years from 0 to 130`);
      }
      return;
    case 'boolean':
      if (typeof value !== 'boolean') problems.push(`${at}.${key} must be true or false`);
      return;
  }
}

function checkCondition(
  value: unknown,
  kind: 'vote' | 'urgency' | 'tier' | undefined,
  at: string,
  problems: string[],
) {
  if (!isRecord(value)) {
    problems.push(`${at} must be an object of clauses`);
    return;
  }
  for (const [key, clause] of Object.entries(value)) {
    const spec = (CLAUSES as Readonly<Record<string, ClauseSpec | undefined>>)[key];
    if (spec === undefined) problems.push(`${at}: unknown clause "${key}"`);
    else checkClause(key, spec, clause, at, problems);
    if (kind !== undefined && NOT_YET_DECIDED[kind].includes(key)) {
      problems.push(`${at}.${key}: not yet decided when a ${kind} rule runs`);
    }
  }
}

function checkEffect(
  value: unknown,
  at: string,
  problems: string[],
): 'vote' | 'urgency' | 'tier' | undefined {
  if (!isRecord(value)) {
    problems.push(`${at}.then must be an effect`);
    return undefined;
  }
  switch (value.kind) {
    case 'vote':
      checkKeys(value, ['kind', 'pathway', 'weight'], `${at}.then`, problems);
      if (!PATHWAYS.some((p) => p === value.pathway))
        problems.push(`${at}.then.pathway: unknown pathway ${show(value.pathway)}`);
      if (typeof value.weight !== 'number' || !Number.isFinite(value.weight) || value.weight <= 0) {
        problems.push(`${at}.then.weight must be a number above 0`);
      }
      return 'vote';
    case 'urgency':
      checkKeys(value, ['kind', 'urgency'], `${at}.then`, problems);
      if (!URGENCIES.some((u) => u === value.urgency))
        problems.push(`${at}.then.urgency: unknown urgency ${show(value.urgency)}`);
      return 'urgency';
    case 'tier':
      checkKeys(value, ['kind', 'tier'], `${at}.then`, problems);
      if (!TIERS.some((x) => x === value.tier))
        problems.push(`${at}.then.tier: unknown tier ${show(value.tier)}`);
      return 'tier';
    default:
      problems.push(`${at}.then.kind must be "vote", "urgency" or "tier"`);
      return undefined;
  }
}

function checkRule(value: unknown, at: string, ids: Set<string>, problems: string[]) {
  if (!isRecord(value)) {
    problems.push(`${at} must be a rule object`);
    return;
  }
  checkKeys(value, ['id', 'when', 'unless', 'then', 'reason', 'source'], at, problems);
  const where = isText(value.id) ? `${at} (${value.id})` : at;
  if (!isText(value.id)) problems.push(`${at}.id must be non-empty text`);
  else if (ids.has(value.id)) problems.push(`${where}: duplicate id`);
  else if (value.id.startsWith('safety.'))
    problems.push(`${where}: ids starting "safety." are the engine's`);
  else ids.add(value.id);
  const kind = checkEffect(value.then, where, problems);
  checkCondition(value.when, kind, `${where}.when`, problems);
  if (value.unless !== undefined) {
    if (!Array.isArray(value.unless)) problems.push(`${where}.unless must be a list of conditions`);
    else
      (value.unless as unknown[]).forEach((u, i) => {
        checkCondition(u, kind, `${where}.unless[${i}]`, problems);
      });
  }
  checkReason(value.reason, where, problems);
  if (value.source !== undefined && typeof value.source !== 'string')
    problems.push(`${where}.source must be text`);
}

function checkDefault(
  value: unknown,
  allowed: readonly string[],
  at: string,
  ids: Set<string>,
  problems: string[],
) {
  if (!isRecord(value)) {
    problems.push(`${at} must be { id, value, reason }`);
    return;
  }
  checkKeys(value, ['id', 'value', 'reason'], at, problems);
  if (!isText(value.id)) problems.push(`${at}.id must be non-empty text`);
  else if (ids.has(value.id)) problems.push(`${at} (${value.id}): duplicate id`);
  else ids.add(value.id);
  if (typeof value.value !== 'string' || !allowed.includes(value.value))
    problems.push(`${at}.value: unknown value ${show(value.value)}`);
  checkReason(value.reason, at, problems);
}

/**
 * Validates a triage rule set from outside (a service's upload, an admin's edit, a database row):
 * its shape, unique rule ids, known pathways, urgencies, tiers, areas and other values, clauses
 * each kind of rule may use, and reason wording in English and Welsh. Returns every problem found.
 */
export function validateTriageRuleSet(value: unknown): TriageRuleSetValidation {
  if (!isRecord(value)) return { ok: false, problems: ['the rule set must be an object'] };
  const problems: string[] = [];
  checkKeys(value, ['version', 'pathwayTieOrder', 'rules', 'defaults'], 'rule set', problems);
  if (!isText(value.version)) problems.push('version must be non-empty text');
  const order = value.pathwayTieOrder;
  if (
    !Array.isArray(order) ||
    order.length !== PATHWAYS.length ||
    !PATHWAYS.every((p) => (order as unknown[]).includes(p))
  ) {
    problems.push(`pathwayTieOrder must list each pathway once: ${PATHWAYS.join(', ')}`);
  }
  const ids = new Set<string>();
  if (!Array.isArray(value.rules)) problems.push('rules must be a list');
  else
    (value.rules as unknown[]).forEach((r, i) => {
      checkRule(r, `rules[${i}]`, ids, problems);
    });
  const defaults = value.defaults;
  if (!isRecord(defaults)) problems.push('defaults must be { pathway, urgency, tier }');
  else {
    checkKeys(defaults, ['pathway', 'urgency', 'tier'], 'defaults', problems);
    checkDefault(defaults.pathway, PATHWAYS, 'defaults.pathway', ids, problems);
    checkDefault(defaults.urgency, URGENCIES, 'defaults.urgency', ids, problems);
    checkDefault(defaults.tier, TIERS, 'defaults.tier', ids, problems);
  }
  return problems.length === 0
    ? { ok: true, rules: value as unknown as TriageRuleSet }
    : { ok: false, problems };
}
