/**
 * The service report's equity section (issue 12 item 3): requests, the did-not-attend rate and
 * the share improved on the main measure by deprivation quintile (with a chart of each rate,
 * its table and a one-sentence summary, and the slope and relative index of inequality), by
 * Core20, age band, sex, ethnic group and practice (with uptake per 1,000 registered).
 */
import type { Breakdown, EvidenceDashboard, Figure } from '../contracts/evidence.js';
import { ETHNIC_CATEGORIES, ethnicCategoryName } from '../front-door/equality.js';
import type { LocalisedText } from '../shared/localised-text.js';
import type { ChartBar, DocumentBlock } from './document-model.js';
import {
  figureBasis,
  figureInterval,
  figureValue,
  figureWithInterval,
  formatNumber,
  groupThousands,
  niceMax,
  NO_DATA,
  SUPPRESSED,
  type ReportLanguage,
} from './service-report-format.js';
import {
  BREAKDOWN_TITLES,
  CORE20_LABELS,
  DEPRIVATION_INDEX_NAMES,
  EQUITY_BREAKDOWNS,
  EQUITY_INTRO,
  QUINTILE_LABEL,
  SECTION_TITLES,
  SEX_LABELS,
  SUMMARY,
  W,
  type EquityBreakdown,
} from './service-report-words.js';

/** The title of a figure in the report's language, from the dashboard's definitions. */
export type TitleOf = (key: string) => string;

function isEthnicCategory(code: string): code is (typeof ETHNIC_CATEGORIES)[number] {
  return (ETHNIC_CATEGORIES as readonly string[]).includes(code);
}

/** A group's name in the report's language. */
export function groupLabel(
  key: EquityBreakdown,
  row: Breakdown['rows'][number],
  language: ReportLanguage,
): string {
  const l = language;
  switch (key) {
    case 'imd-quintile': {
      const q = `${QUINTILE_LABEL.quintile[l]} ${row.group}`;
      if (row.group === '1') return `${q} ${QUINTILE_LABEL.most[l]}`;
      if (row.group === '5') return `${q} ${QUINTILE_LABEL.least[l]}`;
      return q;
    }
    case 'core20':
      return CORE20_LABELS[row.group]?.[l] ?? row.group;
    case 'age-band':
      if (row.group.endsWith('+'))
        return `${row.group.slice(0, -1)} ${l === 'en' ? 'and over' : 'a throsodd'}`;
      return row.group.replace('-', l === 'en' ? ' to ' : ' i ');
    case 'sex':
      return SEX_LABELS[row.group]?.[l] ?? row.group;
    case 'ethnicity':
      return isEthnicCategory(row.group) ? ethnicCategoryName(row.group, l) : row.group;
    case 'practice':
      return row.name ?? row.group;
  }
}

const figureIn = (row: Breakdown['rows'][number], key: string): Figure | undefined =>
  row.figures.find((f) => f.key === key);

/** A rate cell: the value with its interval, or why there is none. */
function cell(figure: Figure | undefined, language: ReportLanguage): string {
  return figure === undefined ? NO_DATA[language] : figureWithInterval(figure, language);
}

function unknownRow(b: Breakdown, columns: number, language: ReportLanguage): string[] {
  const count = b.unknown === null ? SUPPRESSED[language] : groupThousands(b.unknown);
  return [W.notRecorded[language], count, ...Array.from({ length: columns - 2 }, () => '')];
}

function breakdownTable(
  key: EquityBreakdown,
  b: Breakdown,
  titleOf: TitleOf,
  language: ReportLanguage,
): DocumentBlock {
  const l = language;
  const uptake = key === 'practice';
  const header = [
    W.group[l],
    W.requests[l],
    titleOf('dna-rate'),
    titleOf('improved-main-measure'),
    ...(uptake ? [titleOf('uptake-per-1000')] : []),
  ];
  const rows = b.rows.map((row) => [
    groupLabel(key, row, l),
    cell(figureIn(row, 'requests'), l),
    cell(figureIn(row, 'dna-rate'), l),
    cell(figureIn(row, 'improved-main-measure'), l),
    ...(uptake ? [cell(figureIn(row, 'uptake-per-1000'), l)] : []),
  ]);
  return {
    kind: 'table',
    caption: BREAKDOWN_TITLES[key][l],
    header,
    rows: [...rows, unknownRow(b, header.length, l)],
    widths: uptake ? [1.5, 0.9, 1.3, 1.3, 1.3] : [1.6, 0.9, 1.3, 1.3],
    compact: uptake,
    note: W.disclosureNoteTable[l],
  };
}

/** One sentence on a chart's bars: the highest and lowest shown, and how many are not shown. */
export function chartSummary(
  title: string,
  bars: readonly ChartBar[],
  language: ReportLanguage,
): string {
  const shown = bars.filter((b): b is ChartBar & { value: number } => b.value !== null);
  const describe = (b: ChartBar) => `${b.label} (${b.text})`;
  const sorted = [...shown].sort((a, b) => b.value - a.value);
  const high = sorted[0];
  const low = sorted.at(-1);
  const main =
    high === undefined || low === undefined
      ? SUMMARY.none(title)
      : high === low
        ? SUMMARY.one(title, describe(high))
        : SUMMARY.range(title, describe(high), describe(low));
  const hidden = bars.length - shown.length;
  const tail = hidden > 0 && shown.length > 0 ? SUMMARY.hidden(hidden, bars.length)[language] : '';
  return main[language] + tail;
}

const AXIS: Readonly<Record<'dna-rate' | 'improved-main-measure', LocalisedText>> = {
  'dna-rate': { en: '% of appointments', cy: '% o apwyntiadau' },
  'improved-main-measure': {
    en: '% of discharged episodes with a paired main measure',
    cy: '% o gyfnodau a ryddhawyd gyda phrif fesur wedi’i baru',
  },
};

const BY_QUINTILE = { en: 'by deprivation quintile', cy: 'yn ôl cwintel amddifadedd' } as const;

/** A rate by quintile: its chart, the table of the same numbers and a one-sentence summary. */
function quintileChart(
  b: Breakdown,
  key: 'dna-rate' | 'improved-main-measure',
  titleOf: TitleOf,
  language: ReportLanguage,
): DocumentBlock[] {
  const l = language;
  const title = `${titleOf(key)}, ${BY_QUINTILE[l]}`;
  const rows = b.rows.map((row) => ({
    label: groupLabel('imd-quintile', row, l),
    f: figureIn(row, key),
  }));
  const bars: ChartBar[] = rows.map(({ label, f }) => ({
    label,
    value: f === undefined || f.suppressed || f.value === null ? null : f.value * 100,
    text: f === undefined ? NO_DATA[l] : figureValue(f, l),
  }));
  return [
    {
      kind: 'chart',
      title,
      layout: 'bars',
      bars,
      max: niceMax(Math.max(0, ...bars.map((b) => b.value ?? 0))),
      axisLabel: AXIS[key][l],
    },
    {
      kind: 'table',
      header: [W.group[l], W.rate[l], W.interval[l], W.basedOn[l]],
      rows: rows.map(({ label, f }) =>
        f === undefined
          ? [label, NO_DATA[l], '', '']
          : [label, figureValue(f, l), figureInterval(f, l), figureBasis(f, l)],
      ),
      widths: [1.6, 1, 1.4, 1],
      note: W.disclosureNoteTable[l],
    },
    { kind: 'paragraph', text: chartSummary(title, bars, l) },
  ];
}

function points(f: Figure, language: ReportLanguage): string {
  if (f.suppressed) return SUPPRESSED[language];
  if (f.value === null) return NO_DATA[language];
  const v = (x: number) => formatNumber(x * 100, 1);
  const to = language === 'en' ? 'to' : 'i';
  const interval =
    f.lower === null || f.upper === null ? '' : ` (${v(f.lower)} ${to} ${v(f.upper)})`;
  return `${v(f.value)} ${W.percentagePoints[language]}${interval}`;
}

function gradientTable(
  dashboard: EvidenceDashboard,
  titleOf: TitleOf,
  language: ReportLanguage,
): DocumentBlock {
  const l = language;
  return {
    kind: 'table',
    caption: W.gradients[l],
    header: [W.rate[l], W.sii[l], W.rii[l], W.basedOn[l]],
    rows: dashboard.inequality.map((i) => [
      titleOf(i.key),
      points(i.sii, l),
      figureWithInterval(i.rii, l),
      i.sii.denominator === null ? '' : groupThousands(i.sii.denominator),
    ]),
    widths: [1.3, 1.6, 1.4, 0.8],
    emptyText: l === 'en' ? 'No gradient was computed.' : 'Ni chyfrifwyd graddiant.',
    note: W.gradientNote[l],
  };
}

/** The equity section's blocks. */
export function equityBlocks(
  dashboard: EvidenceDashboard,
  titleOf: TitleOf,
  language: ReportLanguage,
): DocumentBlock[] {
  const l = language;
  const quintiles = dashboard.breakdowns.find((b) => b.key === 'imd-quintile');
  const index = quintiles?.index ?? null;
  const blocks: DocumentBlock[] = [
    { kind: 'pageBreak' },
    { kind: 'heading', text: `7. ${SECTION_TITLES.equity[l]}` },
    {
      kind: 'paragraph',
      text:
        index === null
          ? EQUITY_INTRO.noIndex[l]
          : EQUITY_INTRO.withIndex(DEPRIVATION_INDEX_NAMES[index][l])[l],
    },
  ];
  for (const key of EQUITY_BREAKDOWNS) {
    const b = dashboard.breakdowns.find((x) => x.key === key);
    if (b === undefined) continue;
    if (key === 'imd-quintile') {
      if (index === null) continue;
      blocks.push(
        { kind: 'heading', text: BREAKDOWN_TITLES[key][l] },
        ...quintileChart(b, 'dna-rate', titleOf, l),
        ...quintileChart(b, 'improved-main-measure', titleOf, l),
        gradientTable(dashboard, titleOf, l),
        {
          kind: 'table',
          caption: `${W.requests[l]}, ${BY_QUINTILE[l]}`,
          header: [W.group[l], W.requests[l]],
          rows: [
            ...b.rows.map((row) => [groupLabel(key, row, l), cell(figureIn(row, 'requests'), l)]),
            unknownRow(b, 2, l),
          ],
          widths: [2, 1],
          note: W.disclosureNoteTable[l],
        },
      );
      continue;
    }
    blocks.push(breakdownTable(key, b, titleOf, l));
  }
  return blocks;
}
