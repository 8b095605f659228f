/**
 * One table of the evidence dashboard as CSV (issue 12 item 3), written through the server's one
 * CSV writer. The first line says what the table is, the period and when the records were read,
 * and whether the small-number rule was applied (it always is for a caller without patient
 * access, because the dashboard they were given already is); a suppressed figure is `*`.
 */
import type { EvidenceDashboard, Figure } from '@everyday/core';
import { toCsv } from '../http/csv.js';
import type { EvidenceTable } from './evidence.schema.js';

type Cell = string | number;

function shown(value: number | null, suppressed: boolean): Cell {
  if (value !== null) return value;
  return suppressed ? '*' : '';
}

const n = (value: number | null): Cell => shown(value, true);

function figureRow(f: Figure, titles: ReadonlyMap<string, string>) {
  return {
    key: f.key,
    title: titles.get(f.key) ?? '',
    value: shown(f.value, f.suppressed),
    lower: shown(f.lower, f.suppressed),
    upper: shown(f.upper, f.suppressed),
    numerator: shown(f.numerator, f.suppressed),
    denominator: shown(f.denominator, f.suppressed),
    unit: f.unit,
  };
}

const FIGURE_COLUMNS = [
  'key',
  'title',
  'value',
  'lower',
  'upper',
  'numerator',
  'denominator',
  'unit',
] as const;

function body(d: EvidenceDashboard, table: EvidenceTable): string {
  const titles = new Map(d.definitions.map((x) => [x.key, x.title.en]));
  const figure = (figures: readonly Figure[], key: string) => figures.find((f) => f.key === key);
  switch (table) {
    case 'access':
    case 'work':
    case 'avoided':
    case 'experience':
    case 'outcome-figures': {
      const key = table === 'outcome-figures' ? 'outcomes' : table;
      const figures = d.sections.find((s) => s.key === key)?.figures ?? [];
      return toCsv(
        figures.map((f) => figureRow(f, titles)),
        FIGURE_COLUMNS,
      );
    }
    case 'outcomes':
      return toCsv(
        d.outcomes.map((o) => ({
          measure: o.measure,
          value_set: o.qualifier ?? '',
          paired: n(o.paired),
          missing: n(o.missing),
          mean_first: shown(o.meanFirst, o.change.suppressed),
          mean_last: shown(o.meanLast, o.change.suppressed),
          mean_change: shown(o.change.value, o.change.suppressed),
          change_lower: shown(o.change.lower, o.change.suppressed),
          change_upper: shown(o.change.upper, o.change.suppressed),
          reliably_improved: o.reliablyImproved
            ? shown(o.reliablyImproved.value, o.reliablyImproved.suppressed)
            : '',
          reliably_deteriorated: o.reliablyDeteriorated
            ? shown(o.reliablyDeteriorated.value, o.reliablyDeteriorated.suppressed)
            : '',
        })),
        [
          'measure',
          'value_set',
          'paired',
          'missing',
          'mean_first',
          'mean_last',
          'mean_change',
          'change_lower',
          'change_upper',
          'reliably_improved',
          'reliably_deteriorated',
        ],
      );
    case 'inequality':
      return toCsv(
        d.inequality.map((i) => ({
          figure: i.key,
          sii: shown(i.sii.value, i.sii.suppressed),
          sii_lower: shown(i.sii.lower, i.sii.suppressed),
          sii_upper: shown(i.sii.upper, i.sii.suppressed),
          rii: shown(i.rii.value, i.rii.suppressed),
          rii_lower: shown(i.rii.lower, i.rii.suppressed),
          rii_upper: shown(i.rii.upper, i.rii.suppressed),
        })),
        ['figure', 'sii', 'sii_lower', 'sii_upper', 'rii', 'rii_lower', 'rii_upper'],
      );
    case 'trend':
      return toCsv(
        d.trend.map((t) => ({
          week: t.week,
          requests: n(t.requests),
          first_appointments: n(t.firstAppointments),
          attended: n(t.attended),
          waiting: n(t.waiting),
          longest_wait_weeks: n(t.longestWaitWeeks),
        })),
        ['week', 'requests', 'first_appointments', 'attended', 'waiting', 'longest_wait_weeks'],
      );
    case 'imd-quintile':
    case 'core20':
    case 'age-band':
    case 'sex':
    case 'ethnicity':
    case 'practice':
    case 'route':
    case 'pathway':
    case 'channel':
    case 'imd-decile': {
      const breakdown = d.breakdowns.find((b) => b.key === table);
      const rows = (breakdown?.rows ?? []).map((r) => {
        const requests = figure(r.figures, 'requests');
        const dna = figure(r.figures, 'dna-rate');
        const improved = figure(r.figures, 'improved-main-measure');
        const uptake = figure(r.figures, 'uptake-per-1000');
        return {
          group: r.group,
          name: r.name ?? '',
          requests: requests ? shown(requests.value, requests.suppressed) : '',
          dna_missed: dna ? shown(dna.numerator, dna.suppressed) : '',
          dna_kept: dna ? shown(dna.denominator, dna.suppressed) : '',
          dna_rate: dna ? shown(dna.value, dna.suppressed) : '',
          improved: improved ? shown(improved.numerator, improved.suppressed) : '',
          with_main_measure: improved ? shown(improved.denominator, improved.suppressed) : '',
          improved_rate: improved ? shown(improved.value, improved.suppressed) : '',
          uptake_per_1000: uptake ? shown(uptake.value, uptake.suppressed) : '',
        };
      });
      rows.push({
        group: 'unknown',
        name: '',
        requests: n(breakdown?.unknown ?? null),
        dna_missed: '',
        dna_kept: '',
        dna_rate: '',
        improved: '',
        with_main_measure: '',
        improved_rate: '',
        uptake_per_1000: '',
      });
      return toCsv(rows, [
        'group',
        'name',
        'requests',
        'dna_missed',
        'dna_kept',
        'dna_rate',
        'improved',
        'with_main_measure',
        'improved_rate',
        'uptake_per_1000',
      ]);
    }
  }
}

/** The CSV of one table, with its header line. */
export function evidenceCsv(d: EvidenceDashboard, table: EvidenceTable): string {
  const filters = [
    d.query.practiceId ? `practice ${d.query.practiceId}` : null,
    d.query.pathway ? `pathway ${d.query.pathway}` : null,
  ].filter((x) => x !== null);
  const control = d.disclosure
    ? `${d.disclosure.rule}: ${d.disclosure.summary} (* = suppressed)`
    : 'not applied: exact figures for staff with patient access; apply the small-number rule before sharing';
  const note = `# Everyday evidence, ${table}, ${d.query.from} to ${d.query.to}${filters.length > 0 ? ` (${filters.join(', ')})` : ''}, records read ${d.readAt}. Disclosure control ${control}`;
  return `${note.replace(/[\r\n]+/g, ' ')}\n${body(d, table)}`;
}
