/**
 * Test support: the triage scenarios written from the source documents' case studies and the
 * three superpowers (seeds 002, 003, 004), with the builders they use. Only tests import this.
 */
import type { RequestAnswers, Route } from '../front-door/answers.js';
import { ALSO_NOTED, triage } from '../triage/triage.js';
import type { TriageRuleSet } from '../triage/triage-rules.js';
import type { Pathway, Tier, TriageDecision, Urgency } from '../triage/triage-types.js';

export const TODAY = '2026-11-16';

/** A date of birth giving this age today. */
export const bornYearsAgo = (age: number) => `${2026 - age}-03-01`;

export type AnswerOverrides = Partial<RequestAnswers> & {
  /** Sets the date of birth; `null` means an unknown (blank) date of birth. */
  readonly age?: number | null;
};

/** A self-referral with sensible defaults: 50 years old, home and daily living, quite a lot. */
export function makeAnswers(overrides: AnswerOverrides = {}): RequestAnswers {
  const { age = 50, ...rest } = overrides;
  return {
    for: 'self',
    person: {
      givenName: 'Alex',
      familyName: 'Jones',
      dateOfBirth: age === null ? '' : bornYearsAgo(age),
      postcode: 'CW9 5AB',
    },
    contact: { phone: '07700900123', preferred: 'phone' },
    practiceId: crypto.randomUUID(),
    redFlags: [],
    areas: ['home_daily_living'],
    difficulties: 'Getting washed and dressed',
    since: '3_to_12_months',
    impact: 'quite_a_lot',
    goals: 'To manage on my own',
    access: { interpreter: false, needs: [] },
    ...rest,
  };
}

export const decide = (answers: RequestAnswers, route: Route = 'self', rules?: TriageRuleSet) =>
  triage({ answers, route, today: TODAY }, rules);

export const PARTS = ['pathway', 'urgency', 'tier'] as const;

export const isNoted = (text: string) => text.startsWith(ALSO_NOTED.en);
export const chosenPathwayRules = (d: TriageDecision) =>
  d.reasons.pathway.filter((r) => !isNoted(r.text.en)).map((r) => r.rule);
export const notedPathwayRules = (d: TriageDecision) =>
  d.reasons.pathway.filter((r) => isNoted(r.text.en)).map((r) => r.rule);

export interface Scenario {
  readonly name: string;
  readonly route?: Route;
  readonly given: AnswerOverrides;
  readonly expected: readonly [Pathway, Urgency, Tier];
  /** Rule ids that must be among the reasons: `pathway.*` for the chosen pathway, `urgency.*`
   * and `tier.*` for those parts of the decision. */
  readonly because: readonly string[];
  /** Pathway rules that voted for another pathway, shown to the OT as "Also noted". */
  readonly noted?: readonly string[];
}

export const SCENARIOS: readonly Scenario[] = [
  // --- Frail older adults: superpower 1 (seeds 002, 004) ---
  {
    name: '78-year-old with two falls, fear of going out, lives alone', // seed 002, 004 superpower 1
    given: {
      age: 78,
      areas: ['falls_mobility', 'home_daily_living'],
      fallsInLastYear: 'two_or_more',
      impact: 'a_lot',
      workStatus: 'retired',
      difficulties: 'Scared to go out since I fell twice; I live alone',
    },
    expected: ['frailty_falls', 'urgent', 'individualised'],
    because: [
      'pathway.falls-area',
      'pathway.falls-older-at-home',
      'pathway.repeat-falls',
      'urgency.repeat-falls-older',
      'tier.urgent',
      'tier.older-with-falls',
      'tier.recurrent-falls-older',
    ],
    noted: ['pathway.home'],
  },
  {
    name: '82-year-old with one fall who finds washing and dressing hard', // seed 002, 004 superpower 1
    given: { age: 82, areas: ['home_daily_living'], fallsInLastYear: 'one', since: 'over_1_year' },
    expected: ['frailty_falls', 'routine', 'individualised'],
    because: ['pathway.falls-older-at-home', 'urgency.routine', 'tier.older-with-falls'],
    noted: ['pathway.home'],
  },
  {
    name: '70-year-old worried about falling, no falls yet: falls prevention group', // seed 003 Birmingham targeted
    given: { age: 70, areas: ['falls_mobility'], fallsInLastYear: 'none', since: '1_to_3_months' },
    expected: ['frailty_falls', 'routine', 'targeted'],
    because: ['pathway.falls-area', 'urgency.routine', 'tier.group'],
  },
  {
    name: '68-year-old with two falls and only a little impact still gets a falls assessment', // seed 002, 004 superpower 1
    given: {
      age: 68,
      areas: ['falls_mobility'],
      fallsInLastYear: 'two_or_more',
      impact: 'a_little',
      since: 'over_1_year',
    },
    expected: ['frailty_falls', 'routine', 'individualised'],
    because: [
      'pathway.falls-area',
      'pathway.repeat-falls',
      'urgency.routine',
      'tier.recurrent-falls-older',
    ],
  },
  {
    name: '84-year-old invited by proactive case-finding, struggling at home', // seed 003 Brave AI, 004 frailty indexes
    route: 'system',
    given: { age: 84, areas: ['home_daily_living'], fallsInLastYear: 'none', impact: 'a_lot' },
    expected: ['frailty_falls', 'routine', 'individualised'],
    because: ['pathway.case-finding', 'urgency.routine', 'tier.high-impact'],
    noted: ['pathway.home'],
  },
  {
    name: '90-year-old who fell and hit their head', // DESIGN §2.2 red flag, seed 004 rapid crisis response
    given: {
      age: 90,
      redFlags: ['fall_injury'],
      areas: ['falls_mobility'],
      fallsInLastYear: 'two_or_more',
      impact: 'a_lot',
      since: 'under_4_weeks',
    },
    expected: ['frailty_falls', 'crisis', 'individualised'],
    because: ['pathway.fall-injury', 'pathway.falls-area', 'urgency.red-flag', 'tier.crisis'],
  },
  {
    name: 'navigator records an 80-year-old who could not get up after a fall, no area ticked', // seed 003 modern general practice (phone route)
    route: 'navigator',
    given: {
      age: 80,
      redFlags: ['fall_injury'],
      areas: [],
      fallsInLastYear: 'one',
      impact: 'cannot_do',
      since: 'under_4_weeks',
    },
    expected: ['frailty_falls', 'crisis', 'individualised'],
    because: ['pathway.fall-injury', 'urgency.red-flag', 'tier.crisis'],
  },
  {
    name: '66-year-old struggling at home with no falls', // seed 002 role of the PCN OT
    given: { age: 66, areas: ['home_daily_living'], fallsInLastYear: 'none', since: 'over_1_year' },
    expected: ['daily_living', 'routine', 'individualised'],
    because: ['pathway.home', 'urgency.routine', 'tier.no-group'],
  },
  {
    name: '45-year-old with MS fatigue, washing and dressing a lot harder', // seed 001 (multiple conditions, independence)
    given: { age: 45, areas: ['home_daily_living'], impact: 'a_lot', workStatus: 'not_working' },
    expected: ['daily_living', 'routine', 'individualised'],
    because: ['pathway.home', 'urgency.routine', 'tier.high-impact'],
  },
  {
    name: '52-year-old who cannot cook or dress since hand surgery two weeks ago', // seed 004 rapid crisis response
    given: {
      age: 52,
      areas: ['home_daily_living'],
      impact: 'cannot_do',
      since: 'under_4_weeks',
      workStatus: 'in_work',
    },
    expected: ['daily_living', 'urgent', 'individualised'],
    because: ['pathway.home', 'urgency.cannot-do-recent', 'tier.urgent', 'tier.high-impact'],
  },
  {
    name: '30-year-old with one fall who finds home life hard stays in daily living', // seed 002 role of the PCN OT
    given: { age: 30, areas: ['home_daily_living'], fallsInLastYear: 'one' },
    expected: ['daily_living', 'routine', 'individualised'],
    because: ['pathway.home', 'urgency.routine', 'tier.no-group'],
  },
  // --- Mental health and wellbeing: superpower 2 (seeds 001 I CAN, 002, 004) ---
  {
    name: 'university student struggling with anxiety on campus: anxiety management group', // seed 002 Melissa's caseload
    given: { age: 20, areas: ['mood_anxiety'], workStatus: 'not_working', since: '1_to_3_months' },
    expected: ['mental_health', 'routine', 'targeted'],
    because: ['pathway.mood', 'urgency.routine', 'tier.group'],
  },
  {
    name: '48-year-old with low mood since Covid, a lot of impact', // seed 002 post-Covid mental health
    given: { age: 48, areas: ['mood_anxiety'], impact: 'a_lot', since: 'over_1_year' },
    expected: ['mental_health', 'routine', 'individualised'],
    because: ['pathway.mood', 'urgency.routine', 'tier.high-impact'],
  },
  {
    name: '39-year-old with some anxiety: self-management resources', // seed 001 I CAN (self-management 76%)
    given: { age: 39, areas: ['mood_anxiety'], impact: 'a_little' },
    expected: ['mental_health', 'routine', 'universal'],
    because: ['pathway.mood', 'urgency.routine', 'tier.little-impact'],
  },
  {
    name: 'a little low for two weeks and nothing else: signposted', // seed 004 social prescribing, 003 Birmingham
    given: {
      areas: ['mood_anxiety'],
      impact: 'a_little',
      since: 'under_4_weeks',
      workStatus: 'in_work',
    },
    expected: ['signpost', 'routine', 'universal'],
    because: ['pathway.low-need', 'urgency.routine', 'tier.signpost', 'tier.little-impact'],
    noted: ['pathway.mood'],
  },
  {
    name: '27-year-old with thoughts of self-harm', // DESIGN §2.2, seed 002 risk assessment for acute distress
    given: { age: 27, redFlags: ['self_harm_thoughts'], areas: ['mood_anxiety'], impact: 'a_lot' },
    expected: ['mental_health', 'crisis', 'individualised'],
    because: ['pathway.self-harm', 'pathway.mood', 'urgency.red-flag', 'tier.crisis'],
  },
  {
    name: 'off sick with work problems and thoughts of self-harm: mental health first', // seed 002, 004 risk assessment
    given: {
      age: 41,
      redFlags: ['self_harm_thoughts'],
      areas: ['work'],
      workStatus: 'off_sick',
      impact: 'a_lot',
    },
    expected: ['mental_health', 'crisis', 'individualised'],
    because: ['pathway.self-harm', 'urgency.red-flag', 'tier.crisis'],
    noted: ['pathway.work-area', 'pathway.off-sick'],
  },
  {
    name: 'Paul, 36, in despair and struggling at work: group work for mood', // seed 003 Paul's story
    given: { age: 36, areas: ['mood_anxiety', 'work'], workStatus: 'in_work' },
    expected: ['mental_health', 'routine', 'targeted'],
    because: ['pathway.mood', 'urgency.routine', 'tier.group'],
    noted: ['pathway.work-area'],
  },
  {
    name: 'caring for her husband with dementia and feeling worn down', // seed 002, 004 support for carers
    given: { age: 74, areas: ['caring', 'mood_anxiety'], workStatus: 'retired' },
    expected: ['mental_health', 'routine', 'targeted'],
    because: ['pathway.mood', 'urgency.routine', 'tier.group'],
  },
  {
    name: '40-year-old with low mood and poor concentration: mental health, memory noted', // seed 003 Northwich (mental health screened)
    given: { age: 40, areas: ['mood_anxiety', 'memory_thinking'] },
    expected: ['mental_health', 'routine', 'targeted'],
    because: ['pathway.mood', 'urgency.routine', 'tier.group'],
    noted: ['pathway.memory'],
  },
  {
    name: 'anxiety so bad they have not left the house for three weeks', // seed 004 rapid crisis response
    given: { age: 33, areas: ['mood_anxiety'], impact: 'cannot_do', since: 'under_4_weeks' },
    expected: ['mental_health', 'urgent', 'individualised'],
    because: ['pathway.mood', 'urgency.cannot-do-recent', 'tier.urgent', 'tier.high-impact'],
  },
  // --- Work and vocational rehabilitation: superpower 3 (seeds 001, 002, 003 Hackney) ---
  {
    name: '34-year-old off sick with back pain and anxiety who wants to return to work', // seed 003 Hackney
    given: {
      age: 34,
      areas: ['work', 'mood_anxiety'],
      workStatus: 'off_sick',
      impact: 'a_lot',
      since: '1_to_3_months',
      goals: 'Get back to work',
    },
    expected: ['work', 'urgent', 'individualised'],
    because: [
      'pathway.off-sick',
      'pathway.work-area',
      'urgency.off-sick-high-impact',
      'tier.off-sick',
      'tier.urgent',
      'tier.high-impact',
    ],
    noted: ['pathway.mood'],
  },
  {
    name: 'warehouse worker in work with shoulder pain making shifts hard', // seed 003 Hackney (MSK), 004 workplace modifications
    given: { age: 45, areas: ['work'], workStatus: 'in_work' },
    expected: ['work', 'routine', 'targeted'],
    because: ['pathway.work-area', 'urgency.routine', 'tier.group'],
  },
  {
    name: '29-year-old looking for work after depression', // seed 003 Hackney (unemployed, 82% engaged)
    given: {
      age: 29,
      areas: ['work', 'mood_anxiety'],
      workStatus: 'unemployed',
      since: 'over_1_year',
    },
    expected: ['work', 'routine', 'targeted'],
    because: ['pathway.work-area', 'pathway.looking-for-work', 'urgency.routine', 'tier.group'],
    noted: ['pathway.mood'],
  },
  {
    name: 'off sick with stress who only ticked mood: vocational rehabilitation, mood noted', // seed 003 Hackney
    given: { age: 47, areas: ['mood_anxiety'], workStatus: 'off_sick', since: '1_to_3_months' },
    expected: ['work', 'routine', 'individualised'],
    because: ['pathway.off-sick', 'urgency.routine', 'tier.off-sick'],
    noted: ['pathway.mood'],
  },
  {
    name: 'teacher with a little work stress for two weeks: signposted', // seed 003 Birmingham signposting
    given: {
      age: 38,
      areas: ['work'],
      workStatus: 'in_work',
      impact: 'a_little',
      since: 'under_4_weeks',
    },
    expected: ['signpost', 'routine', 'universal'],
    because: ['pathway.low-need', 'urgency.routine', 'tier.signpost'],
    noted: ['pathway.work-area'],
  },
  {
    name: 'GP refers for a fit note review: AHP Health and Work Report', // seed 001 fit notes, AHP report
    route: 'clinician',
    given: {
      age: 51,
      areas: ['work'],
      workStatus: 'off_sick',
      impact: 'a_lot',
      clinicalReason: 'Third fit note for back pain; please assess work ability',
    },
    expected: ['work', 'urgent', 'individualised'],
    because: [
      'pathway.off-sick',
      'pathway.work-area',
      'urgency.off-sick-high-impact',
      'tier.clinician-referral',
      'tier.off-sick',
    ],
  },
  {
    name: '24-year-old looking for work with a little difficulty: vocational services', // seed 003 Hackney (signposted to vocational services)
    given: {
      age: 24,
      areas: ['work'],
      workStatus: 'unemployed',
      impact: 'a_little',
      since: 'over_1_year',
    },
    expected: ['work', 'routine', 'universal'],
    because: ['pathway.looking-for-work', 'urgency.routine', 'tier.little-impact'],
  },
  {
    name: '58-year-old off sick who cannot work since an injury two weeks ago', // seed 003 Hackney (early intervention)
    given: {
      age: 58,
      areas: ['work'],
      workStatus: 'off_sick',
      impact: 'cannot_do',
      since: 'under_4_weeks',
    },
    expected: ['work', 'urgent', 'individualised'],
    because: [
      'pathway.off-sick',
      'urgency.cannot-do-recent',
      'urgency.off-sick-high-impact',
      'tier.urgent',
      'tier.off-sick',
    ],
  },
  // --- Memory and cognition (seed 003 Northwich) ---
  {
    name: '72-year-old with memory worries that began two months ago', // seed 003 Northwich direct booking
    given: { age: 72, areas: ['memory_thinking'], workStatus: 'retired', since: '1_to_3_months' },
    expected: ['memory', 'urgent', 'individualised'],
    because: ['pathway.memory', 'pathway.memory-older', 'urgency.memory-recent', 'tier.urgent'],
  },
  {
    name: '76-year-old with years of forgetfulness: memory strategies group', // seed 003 Northwich follow-up
    given: { age: 76, areas: ['memory_thinking'], fallsInLastYear: 'none', since: 'over_1_year' },
    expected: ['memory', 'routine', 'targeted'],
    because: ['pathway.memory', 'pathway.memory-older', 'urgency.routine', 'tier.group'],
  },
  {
    name: '80-year-old with memory concerns and two falls: falls first, memory noted', // seed 002, 004 superpower 1; 003 Northwich
    given: {
      age: 80,
      areas: ['memory_thinking', 'falls_mobility'],
      fallsInLastYear: 'two_or_more',
      impact: 'a_lot',
    },
    expected: ['frailty_falls', 'urgent', 'individualised'],
    because: [
      'pathway.falls-area',
      'pathway.repeat-falls',
      'urgency.repeat-falls-older',
      'tier.urgent',
      'tier.older-with-falls',
    ],
    noted: ['pathway.memory', 'pathway.memory-older'],
  },
  {
    name: 'daughter asks for help for her mother, 84, whose memory worsened this month', // seed 003 Northwich; DESIGN §2.1 someone else
    given: {
      age: 84,
      for: 'someone_else',
      personAgreed: true,
      referrer: { name: 'Sian Jones', relationship: 'daughter' },
      areas: ['memory_thinking'],
      impact: 'a_lot',
      since: 'under_4_weeks',
    },
    expected: ['memory', 'urgent', 'individualised'],
    because: ['pathway.memory', 'urgency.memory-recent', 'tier.urgent', 'tier.high-impact'],
  },
  {
    name: '55-year-old with memory and concentration problems around the menopause', // seed 003 Northwich (menopause considered)
    given: { age: 55, areas: ['memory_thinking'], workStatus: 'in_work' },
    expected: ['memory', 'routine', 'targeted'],
    because: ['pathway.memory', 'urgency.routine', 'tier.group'],
  },
  {
    name: '79-year-old with sudden new confusion', // DESIGN §2.2 red flag (delirium)
    given: {
      age: 79,
      redFlags: ['sudden_confusion'],
      areas: ['memory_thinking'],
      impact: 'cannot_do',
      since: 'under_4_weeks',
    },
    expected: ['memory', 'crisis', 'individualised'],
    because: ['pathway.memory', 'urgency.red-flag', 'tier.crisis'],
  },
  // --- Carers and signposting (seeds 002, 004 social prescribing; 003 Birmingham) ---
  {
    name: 'carer finding it a lot to manage, nothing else reported: carers’ support', // seed 004 social prescribing
    given: { age: 60, areas: ['caring'], impact: 'a_lot', since: 'over_1_year' },
    expected: ['signpost', 'routine', 'universal'],
    because: ['pathway.caring-only', 'urgency.routine', 'tier.signpost'],
  },
  {
    name: 'carer who can no longer cope', // seed 002, 004 support for carers
    given: { age: 70, areas: ['caring'], impact: 'cannot_do', since: '1_to_3_months' },
    expected: ['daily_living', 'urgent', 'individualised'],
    because: [
      'pathway.carer-cannot-cope',
      'urgency.carer-cannot-cope',
      'tier.urgent',
      'tier.high-impact',
    ],
  },
  {
    name: 'GP refers a carer: seen one-to-one, not signposted', // seed 002 how referrals work
    route: 'clinician',
    given: { age: 63, areas: ['caring'], clinicalReason: 'Carer strain, husband has Parkinson’s' },
    expected: ['daily_living', 'routine', 'individualised'],
    because: ['pathway.carer-referred', 'urgency.routine', 'tier.clinician-referral'],
  },
  {
    name: '50-year-old with a little trouble with housework for two weeks: signposted', // seed 003 Birmingham signposting
    given: { areas: ['home_daily_living'], impact: 'a_little', since: 'under_4_weeks' },
    expected: ['signpost', 'routine', 'universal'],
    because: ['pathway.low-need', 'urgency.routine', 'tier.little-impact', 'tier.signpost'],
    noted: ['pathway.home'],
  },
  {
    name: 'no area chosen, a little impact for two weeks: signposted', // seed 003 Birmingham signposting
    given: { areas: [], impact: 'a_little', since: 'under_4_weeks' },
    expected: ['signpost', 'routine', 'universal'],
    because: ['pathway.low-need', 'urgency.routine', 'tier.signpost'],
  },
  {
    name: 'navigator could not place the difficulty: general assessment', // seed 003 modern general practice
    route: 'navigator',
    given: { areas: [], impact: 'a_lot', since: 'over_1_year' },
    expected: ['daily_living', 'routine', 'individualised'],
    because: ['pathway.default', 'urgency.routine', 'tier.high-impact'],
  },
  // --- Red flags of each kind (DESIGN §2.2) ---
  {
    name: 'chest pain reported alongside low mood', // DESIGN §2.2 red flag
    given: { redFlags: ['chest_pain'], areas: ['mood_anxiety'] },
    expected: ['mental_health', 'crisis', 'individualised'],
    because: ['pathway.mood', 'urgency.red-flag', 'tier.crisis'],
  },
  {
    name: '74-year-old with signs of a stroke who struggles at home', // DESIGN §2.2 red flag
    given: { age: 74, redFlags: ['stroke_signs'], areas: ['home_daily_living'] },
    expected: ['daily_living', 'crisis', 'individualised'],
    because: ['pathway.home', 'urgency.red-flag', 'tier.crisis'],
  },
  {
    name: 'every red flag at once', // DESIGN §2.2 red flags
    given: {
      redFlags: [
        'self_harm_thoughts',
        'chest_pain',
        'stroke_signs',
        'sudden_confusion',
        'fall_injury',
      ],
      areas: ['falls_mobility', 'memory_thinking'],
    },
    expected: ['mental_health', 'crisis', 'individualised'],
    because: ['pathway.self-harm', 'urgency.red-flag', 'tier.crisis'],
    noted: ['pathway.fall-injury', 'pathway.falls-area', 'pathway.memory'],
  },
  {
    name: 'carer with a little difficulty who reports chest pain: crisis outranks signposting', // DESIGN §2.2
    given: {
      redFlags: ['chest_pain'],
      areas: ['caring'],
      impact: 'a_little',
      since: 'over_1_year',
    },
    expected: ['signpost', 'crisis', 'individualised'],
    because: ['pathway.caring-only', 'urgency.red-flag', 'tier.crisis'],
  },
  // --- Routes, language and odd data (seed 003 modern general practice, seed 000 Welsh) ---
  {
    name: 'GP refers someone with a little low mood: the GP’s reason earns a one-to-one', // seed 002 how referrals work
    route: 'clinician',
    given: {
      areas: ['mood_anxiety'],
      impact: 'a_little',
      clinicalReason: 'Low mood after bereavement',
    },
    expected: ['mental_health', 'routine', 'individualised'],
    because: ['pathway.mood', 'urgency.routine', 'tier.clinician-referral'],
  },
  {
    name: 'Welsh-speaking farmer, 61, off sick after a shoulder injury', // seed 000 Welsh language, 003 Hackney
    given: {
      age: 61,
      areas: ['work', 'home_daily_living'],
      workStatus: 'off_sick',
      since: '1_to_3_months',
      difficulties: 'Methu codi bwyd i’r defaid na gwisgo’n iawn',
      goals: 'Mynd yn ôl i weithio ar y fferm',
    },
    expected: ['work', 'routine', 'individualised'],
    because: ['pathway.off-sick', 'pathway.work-area', 'urgency.routine', 'tier.off-sick'],
    noted: ['pathway.home'],
  },
  {
    name: 'unknown date of birth with two falls: age rules stay silent, falls still count', // seed 002, 004 superpower 1
    given: {
      age: null,
      areas: ['falls_mobility'],
      fallsInLastYear: 'two_or_more',
      impact: 'a_lot',
    },
    expected: ['frailty_falls', 'routine', 'individualised'],
    because: ['pathway.falls-area', 'pathway.repeat-falls', 'urgency.routine', 'tier.high-impact'],
  },
  {
    name: 'request from another system for a 50-year-old with anxiety is not a frailty invite', // seed 003 Brave AI (65+)
    route: 'system',
    given: { areas: ['mood_anxiety'] },
    expected: ['mental_health', 'routine', 'targeted'],
    because: ['pathway.mood', 'urgency.routine', 'tier.group'],
  },
  {
    name: 'retired 70-year-old, low and struggling at home: mood comes first on a tie', // seeds 002, 004
    given: { age: 70, areas: ['home_daily_living', 'mood_anxiety'], impact: 'a_lot' },
    expected: ['mental_health', 'routine', 'individualised'],
    because: ['pathway.mood', 'urgency.routine', 'tier.high-impact'],
    noted: ['pathway.home'],
  },
];
