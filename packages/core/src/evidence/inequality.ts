/**
 * Slope and relative index of inequality across ordered deprivation groups, as Public Health
 * Scotland computes them for the ScotPHO profiles (inequality_measures(): `lm(rate·√p ~ √p +
 * rank·√p + 0)`, which is weighted least squares of rate on rank with weights p, the group's
 * share of the population). Low A, Low A. Measuring the gap: quantifying and comparing local
 * health inequalities. J Public Health 2004;26(2):187–191.
 *
 * Groups are given most deprived first. Each group's rank is the midpoint of its cumulative
 * population share (0 = most deprived end, 1 = least). SII = −slope, so it is the modelled
 * rate at the most deprived end minus the least deprived end: positive when the more deprived
 * have the higher rate. The 95% CI is PHS's: lm confint(), the slope's standard error times
 * t(0.975, groups − 2). RII = SII / the population-weighted mean rate (PHS divides by the
 * overall rate, which is the same thing when rates are counts over the same populations), its
 * CI the SII CI over the same mean.
 */
import { definitionOf, type MetricDefinition } from './definitions.js';
import { tQuantile } from './distributions.js';
import { EvidenceInputError, requireFinite } from './evidence-error.js';

export interface DeprivationGroupRate {
  /** The group's rate (any scale: per 1,000, %, proportion). */
  readonly rate: number;
  /** People in the group (the weight). */
  readonly population: number;
}

export interface InequalityIndices {
  readonly groups: readonly {
    readonly rank: number;
    readonly share: number;
    readonly rate: number;
  }[];
  readonly meanRate: number;
  readonly sii: number;
  /** null with fewer than three groups (no residual degrees of freedom). */
  readonly siiLower: number | null;
  readonly siiUpper: number | null;
  /** null when the mean rate is 0. */
  readonly rii: number | null;
  readonly riiLower: number | null;
  readonly riiUpper: number | null;
  readonly definition: { readonly sii: MetricDefinition; readonly rii: MetricDefinition };
}

/**
 * SII and RII of rates in deprivation order (most deprived first), PHS method. Rates 40, 35,
 * 30, 25, 20 over equal populations give SII 25 and RII 0.833. Throws EvidenceInputError for
 * fewer than two groups, a non-finite rate, or a population that is not positive.
 */
export function inequalityIndices(groups: readonly DeprivationGroupRate[]): InequalityIndices {
  if (groups.length < 2) {
    throw new EvidenceInputError('groups', {
      en: 'An index of inequality needs at least two deprivation groups',
      cy: 'Mae angen o leiaf ddau grŵp amddifadedd ar gyfer mynegai anghydraddoldeb',
    });
  }
  groups.forEach((g, i) => {
    requireFinite(g.rate, `groups.${i}.rate`);
    if (!(Number.isFinite(g.population) && g.population > 0)) {
      throw new EvidenceInputError(`groups.${i}.population`, {
        en: 'Each group needs a population above 0',
        cy: 'Mae angen poblogaeth uwch na 0 ar gyfer pob grŵp',
      });
    }
  });
  const total = groups.reduce((s, g) => s + g.population, 0);
  let cumulative = 0;
  const ranked = groups.map((g) => {
    const share = g.population / total;
    const rank = cumulative + share / 2;
    cumulative += share;
    return { rank, share, rate: g.rate };
  });
  const meanRank = ranked.reduce((s, g) => s + g.share * g.rank, 0);
  const meanRate = ranked.reduce((s, g) => s + g.share * g.rate, 0);
  const sxx = ranked.reduce((s, g) => s + g.share * (g.rank - meanRank) ** 2, 0);
  const sxy = ranked.reduce((s, g) => s + g.share * (g.rank - meanRank) * (g.rate - meanRate), 0);
  const slope = sxy / sxx;
  const intercept = meanRate - slope * meanRank;
  const sii = -slope;
  const df = ranked.length - 2;
  let siiLower: number | null = null;
  let siiUpper: number | null = null;
  if (df >= 1) {
    const rss = ranked.reduce(
      (s, g) => s + g.share * (g.rate - intercept - slope * g.rank) ** 2,
      0,
    );
    const half = tQuantile(0.975, df) * Math.sqrt(rss / df / sxx);
    siiLower = sii - half;
    siiUpper = sii + half;
  }
  const relative = (x: number | null) => (x === null || meanRate === 0 ? null : x / meanRate);
  return {
    groups: ranked,
    meanRate,
    sii,
    siiLower,
    siiUpper,
    rii: relative(sii),
    riiLower: relative(siiLower),
    riiUpper: relative(siiUpper),
    definition: { sii: definitionOf('sii'), rii: definitionOf('rii') },
  };
}
