/**
 * The planning page's tables as CSV (issue 13 item 6), through the server's one CSV writer: the
 * live queueing figures per pathway and tier, demand against capacity by week, and a projection's
 * weekly percentiles. A figure held back by the small-number rule, or with no one to count, is an
 * empty cell, never 0.
 */
import { SERIES, type PlanningOverviewBody, type ProjectionResponse } from '@everyday/core';
import { toCsv } from '../http/csv.js';

const cell = (v: number | null | undefined): string | number => v ?? '';
const r4 = (v: number | null | undefined) =>
  v === null || v === undefined ? '' : Math.round(v * 10000) / 10000;

const QUEUEING_COLUMNS = [
  'pathway',
  'tier',
  'from',
  'to',
  'joined',
  'booked',
  'withdrawn',
  'waiting',
  'demand_per_week',
  'cv_demand',
  'capacity_per_week',
  'cv_capacity',
  'mean_wait_weeks',
  'target_weeks',
  'factor',
  'queue_load',
  'target_mean_wait_weeks',
  'target_queue_size',
  'target_capacity_per_week',
  'relief_capacity_per_week',
  'pressure',
  'small_number_rule',
] as const;

export function queueingCsv(overview: PlanningOverviewBody): string {
  return toCsv(
    overview.queueing.map((g) => ({
      pathway: g.pathway ?? 'all',
      tier: g.tier ?? 'all',
      from: overview.from,
      to: overview.to,
      joined: cell(g.joined),
      booked: cell(g.booked),
      withdrawn: cell(g.withdrawn),
      waiting: cell(g.waiting),
      demand_per_week: r4(g.demandPerWeek),
      cv_demand: r4(g.cvDemand),
      capacity_per_week: r4(g.capacityPerWeek),
      cv_capacity: r4(g.cvCapacity),
      mean_wait_weeks: r4(g.meanWaitWeeks),
      target_weeks: overview.targetWeeks,
      factor: overview.factor,
      queue_load: r4(g.figures?.load),
      target_mean_wait_weeks: r4(g.figures?.targetMeanWait),
      target_queue_size: r4(g.figures?.targetQueueSize),
      target_capacity_per_week: r4(g.figures?.targetCapacity),
      relief_capacity_per_week: r4(g.figures?.reliefCapacity),
      pressure: r4(g.figures?.pressure),
      small_number_rule: overview.disclosureControlled ? 'applied' : 'not applied',
    })),
    QUEUEING_COLUMNS,
  );
}

const WEEK_COLUMNS = [
  'week_starting',
  'joined',
  'booked',
  'one_to_one_slots',
  'slots_booked',
  'small_number_rule',
] as const;

export function weeksCsv(overview: PlanningOverviewBody): string {
  return toCsv(
    overview.weeks.map((w) => ({
      week_starting: w.weekStart,
      joined: cell(w.joined),
      booked: cell(w.booked),
      one_to_one_slots: w.slots,
      slots_booked: cell(w.slotsBooked),
      small_number_rule: overview.disclosureControlled ? 'applied' : 'not applied',
    })),
    WEEK_COLUMNS,
  );
}

/** One row per week: each series' 10th, 50th and 90th percentile over the runs. */
export function projectionCsv(projection: ProjectionResponse): string {
  const result = projection.result;
  const columns = [
    'projection',
    'week',
    ...SERIES.flatMap((k) => [`${k}_p10`, `${k}_p50`, `${k}_p90`]),
    'runs',
    'seed',
  ];
  if (result === null) return toCsv([], columns);
  const name = projection.scenarioName ?? 'baseline';
  const rows = Array.from({ length: result.weeks }, (_, w) => {
    const row: Record<string, string | number> = { projection: name, week: w + 1 };
    for (const k of SERIES) {
      const band = result.percentiles[k];
      row[`${k}_p10`] = cell(band.p10[w]);
      row[`${k}_p50`] = cell(band.p50[w]);
      row[`${k}_p90`] = cell(band.p90[w]);
    }
    row.runs = result.runs;
    row.seed = result.seed;
    return row;
  });
  return toCsv(rows, columns);
}
