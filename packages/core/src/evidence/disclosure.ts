/**
 * Disclosure control for tables that leave the service (definition 'disclosure-control'). The
 * primary rule is the service's small-number rule (access/disclosure-control.ts: NHS Digital,
 * "Disclosure control methodology for HES and ECDS", September 2018): a count of 1–7 is
 * suppressed, every other count rounded to the nearest 5, and 0 is shown as 0 (a true zero
 * identifies nobody). The defaults are taken from that module; here they are configurable.
 * Rounding is half up (8 → 10, 12 → 10, 13 → 15).
 *
 * Tables get secondary (complementary) suppression so a hidden cell cannot be worked back from
 * a total. A table is a set of additive constraints: each row with its row total, each column
 * with its column total, the row totals with the grand total and the column totals with the
 * grand total. Wherever a constraint has exactly one hidden member, the smallest shown member
 * is hidden too (a non-zero count before a zero, a cell before a total, then the first), and
 * this repeats until no constraint has exactly one hidden member. Only ever hiding more, it
 * always stops.
 */
import { DISCLOSURE_ROUNDING_BASE, SMALL_NUMBER_THRESHOLD } from '../access/disclosure-control.js';
import { definitionOf, type MetricDefinition } from './definitions.js';
import { EvidenceInputError, requireCount } from './evidence-error.js';

export interface DisclosureConfig {
  /** Off: every count is shown exactly (for figures that stay inside the service). */
  readonly enabled: boolean;
  /** Counts from 1 to this are suppressed (7). */
  readonly threshold: number;
  /** Shown counts are rounded to a multiple of this (5); 1 means no rounding. */
  readonly roundingBase: number;
}

/** The service's small-number rule: suppress 1–7, round to 5. */
export const NHS_DISCLOSURE_CONTROL: DisclosureConfig = {
  enabled: true,
  threshold: SMALL_NUMBER_THRESHOLD - 1,
  roundingBase: DISCLOSURE_ROUNDING_BASE,
};

export type DisclosedCell =
  { readonly kind: 'shown'; readonly value: number } | { readonly kind: 'suppressed' };

function checkConfig(config: DisclosureConfig): void {
  requireCount(config.threshold, 'config.threshold');
  if (!Number.isInteger(config.roundingBase) || config.roundingBase < 1) {
    throw new EvidenceInputError('config.roundingBase', {
      en: 'The rounding base is a whole number, 1 or more',
      cy: 'Mae’r sylfaen talgrynnu yn rhif cyfan, 1 neu fwy',
    });
  }
}

function shown(count: number, config: DisclosureConfig): DisclosedCell {
  const value = config.enabled
    ? Math.floor(count / config.roundingBase + 0.5) * config.roundingBase
    : count;
  return { kind: 'shown', value };
}

function isSmall(count: number, config: DisclosureConfig): boolean {
  return config.enabled && count >= 1 && count <= config.threshold;
}

/** One count through the configured primary suppression and rounding: 0 → 0, 1–7 → suppressed, 12 → 10. */
export function discloseCell(
  count: number,
  config: DisclosureConfig = NHS_DISCLOSURE_CONTROL,
): DisclosedCell {
  checkConfig(config);
  requireCount(count, 'count');
  return isSmall(count, config) ? { kind: 'suppressed' } : shown(count, config);
}

export interface DisclosedTable {
  readonly cells: readonly (readonly DisclosedCell[])[];
  readonly rowTotals: readonly DisclosedCell[];
  readonly columnTotals: readonly DisclosedCell[];
  readonly grandTotal: DisclosedCell;
  /** How many cells and totals were hidden only to protect another. */
  readonly secondarySuppressions: number;
  readonly definition: MetricDefinition;
}

interface Member {
  readonly value: number;
  readonly isTotal: boolean;
  readonly key: string;
}

/**
 * Disclose a table of counts (rows × columns, all rows the same length, at least one cell)
 * with its row, column and grand totals, computed here from the raw counts.
 */
export function discloseTable(
  counts: readonly (readonly number[])[],
  config: DisclosureConfig = NHS_DISCLOSURE_CONTROL,
): DisclosedTable {
  checkConfig(config);
  const width = counts[0]?.length ?? 0;
  if (width === 0 || counts.some((row) => row.length !== width)) {
    throw new EvidenceInputError('counts', {
      en: 'A table needs at least one cell and rows of the same length',
      cy: 'Mae angen o leiaf un gell a rhesi o’r un hyd ar dabl',
    });
  }
  counts.forEach((row, r) => {
    row.forEach((v, c) => requireCount(v, `counts.${r}.${c}`));
  });
  const rowTotals = counts.map((row) => row.reduce((s, v) => s + v, 0));
  const columnTotals = Array.from({ length: width }, (_, c) =>
    counts.reduce((s, row) => s + (row[c] ?? 0), 0),
  );
  const grand = rowTotals.reduce((s, v) => s + v, 0);

  const cell = (r: number, c: number): Member => ({
    value: counts[r]?.[c] ?? 0,
    isTotal: false,
    key: `c${r}.${c}`,
  });
  const rowTotal = (r: number): Member => ({
    value: rowTotals[r] ?? 0,
    isTotal: true,
    key: `r${r}`,
  });
  const colTotal = (c: number): Member => ({
    value: columnTotals[c] ?? 0,
    isTotal: true,
    key: `k${c}`,
  });
  const grandMember: Member = { value: grand, isTotal: true, key: 'g' };
  const columns = Array.from({ length: width }, (_, c) => c);
  const constraints: Member[][] = [
    ...counts.map((_, r) => [...columns.map((c) => cell(r, c)), rowTotal(r)]),
    ...columns.map((c) => [...counts.map((_, r) => cell(r, c)), colTotal(c)]),
    [...counts.map((_, r) => rowTotal(r)), grandMember],
    [...columns.map((c) => colTotal(c)), grandMember],
  ];

  const hidden = new Set<string>();
  for (const member of constraints.flat())
    if (isSmall(member.value, config)) hidden.add(member.key);
  let secondary = 0;
  if (config.enabled) {
    let changed = true;
    while (changed) {
      changed = false;
      for (const members of constraints) {
        if (members.filter((m) => hidden.has(m.key)).length !== 1) continue;
        const candidates = members
          .map((m, i) => ({ m, i }))
          .filter(({ m }) => !hidden.has(m.key))
          .sort(
            (a, b) =>
              Number(a.m.value === 0) - Number(b.m.value === 0) ||
              Number(a.m.isTotal) - Number(b.m.isTotal) ||
              a.m.value - b.m.value ||
              a.i - b.i,
          );
        const chosen = candidates[0];
        if (chosen === undefined) continue;
        hidden.add(chosen.m.key);
        secondary += 1;
        changed = true;
      }
    }
  }
  const out = (m: Member): DisclosedCell =>
    hidden.has(m.key) ? { kind: 'suppressed' } : shown(m.value, config);
  return {
    cells: counts.map((row, r) => row.map((_, c) => out(cell(r, c)))),
    rowTotals: counts.map((_, r) => out(rowTotal(r))),
    columnTotals: columns.map((c) => out(colTotal(c))),
    grandTotal: out(grandMember),
    secondarySuppressions: secondary,
    definition: definitionOf('disclosure-control'),
  };
}
