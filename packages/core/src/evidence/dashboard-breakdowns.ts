/**
 * The dashboard's equity breakdowns (issue 12): requests, the did-not-attend rate and the share
 * improved on the main measure by deprivation quintile (one index only: England IMD 2019 or
 * Wales WIMD 2019, never mixed) and decile (the same index), Core20, age band, sex, ethnicity,
 * practice (with uptake per 1,000 registered), route, pathway and channel; and the slope and relative index of inequality across
 * quintiles. Under disclosure control each breakdown's counts are one table per figure with the
 * unknown group as a row, disclosed together (discloseTable) so that a hidden cell cannot be
 * worked back from the others and the total.
 */
import {
  BREAKDOWNS,
  type Breakdown,
  type BreakdownKey,
  type Figure,
} from '../contracts/evidence.js';
import { ROUTES } from '../front-door/answers.js';
import { ETHNIC_CATEGORIES, PERSON_SEXES, type DeprivationIndex } from '../front-door/equality.js';
import { PATHWAYS } from '../triage/triage-types.js';
import { NHS_DISCLOSURE_CONTROL, discloseTable } from './disclosure.js';
import { shownOf, type FigureMaker, type Shown } from './dashboard-figure-maker.js';
import type { FactGroups, PracticeFact } from './evidence-facts.js';
import { inequalityIndices } from './inequality.js';
import { core20, deprivationQuintile } from './rates.js';

export const EVIDENCE_AGE_BANDS = [
  '0-17',
  '18-29',
  '30-44',
  '45-64',
  '65-74',
  '75-84',
  '85+',
] as const;
export type EvidenceAgeBand = (typeof EVIDENCE_AGE_BANDS)[number];

/** The age band of an age in whole years. */
export function ageBand(age: number): EvidenceAgeBand {
  if (age < 18) return '0-17';
  if (age < 30) return '18-29';
  if (age < 45) return '30-44';
  if (age < 65) return '45-64';
  if (age < 75) return '65-74';
  if (age < 85) return '75-84';
  return '85+';
}

/** The group a fact falls in for one breakdown; null when unknown. */
export function groupOf(
  key: BreakdownKey,
  g: FactGroups,
  index: DeprivationIndex | null,
): string | null {
  switch (key) {
    case 'imd-quintile':
      return g.deprivation && g.deprivation.index === index
        ? String(deprivationQuintile(g.deprivation).quintile)
        : null;
    case 'core20': {
      if (!g.deprivation) return null;
      const c = core20(g.deprivation);
      return c.ok ? (c.core20 ? 'core20' : 'other') : null;
    }
    case 'age-band':
      return g.ageAtRequest === null ? null : ageBand(g.ageAtRequest);
    case 'sex':
      return g.sex;
    case 'ethnicity':
      return g.ethnicity;
    case 'practice':
      return g.practiceId;
    case 'route':
      return g.route;
    case 'pathway':
      return g.pathway;
    case 'channel':
      return g.channel;
    case 'imd-decile':
      return g.deprivation && g.deprivation.index === index ? String(g.deprivation.decile) : null;
  }
}

/** The channels staff and the public form use; another system's requests carry its name. */
export const KNOWN_CHANNELS = ['online', 'phone', 'desk', 'clinician_referral'] as const;
const DECILES = ['1', '2', '3', '4', '5', '6', '7', '8', '9', '10'] as const;

function universe(
  key: BreakdownKey,
  practices: readonly PracticeFact[],
  present: ReadonlySet<string>,
): readonly string[] {
  switch (key) {
    case 'imd-quintile':
      return ['1', '2', '3', '4', '5'];
    case 'core20':
      return ['core20', 'other'];
    case 'age-band':
      return EVIDENCE_AGE_BANDS;
    case 'sex':
      return PERSON_SEXES;
    case 'ethnicity':
      return ETHNIC_CATEGORIES.filter((c) => present.has(c));
    case 'practice':
      return practices.map((p) => p.id);
    case 'route':
      return ROUTES;
    case 'pathway':
      return PATHWAYS;
    case 'channel':
      return [
        ...KNOWN_CHANNELS,
        ...[...present].filter((c) => !(KNOWN_CHANNELS as readonly string[]).includes(c)).sort(),
      ];
    case 'imd-decile':
      return DECILES;
  }
}

/** What the breakdowns count: the facts of the period, each with its groups. */
export interface BreakdownInputs {
  /** Requests received in the period, with their person. */
  readonly requests: readonly { readonly personId: string; readonly groups: FactGroups }[];
  /** Appointments in the period attended or missed. */
  readonly appointments: readonly { readonly missed: boolean; readonly groups: FactGroups }[];
  /** Discharged episodes with a main measure, and whether it improved. */
  readonly improved: readonly { readonly improved: boolean; readonly groups: FactGroups }[];
  readonly practices: readonly PracticeFact[];
}

interface ShownTable {
  readonly cells: readonly (readonly Shown[])[];
  readonly rowTotals: readonly Shown[];
}

/** A table of counts (last row: unknown), disclosed together under control. */
function disclosedTable(make: FigureMaker, counts: number[][]): ShownTable {
  if (!make.controlled) {
    return { cells: counts, rowTotals: counts.map((row) => row.reduce((s, v) => s + v, 0)) };
  }
  const table = discloseTable(counts, NHS_DISCLOSURE_CONTROL);
  return {
    cells: table.cells.map((row) => row.map(shownOf)),
    rowTotals: table.rowTotals.map(shownOf),
  };
}

/** Counts per group (and unknown, last) of [with, without] the outcome. */
function tally<T extends { readonly groups: FactGroups }>(
  items: readonly T[],
  groups: readonly string[],
  groupOfItem: (g: FactGroups) => string | null,
  counted: (item: T) => boolean,
): number[][] {
  const at = new Map(groups.map((g, i) => [g, i]));
  const rows = [...groups, null].map(() => [0, 0]);
  for (const item of items) {
    const group = groupOfItem(item.groups);
    const row = rows[group === null ? groups.length : (at.get(group) ?? groups.length)];
    if (row) row[counted(item) ? 0 : 1] = (row[counted(item) ? 0 : 1] ?? 0) + 1;
  }
  return rows;
}

export interface BreakdownResult {
  readonly breakdowns: Breakdown[];
  /** The quintile rows' shown [numerator, denominator] for the inequality indices. */
  readonly quintiles: Readonly<
    Record<'dna-rate' | 'improved-main-measure', readonly (readonly [Shown, Shown])[]>
  >;
}

export function breakdowns(
  make: FigureMaker,
  inputs: BreakdownInputs,
  index: DeprivationIndex | null,
): BreakdownResult {
  const quintiles: Record<'dna-rate' | 'improved-main-measure', (readonly [Shown, Shown])[]> = {
    'dna-rate': [],
    'improved-main-measure': [],
  };
  const result = BREAKDOWNS.map((key): Breakdown => {
    const of = (g: FactGroups) => groupOf(key, g, index);
    const present = new Set(inputs.requests.flatMap((r) => of(r.groups) ?? []));
    const groups = universe(key, inputs.practices, present);
    const requests = disclosedTable(
      make,
      tally(inputs.requests, groups, of, () => true).map((row) => [row[0] ?? 0]),
    );
    const dna = disclosedTable(
      make,
      tally(inputs.appointments, groups, of, (a) => a.missed),
    );
    const improved = disclosedTable(
      make,
      tally(inputs.improved, groups, of, (e) => e.improved),
    );
    const rate = (t: ShownTable, i: number) =>
      [t.cells[i]?.[0] ?? null, t.rowTotals[i] ?? null] as const;
    if (key === 'imd-quintile') {
      quintiles['dna-rate'] = groups.map((_, i) => rate(dna, i));
      quintiles['improved-main-measure'] = groups.map((_, i) => rate(improved, i));
    }
    return {
      key,
      index:
        key === 'imd-quintile' || key === 'imd-decile'
          ? index
          : key === 'core20'
            ? 'IMD2019'
            : null,
      rows: groups.map((group, i) => {
        const figures: Figure[] = [
          make.countOfShown('requests', requests.cells[i]?.[0] ?? null),
          make.proportionOfShown('dna-rate', ...rate(dna, i)),
          make.proportionOfShown('improved-main-measure', ...rate(improved, i)),
        ];
        const practice =
          key === 'practice' ? inputs.practices.find((p) => p.id === group) : undefined;
        if (practice) {
          const people = new Set(
            inputs.requests.filter((r) => r.groups.practiceId === group).map((r) => r.personId),
          ).size;
          figures.push(
            make.per1000OfShown('uptake-per-1000', make.disclose(people), practice.listSize),
          );
        }
        // Another system's channel is its name; the web labels the known ones.
        const name =
          practice?.name ??
          (key === 'channel' && !(KNOWN_CHANNELS as readonly string[]).includes(group)
            ? group
            : null);
        return { group, name, figures };
      }),
      unknown: requests.cells[groups.length]?.[0] ?? null,
    };
  });
  return { breakdowns: result, quintiles };
}

/** SII and RII of a rate across quintiles (most deprived first), from the counts as shown. */
export function inequalityOf(
  make: FigureMaker,
  key: 'dna-rate' | 'improved-main-measure',
  rows: readonly (readonly [Shown, Shown])[],
): { key: string; sii: Figure; rii: Figure } {
  const siiKey = `sii-${key}`;
  const riiKey = `rii-${key}`;
  if (rows.some(([n, d]) => n === null || d === null)) {
    return { key, sii: make.hidden(siiKey, 'proportion'), rii: make.hidden(riiKey, 'score') };
  }
  const groups = rows.flatMap(([n, d]) =>
    n !== null && d !== null && d > 0 ? [{ rate: n / d, population: d }] : [],
  );
  const total = groups.reduce((s, g) => s + g.population, 0);
  if (groups.length < 2) {
    return {
      key,
      sii: make.empty(siiKey, 'proportion', total),
      rii: make.empty(riiKey, 'score', total),
    };
  }
  const ix = inequalityIndices(groups);
  return {
    key,
    sii: make.derived(siiKey, 'proportion', {
      value: ix.sii,
      lower: ix.siiLower,
      upper: ix.siiUpper,
      denominator: total,
    }),
    rii:
      ix.rii === null
        ? make.empty(riiKey, 'score', total)
        : make.derived(riiKey, 'score', {
            value: ix.rii,
            lower: ix.riiLower,
            upper: ix.riiUpper,
            denominator: total,
          }),
  };
}
