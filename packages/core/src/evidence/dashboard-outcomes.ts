/**
 * The dashboard's outcomes (issue 12): per instrument, the paired first and last measurement of
 * each discharged episode (record-view's outcome series, which never pairs EQ-5D indices across
 * value sets), the mean change with its interval and the share reliably better and worse; the
 * NHS Talking Therapies rates; COPM important change, GAS achieved, the EQ-5D Paretian classes;
 * and whether each episode improved on its main measure, which the breakdowns use.
 */
import { mayShowStatisticOver } from '../access/disclosure-control.js';
import { COPM_IMPORTANT_CHANGE } from '../instruments/copm.js';
import type { Figure, OutcomeRow } from '../contracts/evidence.js';
import {
  OUTCOME_MEASURES,
  type OutcomeMeasure,
  type OutcomeSeries,
} from '../record/record-view.js';
import {
  copmImportantChange,
  eq5dParetoSummary,
  pairedChange,
  RCI_RELIABILITIES,
  reliableChangeIndex,
  type ScorePair,
} from './change.js';
import { hasReliableRule } from './dashboard-figures.js';
import type { FigureMaker } from './dashboard-figure-maker.js';
import type { EpisodeFact } from './evidence-facts.js';
import { meanWithCi } from './intervals.js';
import {
  GAD7_RELIABLE_CHANGE,
  PHQ9_RELIABLE_CHANGE,
  talkingTherapiesOutcomes,
} from './talking-therapies.js';

interface Pair {
  readonly first: number;
  readonly last: number;
}

function seriesOf(e: EpisodeFact, measure: OutcomeMeasure): OutcomeSeries | undefined {
  return e.record.outcomes.find((s) => s.measure === measure);
}

/** The first and last value of a series, when there are two comparable points. */
export function pairOf(series: OutcomeSeries | undefined): Pair | null {
  if (!series || series.points.length < 2) return null;
  if (series.measure === 'eq5d_index' && series.first.qualifier !== series.last.qualifier)
    return null;
  return { first: series.first.value, last: series.last.value };
}

/** Reliable change of one pair: +1 better, −1 worse, 0 neither; null when the measure has no rule. */
type Reliable = (pair: Pair) => -1 | 0 | 1;

function threshold(size: number, lowerIsBetter: boolean): Reliable {
  return ({ first, last }) => {
    const better = lowerIsBetter ? first - last : last - first;
    // 2-dp scores (COPM) are compared as stored, rounded against float noise.
    const change = Math.round(better * 100) / 100;
    return change >= size ? 1 : change <= -size ? -1 : 0;
  };
}

/**
 * How reliable change is judged per measure. PHQ-9 and GAD-7: the NHS Talking Therapies
 * thresholds; COPM: the manual's 2 points; Work Ability Score: Jacobson–Truax with the SD of
 * the service's own first scores (`wasBaselineSd`) and the reliability in RCI_RELIABILITIES
 * (an assumption, marked there).
 */
export function reliableRule(
  measure: OutcomeMeasure,
  wasBaselineSd: number | null,
): Reliable | null {
  if (!hasReliableRule(measure)) return null;
  switch (measure) {
    case 'phq9':
      return threshold(PHQ9_RELIABLE_CHANGE, true);
    case 'gad7':
      return threshold(GAD7_RELIABLE_CHANGE, true);
    case 'copm_performance':
    case 'copm_satisfaction':
      return threshold(COPM_IMPORTANT_CHANGE, false);
    case 'work_ability': {
      if (wasBaselineSd === null || !(wasBaselineSd > 0)) return null;
      const r = RCI_RELIABILITIES.workAbilityScore.r;
      return ({ first, last }) => {
        const rci = reliableChangeIndex(first, last, wasBaselineSd, r);
        return rci.direction === 'increase' ? 1 : rci.direction === 'decrease' ? -1 : 0;
      };
    }
    case 'eq5d_index':
    case 'eq5d_vas':
    case 'cfs':
    case 'six_cit':
    case 'gas':
      return null;
  }
}

/** The SD of the first Work Ability Scores of paired episodes (SD₁ of the RCI). */
export function workAbilityBaselineSd(episodes: readonly EpisodeFact[]): number | null {
  const firsts = episodes.flatMap((e) => {
    const p = pairOf(seriesOf(e, 'work_ability'));
    return p ? [p.first] : [];
  });
  return meanWithCi(firsts)?.sd ?? null;
}

/**
 * Whether an episode improved on its main measure: the first paired of PHQ-9, GAD-7, COPM
 * (performance and satisfaction), Work Ability Score and GAS; null when it has none.
 */
export function improvedOnMainMeasure(
  e: EpisodeFact,
  wasBaselineSd: number | null,
): boolean | null {
  for (const measure of ['phq9', 'gad7'] as const) {
    const p = pairOf(seriesOf(e, measure));
    const rule = reliableRule(measure, null);
    if (p && rule) return rule(p) === 1;
  }
  const performance = pairOf(seriesOf(e, 'copm_performance'));
  const satisfaction = pairOf(seriesOf(e, 'copm_satisfaction'));
  if (performance && satisfaction) {
    return copmImportantChange(
      { performance: performance.first, satisfaction: satisfaction.first },
      { performance: performance.last, satisfaction: satisfaction.last },
    ).importantImprovement;
  }
  const was = pairOf(seriesOf(e, 'work_ability'));
  const wasRule = reliableRule('work_ability', wasBaselineSd);
  if (was && wasRule) return wasRule(was) === 1;
  if (e.record.gas) return e.record.gas.achieved;
  return null;
}

function outcomeRow(
  make: FigureMaker,
  measure: OutcomeMeasure,
  qualifier: string | null,
  series: readonly OutcomeSeries[],
  wasBaselineSd: number | null,
): OutcomeRow {
  const pairs: ScorePair[] = series.map((s) => {
    const p = pairOf(s);
    return { first: s.first.value, last: p ? p.last : null };
  });
  const paired = series.flatMap((s) => {
    const p = pairOf(s);
    return p ? [p] : [];
  });
  const change = pairedChange(pairs);
  const shownN = make.disclose(change.nPaired);
  const statistics = !make.controlled || mayShowStatisticOver(change.nPaired);
  const mean = (values: number[]) => (statistics ? (meanWithCi(values)?.mean ?? null) : null);
  const rule = reliableRule(measure, wasBaselineSd);
  const reliable = (direction: 1 | -1, key: string): Figure | null =>
    rule
      ? make.proportion(key, paired.filter((p) => rule(p) === direction).length, paired.length)
      : null;
  return {
    measure,
    qualifier,
    paired: shownN,
    missing: make.disclose(change.nMissing),
    meanFirst: mean(paired.map((p) => p.first)),
    meanLast: mean(paired.map((p) => p.last)),
    change: make.statistic(
      `change-${measure}`,
      'score',
      change.nPaired,
      change.change
        ? { value: change.change.mean, lower: change.change.lower, upper: change.change.upper }
        : null,
    ),
    reliablyImproved: reliable(1, `reliable-improvement-${measure}`),
    reliablyDeteriorated: reliable(-1, `reliable-deterioration-${measure}`),
  };
}

/** One row per instrument recorded in the discharged episodes (EQ-5D index: one per value set). */
export function outcomeRows(make: FigureMaker, episodes: readonly EpisodeFact[]): OutcomeRow[] {
  const sd = workAbilityBaselineSd(episodes);
  return OUTCOME_MEASURES.flatMap((measure) => {
    const series = episodes.flatMap((e) => {
      const s = seriesOf(e, measure);
      return s ? [s] : [];
    });
    if (series.length === 0) return [];
    if (measure !== 'eq5d_index') return [outcomeRow(make, measure, null, series, sd)];
    const sets = [...new Set(series.map((s) => s.first.qualifier ?? ''))].sort();
    return sets.map((set) =>
      outcomeRow(
        make,
        measure,
        set,
        series.filter((s) => (s.first.qualifier ?? '') === set),
        sd,
      ),
    );
  });
}

/** The outcomes section's figures. */
export function outcomeFigures(make: FigureMaker, episodes: readonly EpisodeFact[]): Figure[] {
  const tt = talkingTherapiesOutcomes(
    episodes
      .filter((e) => seriesOf(e, 'phq9') || seriesOf(e, 'gad7'))
      .map((e) => {
        const phq = seriesOf(e, 'phq9');
        const gad = seriesOf(e, 'gad7');
        return {
          finished: e.attendedContacts >= 2,
          phq9First: phq?.first.value ?? null,
          phq9Last: pairOf(phq)?.last ?? null,
          gad7First: gad?.first.value ?? null,
          gad7Last: pairOf(gad)?.last ?? null,
        };
      }),
  ).counts;
  const atCaseness = tt.finished - tt.notAtCasenessAtFirst;
  const copm = episodes.flatMap((e) => {
    const p = pairOf(seriesOf(e, 'copm_performance'));
    const s = pairOf(seriesOf(e, 'copm_satisfaction'));
    return p && s
      ? [
          copmImportantChange(
            { performance: p.first, satisfaction: s.first },
            { performance: p.last, satisfaction: s.last },
          ).importantImprovement,
        ]
      : [];
  });
  const gas = episodes.flatMap((e) => (e.record.gas ? [e.record.gas.achieved] : []));
  const pareto = eq5dParetoSummary(
    episodes.flatMap((e) => (e.record.eq5dStates ? [e.record.eq5dStates] : [])),
  );
  const sd = workAbilityBaselineSd(episodes);
  const main = episodes.flatMap((e) => {
    const improved = improvedOnMainMeasure(e, sd);
    return improved === null ? [] : [improved];
  });
  const share = (values: boolean[]) => [values.filter(Boolean).length, values.length] as const;
  return [
    make.count('tt-finished', tt.finished),
    make.proportion('tt-recovery', tt.recovered, atCaseness),
    make.proportion('tt-reliable-improvement', tt.reliablyImproved, tt.finished),
    make.proportion('tt-reliable-deterioration', tt.reliablyDeteriorated, tt.finished),
    make.proportion('tt-reliable-recovery', tt.reliablyRecovered, atCaseness),
    make.proportion('copm-important-change', ...share(copm)),
    make.proportion('gas-achieved', ...share(gas)),
    make.proportion('eq5d-better', pareto.counts.better, pareto.n),
    make.proportion('eq5d-worse', pareto.counts.worse, pareto.n),
    make.proportion('eq5d-mixed', pareto.counts.mixed, pareto.n),
    make.proportion('eq5d-unchanged', pareto.counts.unchanged, pareto.n),
    make.proportion('improved-main-measure', ...share(main)),
  ];
}
