/**
 * The service report for commissioners and boards (issue 12 item 3): what the service did in a
 * quarter, a year or any chosen period, for whom, with what outcomes and at what cost, composed
 * from the evidence dashboard as a document a PCN clinical director can send as it is. A title
 * block (the service, the period, the date produced, the synthetic-data notice for the demo),
 * the headline figures, access and waiting with the weekly chart, outcomes per measure, work,
 * what was avoided with the cost comparison and its assumptions, experience, the equity
 * section, and the appendices of definitions, methods and the disclosure rule. English or
 * Welsh. Pure: the figures come in already under disclosure control, and the report refuses any
 * that are not, because they leave the service.
 */
import type {
  EvidenceDashboard,
  EvidenceSection,
  Figure,
  OutcomeRow,
} from '../contracts/evidence.js';
import { OUTCOME_MEASURE_NAMES } from '../evidence/dashboard-figures.js';
import { OUTCOME_MEASURES, type OutcomeMeasure } from '../record/record-view.js';
import { PATHWAY_NAMES } from '../record/assessment-templates.js';
import { PATHWAYS, type Pathway } from '../triage/triage-types.js';
import type { CalendarDate } from '../shared/calendar-date.js';
import { toLondonWallClock } from '../shared/london-time.js';
import type { ChartBar, ClinicalDocument, DocumentBlock } from './document-model.js';
import { appendixBlocks } from './service-report-appendix.js';
import { centralNetPerPerson, costBlocks } from './service-report-costs.js';
import { chartSummary, equityBlocks } from './service-report-equity.js';
import {
  describePeriod,
  figureBasis,
  figureInterval,
  figureValue,
  formatNumber,
  formatPounds,
  groupThousands,
  niceMax,
  reportDate,
  SUPPRESSED,
  type ReportLanguage,
} from './service-report-format.js';
import {
  APPENDIX_TITLES,
  REPORT_SECTIONS,
  SECTION_TITLES,
  SUMMARY,
  W,
} from './service-report-words.js';

export interface ServiceReportInput {
  /** The dashboard for the period, practice and pathway, under disclosure control. */
  readonly dashboard: EvidenceDashboard;
  readonly service: {
    readonly name: string;
    /** The living demo: its people are synthetic, and the report says so on its first page. */
    readonly demo: boolean;
  };
  readonly language: ReportLanguage;
  /** The Europe/London date the report is produced (the clock's today). */
  readonly producedOn: CalendarDate;
}

/** Thrown when the dashboard given is not under disclosure control: the report leaves the service. */
export class UncontrolledFiguresError extends Error {
  constructor() {
    super('The service report is composed only from figures under disclosure control');
    this.name = 'UncontrolledFiguresError';
  }
}

/** The headline figures, in order (any the dashboard lacks are left out). */
export const HEADLINE_KEYS = [
  'requests',
  'uptake-per-1000',
  'weeks-to-first-median',
  'within-18-weeks',
  'dna-rate',
  'episodes-discharged',
  'tt-recovery',
  'tt-reliable-improvement',
  'gp-appointments-avoided',
  'prem-positive',
] as const;

const COST_HEADLINE = {
  en: 'Cost of GP time avoided less cost of OT time, per person (central estimate, section 5)',
  cy: 'Cost amser meddyg teulu a osgowyd llai cost amser therapi, fesul person (amcangyfrif canolog, adran 5)',
} as const;
const NOT_SHOWN = { en: 'not shown (section 5)', cy: 'heb ei ddangos (adran 5)' } as const;

type Composer = {
  readonly d: EvidenceDashboard;
  readonly l: ReportLanguage;
  readonly titleOf: (key: string) => string;
};

function figuresTable(
  c: Composer,
  figures: readonly Figure[],
  extra: string[][] = [],
): DocumentBlock {
  const { l } = c;
  return {
    kind: 'table',
    header: [W.figure[l], W.value[l], W.interval[l], W.basedOn[l]],
    rows: [
      ...figures.map((f) => [
        c.titleOf(f.key),
        figureValue(f, l),
        figureInterval(f, l),
        figureBasis(f, l),
      ]),
      ...extra,
    ],
    widths: [2.2, 1.1, 1.5, 1],
    note: W.disclosureNote[l],
  };
}

const sectionFigures = (d: EvidenceDashboard, key: EvidenceSection): Figure[] =>
  d.sections.find((s) => s.key === key)?.figures ?? [];

const heading = (n: number, text: string): DocumentBlock => ({
  kind: 'heading',
  text: `${String(n)}. ${text}`,
});

function titleBlocks(input: ServiceReportInput, c: Composer): DocumentBlock[] {
  const { l } = c;
  const contents = [
    ...REPORT_SECTIONS.map((s, i) => `${String(i + 1)}. ${SECTION_TITLES[s][l]}`),
    APPENDIX_TITLES.definitions[l],
    APPENDIX_TITLES.methods[l],
    APPENDIX_TITLES.disclosure[l],
  ];
  return [
    ...(input.service.demo
      ? [{ kind: 'paragraph', text: W.synthetic[l], strong: true } as const]
      : []),
    { kind: 'paragraph', text: W.about[l] },
    { kind: 'heading', text: W.contents[l] },
    { kind: 'paragraph', text: contents.join('\n') },
    { kind: 'pageBreak' },
  ];
}

function headlineBlocks(c: Composer): DocumentBlock[] {
  const all = c.d.sections.flatMap((s) => s.figures);
  const figures = HEADLINE_KEYS.flatMap((key) => all.filter((f) => f.key === key).slice(0, 1));
  const net = centralNetPerPerson(c.d);
  const cost = [COST_HEADLINE[c.l], net === null ? NOT_SHOWN[c.l] : formatPounds(net), '', ''];
  return [heading(1, SECTION_TITLES.headline[c.l]), figuresTable(c, figures, [cost])];
}

function trendBlocks(c: Composer): DocumentBlock[] {
  const { l, d } = c;
  const count = (n: number | null) => (n === null ? SUPPRESSED[l] : groupThousands(n));
  const bars: ChartBar[] = d.trend.map((p) => ({
    label: reportDate(p.week, l),
    value: p.waiting,
    text: count(p.waiting),
  }));
  const first = bars[0];
  const last = bars.at(-1);
  const shown = bars.filter((b): b is ChartBar & { value: number } => b.value !== null);
  const most = [...shown].sort((a, b) => b.value - a.value)[0];
  const summary =
    most === undefined
      ? SUMMARY.trendNone[l]
      : first !== undefined && first.value !== null && last !== undefined && last.value !== null
        ? SUMMARY.trend(first.text, last.text, most.text, most.label)[l]
        : chartSummary(W.trendChart[l], bars, l);
  return [
    {
      kind: 'chart',
      title: W.trendChart[l],
      layout: 'columns',
      bars,
      max: niceMax(most?.value ?? 0),
      axisLabel: W.trendAxis[l],
    },
    {
      kind: 'table',
      caption: W.trendTable[l],
      header: [
        W.weekBeginning[l],
        W.requests[l],
        W.firstAppointments[l],
        W.attended[l],
        W.waitingAtEnd[l],
        W.longestWait[l],
      ],
      rows: d.trend.map((p) => [
        reportDate(p.week, l),
        count(p.requests),
        count(p.firstAppointments),
        count(p.attended),
        count(p.waiting),
        p.longestWaitWeeks === null ? SUPPRESSED[l] : String(p.longestWaitWeeks),
      ]),
      widths: [1.5, 1, 1, 1, 1.2, 1.1],
      compact: true,
      emptyText: W.noWeeks[l],
      note: W.disclosureNote[l],
    },
    { kind: 'paragraph', text: summary },
  ];
}

function isOutcomeMeasure(m: string): m is OutcomeMeasure {
  return (OUTCOME_MEASURES as readonly string[]).includes(m);
}

function outcomeRow(row: OutcomeRow, c: Composer): string[] {
  const { l } = c;
  const name = isOutcomeMeasure(row.measure) ? OUTCOME_MEASURE_NAMES[row.measure][l] : row.measure;
  const label = row.qualifier === null ? name : `${name} (${W.valueSet[l]}: ${row.qualifier})`;
  const dp = row.measure === 'eq5d_index' ? 3 : 1;
  const score = (v: number | null) => (v === null ? SUPPRESSED[l] : formatNumber(v, dp));
  const count = (n: number | null) => (n === null ? SUPPRESSED[l] : groupThousands(n));
  const change = row.change;
  const to = l === 'en' ? 'to' : 'i';
  const changeText =
    change.suppressed || change.value === null
      ? figureValue(change, l)
      : change.lower === null || change.upper === null
        ? formatNumber(change.value, dp)
        : `${formatNumber(change.value, dp)} (${formatNumber(change.lower, dp)} ${to} ${formatNumber(change.upper, dp)})`;
  const rate = (f: Figure | null) => (f === null ? W.notDefined[l] : figureValue(f, l));
  return [
    label,
    count(row.paired),
    count(row.missing),
    row.meanFirst === null || row.meanLast === null
      ? SUPPRESSED[l]
      : `${score(row.meanFirst)} → ${score(row.meanLast)}`,
    changeText,
    rate(row.reliablyImproved),
    rate(row.reliablyDeteriorated),
  ];
}

function outcomeBlocks(c: Composer): DocumentBlock[] {
  const { l } = c;
  return [
    heading(3, SECTION_TITLES.outcomes[l]),
    { kind: 'paragraph', text: W.outcomesIntro[l] },
    {
      kind: 'table',
      header: [
        W.measure[l],
        W.paired[l],
        W.missing[l],
        W.meanFirstLast[l],
        W.meanChange[l],
        W.reliablyImproved[l],
        W.reliablyWorse[l],
      ],
      rows: c.d.outcomes.map((row) => outcomeRow(row, c)),
      widths: [1.5, 0.95, 0.95, 1.2, 1.7, 1.6, 1.6],
      compact: true,
      emptyText: W.noOutcomes[l],
      note: W.disclosureNote[l],
    },
    { kind: 'heading', text: W.otherOutcomes[l] },
    figuresTable(c, sectionFigures(c.d, 'outcomes')),
  ];
}

function isPathway(p: string): p is Pathway {
  return (PATHWAYS as readonly string[]).includes(p);
}

function pathwayName(pathway: string | null, l: ReportLanguage): string {
  if (pathway === null) return W.allPathways[l];
  return isPathway(pathway) ? PATHWAY_NAMES[pathway][l] : pathway;
}

function recordsRead(readAt: string, l: ReportLanguage): string {
  if (Number.isNaN(Date.parse(readAt))) return readAt;
  const clock = toLondonWallClock(readAt);
  return `${reportDate(clock.date, l)}, ${clock.time}`;
}

/** Compose the service report in the language asked for. */
export function composeServiceReport(input: ServiceReportInput): ClinicalDocument {
  const d = input.dashboard;
  if (d.disclosure === null) throw new UncontrolledFiguresError();
  const l = input.language;
  const titles = new Map(d.definitions.map((def) => [def.key, def.title[l]]));
  const c: Composer = { d, l, titleOf: (key) => titles.get(key) ?? key };
  const practice =
    d.query.practiceId === null
      ? W.allPractices[l]
      : (d.practices.find((p) => p.id === d.query.practiceId)?.name ?? d.query.practiceId);
  const period = describePeriod(d.query.from, d.query.to, l);
  const blocks: DocumentBlock[] = [
    ...titleBlocks(input, c),
    ...headlineBlocks(c),
    heading(2, SECTION_TITLES.access[l]),
    figuresTable(c, sectionFigures(d, 'access')),
    ...trendBlocks(c),
    ...outcomeBlocks(c),
    heading(4, SECTION_TITLES.work[l]),
    figuresTable(c, sectionFigures(d, 'work')),
    heading(5, SECTION_TITLES.avoided[l]),
    figuresTable(c, sectionFigures(d, 'avoided')),
    ...costBlocks(d, l),
    heading(6, SECTION_TITLES.experience[l]),
    figuresTable(c, sectionFigures(d, 'experience')),
    { kind: 'paragraph', text: W.noComments[l] },
    ...equityBlocks(d, c.titleOf, l),
    ...appendixBlocks(d, l),
  ];
  const to = l === 'en' ? 'to' : 'i';
  return {
    title: W.title[l],
    subtitle: input.service.name,
    meta: [
      { label: W.period[l], value: period },
      { label: W.practice[l], value: practice },
      { label: W.pathway[l], value: pathwayName(d.query.pathway, l) },
      { label: W.produced[l], value: reportDate(input.producedOn, l) },
      { label: W.recordsRead[l], value: recordsRead(d.readAt, l) },
    ],
    blocks,
    footer: `${input.service.name}, ${reportDate(d.query.from, l)} ${to} ${reportDate(d.query.to, l)}. ${W.footerControlled[l]}`,
    author: input.service.name,
    language: l,
  };
}
