import { describe, expect, it } from 'vitest';
import type {
  PlanningOverviewBody,
  ProjectionResultBody,
} from '../contracts/planning-projection.js';
import type { StaffingNorm, StaffingNormFiguresBody } from '../contracts/staffing-norm.js';
import { SERIES, type SeriesKey } from '../planning/waiting-list-simulation.js';
import {
  documentToPlainText,
  type ChartBlock,
  type ClinicalDocument,
  type TableBlock,
} from './document-model.js';
import { composeWorkforcePlan, type WorkforcePlanInput } from './workforce-plan.js';
import { tableWeeks, workforceText } from './workforce-plan-projections.js';

const RIVERSIDE = '11111111-1111-4111-8111-111111111111';
const HILLTOP = '22222222-2222-4222-8222-222222222222';
const GONE = '99999999-9999-4999-8999-999999999999';

const figures = (o: Partial<StaffingNormFiguresBody>): StaffingNormFiguresBody => ({
  practices: 1,
  unknownListSize: 0,
  listSize: null,
  sessionsDelivered: 0,
  sessionsNeeded: null,
  gapSessions: null,
  gapWte: null,
  practicesMeetingNorm: 0,
  practicesWithSessions: 0,
  ...o,
});

function makeNorm(): StaffingNorm {
  const riverside = figures({
    listSize: 12000,
    sessionsDelivered: 1,
    sessionsNeeded: 2.4,
    gapSessions: 1.4,
    gapWte: 0.14,
    practicesWithSessions: 1,
  });
  const hilltop = figures({ unknownListSize: 1, sessionsDelivered: 2, practicesWithSessions: 1 });
  const totals = figures({
    practices: 2,
    unknownListSize: 1,
    listSize: 12000,
    sessionsDelivered: 3,
    sessionsNeeded: 2.4,
    gapSessions: 1.4,
    gapWte: 0.14,
    practicesWithSessions: 2,
  });
  return {
    today: '2025-11-28',
    norm: {
      populationPerSession: 5000,
      isDefault: true,
      defaultPopulationPerSession: 5000,
      sessionsPerWte: 10,
      citation: 'Royal College of Occupational Therapists, response to the inquiry (seed 000)',
      quote: 'One session per 5000 population.',
    },
    serviceName: 'North Trafford OT service',
    pcns: [
      {
        pcnId: '33333333-3333-4333-8333-333333333333',
        pcnName: 'North Trafford PCN',
        practices: [
          { ...riverside, organisationId: RIVERSIDE, name: 'Riverside Surgery', odsCode: 'P1' },
          { ...hilltop, organisationId: HILLTOP, name: 'Hilltop Medical Centre', odsCode: 'P2' },
        ],
        totals,
      },
    ],
    service: totals,
    sessionsNotAtPractice: 0.5,
  };
}

const record = (value: number, n: number) => ({ value, source: 'record' as const, n });
const demo = (value: number) => ({ value, source: 'default' as const, n: 0 });

function makeOverview(o: Partial<PlanningOverviewBody> = {}): PlanningOverviewBody {
  return {
    today: '2025-11-28',
    from: '2025-11-10',
    to: '2025-11-28',
    targetWeeks: 6,
    factor: 4,
    disclosureControlled: true,
    queueing: [
      {
        pathway: null,
        tier: null,
        joined: 60,
        booked: 45,
        withdrawn: 0,
        demandPerWeek: 22.5,
        cvDemand: 1,
        capacityPerWeek: 18,
        cvCapacity: 1,
        waiting: 40,
        meanWaitWeeks: 3,
        figures: {
          load: 1.25,
          loadTooBig: true,
          targetMeanWait: 1.5,
          targetQueueSize: 33.75,
          queueTooBig: false,
          targetCapacity: 23.83,
          reliefCapacity: null,
          pressure: 1,
        },
        suppressed: false,
      },
      {
        pathway: 'memory',
        tier: 'individualised',
        joined: null,
        booked: null,
        withdrawn: 0,
        demandPerWeek: null,
        cvDemand: null,
        capacityPerWeek: null,
        cvCapacity: null,
        waiting: null,
        meanWaitWeeks: null,
        figures: null,
        suppressed: true,
      },
      {
        pathway: 'work',
        tier: 'targeted',
        joined: 10,
        booked: 0,
        withdrawn: 0,
        demandPerWeek: 3.7,
        cvDemand: 1.1,
        capacityPerWeek: 0,
        cvCapacity: null,
        waiting: 10,
        meanWaitWeeks: 1,
        figures: null,
        suppressed: false,
      },
    ],
    weeks: [
      { weekStart: '2025-11-10', joined: 20, booked: 15, slots: 22, slotsBooked: 20 },
      { weekStart: '2025-11-17', joined: null, booked: 15, slots: 22, slotsBooked: 20 },
      { weekStart: '2025-11-24', joined: 25, booked: 15, slots: 18, slotsBooked: 15 },
    ],
    baseline: {
      start: '2025-12-01',
      slotsPerWeek: 21.5,
      sessionsPerWeek: 5,
      slotsPerSession: 4.3,
      waitingNow: null,
      assumptions: {
        didNotAttend: record(0.085, 412),
        lateCancellation: record(0.06, 412),
        rebookAfterDidNotAttend: demo(0.7),
        withdrawPerWeek: record(0.0125, 300),
        meanSessions: demo(3),
        daysBetweenSessions: record(10, 35),
        demandPerWeek: record(22.5, 60),
      },
    },
    ...o,
  };
}

const WEEKS = 8;
/** A projection of 8 weeks: list size p50 100, 104, … 128 (then 130 at week 8). */
function makeResult(o: Partial<ProjectionResultBody> = {}): ProjectionResultBody {
  const flat = (v: number) => Array.from({ length: WEEKS }, () => v);
  const band = (p10: (number | null)[], p50: (number | null)[], p90: (number | null)[]) => ({
    p10,
    p50,
    p90,
  });
  const list = Array.from({ length: WEEKS }, (_, i) => (i === WEEKS - 1 ? 130 : 100 + 4 * i));
  const percentiles = Object.fromEntries(
    SERIES.map((k) => [k, band(flat(0), flat(0), flat(0))]),
  ) as Record<SeriesKey, ReturnType<typeof band>>;
  percentiles.listSize = band(
    list.map((v) => v - 20),
    list,
    list.map((v) => v + 22),
  );
  percentiles.longestWaitWeeks = band(flat(5), flat(7), flat(9));
  // Six weeks at 0.8, a week nobody was seen, the last at 0.9: mean (6 × 0.8 + 0.9) / 7.
  percentiles.seenWithinTarget = band(flat(0.7), [...flat(0.8).slice(0, 6), null, 0.9], flat(1));
  return {
    start: '2025-12-01',
    seed: 'everyday',
    weeks: WEEKS,
    targetWeeks: 6,
    runsRequested: 1000,
    runs: 1000,
    stopped: false,
    slotsPerWeek: 21.5,
    percentiles,
    workforce: null,
    vacancyRisk: null,
    ...o,
  };
}

function makeInput(o: Partial<WorkforcePlanInput> = {}): WorkforcePlanInput {
  return {
    overview: makeOverview(),
    norm: makeNorm(),
    projections: [
      { name: null, changes: [], result: makeResult() },
      {
        name: 'Two more sessions',
        changes: [
          {
            kind: 'sessions',
            sessionsPerWeek: 2,
            fromWeek: 4,
            practiceId: RIVERSIDE,
            pathway: 'memory',
          },
          { kind: 'sessions', sessionsPerWeek: -1, fromWeek: 0, practiceId: GONE, pathway: null },
          { kind: 'new_ot', wte: 0.5, leadTimeWeeks: 12, vacancyRisk: 0.2, practiceId: null },
          { kind: 'demand', percent: -5, pathway: null },
          {
            kind: 'tiered',
            groupShare: 0.3,
            selfHelpShare: 0.2,
            groupPlaces: 8,
            groupEveryWeeks: 4,
            pathway: 'mental_health',
          },
          { kind: 'dna_reduction', relativeReduction: 0.25 },
        ],
        result: makeResult({
          stopped: true,
          runs: 400,
          vacancyRisk: 0.2,
          workforce: {
            target: { withinWeeks: 6, share: 0.9 },
            extraSessionsPerWeek: 3,
            extraWte: 0.3,
            achievedShare: 0.91,
            tried: [
              { extraSessionsPerWeek: 0, share: 0.82 },
              { extraSessionsPerWeek: 4, share: 0.93 },
              { extraSessionsPerWeek: 3, share: 0.91 },
            ],
            maxTried: 40,
          },
        }),
      },
    ],
    service: { name: 'North Trafford OT service', demo: false },
    language: 'en',
    producedOn: '2025-11-28',
    ...o,
  };
}

const headings = (doc: ClinicalDocument) =>
  doc.blocks.flatMap((b) => (b.kind === 'heading' ? [b.text] : []));
const tables = (doc: ClinicalDocument) =>
  doc.blocks.filter((b): b is TableBlock => b.kind === 'table');
const rowOf = (doc: ClinicalDocument, first: string) =>
  tables(doc)
    .flatMap((t) => t.rows)
    .find((r) => r[0] === first);

describe('composeWorkforcePlan (issue 13 item 6)', () => {
  it('has the title, the service, the date produced and every section in order', () => {
    const doc = composeWorkforcePlan(makeInput());
    expect(doc.title).toBe('Workforce plan');
    expect(doc.subtitle).toBe('North Trafford OT service');
    expect(doc.language).toBe('en');
    expect(doc.meta).toEqual([
      { label: 'Produced:', value: '28 November 2025' },
      { label: 'Figures from the record:', value: '10 November 2025 to 28 November 2025' },
      { label: 'Projections start:', value: '1 December 2025' },
      { label: 'Target wait:', value: '6 weeks' },
    ]);
    expect(headings(doc)).toEqual([
      'Contents',
      '1. Summary',
      '2. The staffing norm',
      '3. Demand against capacity',
      '4. The waiting list’s queueing figures',
      '5. The projections',
      '5.1 Baseline',
      '5.2 Two more sessions',
      '6. What the projections assumed, and their limits',
      'The projections’ limits',
    ]);
    expect(doc.footer).toBe(
      'North Trafford OT service, 28 November 2025. Figures under disclosure control.',
    );
    expect(documentToPlainText(doc)).not.toContain('Synthetic data');
  });

  it('says on its first page that the demo’s people and activity are synthetic', () => {
    const doc = composeWorkforcePlan(makeInput({ service: { name: 'Demo', demo: true } }));
    expect(doc.blocks[0]).toEqual({
      kind: 'paragraph',
      strong: true,
      text: 'Synthetic data: this workforce plan comes from Everyday’s demonstration service. The people and activity in it are synthetic; it describes no real person or service.',
    });
  });

  it('summarises each projection at its last week, with the workforce its target needs', () => {
    const doc = composeWorkforcePlan(makeInput());
    const summary = tables(doc)[0];
    expect(summary?.header).toEqual([
      'Projection',
      'List size at week 8: median (10th to 90th percentile)',
      'Longest wait at week 8 in weeks: median (10th to 90th percentile)',
      'Seen within the target over the final 8 weeks (median run)',
      'Workforce needed for the target',
    ]);
    // The share: the median run's weeks, nobody seen in one: (6 × 0.8 + 0.9) / 7 = 0.8143.
    expect(summary?.rows).toEqual([
      ['Baseline', '130 (110 to 152)', '7.0 (5.0 to 9.0)', '81.4%', 'No target set'],
      [
        'Two more sessions',
        '130 (110 to 152)',
        '7.0 (5.0 to 9.0)',
        '81.4%',
        '3 more sessions a week (0.30 WTE) for 90.0% seen within 6 weeks',
      ],
    ]);
    expect(rowOf(doc, 'Workforce needed')?.[1]).toContain('fewest extra sessions a week');
  });

  it('words a target not met and one already met', () => {
    const target = { withinWeeks: 1, share: 0.95 };
    const workforce = {
      target,
      extraSessionsPerWeek: null,
      extraWte: null,
      achievedShare: 0.875,
      tried: [],
      maxTried: 40,
    };
    expect(workforceText(makeResult({ workforce }), 'en')).toBe(
      '95.0% seen within 1 week not met even with 40 more sessions a week (it reached 87.5%)',
    );
    expect(
      workforceText(
        makeResult({ workforce: { ...workforce, extraSessionsPerWeek: 0, extraWte: 0 } }),
        'en',
      ),
    ).toBe('No more sessions needed: the projection already meets 95.0% seen within 1 week');
  });

  it('sets out the staffing norm: service totals, each practice, the norm and its source', () => {
    const doc = composeWorkforcePlan(makeInput());
    expect(rowOf(doc, 'Riverside Surgery')).toEqual([
      'Riverside Surgery',
      '12,000',
      '1.00',
      '2.40',
      '1.40',
      '0.14',
    ]);
    expect(rowOf(doc, 'Hilltop Medical Centre')).toEqual([
      'Hilltop Medical Centre',
      'Unknown',
      '2.00',
      'Unknown',
      'Unknown',
      'Unknown',
    ]);
    expect(rowOf(doc, 'Total for North Trafford PCN')?.[5]).toBe('0.14');
    const text = documentToPlainText(doc);
    const service = tables(doc).find((t) => t.caption === 'The service’s totals');
    expect(service?.rows.find((r) => r[0] === 'Gap (WTE)')).toEqual(['Gap (WTE)', '0.14']);
    expect(service?.rows.at(-1)?.[1]).toBe('0.50');
    expect(text).toContain(
      'The norm used: at least one advanced occupational therapist session a week per 5,000 registered population at each practice.',
    );
    expect(text).toContain(
      'Source: Royal College of Occupational Therapists, response to the inquiry: “One session per 5000 population.”',
    );
    expect(text).not.toContain('seed 000');
  });

  it('shows suppressed counts as suppressed, and says the figures are controlled', () => {
    const doc = composeWorkforcePlan(makeInput());
    expect(rowOf(doc, '17 November 2025')).toEqual([
      '17 November 2025',
      'suppressed',
      '15',
      '22',
      '20',
    ]);
    expect(rowOf(doc, 'Memory and cognition, individualised')).toEqual([
      'Memory and cognition, individualised',
      ...Array<string>(7).fill('suppressed'),
    ]);
    const text = documentToPlainText(doc);
    expect(text).toContain('Waiting when the projections start: suppressed.');
    expect(text).toContain('No total of people joining or booked is given');
    expect(text).toContain('a count of 1 to 7 is shown as suppressed');
    const chart = doc.blocks.find(
      (b): b is ChartBlock => b.kind === 'chart' && b.title.startsWith('People joining'),
    );
    expect(chart?.bars[1]).toEqual({ label: '17 November 2025', value: null, text: 'suppressed' });
  });

  it('says when the figures are exact rather than controlled, and totals the weeks', () => {
    const controlled = makeOverview();
    const overview = makeOverview({
      disclosureControlled: false,
      queueing: controlled.queueing.slice(0, 1),
      baseline: { ...controlled.baseline, waitingNow: 40 },
      weeks: [{ weekStart: '2025-11-10', joined: 3, booked: 2, slots: 22, slotsBooked: 2 }],
    });
    const doc = composeWorkforcePlan(makeInput({ overview }));
    const text = documentToPlainText(doc);
    expect(doc.footer).toContain('Exact figures: apply the small-number rule');
    expect(text).toContain('These figures are exact, not under disclosure control');
    expect(text).toContain(
      'From 10 November 2025 to 28 November 2025: 3 joined the waiting list, 2 first appointments were booked, and the rota gave 22 one-to-one slots.',
    );
    expect(text).not.toContain('suppressed');
  });

  it('gives the live queueing figures per pathway and tier with their meaning', () => {
    const doc = composeWorkforcePlan(makeInput());
    expect(rowOf(doc, 'The whole waiting list')).toEqual([
      'The whole waiting list',
      '22.5',
      '18.0',
      '40',
      '1.25 (the list grows)',
      '33.8',
      '23.8 (target)',
      '1.00',
    ]);
    expect(rowOf(doc, 'Work and vocational rehabilitation, targeted')?.slice(4)).toEqual([
      'not worked out: nobody was booked',
      '',
      '',
      '',
    ]);
    expect(rowOf(doc, 'Waiting list pressure')?.[1]).toBe(
      'Twice the mean wait of those waiting, divided by the target wait. Above 1 the list is likely to miss its target.',
    );
    expect(rowOf(doc, 'Queue load')?.[2]).toContain('NHSRwaitinglist');
    expect(documentToPlainText(doc)).toContain(
      'Source: the waiting-list figures of NHS-R Community, NHSRwaitinglist (github.com/nhs-r-community/NHSRwaitinglist), as the package’s code and tests compute them.',
    );
  });

  it('describes each projection’s changes in words, naming practices from the norm', () => {
    const text = documentToPlainText(composeWorkforcePlan(makeInput()));
    for (const line of [
      '- 2 more sessions a week from week 5, at Riverside Surgery, for Memory and cognition.',
      '- 1 fewer session a week from the first week, at a practice no longer in the service, for every pathway.',
      '- A new OT at 0.50 WTE (5 sessions a week) from week 13, after a recruitment lead time of 12 weeks, with a 20.0% chance the post stays vacant; not tied to a practice.',
      '- Demand down 5.0% for every pathway.',
      '- Tiered model: 30.0% of routine referrals to a group and 20.0% to self-help, a group of 8 places every 4 weeks, for Mental health and wellbeing.',
      '- Fewer missed appointments: the did-not-attend rate 25.0% lower than the baseline’s (a relative reduction).',
      'No changes: the service as its record and rota stand.',
      'Vacancy risk: this projection assumes its new OT post is filled; there is a 20.0% chance it stays vacant, which is the baseline’s case.',
      'This projection was stopped early: it shows the 400 runs finished of the 1,000 asked for.',
      'Runs: 400 of 1,000 (stopped early)',
    ])
      expect(text).toContain(line);
  });

  it('charts the median list size each week and tables every fourth week', () => {
    const doc = composeWorkforcePlan(makeInput());
    const chart = doc.blocks.find(
      (b): b is ChartBlock => b.kind === 'chart' && b.title.startsWith('Baseline:'),
    );
    expect(chart?.bars).toHaveLength(WEEKS);
    expect(chart?.bars.at(-1)).toEqual({ label: 'Week 8', value: 130, text: '130' });
    const table = tables(doc).find((t) => t.caption === 'Baseline: every fourth week');
    expect(table?.rows).toEqual([
      ['Week 4 (to 28 December 2025)', '92', '112', '134', '7.0', '80.0%'],
      ['Week 8 (to 25 January 2026)', '110', '130', '152', '7.0', '90.0%'],
    ]);
    expect(documentToPlainText(doc)).toContain(
      'In the median run the list goes from 100 at the end of week 1 to 130 at the end of week 8; in 8 runs out of 10 it ends between 110 and 152.',
    );
    expect(tableWeeks(10)).toEqual([3, 7, 9]);
  });

  it('lists what the projections assumed and where each came from, and their limits', () => {
    const doc = composeWorkforcePlan(makeInput());
    expect(rowOf(doc, 'Appointments not attended')).toEqual([
      'Appointments not attended',
      '8.5%',
      'From the record (n 412)',
    ]);
    expect(rowOf(doc, 'Sessions in an episode of care, on average')).toEqual([
      'Sessions in an episode of care, on average',
      '3.0',
      'A demo default',
    ]);
    expect(rowOf(doc, 'People waiting who withdraw')?.[1]).toBe('1.25% a week');
    expect(rowOf(doc, 'Days between sessions')?.[1]).toBe('10 days');
    const text = documentToPlainText(doc);
    expect(text).toContain(
      'The rota gives 21.5 one-to-one slots a week: 5.0 sessions a week of about 4.3 slots each.',
    );
    expect(text).toContain('A demo default is an assumption for a demonstration');
    expect(text).toContain('One shared list.');
    expect(text).toContain('A model, not a forecast.');
    expect(text).toContain('in 8 runs out of 10 the figure fell between the 10th and the 90th');
  });

  it('writes the whole plan in Welsh, with no English heading or table header left', () => {
    const en = composeWorkforcePlan(makeInput());
    const doc = composeWorkforcePlan(makeInput({ language: 'cy' }));
    expect(doc.title).toBe('Cynllun gweithlu');
    expect(doc.language).toBe('cy');
    expect(headings(doc)).toEqual([
      'Cynnwys',
      '1. Crynodeb',
      '2. Y norm staffio',
      '3. Galw yn erbyn capasiti',
      '4. Ffigurau ciwio’r rhestr aros',
      '5. Y rhagamcanion',
      '5.1 Llinell sylfaen',
      '5.2 Two more sessions',
      '6. Beth a dybiodd y rhagamcanion, a’u cyfyngiadau',
      'Cyfyngiadau’r rhagamcanion',
    ]);
    expect(tables(doc)[0]?.rows[1]?.[4]).toBe(
      '3 sesiwn ychwanegol yr wythnos (0.30 WTE) ar gyfer 90.0% wedi’u gweld o fewn 6 wythnos',
    );
    expect(rowOf(doc, '17 Tachwedd 2025')?.[1]).toBe('wedi’i atal');
    const text = documentToPlainText(doc);
    expect(text).toContain(
      '- 2 sesiwn yn fwy yr wythnos o wythnos 5, yn Riverside Surgery, ar gyfer Cof a gwybyddiaeth.',
    );
    // No English heading, table header or caption is left (the scenario's own name is kept).
    const titles = (d: ClinicalDocument) => [
      ...headings(d),
      ...tables(d).flatMap((t) => t.header),
      ...tables(d).flatMap((t) => (t.caption === undefined ? [] : [t.caption])),
    ];
    const english = titles(en).filter((h) => !h.includes('Two more sessions'));
    expect(english.length).toBeGreaterThan(40);
    const welsh = titles(doc).join('\n');
    for (const words of english) expect(welsh).not.toContain(words);
    for (const words of ['suppressed', 'Unknown', 'Baseline', ' weeks', 'Source:', 'median'])
      expect(text).not.toContain(words);
  });
});
