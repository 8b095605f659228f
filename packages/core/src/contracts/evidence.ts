/**
 * GET /api/evidence/dashboard (issue 12): what the service achieved, for whom, over a period, as
 * figures without anyone's details. The server composes it with core's evidence functions
 * (`evidence/dashboard.ts`); the web draws it and the service report prints it. Every figure
 * names its definition (`definitions`, by `key`), and carries its numerator and denominator so
 * nothing claims more than the records say.
 */
import { z } from 'zod';
import { PATHWAYS } from '../triage/triage-types.js';
import { isoDate } from './dates.js';

/** The filters a lead sets: a period (inclusive London dates), a practice and a pathway. */
export const ZEvidencePeriod = z.object({
  from: isoDate,
  to: isoDate,
  practiceId: z.uuid().optional(),
  pathway: z.enum(PATHWAYS).optional(),
});

const periodOrder = {
  path: ['to'],
  message: 'The end of the period is on or after its start',
  params: { code: 'period_order' },
};

/**
 * The dashboard's query: the period and filters, and optionally a comparison period (both ends
 * or neither; it ends before the period starts), whose headline figures come back as
 * `comparison` so the page can show "then → now".
 */
export const ZEvidenceQuery = ZEvidencePeriod.extend({
  compareFrom: isoDate.optional(),
  compareTo: isoDate.optional(),
})
  .refine((q) => q.from <= q.to, periodOrder)
  .superRefine((q, ctx) => {
    if ((q.compareFrom === undefined) !== (q.compareTo === undefined)) {
      ctx.addIssue({
        code: 'custom',
        path: [q.compareFrom === undefined ? 'compareFrom' : 'compareTo'],
        message: 'A comparison period needs both its start and its end',
        params: { code: 'required' },
      });
      return;
    }
    if (q.compareFrom === undefined || q.compareTo === undefined) return;
    if (q.compareFrom > q.compareTo) {
      ctx.addIssue({
        code: 'custom',
        path: ['compareTo'],
        message: 'The end of the comparison period is on or after its start',
        params: { code: 'period_order' },
      });
    } else if (q.compareTo >= q.from) {
      ctx.addIssue({
        code: 'custom',
        path: ['compareTo'],
        message: 'The comparison period ends before the period starts',
        params: { code: 'compare_before_period' },
      });
    }
  });
export type EvidenceQuery = z.infer<typeof ZEvidenceQuery>;

export const FIGURE_UNITS = [
  'count',
  'proportion',
  'days',
  'weeks',
  'score',
  'per1000',
  'gbp',
] as const;
export type FigureUnit = (typeof FIGURE_UNITS)[number];

/** One number on the dashboard. */
export const ZFigure = z.object({
  /** The definition's key in `definitions`. */
  key: z.string(),
  /** null when nobody was counted, or when the small-number rule suppressed it. */
  value: z.number().nullable(),
  /** The 95% confidence interval, where the figure has one. */
  lower: z.number().nullable(),
  upper: z.number().nullable(),
  /** What was counted (after disclosure control when it applied). */
  numerator: z.number().nullable(),
  denominator: z.number().nullable(),
  unit: z.enum(FIGURE_UNITS),
  /** True when disclosure control hid this figure or one it is made from. */
  suppressed: z.boolean(),
  /** A published figure to read this one against (contacts per OT-week: 32, seed 002). */
  benchmark: z.number().optional(),
});
export type Figure = z.infer<typeof ZFigure>;

export const ZLocalised = z.object({ en: z.string(), cy: z.string() });

export const ZFigureDefinition = z.object({
  key: z.string(),
  title: ZLocalised,
  /** What is counted, numerator and denominator, in plain words. */
  definition: ZLocalised,
  /** Where the method or threshold comes from. */
  source: z.string(),
  /** core's method (`evidence/definitions.ts`), when one applies. */
  method: z.string().nullable(),
});
export type FigureDefinition = z.infer<typeof ZFigureDefinition>;

export const EVIDENCE_SECTIONS = ['access', 'outcomes', 'work', 'avoided', 'experience'] as const;
export type EvidenceSection = (typeof EVIDENCE_SECTIONS)[number];

/** One instrument's paired first and last measurement in episodes discharged in the period. */
export const ZOutcomeRow = z.object({
  /** core's OutcomeMeasure (phq9, gad7, eq5d_index, work_ability, copm_performance, …). */
  measure: z.string(),
  /** The EQ-5D-5L value set, for the index (changes are never mixed across value sets). */
  qualifier: z.string().nullable(),
  paired: z.number().nullable(),
  /** Discharged episodes with a first measurement and no second. */
  missing: z.number().nullable(),
  meanFirst: z.number().nullable(),
  meanLast: z.number().nullable(),
  change: ZFigure,
  /** Share who improved reliably (national threshold or Jacobson–Truax), where defined. */
  reliablyImproved: ZFigure.nullable(),
  reliablyDeteriorated: ZFigure.nullable(),
});
export type OutcomeRow = z.infer<typeof ZOutcomeRow>;

export const BREAKDOWNS = [
  'imd-quintile',
  'core20',
  'age-band',
  'sex',
  'ethnicity',
  'practice',
  'route',
  'pathway',
  'channel',
  'imd-decile',
] as const;
export type BreakdownKey = (typeof BREAKDOWNS)[number];

export const ZBreakdownRow = z.object({
  /**
   * The group's code: a quintile '1'–'5', a decile '1'–'10', an age band '18-29', an NHS ethnic
   * category, a channel ('online', 'phone', 'desk', 'clinician_referral', or another system's
   * name), …
   */
  group: z.string(),
  /** A practice's name; the web labels other groups from its locale files. */
  name: z.string().nullable(),
  figures: z.array(ZFigure),
});

export const ZBreakdown = z.object({
  key: z.enum(BREAKDOWNS),
  /**
   * Which deprivation index the rows use (never mixed): England's IMD 2019 or WIMD 2019
   * (imd-quintile and imd-decile; core20 is England's only).
   */
  index: z.enum(['IMD2019', 'WIMD2019']).nullable(),
  rows: z.array(ZBreakdownRow),
  /** People with no recorded value for this breakdown (not stated, no postcode match, …). */
  unknown: z.number().nullable(),
});
export type Breakdown = z.infer<typeof ZBreakdown>;

/** The slope and relative index of inequality of a rate across deprivation quintiles. */
export const ZInequality = z.object({
  /** The figure key the gradient is of. */
  key: z.string(),
  sii: ZFigure,
  rii: ZFigure,
});

export const ZTrendPoint = z.object({
  /** Monday of the London week. */
  week: z.string(),
  requests: z.number().nullable(),
  firstAppointments: z.number().nullable(),
  attended: z.number().nullable(),
  /** People waiting for a first appointment at the week's end, and the longest wait in weeks. */
  waiting: z.number().nullable(),
  longestWaitWeeks: z.number().nullable(),
});
export type TrendPoint = z.infer<typeof ZTrendPoint>;

export const ZEvidenceDashboard = z.object({
  query: z.object({
    from: z.string(),
    to: z.string(),
    practiceId: z.string().nullable(),
    pathway: z.string().nullable(),
    compareFrom: z.string().nullable().optional(),
    compareTo: z.string().nullable().optional(),
  }),
  /** The service's records as read at this moment (no summaries: ADR 0019). */
  readAt: z.string(),
  /** The practices the caller may filter by. */
  practices: z.array(z.object({ id: z.string(), name: z.string() })),
  sections: z.array(z.object({ key: z.enum(EVIDENCE_SECTIONS), figures: z.array(ZFigure) })),
  outcomes: z.array(ZOutcomeRow),
  breakdowns: z.array(ZBreakdown),
  inequality: z.array(ZInequality),
  trend: z.array(ZTrendPoint),
  /** PREM and Friends and Family Test comments, for staff with patient access only. */
  comments: z.array(z.object({ on: z.string(), text: z.string() })).nullable(),
  definitions: z.array(ZFigureDefinition),
  /** The rule's name, a summary in English (for the CSV's header line), and how many figures it hid. */
  disclosure: z.object({ rule: z.string(), summary: z.string(), hidden: z.number() }).nullable(),
  /**
   * The headline sections for the comparison period, when one was asked for (same section and
   * figure keys, under the same disclosure control); null or absent otherwise.
   */
  comparison: z
    .object({
      from: z.string(),
      to: z.string(),
      sections: z.array(z.object({ key: z.enum(EVIDENCE_SECTIONS), figures: z.array(ZFigure) })),
    })
    .nullable()
    .optional(),
});
export type EvidenceDashboard = z.infer<typeof ZEvidenceDashboard>;

/**
 * The figures whose people an OT may list (GET /api/evidence/people, issue 12 item 2): each
 * person counted in the figure's numerator, so the list's length is the numerator as an OT sees
 * it. Requests received; appointments missed (did-not-attend rate); episodes discharged; those
 * improved on their main measure; those reliably improved on PHQ-9.
 */
export const PEOPLE_FIGURES = [
  'requests',
  'dna-rate',
  'episodes-discharged',
  'improved-main-measure',
  'reliable-improvement-phq9',
] as const;
export type PeopleFigure = (typeof PEOPLE_FIGURES)[number];

const GROUP_PATTERN = /^([a-z0-9-]+):(.+)$/;

/** A breakdown row as `<breakdown key>:<group code>` (`imd-quintile:1`), split; null if not one. */
export function parseFigureGroup(
  group: string,
): { readonly key: BreakdownKey; readonly code: string } | null {
  const m = GROUP_PATTERN.exec(group);
  const key = m?.[1];
  const code = m?.[2];
  if (key === undefined || code === undefined) return null;
  return (BREAKDOWNS as readonly string[]).includes(key)
    ? { key: key as BreakdownKey, code }
    : null;
}

/**
 * Which people behind a figure: the dashboard's period and filters, the figure, optionally one
 * breakdown row (`group=imd-quintile:1`) and, for a deprivation row, the index the breakdown
 * used (its `index`; otherwise the one most of the figure's people have).
 */
export const ZEvidencePeopleQuery = ZEvidencePeriod.extend({
  figure: z.enum(PEOPLE_FIGURES),
  group: z.string().optional(),
  index: z.enum(['IMD2019', 'WIMD2019']).optional(),
})
  .refine((q) => q.from <= q.to, periodOrder)
  .refine((q) => q.group === undefined || parseFigureGroup(q.group) !== null, {
    path: ['group'],
    message: 'A group is a breakdown key and a group code, such as imd-quintile:1',
    params: { code: 'invalid_value' },
  });
export type EvidencePeopleQuery = z.infer<typeof ZEvidencePeopleQuery>;

/** One person counted in a figure, with what they were counted for, so an OT can open it. */
export const ZEvidencePerson = z.object({
  personId: z.string(),
  name: z.string(),
  nhsNumber: z.string().nullable(),
  /** The request counted (requests received), or the episode's request. */
  requestId: z.string().nullable(),
  /** The episode counted (discharges, outcomes) or the missed appointment's episode. */
  episodeId: z.string().nullable(),
  /** The London date it was counted on: received, the missed appointment's day, discharged. */
  on: z.string(),
});
export type EvidencePerson = z.infer<typeof ZEvidencePerson>;

export const ZEvidencePeople = z.object({
  figure: z.enum(PEOPLE_FIGURES),
  query: z.object({
    from: z.string(),
    to: z.string(),
    practiceId: z.string().nullable(),
    pathway: z.string().nullable(),
    group: z.string().nullable(),
    index: z.enum(['IMD2019', 'WIMD2019']).nullable(),
  }),
  readAt: z.string(),
  /** One row per thing counted (a person with two missed appointments is listed twice). */
  people: z.array(ZEvidencePerson),
});
export type EvidencePeople = z.infer<typeof ZEvidencePeople>;
