import { describe, expect, it } from 'vitest';
import { costComparison } from '../evidence/costs.js';
import {
  hidden,
  makeEvidenceDashboard,
  makeServiceReportInput,
} from '../testing/service-report.js';
import {
  documentToPlainText,
  type ChartBlock,
  type ClinicalDocument,
  type DocumentBlock,
  type TableBlock,
} from './document-model.js';
import { composeServiceReport, UncontrolledFiguresError } from './service-report.js';
import { chartSummary } from './service-report-equity.js';
import {
  describePeriod,
  formatPounds,
  groupThousands,
  publicSource,
} from './service-report-format.js';

const tables = (doc: ClinicalDocument) =>
  doc.blocks.filter((b): b is TableBlock => b.kind === 'table');
const rowOf = (doc: ClinicalDocument, first: string) =>
  tables(doc)
    .flatMap((t) => t.rows)
    .find((r) => r[0] === first);
/** Blocks before the appendices (which define figures rather than report them). */
function reportBlocks(doc: ClinicalDocument, appendix: string): DocumentBlock[] {
  const at = doc.blocks.findIndex((b) => b.kind === 'heading' && b.text === appendix);
  return doc.blocks.slice(0, at);
}

describe('composeServiceReport (issue 12 item 3)', () => {
  it('opens with the service, the period named as a quarter, the date produced and the contents', () => {
    const doc = composeServiceReport(makeServiceReportInput());
    expect(doc.title).toBe('Service report');
    expect(doc.subtitle).toBe('North Trafford OT service');
    expect(doc.language).toBe('en');
    expect(doc.meta).toEqual([
      { label: 'Period:', value: 'Quarter 1 2025/26 (1 April 2025 to 30 June 2025)' },
      { label: 'Practice:', value: 'All practices' },
      { label: 'Pathway:', value: 'All pathways' },
      { label: 'Produced:', value: '1 July 2025' },
      { label: 'Records read:', value: '1 July 2025, 09:30' },
    ]);
    const text = documentToPlainText(doc);
    expect(text).toContain('1. Headline figures\n2. Access and waiting');
    expect(text).toContain('Appendix C: disclosure control');
    expect(text).not.toContain('Synthetic data');
    expect(doc.footer).toBe(
      'North Trafford OT service, 1 April 2025 to 30 June 2025. Figures under disclosure control.',
    );
    expect(doc.blocks.filter((b) => b.kind === 'heading').map((b) => b.text)).toEqual(
      expect.arrayContaining([
        '1. Headline figures',
        '2. Access and waiting',
        '3. Outcomes',
        '4. Work',
        '5. What was avoided and what it cost',
        '6. Experience',
        '7. Equity: who the service reached',
        'Appendix A: definitions of the figures',
        'Appendix B: methods',
      ]),
    );
  });

  it('says on the first page that the demo’s data are synthetic', () => {
    const doc = composeServiceReport(
      makeServiceReportInput({ service: { name: 'Demo', demo: true } }),
    );
    expect(doc.blocks[0]).toMatchObject({ kind: 'paragraph', strong: true });
    expect(documentToPlainText(doc)).toContain('Synthetic data: this report comes from');
  });

  it('writes the headline figures with their intervals and what they are based on', () => {
    const doc = composeServiceReport(makeServiceReportInput());
    expect(rowOf(doc, 'Requests received')).toEqual(['Requests received', '120', '', '']);
    expect(rowOf(doc, 'Did not attend')).toEqual([
      'Did not attend',
      '12.5%',
      '8.6% to 17.8%',
      '25 of 200',
    ]);
    expect(rowOf(doc, 'People asking for help per 1,000 registered')?.[1]).toBe('12.5 per 1,000');
    expect(rowOf(doc, 'Weeks from request to first appointment (median)')).toEqual([
      'Weeks from request to first appointment (median)',
      '3.1 weeks',
      '',
      'n = 90',
    ]);
  });

  it('shows a suppressed figure and a suppressed cell as suppressed', () => {
    const doc = composeServiceReport(makeServiceReportInput());
    expect(rowOf(doc, 'Days from first to second session (median)')?.[1]).toBe('suppressed');
    expect(rowOf(doc, 'Quintile 2')).toEqual(['Quintile 2', 'suppressed', '', '']);
    expect(rowOf(doc, 'Male')?.[1]).toBe('suppressed');
    const phq = rowOf(doc, 'PHQ-9 (depression)');
    expect(phq).toEqual([
      'PHQ-9 (depression)',
      '20',
      '10',
      '14.2 → 8.1',
      '-6.1 (-7.9 to -4.3)',
      '50.0%',
      'suppressed',
    ]);
    expect(rowOf(doc, 'EQ-5D-5L index (value set: England 2018)')?.slice(1, 4)).toEqual([
      'suppressed',
      '10',
      'suppressed',
    ]);
    expect(rowOf(doc, 'Sessions per discharged episode')).toEqual([
      'Sessions per discharged episode',
      '4.5',
      '3.9 to 5.1',
      'n = 40',
    ]);
    const gradient = rowOf(doc, 'Improved on the main measure');
    expect(gradient?.slice(1, 3)).toEqual(['suppressed', 'suppressed']);
  });

  it('states disclosure control beside every table of figures', () => {
    const doc = composeServiceReport(makeServiceReportInput());
    const figures = reportBlocks(doc, 'Appendix A: definitions of the figures').filter(
      (b): b is TableBlock => b.kind === 'table',
    );
    expect(figures.length).toBeGreaterThan(10);
    for (const t of figures) expect(t.note?.toLowerCase()).toContain('disclosure control');
    expect(documentToPlainText(doc)).toContain(
      'A count of 0 is shown as 0; a count from 1 to 7 is suppressed; every other count is rounded to the nearest 5',
    );
    expect(documentToPlainText(doc)).toContain(
      'Rule: NHS Digital small-number rule (HES and ECDS disclosure control, September 2018).',
    );
  });

  it('refuses figures that are not under disclosure control', () => {
    const dashboard = makeEvidenceDashboard({ disclosure: null });
    expect(() => composeServiceReport(makeServiceReportInput({ dashboard }))).toThrow(
      UncontrolledFiguresError,
    );
  });

  it('follows every chart with the table of its numbers and a one-sentence summary', () => {
    const doc = composeServiceReport(makeServiceReportInput());
    const charts = doc.blocks.flatMap((b, i) => (b.kind === 'chart' ? [i] : []));
    expect(charts).toHaveLength(3);
    for (const i of charts) {
      expect(doc.blocks[i + 1]?.kind).toBe('table');
      expect(doc.blocks[i + 2]?.kind).toBe('paragraph');
    }
    const dna = doc.blocks.find(
      (b): b is ChartBlock => b.kind === 'chart' && b.title.startsWith('Did not attend'),
    );
    expect(dna?.bars).toEqual([
      { label: 'Quintile 1 (most deprived)', value: 25, text: '25.0%' },
      { label: 'Quintile 2', value: null, text: 'suppressed' },
      { label: 'Quintile 5 (least deprived)', value: 10, text: '10.0%' },
    ]);
    expect(documentToPlainText(doc)).toContain(
      'Did not attend, by deprivation quintile: highest for Quintile 1 (most deprived) (25.0%) and lowest for Quintile 5 (least deprived) (10.0%). 1 of 3 groups are not shown (suppressed or no data).',
    );
    expect(documentToPlainText(doc)).toContain(
      'At the end of the first week 30 people were waiting for a first appointment and at the end of the last 25; the most in any week was 35, in the week beginning 7 April 2025.',
    );
  });

  it('compares costs at PSSRU 2020 unit costs with the range, method and assumptions', () => {
    const doc = composeServiceReport(makeServiceReportInput());
    // 40 discharged, 30 GP appointments recorded as avoided, 4.5 sessions each → 180 sessions.
    const c = costComparison({ people: 40, gpAppointmentsAvoided: 30, otContacts: 180 });
    expect(c.central.gpCostAvoided).toBe(848.24);
    expect(c.central.otCost).toBe(10800);
    expect(rowOf(doc, 'Central')).toEqual([
      'Central',
      '9.22',
      '30.00',
      '£848.24',
      '£10,800.00',
      '-£9,951.76',
      '-£248.79',
    ]);
    expect(rowOf(doc, 'Low (least favourable)')?.[1]).toBe('6.92');
    expect(rowOf(doc, 'High (most favourable)')?.[1]).toBe('11.53');
    const text = documentToPlainText(doc);
    expect(text).toContain(
      'GP patient contact (without qualification costs), £184 an hour (Unit Costs of Health and Social Care 2020, price year 2020)',
    );
    expect(text).toContain('GP time avoided = 30 GP appointments recorded as avoided');
    expect(text).toContain('not a measured count');
    expect(text).toContain('not money released from any budget');
    expect(text).not.toContain('seed 001');
    expect(rowOf(doc, COST_HEADLINE_EN)?.[1]).toBe('-£248.79');
  });

  it('shows no cost comparison when a figure it needs is suppressed', () => {
    const d = makeEvidenceDashboard();
    const dashboard = {
      ...d,
      sections: d.sections.map((s) => ({
        ...s,
        figures: s.figures.map((f) =>
          f.key === 'gp-appointments-avoided-count' ? hidden(f.key, 'count') : f,
        ),
      })),
    };
    const doc = composeServiceReport(makeServiceReportInput({ dashboard }));
    expect(rowOf(doc, 'Central')).toBeUndefined();
    expect(documentToPlainText(doc)).toContain('The cost comparison is not shown');
    expect(rowOf(doc, COST_HEADLINE_EN)?.[1]).toBe('not shown (section 5)');
  });

  it('writes the equity section: quintiles with the gradient, sex and practice uptake', () => {
    const doc = composeServiceReport(makeServiceReportInput());
    const text = documentToPlainText(doc);
    expect(text).toContain('the English Index of Multiple Deprivation 2019');
    expect(rowOf(doc, 'Did not attend')).toBeDefined();
    const gradient = tables(doc).find(
      (t) => t.caption === 'The gradient across deprivation quintiles',
    );
    expect(gradient?.rows[0]).toEqual([
      'Did not attend',
      '18.0 percentage points (2.0 to 34.0)',
      '1.20 (0.13 to 2.27)',
      '160',
    ]);
    expect(rowOf(doc, 'Riverside Surgery')?.[4]).toBe('12.5 per 1,000');
    expect(rowOf(doc, 'Female')?.slice(0, 2)).toEqual(['Female', '70']);
    expect(text).toContain('Not recorded | 10');
  });

  it('lists every figure’s definition and source and every method’s rule', () => {
    const doc = composeServiceReport(makeServiceReportInput());
    const definitions = tables(doc).find((t) => t.header[1] === 'What is counted');
    expect(definitions?.rows).toHaveLength(makeEvidenceDashboard().definitions.length);
    expect(rowOf(doc, 'Slope index of inequality')?.[1]).toContain('Weighted least squares');
    expect(definitions?.rows.find((r) => r[0] === 'Self-management support given')?.[2]).toBe(
      'Everyday’s records, read live (no summaries); I CAN evaluation. Method: Proportion with 95% confidence interval',
    );
  });

  it('writes the whole report in Welsh', () => {
    const doc = composeServiceReport(makeServiceReportInput({ language: 'cy' }));
    expect(doc.title).toBe('Adroddiad gwasanaeth');
    expect(doc.language).toBe('cy');
    expect(doc.meta[0]).toEqual({
      label: 'Cyfnod:',
      value: 'Chwarter 1 2025/26 (1 Ebrill 2025 i 30 Mehefin 2025)',
    });
    const text = documentToPlainText(doc);
    for (const heading of [
      '1. Prif ffigurau',
      '2. Mynediad ac aros',
      '3. Canlyniadau',
      '5. Yr hyn a osgowyd a’r gost',
      '7. Tegwch: pwy a gyrhaeddodd y gwasanaeth',
      'Atodiad A: diffiniadau’r ffigurau',
      'Atodiad C: rheoli datgelu',
    ])
      expect(text).toContain(heading);
    expect(rowOf(doc, 'Ceisiadau a gafwyd')).toEqual(['Ceisiadau a gafwyd', '120', '', '']);
    expect(rowOf(doc, 'Heb fynychu')).toEqual(['Heb fynychu', '12.5%', '8.6% i 17.8%', '25 o 200']);
    expect(rowOf(doc, 'Cwintel 2')).toEqual(['Cwintel 2', 'wedi’i atal', '', '']);
    expect(rowOf(doc, 'Canolog')?.[5]).toBe('-£9,951.76');
    expect(rowOf(doc, 'Mynegai llethr anghydraddoldeb')?.[1]).toContain(
      'Atchweliad sgwariau lleiaf',
    );
    expect(text).toContain('Rheoli datgelu: caiff cyfrifon o 1 i 7 eu hatal');
    expect(text).toContain('Mynegai Amddifadedd Lluosog Lloegr 2019');
    expect(text).toContain('Cofnodion Everyday, wedi’u darllen yn fyw (dim crynodebau)');
    expect(text).not.toContain('Everyday’s records');
    // No English heading, table header or statement is left in the Welsh report.
    for (const english of [
      'Headline figures',
      'Disclosure control:',
      'suppressed',
      'Based on',
      'What is counted',
      'Quintile',
      'Assumptions',
      ' an hour',
    ])
      expect(text).not.toContain(english);
  });
});

const COST_HEADLINE_EN =
  'Cost of GP time avoided less cost of OT time, per person (central estimate, section 5)';

describe('service report formatting', () => {
  it('names financial years, their quarters and calendar years, and gives the dates', () => {
    expect(describePeriod('2025-04-01', '2026-03-31', 'en')).toBe(
      'Financial year 2025/26 (1 April 2025 to 31 March 2026)',
    );
    expect(describePeriod('2026-01-01', '2026-03-31', 'en')).toBe(
      'Quarter 4 2025/26 (1 January 2026 to 31 March 2026)',
    );
    expect(describePeriod('2025-10-01', '2025-12-31', 'cy')).toBe(
      'Chwarter 3 2025/26 (1 Hydref 2025 i 31 Rhagfyr 2025)',
    );
    expect(describePeriod('2025-01-01', '2025-12-31', 'en')).toBe(
      'Calendar year 2025 (1 January 2025 to 31 December 2025)',
    );
    expect(describePeriod('2025-05-01', '2025-07-31', 'en')).toBe('1 May 2025 to 31 July 2025');
    expect(describePeriod('2025-04-02', '2025-06-30', 'en')).toBe('2 April 2025 to 30 June 2025');
  });

  it('writes pounds and thousands as a UK reader expects', () => {
    expect(formatPounds(-86.07)).toBe('-£86.07');
    expect(formatPounds(1234.5)).toBe('£1,234.50');
    expect(formatPounds(-0.001)).toBe('£0.00');
    expect(groupThousands(1234567)).toBe('1,234,567');
  });

  it('drops the project’s own seed references from printed sources', () => {
    expect(publicSource('Records; seed 001 (I CAN evaluation)')).toBe('Records; I CAN evaluation');
    expect(publicSource('RCOT, Roots of recovery (seed 001, ref. 47).')).toBe(
      'RCOT, Roots of recovery (ref. 47).',
    );
  });

  it('summarises a chart in one sentence, whatever is shown', () => {
    const bar = (label: string, value: number | null) => ({
      label,
      value,
      text: value === null ? 'suppressed' : `${String(value)}%`,
    });
    expect(chartSummary('Rate', [bar('A', 1), bar('B', 3)], 'en')).toBe(
      'Rate: highest for B (3%) and lowest for A (1%).',
    );
    expect(chartSummary('Rate', [bar('A', 1), bar('B', null)], 'en')).toBe(
      'Rate: only A (1%) could be shown. 1 of 2 groups are not shown (suppressed or no data).',
    );
    expect(chartSummary('Cyfradd', [bar('A', null)], 'cy')).toBe(
      'Cyfradd: ni ellid dangos unrhyw grŵp, oherwydd bod y niferoedd yn rhy fach i’w cyhoeddi neu na chyfrifwyd neb.',
    );
  });
});
