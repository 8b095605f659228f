/**
 * What every evidence figure counts, as data the impact dashboard shows and links to
 * (docs/evidence-definitions.md is the same list for people). Every metric function returns
 * its value together with one of these.
 */

export const METRIC_IDS = [
  'wilson-interval',
  'mean-ci',
  'median',
  'percentile-90',
  'within-weeks',
  'sii',
  'rii',
  'tt-caseness',
  'tt-recovery',
  'tt-reliable-improvement',
  'tt-reliable-deterioration',
  'tt-reliable-recovery',
  'paired-change',
  'reliable-change-index',
  'copm-important-change',
  'gas-achieved',
  'eq5d-paretian-change',
  'eq5d-index-change',
  'disclosure-control',
  'cost-comparison',
  'uptake-per-1000',
  'group-rate',
  'imd-quintile',
  'core20',
] as const;
export type MetricId = (typeof METRIC_IDS)[number];

export interface MetricDefinition {
  readonly id: MetricId;
  /** Title in English. */
  readonly title: string;
  /** Title in Welsh. */
  readonly titleCy: string;
  /** What is counted: numerator and denominator, in one plain sentence. */
  readonly definition: string;
  /** Where the method comes from. */
  readonly source: string;
  /** The exact rule or threshold applied. */
  readonly rule: string;
}

type Entry = Omit<MetricDefinition, 'id'>;

const ENTRIES: Readonly<Record<MetricId, Entry>> = {
  'wilson-interval': {
    title: 'Proportion with 95% confidence interval',
    titleCy: 'Cyfran gyda chyfwng hyder 95%',
    definition:
      'The number of people with the outcome divided by the number of people counted, with the range the true proportion probably lies in.',
    source:
      'Wilson EB. J Am Stat Assoc 1927;22:209–212; Newcombe RG. Stat Med 1998;17:857–872 (method 3).',
    rule: 'Wilson score interval without continuity correction, z = 1.959964; no interval when nobody is counted (n = 0).',
  },
  'mean-ci': {
    title: 'Mean with 95% confidence interval',
    titleCy: 'Cymedr gyda chyfwng hyder 95%',
    definition:
      'The sum of the values divided by the number of values, with the range the true mean probably lies in.',
    source:
      'Student (Gosset WS). Biometrika 1908;6:1–25; t quantiles by Hill GW, Commun ACM 1970;13:619–620.',
    rule: 'mean ± t(0.975, n − 1) × SD / √n, SD with divisor n − 1; no interval for fewer than two values.',
  },
  median: {
    title: 'Median',
    titleCy: 'Canolrif',
    definition: 'The middle value: half the values are at or below it.',
    source: 'Hyndman RJ, Fan Y. Am Stat 1996;50(4):361–365, definition 7.',
    rule: 'Linear interpolation between order statistics (type 7, as R quantile() and Excel PERCENTILE.INC) on individual values; NHS England RTT interpolates within weekly bands of grouped data instead, so small differences are expected.',
  },
  'percentile-90': {
    title: '90th percentile',
    titleCy: '90fed canradd',
    definition: 'The value that 90% of the values are at or below.',
    source: 'Hyndman RJ, Fan Y. Am Stat 1996;50(4):361–365, definition 7.',
    rule: 'Type 7 linear interpolation: h = (n − 1) × 0.9, between the ⌊h⌋-th and ⌈h⌉-th sorted values (0-based).',
  },
  'within-weeks': {
    title: 'Proportion seen within N weeks',
    titleCy: 'Cyfran a welwyd o fewn N wythnos',
    definition:
      'People whose wait was N weeks or less, divided by all people with a recorded wait.',
    source:
      'NHS England, Recording and reporting referral to treatment (RTT) waiting times, completed weeks convention.',
    rule: 'A wait of d days is within N weeks when d ≤ 7 × N; Wilson 95% interval.',
  },
  sii: {
    title: 'Slope index of inequality',
    titleCy: 'Mynegai llethr anghydraddoldeb',
    definition:
      'The modelled difference in rate between the most and least deprived ends of the population, using every deprivation group weighted by its population.',
    source:
      'Public Health Scotland / ScotPHO inequalities method (ScotPHO profiles tool, inequality_measures()); Low A, Low A. J Public Health 2004;26(2):187–191.',
    rule: 'Weighted least squares of group rate on the cumulative population midpoint rank (most deprived first, weights = population share); SII = −slope, so a higher rate among the more deprived is positive; 95% CI from the slope’s standard error with t on (groups − 2) degrees of freedom, as R lm() confint().',
  },
  rii: {
    title: 'Relative index of inequality',
    titleCy: 'Mynegai cymharol anghydraddoldeb',
    definition:
      'The slope index of inequality divided by the overall (population-weighted mean) rate.',
    source: 'Public Health Scotland / ScotPHO inequalities method (rii = sii / overall rate).',
    rule: 'RII = SII / mean rate; its CI is the SII CI divided by the same mean rate.',
  },
  'tt-caseness': {
    title: 'At caseness at first assessment',
    titleCy: 'Ar lefel achos yn yr asesiad cyntaf',
    definition:
      'Finished episodes with paired scores whose first PHQ-9 or first GAD-7 was at clinical level, divided by finished episodes with paired scores.',
    source:
      'NHS Talking Therapies for anxiety and depression manual (NHS England 2024) and NHS Digital, Psychological Therapies annual report technical output.',
    rule: 'Caseness: PHQ-9 ≥ 10 or GAD-7 ≥ 8. Finished: at least two attended treatment contacts. Paired: first and last score for both PHQ-9 and GAD-7.',
  },
  'tt-recovery': {
    title: 'Recovery rate',
    titleCy: 'Cyfradd adferiad',
    definition:
      'Episodes at caseness at first and below caseness on both measures at last, divided by finished episodes minus those not at caseness at first.',
    source:
      'NHS Talking Therapies manual; NHS Digital Psychological Therapies reports (e.g. June 2020: 27,884 / (57,060 − 3,200) = 51.8%).',
    rule: 'Recovered: caseness at first, and at last PHQ-9 < 10 and GAD-7 < 8.',
  },
  'tt-reliable-improvement': {
    title: 'Reliable improvement rate',
    titleCy: 'Cyfradd gwelliant dibynadwy',
    definition:
      'Finished episodes where PHQ-9 fell by 6 or more or GAD-7 fell by 4 or more, with neither measure reliably worse, divided by finished episodes.',
    source:
      'NHS Talking Therapies manual; NHS Digital Psychological Therapies reports (e.g. June 2020: 39,417 / 57,060 = 69.1%).',
    rule: 'Reliable change thresholds: PHQ-9 6 points, GAD-7 4 points.',
  },
  'tt-reliable-deterioration': {
    title: 'Reliable deterioration rate',
    titleCy: 'Cyfradd dirywiad dibynadwy',
    definition:
      'Finished episodes where PHQ-9 rose by 6 or more or GAD-7 rose by 4 or more, divided by finished episodes.',
    source: 'NHS Talking Therapies manual; NHS Digital Psychological Therapies reports.',
    rule: 'Deterioration on either measure: PHQ-9 last − first ≥ 6 or GAD-7 last − first ≥ 4.',
  },
  'tt-reliable-recovery': {
    title: 'Reliable recovery rate',
    titleCy: 'Cyfradd adferiad dibynadwy',
    definition:
      'Episodes that both recovered and reliably improved, divided by finished episodes minus those not at caseness at first.',
    source: 'NHS Talking Therapies manual; NHS Digital Psychological Therapies reports.',
    rule: 'Reliable recovery = recovery and reliable improvement in the same episode.',
  },
  'paired-change': {
    title: 'Mean change between first and last score',
    titleCy: 'Newid cymedrig rhwng y sgôr cyntaf a’r olaf',
    definition:
      'For people with both a first and a last score, the mean of last minus first, with a 95% interval; people missing either score are counted as missing, not as zero change.',
    source:
      'Student t interval for a paired mean difference (Altman DG, Practical Statistics for Medical Research, 1991, §9.6).',
    rule: 'change = last − first; mean ± t(0.975, n − 1) × SD / √n.',
  },
  'reliable-change-index': {
    title: 'Reliable change index',
    titleCy: 'Mynegai newid dibynadwy',
    definition: 'A person’s change divided by the change expected from measurement error alone.',
    source: 'Jacobson NS, Truax P. J Consult Clin Psychol 1991;59(1):12–19.',
    rule: 'RCI = (last − first) / (SD₁ × √2 × √(1 − r)); reliable when |RCI| > 1.96.',
  },
  'copm-important-change': {
    title: 'COPM clinically important change',
    titleCy: 'Newid clinigol bwysig COPM',
    definition:
      'People whose COPM performance and satisfaction scores each rose by 2 points or more, divided by people with two COPM assessments.',
    source:
      'Law M, et al. Canadian Occupational Performance Measure manual, 5th edn (COPM Inc., 2014); thecopm.ca FAQ.',
    rule: 'Important improvement: performance change ≥ 2 and satisfaction change ≥ 2 (2-dp scores).',
  },
  'gas-achieved': {
    title: 'Goals achieved as expected (GAS)',
    titleCy: 'Nodau wedi’u cyflawni fel y disgwyl (GAS)',
    definition:
      'People whose Goal Attainment Scaling T-score was 50 or more, divided by people with scored goals.',
    source:
      'Kiresuk TJ, Sherman RE. Community Ment Health J 1968;4:443–453; Turner-Stokes L. Clin Rehabil 2009;23:362–370.',
    rule: 'T ≥ 50 (ρ = 0.3) means goals were achieved as expected or better.',
  },
  'eq5d-paretian-change': {
    title: 'EQ-5D health change (Paretian classification)',
    titleCy: 'Newid iechyd EQ-5D (dosbarthiad Pareto)',
    definition:
      'Each person’s change in EQ-5D profile classed as better, worse, mixed or unchanged, counted over people with two profiles.',
    source: 'Devlin NJ, Parkin D, Browne J. Health Econ 2010;19(8):886–905.',
    rule: 'Better: at least one dimension better and none worse; worse: at least one worse and none better; mixed: some better and some worse; unchanged: all five the same.',
  },
  'eq5d-index-change': {
    title: 'EQ-5D index change',
    titleCy: 'Newid ym mynegai EQ-5D',
    definition: 'Last index minus first index, computed only when both use the same value set.',
    source: 'EuroQol EQ-5D-5L user guide (2019); NICE position statement on the EQ-5D-5L.',
    rule: 'Refused, with a reason, when the two indices come from different value sets.',
  },
  'disclosure-control': {
    title: 'Disclosure control',
    titleCy: 'Rheoli datgelu',
    definition:
      'Small counts in figures that leave the service are hidden and the rest rounded, so no person can be identified.',
    source:
      'NHS Digital, Disclosure control methodology for HES and ECDS (September 2018), the service small-number rule (access/disclosure-control.ts); secondary suppression added so a hidden count cannot be worked back from a shown total.',
    rule: '0 is shown as 0; 1–7 suppressed; others rounded to the nearest 5; where a shown total has exactly one suppressed cell, the next smallest cell is suppressed too, repeated until stable.',
  },
  'cost-comparison': {
    title: 'Cost comparison',
    titleCy: 'Cymharu costau',
    definition:
      'The cost of GP time avoided minus the cost of occupational therapist time used, in total and per person, at stated unit costs.',
    source:
      'Jones K, Burns A. Unit Costs of Health and Social Care 2020. PSSRU, University of Kent (as cited by RCOT, Roots of recovery).',
    rule: 'cost = hours × unit cost per hour; low / central / high from the stated ranges of minutes per appointment.',
  },
  'uptake-per-1000': {
    title: 'Uptake per 1,000 registered people',
    titleCy: 'Defnydd fesul 1,000 o bobl gofrestredig',
    definition:
      'People who used the service divided by people on the practice register, times 1,000.',
    source: 'Rate with Wilson interval (Newcombe 1998) scaled to 1,000.',
    rule: '1,000 × numerator / registered list; Wilson 95% interval scaled the same way.',
  },
  'group-rate': {
    title: 'Rate by group',
    titleCy: 'Cyfradd fesul grŵp',
    definition:
      'For each group (deprivation, age band, sex, ethnicity), the people with the outcome divided by the people in the group.',
    source: 'Wilson interval per group (Newcombe 1998).',
    rule: 'Rows with the same group key are summed before the rate is taken.',
  },
  'imd-quintile': {
    title: 'Deprivation quintile',
    titleCy: 'Cwintel amddifadedd',
    definition:
      'Deprivation decile grouped into fifths: deciles 1–2 are quintile 1 (most deprived).',
    source: 'MHCLG English Indices of Deprivation 2019; Welsh Government WIMD 2019.',
    rule: 'quintile = ⌈decile / 2⌉, within one index only: England IMD 2019 and Wales WIMD 2019 are never combined.',
  },
  core20: {
    title: 'Core20 (most deprived 20%)',
    titleCy: 'Core20 (yr 20% mwyaf difreintiedig)',
    definition: 'People living in the most deprived 20% of areas in England by IMD 2019.',
    source: 'NHS England, Core20PLUS5 approach to reducing healthcare inequalities (2021).',
    rule: 'IMD 2019 decile 1 or 2; Core20 is an England definition and is not applied to WIMD.',
  },
};

/** Every definition keyed by id. */
export const EVIDENCE_DEFINITIONS: Readonly<Record<MetricId, MetricDefinition>> =
  Object.fromEntries(METRIC_IDS.map((id) => [id, { id, ...ENTRIES[id] }])) as Record<
    MetricId,
    MetricDefinition
  >;

/** The definition of one metric. */
export function definitionOf(id: MetricId): MetricDefinition {
  return EVIDENCE_DEFINITIONS[id];
}
