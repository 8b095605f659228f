// A scenario as its form holds it (every box as typed) and as the API takes it (ZScenarioBody):
// each kind of change's fields with their limits (the contract's), the typed text checked and
// turned into numbers (shares typed as percentages), a saved scenario turned back into text to
// change it, and the API's field errors (`changes.0.sessionsPerWeek`) put beside their boxes.
import type { ScenarioBody, ScenarioChangeBody, ScenarioResponse } from '@everyday/core';
import type { TFunction } from 'i18next';
import type { FieldError } from '../api-types.js';
import type { FormErrors } from '../form-errors.js';

export const CHANGE_KINDS = ['sessions', 'new_ot', 'demand', 'tiered', 'dna_reduction'] as const;
export type ChangeKind = (typeof CHANGE_KINDS)[number];

/** The chance a new OT's post stays vacant unless a lead knows better (seed 003: 11.4%). */
export const DEFAULT_VACANCY_PERCENT = '11.4';

/** How a field is typed: a number, a percentage (sent as a share 0–1), a practice or a pathway. */
export type FieldKind = 'number' | 'percent' | 'practice' | 'pathway';

export interface FieldSpec {
  readonly name: string;
  readonly kind: FieldKind;
  /** Limits of the number as typed (a percentage's in percent). */
  readonly min?: number;
  readonly max?: number;
  /** The minimum itself is not allowed (a WTE above 0). */
  readonly minExclusive?: boolean;
  readonly whole?: boolean;
  readonly nonZero?: boolean;
  /** Left empty the field is required, unless it is a practice or pathway (none: any). */
  readonly initial: string;
}

const pathway: FieldSpec = { name: 'pathway', kind: 'pathway', initial: '' };
const practice: FieldSpec = { name: 'practiceId', kind: 'practice', initial: '' };
const percent = (name: string, initial = ''): FieldSpec => ({
  name,
  kind: 'percent',
  min: 0,
  max: 100,
  initial,
});

/** Each kind's fields, in the order the form shows them; limits as the contract's. */
export const CHANGE_FIELDS: Readonly<Record<ChangeKind, readonly FieldSpec[]>> = {
  sessions: [
    { name: 'sessionsPerWeek', kind: 'number', min: -100, max: 100, nonZero: true, initial: '' },
    { name: 'fromWeek', kind: 'number', min: 0, max: 51, whole: true, initial: '0' },
    practice,
    pathway,
  ],
  new_ot: [
    { name: 'wte', kind: 'number', min: 0, minExclusive: true, max: 10, initial: '1' },
    { name: 'leadTimeWeeks', kind: 'number', min: 0, max: 51, whole: true, initial: '12' },
    percent('vacancyRisk', DEFAULT_VACANCY_PERCENT),
    practice,
  ],
  demand: [{ name: 'percent', kind: 'number', min: -100, max: 300, initial: '' }, pathway],
  tiered: [
    percent('groupShare'),
    percent('selfHelpShare'),
    { name: 'groupPlaces', kind: 'number', min: 1, max: 50, whole: true, initial: '8' },
    { name: 'groupEveryWeeks', kind: 'number', min: 1, max: 26, whole: true, initial: '6' },
    pathway,
  ],
  dna_reduction: [percent('relativeReduction')],
};

export interface ChangeDraft {
  /** Stable across edits, for React's list (not sent). */
  readonly key: string;
  readonly kind: ChangeKind;
  readonly values: Readonly<Record<string, string>>;
}

export interface ScenarioDraft {
  readonly name: string;
  readonly changes: readonly ChangeDraft[];
  readonly hasTarget: boolean;
  readonly withinWeeks: string;
  /** Percent of people seen within the weeks. */
  readonly share: string;
}

export function emptyDraft(targetWeeks: number): ScenarioDraft {
  return { name: '', changes: [], hasTarget: false, withinWeeks: String(targetWeeks), share: '90' };
}

export function newChange(kind: ChangeKind, key: string): ChangeDraft {
  return {
    key,
    kind,
    values: Object.fromEntries(CHANGE_FIELDS[kind].map((f) => [f.name, f.initial])),
  };
}

/** The element id of the box for an API path: `changes.0.wte` → `scenario-changes-0-wte`. */
export function fieldId(path: string): string {
  return `scenario-${path.split('.').join('-')}`;
}

/** A share 0–1 as a percentage typed ("11.4"), without floating-point noise. */
function shareToPercent(share: number): string {
  return String(Number((share * 100).toFixed(6)));
}

function percentToShare(value: number): number {
  return Number((value / 100).toFixed(8));
}

/** A number as typed: digits, an optional sign (a typographic minus too) and decimal point. */
export function typedSignedNumber(text: string): number | null {
  const trimmed = text.trim().replace(/^[−–]/, '-');
  return /^[-+]?(\d+(\.\d*)?|\.\d+)$/.test(trimmed) ? Number(trimmed) : null;
}

/** A saved scenario as the form shows it, to change it. */
export function draftOf(
  scenario: ScenarioResponse,
  keyOf: (index: number) => string,
): ScenarioDraft {
  return {
    name: scenario.name,
    changes: scenario.changes.map((change, index) => {
      const values: Record<string, string> = {};
      for (const spec of CHANGE_FIELDS[change.kind]) {
        const value = (change as Record<string, unknown>)[spec.name];
        values[spec.name] =
          typeof value === 'number'
            ? spec.kind === 'percent'
              ? shareToPercent(value)
              : String(value)
            : typeof value === 'string'
              ? value
              : '';
      }
      return { key: keyOf(index), kind: change.kind, values };
    }),
    hasTarget: scenario.target !== null,
    withinWeeks: scenario.target === null ? '6' : String(scenario.target.withinWeeks),
    share: scenario.target === null ? '90' : shareToPercent(scenario.target.share),
  };
}

/** A problem with a box as typed: 'required' (empty) or 'invalid' (outside its limits). */
type Problem = FieldError;
const problem = (path: string, code: 'required' | 'invalid'): Problem => ({
  path,
  code,
  message: code,
});

/** The number typed in a box against its limits: the number, or the problem with it. */
function checkNumber(
  spec: Pick<FieldSpec, 'min' | 'max' | 'minExclusive' | 'whole' | 'nonZero'>,
  text: string,
  path: string,
): number | Problem {
  if (text.trim() === '') return problem(path, 'required');
  const n = typedSignedNumber(text);
  if (n === null) return problem(path, 'invalid');
  const low = spec.min ?? -Infinity;
  const tooLow = spec.minExclusive ? n <= low : n < low;
  if (tooLow || n > (spec.max ?? Infinity)) return problem(path, 'invalid');
  if (spec.whole && !Number.isInteger(n)) return problem(path, 'invalid');
  if (spec.nonZero && n === 0) return problem(path, 'invalid');
  return n;
}

const isProblem = (v: unknown): v is Problem => typeof v === 'object' && v !== null;

/** One change as the API takes it, or its problems (paths from `changes.<index>`). */
function changeBody(
  change: ChangeDraft,
  index: number,
): { body: ScenarioChangeBody } | { problems: Problem[] } {
  const problems: Problem[] = [];
  const out: Record<string, unknown> = { kind: change.kind };
  for (const spec of CHANGE_FIELDS[change.kind]) {
    const path = `changes.${String(index)}.${spec.name}`;
    const text = change.values[spec.name] ?? '';
    switch (spec.kind) {
      case 'practice':
      case 'pathway':
        out[spec.name] = text === '' ? null : text;
        break;
      case 'number':
      case 'percent': {
        const n = checkNumber(spec, text, path);
        if (isProblem(n)) problems.push(n);
        else out[spec.name] = spec.kind === 'percent' ? percentToShare(n) : n;
        break;
      }
    }
  }
  if (
    change.kind === 'tiered' &&
    typeof out.groupShare === 'number' &&
    typeof out.selfHelpShare === 'number' &&
    out.groupShare + out.selfHelpShare > 1
  ) {
    problems.push({
      path: `changes.${String(index)}.selfHelpShare`,
      code: 'shares_over_all',
      message: 'shares_over_all',
    });
  }
  return problems.length > 0 ? { problems } : { body: out as ScenarioChangeBody };
}

/** The form as the API takes it, or every problem with what was typed (nothing is changed). */
export function scenarioBody(
  draft: ScenarioDraft,
): { body: ScenarioBody } | { problems: Problem[] } {
  const problems: Problem[] = [];
  const name = draft.name.trim();
  if (name === '') problems.push(problem('name', 'required'));
  else if (name.length > 120) problems.push(problem('name', 'invalid'));
  const changes: ScenarioChangeBody[] = [];
  draft.changes.forEach((change, index) => {
    const result = changeBody(change, index);
    if ('problems' in result) problems.push(...result.problems);
    else changes.push(result.body);
  });
  let target: ScenarioBody['target'] = null;
  if (draft.hasTarget) {
    const weeks = checkNumber(
      { min: 1, max: 52, whole: true },
      draft.withinWeeks,
      'target.withinWeeks',
    );
    const share = checkNumber(
      { min: 0, minExclusive: true, max: 100 },
      draft.share,
      'target.share',
    );
    if (isProblem(weeks)) problems.push(weeks);
    if (isProblem(share)) problems.push(share);
    if (!isProblem(weeks) && !isProblem(share))
      target = { withinWeeks: weeks, share: percentToShare(share) };
  }
  return problems.length > 0 ? { problems } : { body: { name, changes, target } };
}

/** The field a path is about, for its message: `changes.0.wte` → `wte`, `target.share` → `targetShare`. */
export function fieldOfPath(path: string): string {
  const parts = path.split('.');
  if (parts[0] === 'target' && parts[1] !== undefined)
    return `target${parts[1].charAt(0).toUpperCase()}${parts[1].slice(1)}`;
  if (parts[0] === 'changes') return parts[2] ?? 'changes';
  return parts[0] ?? path;
}

/**
 * The id to link an error to: its box, or for a path about a whole change (`changes.1`) or the
 * list of changes, that change's or the changes' group; anything else, the name box.
 */
export function errorTarget(path: string, boxes: ReadonlySet<string>): string {
  const id = fieldId(path);
  if (boxes.has(id)) return id;
  const change = /^changes\.(\d+)/.exec(path);
  if (change?.[1] !== undefined && boxes.has(fieldId(`changes.${change[1]}`)))
    return fieldId(`changes.${change[1]}`);
  if (path.startsWith('changes')) return fieldId('changes');
  if (path.startsWith('target')) return fieldId('hasTarget');
  return fieldId('name');
}

/** Every box id the draft's form shows (the ones errors can link to). */
export function boxIds(draft: ScenarioDraft): Set<string> {
  const ids = new Set([fieldId('name'), fieldId('changes'), fieldId('hasTarget')]);
  draft.changes.forEach((change, index) => {
    ids.add(fieldId(`changes.${String(index)}`));
    for (const spec of CHANGE_FIELDS[change.kind])
      ids.add(fieldId(`changes.${String(index)}.${spec.name}`));
  });
  if (draft.hasTarget) {
    ids.add(fieldId('target.withinWeeks'));
    ids.add(fieldId('target.share'));
  }
  return ids;
}

/**
 * The message for a problem: the form's own for the field and code, else the field's general
 * "enter a number from … to …", else the app's message for the code, else the server's words.
 */
export function problemText(t: TFunction, error: FieldError): string {
  const field = fieldOfPath(error.path);
  const prefix = 'planning.scenarioForm.errors';
  const keys = [
    `${prefix}.${field}.${error.code}`,
    ...(error.code === 'required' ? [] : [`${prefix}.${field}.invalid`]),
    `fieldErrors.${error.code}`,
  ];
  return t(keys, { defaultValue: error.message });
}

/** Errors for the form: a message beside each box (by the box's id) and the summary linking to it. */
export function scenarioErrors(
  t: TFunction,
  problems: readonly FieldError[],
  draft: ScenarioDraft,
): FormErrors {
  const boxes = boxIds(draft);
  const result: FormErrors = { summary: [], fields: {} };
  for (const error of problems) {
    for (const path of error.path.split(',')) {
      const target = errorTarget(path, boxes);
      if (result.fields[target] !== undefined) continue;
      const text = problemText(t, { ...error, path });
      result.fields[target] = text;
      result.summary.push({ text, href: `#${target}` });
    }
  }
  return result;
}
