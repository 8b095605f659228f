/**
 * The workforce plan's projections (issue 13 item 6): the summary row of each projection (its
 * last week's list size and longest wait, the share seen within target over the final weeks, the
 * workforce its target needs), and each projection's own section: its changes in words, the
 * vacancy risk, a chart of the median run's list size and the table of every fourth week.
 */
import type { ProjectionResultBody, ScenarioChangeBody } from '../contracts/planning-projection.js';
import { PATHWAY_NAMES } from '../record/assessment-templates.js';
import { addCalendarDays } from '../shared/calendar-date.js';
import type { LocalisedText } from '../shared/localised-text.js';
import { SESSIONS_PER_WTE } from '../planning/staffing-norm.js';
import { SHARE_WEEKS, shareSeenWithinTarget } from '../planning/workforce-search.js';
import type { Pathway } from '../triage/triage-types.js';
import type { ChartBar, DocumentBlock } from './document-model.js';
import {
  formatNumber,
  formatValue,
  groupThousands,
  niceMax,
  reportDate,
  type ReportLanguage,
} from './service-report-format.js';
import { CHANGE, P, S } from './workforce-plan-words.js';

/** One projection of the plan: the baseline (name null) or a scenario, with its changes. */
export interface PlanProjection {
  /** The scenario's name; null for the baseline. */
  readonly name: string | null;
  readonly changes: readonly ScenarioChangeBody[];
  readonly result: ProjectionResultBody;
}

type Band = ProjectionResultBody['percentiles']['listSize'];

/** The rows of the weekly table: every fourth week, and the last week. */
export const TABLE_EVERY_WEEKS = 4;

export const percent = (share: number, l: ReportLanguage): string =>
  formatValue(share, 'proportion', l);

export const weeksText = (n: number, l: ReportLanguage): string =>
  S.weeks(groupThousands(n), n === 1)[l];

export function projectionName(p: PlanProjection, l: ReportLanguage): string {
  return p.name ?? P.baseline[l];
}

const at = (series: readonly (number | null)[], i: number): number | null => series[i] ?? null;

function bandText(band: Band, i: number, format: (v: number) => string, l: ReportLanguage): string {
  const show = (v: number | null) => (v === null ? P.none[l] : format(v));
  return S.band(show(at(band.p50, i)), show(at(band.p10, i)), show(at(band.p90, i)))[l];
}

const people = (v: number) => groupThousands(v);
const weeksValue = (v: number) => formatNumber(v, 1);

/** The workforce its target needs, in words. */
export function workforceText(result: ProjectionResultBody, l: ReportLanguage): string {
  const w = result.workforce;
  if (w === null) return P.noTarget[l];
  const target = S.target(percent(w.target.share, l), weeksText(w.target.withinWeeks, l))[l];
  if (w.extraSessionsPerWeek === null || w.extraWte === null) {
    const reached = w.achievedShare === null ? P.nobodySeen[l] : percent(w.achievedShare, l);
    return S.notMet(target, groupThousands(w.maxTried), reached)[l];
  }
  if (w.extraSessionsPerWeek === 0) return S.noneNeeded(target)[l];
  return S.needed(
    formatNumber(w.extraSessionsPerWeek, Number.isInteger(w.extraSessionsPerWeek) ? 0 : 1),
    w.extraSessionsPerWeek === 1,
    formatNumber(w.extraWte, 2),
    target,
  )[l];
}

/** The summary table: one row per projection, at its last week. */
export function summaryTable(
  projections: readonly PlanProjection[],
  l: ReportLanguage,
): DocumentBlock {
  const lastWeeks = new Set(projections.map((p) => p.result.weeks));
  const only = lastWeeks.size === 1 ? [...lastWeeks][0] : undefined;
  const weekLabel = only === undefined ? '' : groupThousands(only);
  const shareWeeks = Math.min(SHARE_WEEKS, ...projections.map((p) => p.result.weeks));
  return {
    kind: 'table',
    header: [
      P.projection[l],
      S.listAt(weekLabel)[l],
      S.longestAt(weekLabel)[l],
      S.seenOver(weeksText(shareWeeks, l))[l],
      P.workforceNeeded[l],
    ],
    rows: projections.map((p) => {
      const r = p.result;
      const last = r.weeks - 1;
      const share = shareSeenWithinTarget(r);
      const week = only === undefined ? `${P.week[l]} ${groupThousands(r.weeks)}: ` : '';
      return [
        projectionName(p, l),
        week + bandText(r.percentiles.listSize, last, people, l),
        week + bandText(r.percentiles.longestWaitWeeks, last, weeksValue, l),
        share === null ? P.nobodySeen[l] : percent(share, l),
        workforceText(r, l),
      ];
    }),
    widths: [1.2, 1.3, 1.3, 1.1, 1.8],
    compact: true,
    emptyText: P.noProjections[l],
  };
}

function isPathway(p: string): p is Pathway {
  return p in PATHWAY_NAMES;
}

function pathwayName(pathway: string | null, l: ReportLanguage): string {
  if (pathway === null) return P.everyPathway[l];
  return isPathway(pathway) ? PATHWAY_NAMES[pathway][l] : pathway;
}

/** A change of a scenario in words; practices are named from the staffing norm's list. */
export function changeText(
  change: ScenarioChangeBody,
  practiceName: (id: string) => string | undefined,
  l: ReportLanguage,
): string {
  const practice = (id: string | null) =>
    id === null ? P.anyPractice[l] : CHANGE.atPractice(practiceName(id) ?? P.unknownPractice[l])[l];
  const from = (week: number) =>
    week === 0 ? CHANGE.fromFirst[l] : CHANGE.fromWeek(groupThousands(week + 1))[l];
  const decimal = (v: number) => formatNumber(v, Number.isInteger(v) ? 0 : 2);
  let text: LocalisedText;
  switch (change.kind) {
    case 'sessions': {
      const n = Math.abs(change.sessionsPerWeek);
      text = CHANGE.sessions(
        decimal(n),
        change.sessionsPerWeek > 0,
        n === 1,
        from(change.fromWeek),
        practice(change.practiceId),
        pathwayName(change.pathway, l),
      );
      break;
    }
    case 'new_ot':
      text = CHANGE.newOt(
        formatNumber(change.wte, 2),
        decimal(change.wte * SESSIONS_PER_WTE),
        from(change.leadTimeWeeks),
        weeksText(change.leadTimeWeeks, l),
        percent(change.vacancyRisk, l),
        practice(change.practiceId),
      );
      break;
    case 'demand':
      text = CHANGE.demand(
        `${formatNumber(Math.abs(change.percent), 1)}%`,
        change.percent >= 0,
        pathwayName(change.pathway, l),
      );
      break;
    case 'tiered':
      text = CHANGE.tiered(
        percent(change.groupShare, l),
        percent(change.selfHelpShare, l),
        groupThousands(change.groupPlaces),
        weeksText(change.groupEveryWeeks, l),
        pathwayName(change.pathway, l),
      );
      break;
    case 'dna_reduction':
      text = CHANGE.dnaReduction(percent(change.relativeReduction, l));
      break;
  }
  return text[l];
}

/** The weeks of the table (0-based): every fourth week and the last. */
export function tableWeeks(weeks: number): number[] {
  const rows: number[] = [];
  for (let w = TABLE_EVERY_WEEKS; w <= weeks; w += TABLE_EVERY_WEEKS) rows.push(w - 1);
  if (weeks > 0 && rows.at(-1) !== weeks - 1) rows.push(weeks - 1);
  return rows;
}

function listChart(p: PlanProjection, name: string, l: ReportLanguage): DocumentBlock[] {
  const r = p.result;
  const median = r.percentiles.listSize.p50;
  const bars: ChartBar[] = Array.from({ length: r.weeks }, (_, i) => {
    const v = at(median, i);
    return {
      label: `${P.week[l]} ${String(i + 1)}`,
      value: v,
      text: v === null ? P.none[l] : people(v),
    };
  });
  const top = Math.max(0, ...r.percentiles.listSize.p90.flatMap((v) => (v === null ? [] : [v])));
  const last = r.weeks - 1;
  const first = at(median, 0);
  const end = at(median, last);
  const low = at(r.percentiles.listSize.p10, last);
  const high = at(r.percentiles.listSize.p90, last);
  const show = (v: number | null) => (v === null ? P.none[l] : people(v));
  const ending = (i: number) => reportDate(addCalendarDays(r.start, 7 * i + 6), l);
  return [
    {
      kind: 'chart',
      title: S.listChart(name)[l],
      layout: 'columns',
      bars,
      max: niceMax(top),
      axisLabel: P.listAxis[l],
    },
    {
      kind: 'table',
      caption: S.listTable(name)[l],
      header: [P.week[l], P.listP10[l], P.listP50[l], P.listP90[l], P.longestP50[l], P.seenP50[l]],
      rows: tableWeeks(r.weeks).map((i) => {
        const seen = at(r.percentiles.seenWithinTarget.p50, i);
        const longest = at(r.percentiles.longestWaitWeeks.p50, i);
        return [
          S.weekRow(groupThousands(i + 1), ending(i))[l],
          show(at(r.percentiles.listSize.p10, i)),
          show(at(r.percentiles.listSize.p50, i)),
          show(at(r.percentiles.listSize.p90, i)),
          longest === null ? P.none[l] : weeksValue(longest),
          seen === null ? P.nobodySeen[l] : percent(seen, l),
        ];
      }),
      widths: [2, 1, 1, 1, 1.1, 1.1],
      compact: true,
    },
    {
      kind: 'paragraph',
      text: S.listSummary(show(first), show(end), groupThousands(r.weeks), show(low), show(high))[
        l
      ],
    },
  ];
}

/** One projection's section: what it is, its changes, its vacancy risk, its chart and table. */
export function projectionBlocks(
  p: PlanProjection,
  number: string,
  practiceName: (id: string) => string | undefined,
  l: ReportLanguage,
): DocumentBlock[] {
  const r = p.result;
  const name = projectionName(p, l);
  const runs = r.stopped
    ? `${S.runsOf(groupThousands(r.runs), groupThousands(r.runsRequested))[l]} (${P.stoppedEarly[l]})`
    : groupThousands(r.runs);
  const changes =
    p.changes.length === 0
      ? P.noChanges[l]
      : p.changes.map((c) => `- ${changeText(c, practiceName, l)}`).join('\n');
  return [
    { kind: 'heading', text: `${number} ${name}` },
    {
      kind: 'fields',
      fields: [
        { label: P.starts[l], value: reportDate(r.start, l) },
        { label: P.weeksProjected[l], value: groupThousands(r.weeks) },
        { label: P.targetWait[l], value: weeksText(r.targetWeeks, l) },
        { label: P.runs[l], value: runs },
        { label: P.seed[l], value: r.seed },
      ],
    },
    { kind: 'paragraph', text: P.changesTitle[l], strong: true },
    { kind: 'paragraph', text: changes },
    ...(r.vacancyRisk === null
      ? []
      : [{ kind: 'paragraph', text: S.vacancy(percent(r.vacancyRisk, l))[l] } as const]),
    ...(r.stopped
      ? [
          {
            kind: 'paragraph',
            text: S.stopped(groupThousands(r.runs), groupThousands(r.runsRequested))[l],
          } as const,
        ]
      : []),
    { kind: 'paragraph', text: S.workforceLine(workforceText(r, l))[l] },
    ...listChart(p, name, l),
  ];
}
