/**
 * Test support: a hand-made evidence dashboard (the first quarter of 2025/26, as a lead sees it,
 * under disclosure control, with suppressed cells) and the service report's input, with
 * overrides, shared by the composition tests in core and the PDF tests in the server. Only tests
 * import it.
 */
import type { EvidenceDashboard, Figure } from '../contracts/evidence.js';
import { dashboardDefinitions } from '../evidence/dashboard-figures.js';
import type { ServiceReportInput } from '../documents/service-report.js';
import { OUTCOME_MEASURES } from '../record/record-view.js';

export const fig = (
  key: string,
  unit: Figure['unit'],
  value: number | null,
  o: Partial<Figure> = {},
): Figure => ({
  key,
  value,
  lower: null,
  upper: null,
  numerator: unit === 'count' ? value : null,
  denominator: null,
  unit,
  suppressed: false,
  ...o,
});
const rate = (key: string, n: number, d: number, lower: number, upper: number): Figure =>
  fig(key, 'proportion', n / d, { numerator: n, denominator: d, lower, upper });
export const hidden = (key: string, unit: Figure['unit']): Figure =>
  fig(key, unit, null, { suppressed: true, numerator: null });

/** A hand-made dashboard for the first quarter of 2025/26, as a lead sees it (controlled). */
export function makeEvidenceDashboard(
  overrides: Partial<EvidenceDashboard> = {},
): EvidenceDashboard {
  const quintile = (group: string, requests: Figure, dna: Figure, improved: Figure) => ({
    group,
    name: null,
    figures: [requests, dna, improved],
  });
  return {
    query: { from: '2025-04-01', to: '2025-06-30', practiceId: null, pathway: null },
    readAt: '2025-07-01T08:30:00.000Z',
    practices: [{ id: 'p1', name: 'Riverside Surgery' }],
    sections: [
      {
        key: 'access',
        figures: [
          fig('requests', 'count', 120),
          fig('uptake-per-1000', 'per1000', 12.5, {
            lower: 10.4,
            upper: 14.9,
            numerator: 115,
            denominator: 9200,
          }),
          fig('weeks-to-first-median', 'weeks', 3.1, { denominator: 90 }),
          rate('within-18-weeks', 85, 90, 0.877, 0.976),
          rate('dna-rate', 25, 200, 0.086, 0.178),
          fig('episodes-discharged', 'count', 40),
          fig('sessions-per-episode', 'count', 4.5, {
            numerator: null,
            denominator: 40,
            lower: 3.9,
            upper: 5.1,
          }),
          hidden('hidden-wait-median', 'days'),
        ],
      },
      { key: 'outcomes', figures: [rate('tt-recovery', 10, 20, 0.299, 0.701)] },
      { key: 'work', figures: [fig('health-work-reports', 'count', 0)] },
      {
        key: 'avoided',
        figures: [
          rate('gp-appointments-avoided', 20, 40, 0.352, 0.648),
          fig('gp-appointments-avoided-count', 'count', 30),
        ],
      },
      {
        key: 'experience',
        figures: [fig('prems-answered', 'count', 25), rate('prem-positive', 20, 25, 0.609, 0.911)],
      },
    ],
    outcomes: [
      {
        measure: 'phq9',
        qualifier: null,
        paired: 20,
        missing: 10,
        meanFirst: 14.2,
        meanLast: 8.1,
        change: fig('change-phq9', 'score', -6.1, { lower: -7.9, upper: -4.3, denominator: 20 }),
        reliablyImproved: rate('reliable-improvement-phq9', 10, 20, 0.299, 0.701),
        reliablyDeteriorated: hidden('reliable-deterioration-phq9', 'proportion'),
      },
      {
        measure: 'eq5d_index',
        qualifier: 'England 2018',
        paired: null,
        missing: 10,
        meanFirst: null,
        meanLast: null,
        change: hidden('change-eq5d_index', 'score'),
        reliablyImproved: null,
        reliablyDeteriorated: null,
      },
    ],
    breakdowns: [
      {
        key: 'imd-quintile',
        index: 'IMD2019',
        unknown: 10,
        rows: [
          quintile(
            '1',
            fig('requests', 'count', 40),
            rate('dna-rate', 15, 60, 0.158, 0.371),
            rate('improved-main-measure', 5 + 5, 20, 0.299, 0.701),
          ),
          quintile(
            '2',
            hidden('requests', 'count'),
            hidden('dna-rate', 'proportion'),
            hidden('improved-main-measure', 'proportion'),
          ),
          quintile(
            '5',
            fig('requests', 'count', 30),
            rate('dna-rate', 5 + 5, 100, 0.055, 0.174),
            rate('improved-main-measure', 10, 15, 0.417, 0.848),
          ),
        ],
      },
      {
        key: 'sex',
        index: null,
        unknown: null,
        rows: [
          { group: 'female', name: null, figures: [fig('requests', 'count', 70)] },
          { group: 'male', name: null, figures: [hidden('requests', 'count')] },
        ],
      },
      {
        key: 'practice',
        index: null,
        unknown: 0,
        rows: [
          {
            group: 'p1',
            name: 'Riverside Surgery',
            figures: [
              fig('requests', 'count', 120),
              fig('uptake-per-1000', 'per1000', 12.5, { numerator: 115, denominator: 9200 }),
            ],
          },
        ],
      },
    ],
    inequality: [
      {
        key: 'dna-rate',
        sii: fig('sii-dna-rate', 'proportion', 0.18, {
          lower: 0.02,
          upper: 0.34,
          denominator: 160,
        }),
        rii: fig('rii-dna-rate', 'score', 1.2, { lower: 0.13, upper: 2.27, denominator: 160 }),
      },
      {
        key: 'improved-main-measure',
        sii: hidden('sii-improved-main-measure', 'proportion'),
        rii: hidden('rii-improved-main-measure', 'score'),
      },
    ],
    trend: [
      {
        week: '2025-03-31',
        requests: 10,
        firstAppointments: 0,
        attended: 15,
        waiting: 30,
        longestWaitWeeks: 6,
      },
      {
        week: '2025-04-07',
        requests: null,
        firstAppointments: 10,
        attended: 20,
        waiting: 35,
        longestWaitWeeks: 7,
      },
      {
        week: '2025-04-14',
        requests: 15,
        firstAppointments: 10,
        attended: 20,
        waiting: 25,
        longestWaitWeeks: 5,
      },
    ],
    comments: null,
    definitions: dashboardDefinitions(OUTCOME_MEASURES),
    disclosure: {
      rule: 'NHS Digital small-number rule (HES and ECDS disclosure control, September 2018)',
      summary: 'Counts of 1 to 7 are suppressed; other counts are rounded to the nearest 5.',
      hidden: 12,
    },
    ...overrides,
  };
}

export function makeServiceReportInput(
  overrides: Partial<ServiceReportInput> = {},
): ServiceReportInput {
  return {
    dashboard: makeEvidenceDashboard(),
    service: { name: 'North Trafford OT service', demo: false },
    language: 'en',
    producedOn: '2025-07-01',
    ...overrides,
  };
}
