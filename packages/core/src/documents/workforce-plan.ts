/**
 * The workforce plan (issue 13 item 6): the planning page as a document a lead can send as it
 * is. A title block (the service, the date produced, the synthetic-data notice for the demo);
 * the summary of each projection (its last week's list size and longest wait, the share seen
 * within target, the workforce its target needs); the staffing norm with its source; demand
 * against capacity week by week; the live queueing figures per pathway and tier; each
 * projection with its changes in words, its chart and its table; and what the projections
 * assumed and their limits. Every figure with its meaning and source (docs/planning-definitions.md).
 * English or Welsh. Pure: the figures come in as the planning API gives them, under disclosure
 * control or exact, and the plan says which on its first page and in its footer.
 */
import type { PlanningOverviewBody } from '../contracts/planning-projection.js';
import type { StaffingNorm, StaffingNormFiguresBody } from '../contracts/staffing-norm.js';
import { DEFAULT_WEEKS } from '../planning/simulation-input.js';
import { PATHWAY_NAMES } from '../record/assessment-templates.js';
import type { CalendarDate } from '../shared/calendar-date.js';
import type { LocalisedText } from '../shared/localised-text.js';
import type { ChartBar, ClinicalDocument, DocumentBlock } from './document-model.js';
import {
  formatNumber,
  groupThousands,
  niceMax,
  publicSource,
  reportDate,
  SUPPRESSED,
  type ReportLanguage,
} from './service-report-format.js';
import {
  percent,
  projectionBlocks,
  summaryTable,
  weeksText,
  type PlanProjection,
} from './workforce-plan-projections.js';
import {
  ASSUMPTION_KEYS,
  ASSUMPTION_NAMES,
  P,
  PLAN_SECTION_TITLES,
  PLAN_SECTIONS,
  S,
  TIER_NAMES,
  type AssumptionKey,
} from './workforce-plan-words.js';
import { DEFINITIONS, normDefinitions, QUEUEING_SOURCE } from './workforce-plan-definitions.js';

export type { PlanProjection } from './workforce-plan-projections.js';

export interface WorkforcePlanInput {
  /** The planning page's overview: live queueing figures, weeks, the projection baseline. */
  readonly overview: PlanningOverviewBody;
  readonly norm: StaffingNorm;
  /** The baseline (name null) and the scenarios, in the order the plan shows them. */
  readonly projections: readonly PlanProjection[];
  readonly service: {
    readonly name: string;
    /** The living demo: its people and activity are synthetic, and the plan says so. */
    readonly demo: boolean;
  };
  readonly language: ReportLanguage;
  /** The Europe/London date the plan is produced (the clock's today). */
  readonly producedOn: CalendarDate;
}

type Definition = {
  readonly figure: LocalisedText;
  readonly meaning: LocalisedText;
  readonly source: LocalisedText;
};

const heading = (section: (typeof PLAN_SECTIONS)[number], l: ReportLanguage): DocumentBlock => ({
  kind: 'heading',
  text: `${String(PLAN_SECTIONS.indexOf(section) + 1)}. ${PLAN_SECTION_TITLES[section][l]}`,
});

function definitionsTable(rows: readonly Definition[], l: ReportLanguage): DocumentBlock {
  return {
    kind: 'table',
    caption: P.definitionsCaption[l],
    header: [P.figure[l], P.meaning[l], P.source[l]],
    rows: rows.map((d) => [d.figure[l], d.meaning[l], d.source[l]]),
    widths: [1.2, 2.8, 1.6],
    compact: true,
  };
}

const count = (n: number | null, l: ReportLanguage) =>
  n === null ? SUPPRESSED[l] : groupThousands(n);
const sessions = (n: number | null, l: ReportLanguage) =>
  n === null ? P.unknown[l] : formatNumber(n, 2);

function tableNote(o: PlanningOverviewBody, l: ReportLanguage): string {
  return o.disclosureControlled ? P.tableNoteControlled[l] : P.tableNoteExact[l];
}

function titleBlocks(input: WorkforcePlanInput, l: ReportLanguage): DocumentBlock[] {
  return [
    ...(input.service.demo
      ? [{ kind: 'paragraph', text: P.synthetic[l], strong: true } as const]
      : []),
    { kind: 'paragraph', text: P.about[l] },
    {
      kind: 'paragraph',
      text: input.overview.disclosureControlled ? P.controlled[l] : P.exact[l],
    },
    { kind: 'heading', text: P.contents[l] },
    {
      kind: 'paragraph',
      text: PLAN_SECTIONS.map((s, i) => `${String(i + 1)}. ${PLAN_SECTION_TITLES[s][l]}`).join(
        '\n',
      ),
    },
    { kind: 'pageBreak' },
  ];
}

function summaryBlocks(input: WorkforcePlanInput, l: ReportLanguage): DocumentBlock[] {
  return [
    heading('summary', l),
    { kind: 'paragraph', text: P.summaryIntro[l] },
    summaryTable(input.projections, l),
    definitionsTable(DEFINITIONS.projection, l),
  ];
}

function normRow(name: string, f: StaffingNormFiguresBody, l: ReportLanguage): string[] {
  return [
    name,
    f.listSize === null ? P.unknown[l] : groupThousands(f.listSize),
    formatNumber(f.sessionsDelivered, 2),
    sessions(f.sessionsNeeded, l),
    sessions(f.gapSessions, l),
    sessions(f.gapWte, l),
  ];
}

function normBlocks(norm: StaffingNorm, l: ReportLanguage): DocumentBlock[] {
  const s = norm.service;
  const population = groupThousands(norm.norm.populationPerSession);
  const citation = publicSource(norm.norm.citation, l);
  const header = [
    P.practice[l],
    P.population[l],
    P.delivered[l],
    P.needed[l],
    P.gapSessions[l],
    P.gapWte[l],
  ];
  const pcnTables: DocumentBlock[] = norm.pcns.map((pcn) => {
    const pcnName = pcn.pcnName ?? P.noPcn[l];
    return {
      kind: 'table',
      caption: pcn.pcnName === null ? P.noPcn[l] : S.pcnCaption(pcn.pcnName)[l],
      header,
      rows: [
        ...pcn.practices.map((p) => normRow(p.name, p, l)),
        normRow(S.total(pcnName)[l], pcn.totals, l),
      ],
      widths: [1.8, 1.1, 1.1, 1, 1, 0.9],
      compact: true,
    };
  });
  return [
    heading('norm', l),
    { kind: 'paragraph', text: P.normIntro[l] },
    {
      kind: 'table',
      caption: P.serviceTotals[l],
      header: [P.figure[l], P.value[l]],
      rows: [
        [P.practices[l], groupThousands(s.practices)],
        [P.population[l], s.listSize === null ? P.unknown[l] : groupThousands(s.listSize)],
        [P.delivered[l], formatNumber(s.sessionsDelivered, 2)],
        [P.needed[l], sessions(s.sessionsNeeded, l)],
        [P.gapSessions[l], sessions(s.gapSessions, l)],
        [P.gapWte[l], sessions(s.gapWte, l)],
        [P.meetingNorm[l], groupThousands(s.practicesMeetingNorm)],
        [P.withSessions[l], groupThousands(s.practicesWithSessions)],
        [P.unknownListSize[l], groupThousands(s.unknownListSize)],
        [P.notAtPractice[l], formatNumber(norm.sessionsNotAtPractice, 2)],
      ],
      widths: [3, 1],
    },
    { kind: 'paragraph', text: S.normUsed(population)[l] },
    {
      kind: 'paragraph',
      text: norm.norm.isDefault
        ? P.isDefault[l]
        : S.notDefault(groupThousands(norm.norm.defaultPopulationPerSession))[l],
    },
    { kind: 'paragraph', text: S.normSource(citation, norm.norm.quote)[l] },
    { kind: 'paragraph', text: S.wteAssumption(groupThousands(norm.norm.sessionsPerWte))[l] },
    ...(pcnTables.length === 0 ? [{ kind: 'paragraph', text: P.noPractices[l] } as const] : []),
    ...pcnTables,
    definitionsTable(normDefinitions(population, groupThousands(norm.norm.sessionsPerWte)), l),
  ];
}

function sum(values: readonly (number | null)[]): number | null {
  let total = 0;
  for (const v of values) {
    if (v === null) return null;
    total += v;
  }
  return total;
}

function demandBlocks(o: PlanningOverviewBody, l: ReportLanguage): DocumentBlock[] {
  const bars: ChartBar[] = o.weeks.map((w) => ({
    label: reportDate(w.weekStart, l),
    value: w.joined,
    text: count(w.joined, l),
  }));
  const most = Math.max(0, ...o.weeks.flatMap((w) => (w.joined === null ? [] : [w.joined])));
  const joined = sum(o.weeks.map((w) => w.joined));
  const booked = sum(o.weeks.map((w) => w.booked));
  const slots = groupThousands(o.weeks.reduce((t, w) => t + w.slots, 0));
  const from = reportDate(o.from, l);
  const to = reportDate(o.to, l);
  const summary =
    joined === null || booked === null
      ? S.demandSummaryHidden(from, to, slots)[l]
      : S.demandSummary(from, to, groupThousands(joined), groupThousands(booked), slots)[l] +
        (o.disclosureControlled ? P.roundedTotals[l] : '');
  return [
    heading('demand', l),
    { kind: 'paragraph', text: P.demandIntro[l] },
    ...(o.weeks.length === 0
      ? []
      : [
          {
            kind: 'chart',
            title: P.demandChart[l],
            layout: 'columns',
            bars,
            max: niceMax(most),
            axisLabel: P.demandAxis[l],
          } as const,
        ]),
    {
      kind: 'table',
      caption: P.demandCaption[l],
      header: [P.weekStarting[l], P.joined[l], P.booked[l], P.slots[l], P.slotsBooked[l]],
      rows: o.weeks.map((w) => [
        reportDate(w.weekStart, l),
        count(w.joined, l),
        count(w.booked, l),
        groupThousands(w.slots),
        count(w.slotsBooked, l),
      ]),
      widths: [1.5, 1.1, 1.1, 1, 1],
      compact: true,
      emptyText: P.noWeeks[l],
      note: tableNote(o, l),
    },
    ...(o.weeks.length === 0 ? [] : [{ kind: 'paragraph', text: summary } as const]),
    definitionsTable(DEFINITIONS.demand, l),
  ];
}

type Group = PlanningOverviewBody['queueing'][number];

function groupName(g: Group, l: ReportLanguage): string {
  if (g.pathway === null && g.tier === null) return P.wholeList[l];
  const pathway = g.pathway === null ? P.anyPathway[l] : PATHWAY_NAMES[g.pathway][l];
  const tier = g.tier === null ? P.anyTier[l] : TIER_NAMES[g.tier][l];
  return S.group(pathway, tier)[l];
}

function groupRow(g: Group, l: ReportLanguage): string[] {
  const rate = (v: number | null) =>
    v === null ? (g.suppressed ? SUPPRESSED[l] : P.none[l]) : formatNumber(v, 1);
  const lead = [
    groupName(g, l),
    rate(g.demandPerWeek),
    rate(g.capacityPerWeek),
    count(g.waiting, l),
  ];
  const f = g.figures;
  if (g.suppressed) return [...lead, SUPPRESSED[l], SUPPRESSED[l], SUPPRESSED[l], SUPPRESSED[l]];
  if (f === null) return [...lead, P.notWorkedOut[l], '', '', ''];
  const load = Number.isFinite(f.load) ? formatNumber(f.load, 2) : '';
  const capacity =
    f.targetCapacity !== null
      ? `${formatNumber(f.targetCapacity, 1)} (${P.targetKind[l]})`
      : f.reliefCapacity !== null
        ? `${formatNumber(f.reliefCapacity, 1)} (${P.reliefKind[l]})`
        : P.none[l];
  return [
    ...lead,
    f.loadTooBig ? `${load} (${P.grows[l]})`.trim() : load,
    formatNumber(f.targetQueueSize, 1),
    capacity,
    f.pressure > 1
      ? `${formatNumber(f.pressure, 2)} (${P.likelyToMiss[l]})`
      : formatNumber(f.pressure, 2),
  ];
}

function queueingBlocks(o: PlanningOverviewBody, l: ReportLanguage): DocumentBlock[] {
  return [
    heading('queueing', l),
    {
      kind: 'paragraph',
      text: S.queueingIntro(
        reportDate(o.from, l),
        reportDate(o.to, l),
        weeksText(o.targetWeeks, l),
        formatNumber(o.factor, Number.isInteger(o.factor) ? 0 : 1),
      )[l],
    },
    {
      kind: 'table',
      caption: P.queueingCaption[l],
      header: [
        P.group[l],
        P.demandPerWeek[l],
        P.capacityPerWeek[l],
        P.waitingNow[l],
        P.load[l],
        P.targetQueueSize[l],
        P.capacityNeeded[l],
        P.pressure[l],
      ],
      rows: o.queueing.map((g) => groupRow(g, l)),
      widths: [1.6, 1.05, 1.05, 1.05, 1.05, 1.05, 1.05, 1.05],
      compact: true,
      emptyText: P.noGroups[l],
      note: tableNote(o, l),
    },
    definitionsTable(DEFINITIONS.queueing, l),
    { kind: 'paragraph', text: QUEUEING_SOURCE[l] },
  ];
}

function assumptionValue(key: AssumptionKey, value: number, l: ReportLanguage): string {
  switch (key) {
    case 'didNotAttend':
    case 'lateCancellation':
    case 'rebookAfterDidNotAttend':
      return percent(value, l);
    case 'withdrawPerWeek':
      return S.perWeek(`${formatNumber(value * 100, 2)}%`)[l];
    case 'demandPerWeek':
      return S.perWeek(formatNumber(value, 1))[l];
    case 'meanSessions':
      return formatNumber(value, 1);
    case 'daysBetweenSessions':
      return S.days(formatNumber(value, Number.isInteger(value) ? 0 : 1), value === 1)[l];
  }
}

function assumptionBlocks(input: WorkforcePlanInput, l: ReportLanguage): DocumentBlock[] {
  const b = input.overview.baseline;
  const weeks = input.projections[0]?.result.weeks ?? DEFAULT_WEEKS;
  const entries = ASSUMPTION_KEYS.map((key) => ({ key, a: b.assumptions[key] }));
  return [
    heading('assumptions', l),
    { kind: 'paragraph', text: S.start(reportDate(b.start, l), weeksText(weeks, l))[l] },
    {
      kind: 'paragraph',
      text: S.capacity(
        formatNumber(b.slotsPerWeek, 1),
        formatNumber(b.sessionsPerWeek, 1),
        formatNumber(b.slotsPerSession, 1),
      )[l],
    },
    { kind: 'paragraph', text: S.waitingNow(count(b.waitingNow, l))[l] },
    {
      kind: 'table',
      caption: P.assumptionsCaption[l],
      header: [P.assumption[l], P.value[l], P.cameFrom[l]],
      rows: entries.map(({ key, a }) => [
        ASSUMPTION_NAMES[key][l],
        assumptionValue(key, a.value, l),
        a.source === 'record' ? S.fromRecord(groupThousands(a.n))[l] : P.demoDefault[l],
      ]),
      widths: [2.2, 1.2, 1.4],
    },
    ...(entries.some(({ a }) => a.source === 'default')
      ? [{ kind: 'paragraph', text: P.defaultsNote[l] } as const]
      : []),
    { kind: 'heading', text: P.limitsTitle[l] },
    ...P.limits[l].map((text) => ({ kind: 'paragraph', text }) as const),
  ];
}

/** Compose the workforce plan in the language asked for. */
export function composeWorkforcePlan(input: WorkforcePlanInput): ClinicalDocument {
  const l = input.language;
  const o = input.overview;
  const practices = new Map(
    input.norm.pcns.flatMap((pcn) => pcn.practices.map((p) => [p.organisationId, p.name])),
  );
  const practiceName = (id: string) => practices.get(id);
  const section = PLAN_SECTIONS.indexOf('projections') + 1;
  const blocks: DocumentBlock[] = [
    ...titleBlocks(input, l),
    ...summaryBlocks(input, l),
    ...normBlocks(input.norm, l),
    ...demandBlocks(o, l),
    ...queueingBlocks(o, l),
    heading('projections', l),
    ...(input.projections.length === 0
      ? [{ kind: 'paragraph', text: P.noProjections[l] } as const]
      : []),
    ...input.projections.flatMap((p, i) =>
      projectionBlocks(p, `${String(section)}.${String(i + 1)}`, practiceName, l),
    ),
    ...assumptionBlocks(input, l),
  ];
  const produced = reportDate(input.producedOn, l);
  return {
    title: P.title[l],
    subtitle: input.service.name,
    meta: [
      { label: P.produced[l], value: produced },
      { label: P.recordFrom[l], value: S.period(reportDate(o.from, l), reportDate(o.to, l))[l] },
      { label: P.projectionsStart[l], value: reportDate(o.baseline.start, l) },
      { label: P.targetWait[l], value: weeksText(o.targetWeeks, l) },
    ],
    blocks,
    footer: `${input.service.name}, ${produced}. ${o.disclosureControlled ? P.footerControlled[l] : P.footerExact[l]}`,
    author: input.service.name,
    language: l,
  };
}
