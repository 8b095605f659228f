// The outcomes table of an episode: each measure's first and last score and the change between
// them. The EQ-5D-5L index always has a row (saying when it is not recorded yet), and indices
// under different value sets are never subtracted (core's outcomeSeries gives no change then).
import type { OutcomeMeasure, OutcomePoint, OutcomeSeries } from '@everyday/core';
import { OUTCOME_MEASURES } from '@everyday/core';

export interface OutcomeRow {
  measure: OutcomeMeasure;
  /** Null while the measure has not been recorded. */
  first: OutcomePoint | null;
  /** The latest score, when there is more than one. */
  last: OutcomePoint | null;
  change: number | null;
  /** The first and last EQ-5D indices were computed with different value sets. */
  notComparable: boolean;
}

/** Rows in the order of OUTCOME_MEASURES; the EQ-5D index is there even when not recorded. */
export function outcomeRows(series: readonly OutcomeSeries[]): OutcomeRow[] {
  const byMeasure = new Map(series.map((s) => [s.measure, s]));
  return OUTCOME_MEASURES.flatMap((measure): OutcomeRow[] => {
    const s = byMeasure.get(measure);
    if (!s) {
      return measure === 'eq5d_index'
        ? [{ measure, first: null, last: null, change: null, notComparable: false }]
        : [];
    }
    const repeated = s.points.length > 1;
    return [
      {
        measure,
        first: s.first,
        last: repeated ? s.last : null,
        change: repeated ? s.change : null,
        notComparable:
          repeated && measure === 'eq5d_index' && s.first.qualifier !== s.last.qualifier,
      },
    ];
  });
}

/** How many decimal places a measure's scores are shown with. */
export function decimalsOf(measure: OutcomeMeasure): number {
  switch (measure) {
    case 'eq5d_index':
      return 3;
    case 'gas':
    case 'copm_performance':
    case 'copm_satisfaction':
      return 2;
    case 'eq5d_vas':
    case 'phq9':
    case 'gad7':
    case 'work_ability':
    case 'cfs':
    case 'six_cit':
      return 0;
  }
}

/** A score as shown: `0.784`, `55.00`, `12`; trailing zeros kept so a column lines up. */
export function formatScore(measure: OutcomeMeasure, value: number): string {
  const decimals = decimalsOf(measure);
  return decimals === 0 ? String(Math.round(value)) : value.toFixed(decimals);
}

/** A change with its sign, at the measure's precision: `+0.125`, `−3`, `0`. */
export function formatChange(measure: OutcomeMeasure, change: number): string {
  const decimals = decimalsOf(measure);
  const magnitude = Math.abs(change).toFixed(decimals);
  if (Number(magnitude) === 0) return decimals === 0 ? '0' : (0).toFixed(decimals);
  return change > 0 ? `+${magnitude}` : `−${magnitude}`;
}
