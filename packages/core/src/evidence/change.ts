/**
 * Paired first/last change per instrument: the mean change with its interval, the
 * Jacobson–Truax reliable change index, COPM clinically important change, GAS goals achieved
 * and the EQ-5D Paretian classification of health change. Definitions: 'paired-change',
 * 'reliable-change-index', 'copm-important-change', 'gas-achieved', 'eq5d-paretian-change',
 * 'eq5d-index-change'.
 */
import { COPM_IMPORTANT_CHANGE, type CopmScores } from '../instruments/copm.js';
import { eq5dLevels, parseEq5dState, type Eq5d5lProfile } from '../instruments/eq5d-profile.js';
import { EQ5D_VALUE_SET_LABELS, type Eq5dIndex, type Eq5dValueSet } from '../instruments/eq5d.js';
import { gasTScore, type GasGoalScore } from '../instruments/gas.js';
import { definitionOf, type MetricDefinition } from './definitions.js';
import { EvidenceInputError, requireFinite, type Refusal } from './evidence-error.js';
import { meanWithCi, type MeanWithCi } from './intervals.js';

export interface ScorePair {
  readonly first: number | null;
  readonly last: number | null;
}

export interface PairedChange {
  readonly nPaired: number;
  /** Pairs with the first or the last score missing. */
  readonly nMissing: number;
  /** Mean of last − first with a t interval; null when nothing is paired. */
  readonly change: MeanWithCi | null;
  readonly definition: MetricDefinition;
}

/** Mean last − first over complete pairs, counting incomplete pairs as missing. */
export function pairedChange(pairs: readonly ScorePair[]): PairedChange {
  const diffs: number[] = [];
  pairs.forEach((p, i) => {
    if (p.first === null || p.last === null) return;
    diffs.push(
      requireFinite(p.last, `pairs.${i}.last`) - requireFinite(p.first, `pairs.${i}.first`),
    );
  });
  const definition = definitionOf('paired-change');
  return {
    nPaired: diffs.length,
    nMissing: pairs.length - diffs.length,
    change: meanWithCi(diffs, definition),
    definition,
  };
}

/** A reliability used for the RCI, with where it comes from. */
export interface ReliabilityEntry {
  readonly instrument: string;
  /** Test–retest reliability r. */
  readonly r: number;
  readonly source: string;
  /** True where the value is our assumption rather than a figure read from the source. */
  readonly assumption: boolean;
}

/**
 * Reliabilities for the RCI. The SD₁ in the formula is the baseline SD of the people being
 * assessed (the service's own first scores), so it is passed in, not tabled here.
 */
export const RCI_RELIABILITIES = {
  phq9: {
    instrument: 'PHQ-9',
    r: 0.84,
    source:
      'Kroenke K, Spitzer RL, Williams JBW. J Gen Intern Med 2001;16:606–613 (48-hour test–retest 0.84).',
    assumption: false,
  },
  gad7: {
    instrument: 'GAD-7',
    r: 0.83,
    source:
      'Spitzer RL, Kroenke K, Williams JBW, Löwe B. Arch Intern Med 2006;166:1092–1097 (test–retest ICC 0.83).',
    assumption: false,
  },
  copmPerformance: {
    instrument: 'COPM performance',
    r: 0.8,
    source:
      'Law M, et al. COPM manual (5th edn) and Cup EH, et al. Clin Rehabil 2003;17:402–409 report test–retest reliability around 0.8; 0.80 is our rounded value, not checked against the papers here.',
    assumption: true,
  },
  copmSatisfaction: {
    instrument: 'COPM satisfaction',
    r: 0.8,
    source:
      'As COPM performance (Law et al.; Cup et al. 2003, around 0.8); 0.80 is our rounded value, not checked against the papers here.',
    assumption: true,
  },
  workAbilityScore: {
    instrument: 'Work Ability Score (0–10)',
    r: 0.8,
    source:
      'Assumption: no test–retest figure for the single-item Work Ability Score was checked; 0.80 is a placeholder to be replaced by a published value.',
    assumption: true,
  },
} as const satisfies Readonly<Record<string, ReliabilityEntry>>;

export interface ReliableChange {
  readonly change: number;
  /** SD₁ × √2 × √(1 − r). */
  readonly standardErrorOfDifference: number;
  readonly rci: number;
  /** |RCI| > 1.96. */
  readonly reliable: boolean;
  readonly direction: 'increase' | 'decrease' | 'none';
  readonly definition: MetricDefinition;
}

/**
 * Jacobson & Truax (1991) reliable change index: (last − first) / (SD₁ √2 √(1 − r)), reliable
 * when |RCI| > 1.96. `direction` is the direction of a reliable change ('none' when not
 * reliable); whether up is better depends on the instrument.
 */
export function reliableChangeIndex(
  first: number,
  last: number,
  baselineSd: number,
  reliability: number,
): ReliableChange {
  requireFinite(first, 'first');
  requireFinite(last, 'last');
  if (!(Number.isFinite(baselineSd) && baselineSd > 0)) {
    throw new EvidenceInputError('baselineSd', {
      en: 'The baseline standard deviation must be above 0',
      cy: 'Rhaid i’r gwyriad safonol sylfaenol fod yn uwch na 0',
    });
  }
  if (!(reliability >= 0 && reliability < 1)) {
    throw new EvidenceInputError('reliability', {
      en: 'Reliability is from 0 up to (not including) 1',
      cy: 'Mae dibynadwyedd o 0 hyd at 1 (heb gynnwys 1)',
    });
  }
  const change = last - first;
  const se = baselineSd * Math.SQRT2 * Math.sqrt(1 - reliability);
  const rci = change / se;
  const reliable = Math.abs(rci) > 1.96;
  return {
    change,
    standardErrorOfDifference: se,
    rci,
    reliable,
    direction: !reliable ? 'none' : rci > 0 ? 'increase' : 'decrease',
    definition: definitionOf('reliable-change-index'),
  };
}

export interface CopmImportantChange {
  readonly performanceChange: number;
  readonly satisfactionChange: number;
  /** Performance rose by ≥ 2. */
  readonly performanceImproved: boolean;
  /** Satisfaction rose by ≥ 2. */
  readonly satisfactionImproved: boolean;
  /** Both rose by ≥ 2: what 'copm-important-change' counts. */
  readonly importantImprovement: boolean;
  readonly definition: MetricDefinition;
}

/** COPM clinically important improvement (≥ 2 points on performance and on satisfaction). */
export function copmImportantChange(first: CopmScores, last: CopmScores): CopmImportantChange {
  const round2 = (x: number) => Math.round(x * 100) / 100;
  const performanceChange = round2(
    requireFinite(last.performance, 'last.performance') -
      requireFinite(first.performance, 'first.performance'),
  );
  const satisfactionChange = round2(
    requireFinite(last.satisfaction, 'last.satisfaction') -
      requireFinite(first.satisfaction, 'first.satisfaction'),
  );
  const performanceImproved = performanceChange >= COPM_IMPORTANT_CHANGE;
  const satisfactionImproved = satisfactionChange >= COPM_IMPORTANT_CHANGE;
  return {
    performanceChange,
    satisfactionChange,
    performanceImproved,
    satisfactionImproved,
    importantImprovement: performanceImproved && satisfactionImproved,
    definition: definitionOf('copm-important-change'),
  };
}

export interface GasAchieved {
  readonly tScore: number;
  /** T ≥ 50. */
  readonly achieved: boolean;
  readonly definition: MetricDefinition;
}

/** GAS T-score (instruments/gas.ts, ρ = 0.3) and whether goals were achieved as expected. */
export function gasAchieved(goals: readonly GasGoalScore[]): GasAchieved {
  const tScore = gasTScore(goals);
  // 1e-9: the T of goals all at 0 is 50 up to rounding.
  return { tScore, achieved: tScore >= 50 - 1e-9, definition: definitionOf('gas-achieved') };
}

export const PARETO_CLASSES = ['better', 'worse', 'mixed', 'unchanged'] as const;
export type ParetoClass = (typeof PARETO_CLASSES)[number];

export interface Eq5dParetoChange {
  readonly class: ParetoClass;
  readonly definition: MetricDefinition;
}

function profileOf(p: string | Eq5d5lProfile): Eq5d5lProfile {
  return typeof p === 'string' ? parseEq5dState(p) : p;
}

/**
 * Devlin, Parkin & Browne (2010) Paretian classification of the change between two EQ-5D-5L
 * profiles (a lower level is better): '11111' after '21111' is better.
 */
export function eq5dParetoChange(
  first: string | Eq5d5lProfile,
  last: string | Eq5d5lProfile,
): Eq5dParetoChange {
  const before = eq5dLevels(profileOf(first));
  const after = eq5dLevels(profileOf(last));
  let better = 0;
  let worse = 0;
  before.forEach((level, i) => {
    const next = after[i] ?? level;
    if (next < level) better += 1;
    if (next > level) worse += 1;
  });
  const cls: ParetoClass =
    better > 0 && worse > 0 ? 'mixed' : better > 0 ? 'better' : worse > 0 ? 'worse' : 'unchanged';
  return { class: cls, definition: definitionOf('eq5d-paretian-change') };
}

/** Counts of each Paretian class over pairs of profiles. */
export function eq5dParetoSummary(
  pairs: readonly {
    readonly first: string | Eq5d5lProfile;
    readonly last: string | Eq5d5lProfile;
  }[],
): {
  readonly n: number;
  readonly counts: Readonly<Record<ParetoClass, number>>;
  readonly definition: MetricDefinition;
} {
  const counts: Record<ParetoClass, number> = { better: 0, worse: 0, mixed: 0, unchanged: 0 };
  for (const pair of pairs) counts[eq5dParetoChange(pair.first, pair.last).class] += 1;
  return { n: pairs.length, counts, definition: definitionOf('eq5d-paretian-change') };
}

export interface Eq5dIndexChange {
  readonly ok: true;
  readonly change: number;
  readonly valueSet: Eq5dValueSet;
  readonly definition: MetricDefinition;
}

/** Last − first index, 3 dp, only within one value set; otherwise refused with a reason. */
export function eq5dIndexChange(first: Eq5dIndex, last: Eq5dIndex): Eq5dIndexChange | Refusal {
  if (first.valueSet !== last.valueSet) {
    const a = EQ5D_VALUE_SET_LABELS[first.valueSet];
    const b = EQ5D_VALUE_SET_LABELS[last.valueSet];
    return {
      ok: false,
      reason: {
        en: `The two indices come from different value sets (${a.en}; ${b.en}), so their difference means nothing: score both under one value set from the stored profiles`,
        cy: `Daw’r ddau fynegai o setiau gwerthoedd gwahanol (${a.cy}; ${b.cy}), felly nid yw’r gwahaniaeth yn golygu dim: sgoriwch y ddau o dan un set gwerthoedd o’r proffiliau sydd wedi’u cadw`,
      },
    };
  }
  return {
    ok: true,
    change: Math.round((last.value - first.value) * 1000) / 1000,
    valueSet: first.valueSet,
    definition: definitionOf('eq5d-index-change'),
  };
}
