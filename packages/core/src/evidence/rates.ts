/**
 * Uptake per 1,000 registered people and rates by group, each with a Wilson 95% interval
 * (Newcombe 1998), and deprivation helpers. England's IMD 2019 (MHCLG, English Indices of
 * Deprivation 2019) and Wales's WIMD 2019 (Welsh Government) rank different areas by
 * different domains: their deciles are not comparable, so a deprivation group always carries
 * its index and figures from the two are never combined (a refusal with a reason).
 * Definitions: 'uptake-per-1000', 'group-rate', 'imd-quintile', 'core20'.
 */
import type { DeprivationIndex } from '../front-door/equality.js';
import { definitionOf, type MetricDefinition } from './definitions.js';
import { EvidenceInputError, requireFraction, type Refusal } from './evidence-error.js';
import { wilsonInterval } from './intervals.js';

export interface RatePer1000 {
  readonly numerator: number;
  readonly denominator: number;
  readonly per1000: number;
  readonly lower: number;
  readonly upper: number;
  readonly definition: MetricDefinition;
}

/** 1,000 × people / registered, with its Wilson interval ×1,000; null for an empty register. */
export function uptakePer1000(people: number, registered: number): RatePer1000 | null {
  const ci = wilsonInterval(people, registered);
  if (ci === null) return null;
  return {
    numerator: people,
    denominator: registered,
    per1000: 1000 * ci.proportion,
    lower: 1000 * ci.lower,
    upper: 1000 * ci.upper,
    definition: definitionOf('uptake-per-1000'),
  };
}

export interface GroupRow<K extends string = string> {
  readonly group: K;
  readonly numerator: number;
  readonly denominator: number;
}

export interface GroupRate<K extends string = string> {
  readonly group: K;
  readonly numerator: number;
  readonly denominator: number;
  /** null when the group's denominator is 0. */
  readonly rate: number | null;
  readonly lower: number | null;
  readonly upper: number | null;
  readonly definition: MetricDefinition;
}

/** Sum rows by group key (in order of first appearance), then rate each group. */
export function ratesByGroup<K extends string>(rows: readonly GroupRow<K>[]): GroupRate<K>[] {
  const sums = new Map<K, { numerator: number; denominator: number }>();
  rows.forEach((row, i) => {
    requireFraction(row.numerator, row.denominator, `rows.${i}`);
    const sum = sums.get(row.group) ?? { numerator: 0, denominator: 0 };
    sums.set(row.group, {
      numerator: sum.numerator + row.numerator,
      denominator: sum.denominator + row.denominator,
    });
  });
  const definition = definitionOf('group-rate');
  return [...sums].map(([group, { numerator, denominator }]) => {
    const ci = wilsonInterval(numerator, denominator, definition);
    return {
      group,
      numerator,
      denominator,
      rate: ci?.proportion ?? null,
      lower: ci?.lower ?? null,
      upper: ci?.upper ?? null,
      definition,
    };
  });
}

export interface DeprivationDecile {
  readonly index: DeprivationIndex;
  /** 1 = most deprived 10% of areas in that nation. */
  readonly decile: number;
}

function checkDecile(d: DeprivationDecile): number {
  if (!Number.isInteger(d.decile) || d.decile < 1 || d.decile > 10) {
    throw new EvidenceInputError('decile', {
      en: 'A deprivation decile is a whole number from 1 (most deprived) to 10',
      cy: 'Mae degradd amddifadedd yn rhif cyfan o 1 (mwyaf difreintiedig) i 10',
    });
  }
  return d.decile;
}

/** Decile → quintile within the same index: ⌈decile / 2⌉ (deciles 1–2 → quintile 1). */
export function deprivationQuintile(d: DeprivationDecile): {
  readonly index: DeprivationIndex;
  readonly quintile: number;
  readonly definition: MetricDefinition;
} {
  return {
    index: d.index,
    quintile: Math.ceil(checkDecile(d) / 2),
    definition: definitionOf('imd-quintile'),
  };
}

/**
 * Core20 (NHS England Core20PLUS5): IMD 2019 deciles 1–2. Refused for WIMD, where Core20 is
 * not defined (use deprivationQuintile: WIMD quintile 1 is the most deprived fifth of Wales).
 */
export function core20(
  d: DeprivationDecile,
):
  { readonly ok: true; readonly core20: boolean; readonly definition: MetricDefinition } | Refusal {
  const decile = checkDecile(d);
  switch (d.index) {
    case 'IMD2019':
      return { ok: true, core20: decile <= 2, definition: definitionOf('core20') };
    case 'WIMD2019':
      return {
        ok: false,
        reason: {
          en: 'Core20 is an England definition (IMD 2019); for Wales show the most deprived WIMD 2019 quintile instead',
          cy: 'Diffiniad ar gyfer Lloegr (IMD 2019) yw Core20; ar gyfer Cymru dangoswch y cwintel WIMD 2019 mwyaf difreintiedig yn lle hynny',
        },
      };
  }
}

/** The group key of a deprivation group: 'IMD2019:Q1', 'WIMD2019:D3'. */
export function deprivationGroupKey(d: DeprivationDecile, level: 'decile' | 'quintile'): string {
  switch (level) {
    case 'decile':
      return `${d.index}:D${String(checkDecile(d))}`;
    case 'quintile':
      return `${d.index}:Q${String(deprivationQuintile(d).quintile)}`;
  }
}

const MIXED_INDICES: Refusal = {
  ok: false,
  reason: {
    en: 'England IMD 2019 and Wales WIMD 2019 deciles are not comparable: show them as separate breakdowns',
    cy: 'Nid oes modd cymharu degraddau IMD 2019 Lloegr a WIMD 2019 Cymru: dangoswch nhw fel dadansoddiadau ar wahân',
  },
};

/** The one index shared by all the groups, or a refusal if IMD and WIMD are mixed. */
export function oneDeprivationIndex(
  groups: readonly DeprivationDecile[],
): { readonly ok: true; readonly index: DeprivationIndex | null } | Refusal {
  const indices = new Set(groups.map((g) => g.index));
  if (indices.size > 1) return MIXED_INDICES;
  return { ok: true, index: [...indices][0] ?? null };
}

export interface DeprivationRow {
  readonly deprivation: DeprivationDecile;
  readonly numerator: number;
  readonly denominator: number;
}

/**
 * Rates by deprivation decile or quintile, in deprivation order (most deprived first). Refused
 * when the rows mix IMD 2019 and WIMD 2019.
 */
export function ratesByDeprivation(
  rows: readonly DeprivationRow[],
  level: 'decile' | 'quintile',
):
  | { readonly ok: true; readonly index: DeprivationIndex | null; readonly groups: GroupRate[] }
  | Refusal {
  const one = oneDeprivationIndex(rows.map((r) => r.deprivation));
  if (!one.ok) return one;
  const sorted = [...rows].sort((a, b) => checkDecile(a.deprivation) - checkDecile(b.deprivation));
  const groups = ratesByGroup(
    sorted.map((r) => ({
      group: deprivationGroupKey(r.deprivation, level),
      numerator: r.numerator,
      denominator: r.denominator,
    })),
  );
  return { ok: true, index: one.index, groups };
}
