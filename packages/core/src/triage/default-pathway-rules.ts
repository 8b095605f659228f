/**
 * The default pathway rules: each area or circumstance votes for a pathway with a weight (see
 * triage-rules.ts for how votes combine). Weights are chosen so that combinations resolve the way
 * an OT would: an off-sick person with anxiety goes to work (Hackney, 003) with mental health
 * noted; thoughts of self-harm always go to mental health.
 */
import type { LocalisedText } from '../shared/localised-text.js';
import type { TriageEffect, TriageRule } from './triage-rule.js';
import type { Pathway } from './triage-types.js';

const t = (en: string, cy: string): LocalisedText => ({ en, cy });
const vote = (pathway: Pathway, weight: number): TriageEffect => ({
  kind: 'vote',
  pathway,
  weight,
});

/** Pathway votes (defaults, version triage-2026.11.1). */
export const DEFAULT_PATHWAY_RULES: readonly TriageRule[] = [
  {
    id: 'pathway.self-harm',
    when: { redFlagsAny: ['self_harm_thoughts'] },
    then: vote('mental_health', 100),
    reason: t(
      'Reported thoughts of suicide or self-harm: mental health support with a risk assessment for acute distress',
      'Wedi sôn am feddyliau am hunanladdiad neu hunan-niweidio: cymorth iechyd meddwl gydag asesiad risg ar gyfer trallod acíwt',
    ),
    source: '002, 004 superpower 2',
  },
  {
    id: 'pathway.fall-injury',
    when: { redFlagsAny: ['fall_injury'] },
    then: vote('frailty_falls', 3),
    reason: t(
      'Reported a fall with a head injury or being unable to get up',
      'Wedi sôn am gwymp gydag anaf i’r pen neu fethu codi',
    ),
    source: '002, 004 superpower 1',
  },
  {
    id: 'pathway.falls-area',
    when: { areasAny: ['falls_mobility'] },
    then: vote('frailty_falls', 2),
    reason: t(
      'Finds falls or getting about hard',
      'Yn cael trafferth gyda chwympo neu symud o gwmpas',
    ),
    source: '001, 002 superpower 1',
  },
  {
    id: 'pathway.falls-older-at-home',
    when: { ageAtLeast: 65, areasAny: ['home_daily_living'], fallsAny: ['one', 'two_or_more'] },
    then: vote('frailty_falls', 3),
    reason: t(
      'Aged 65 or over, finds home and daily living hard, and has fallen in the last year',
      'Yn 65 oed neu’n hŷn, yn cael trafferth gyda’r cartref a byw bob dydd, ac wedi cwympo yn y flwyddyn ddiwethaf',
    ),
    source: '002, 004 superpower 1',
  },
  {
    id: 'pathway.repeat-falls',
    when: { fallsAny: ['two_or_more'] },
    then: vote('frailty_falls', 1),
    reason: t(
      'Reported two or more falls in the last year',
      'Wedi cwympo ddwywaith neu fwy yn y flwyddyn ddiwethaf',
    ),
    source: '002, 004 superpower 1',
  },
  {
    id: 'pathway.case-finding',
    when: { routeAny: ['system'], ageAtLeast: 65 },
    then: vote('frailty_falls', 2),
    reason: t(
      'Aged 65 or over and invited through proactive case-finding (frailty index or risk of unplanned admission)',
      'Yn 65 oed neu’n hŷn ac wedi cael gwahoddiad drwy chwilio rhagweithiol am achosion (mynegai eiddilwch neu risg o dderbyniad heb ei gynllunio)',
    ),
    source: '003 Brave AI, 004 frailty indexes',
  },
  {
    id: 'pathway.mood',
    when: { areasAny: ['mood_anxiety'] },
    then: vote('mental_health', 2),
    reason: t(
      'Finds mood, stress or anxiety hard',
      'Yn cael trafferth gyda hwyliau, straen neu orbryder',
    ),
    source: '001 I CAN, 002 superpower 2',
  },
  {
    id: 'pathway.work-area',
    when: { areasAny: ['work'] },
    then: vote('work', 2),
    reason: t(
      'Finds work hard: staying in work, being off sick or getting back to work',
      'Yn cael trafferth gyda gwaith: aros mewn gwaith, bod i ffwrdd yn sâl neu fynd yn ôl i’r gwaith',
    ),
    source: '002 superpower 3, 003 Hackney',
  },
  {
    id: 'pathway.off-sick',
    when: { workStatusAny: ['off_sick'] },
    then: vote('work', 3),
    reason: t(
      'Off sick from work: early vocational rehabilitation helps people stay in or return to work',
      'I ffwrdd o’r gwaith yn sâl: mae adsefydlu galwedigaethol cynnar yn helpu pobl i aros yn y gwaith neu ddychwelyd iddo',
    ),
    source: '003 Hackney',
  },
  {
    id: 'pathway.looking-for-work',
    when: { workStatusAny: ['unemployed'] },
    then: vote('work', 2),
    reason: t(
      'Looking for work: assessment and links to vocational support services',
      'Yn chwilio am waith: asesiad a chysylltiadau â gwasanaethau cymorth galwedigaethol',
    ),
    source: '003 Hackney',
  },
  {
    id: 'pathway.memory',
    when: { areasAny: ['memory_thinking'] },
    then: vote('memory', 2),
    reason: t(
      'Finds memory or thinking hard: direct-booked cognitive screening',
      'Yn cael trafferth gyda’r cof neu feddwl: sgrinio gwybyddol wedi’i archebu’n uniongyrchol',
    ),
    source: '003 Northwich',
  },
  {
    id: 'pathway.memory-older',
    when: { areasAny: ['memory_thinking'], ageAtLeast: 65 },
    then: vote('memory', 1),
    reason: t(
      'Memory or thinking concerns at age 65 or over',
      'Pryderon am y cof neu feddwl yn 65 oed neu’n hŷn',
    ),
    source: '003 Northwich',
  },
  {
    id: 'pathway.home',
    when: { areasAny: ['home_daily_living'] },
    then: vote('daily_living', 2),
    reason: t(
      'Finds home and daily living hard (washing, dressing, cooking, getting around the home)',
      'Yn cael trafferth gyda’r cartref a byw bob dydd (ymolchi, gwisgo, coginio, symud o gwmpas y cartref)',
    ),
    source: '002 role of the PCN OT',
  },
  {
    id: 'pathway.carer-cannot-cope',
    when: { areasAny: ['caring'], impactAtLeast: 'cannot_do' },
    then: vote('daily_living', 2),
    reason: t(
      'Caring for someone and cannot do things that need doing: support for the carer at home',
      'Yn gofalu am rywun ac yn methu gwneud pethau sydd angen eu gwneud: cymorth i’r gofalwr gartref',
    ),
    source: '002, 004 superpower 1 (support for carers)',
  },
  {
    id: 'pathway.carer-referred',
    when: { areasAny: ['caring'], routeAny: ['clinician'] },
    then: vote('daily_living', 2),
    reason: t(
      'Caring for someone, with a referral from a GP or clinician: carer support',
      'Yn gofalu am rywun, gydag atgyfeiriad gan feddyg teulu neu glinigydd: cymorth i ofalwyr',
    ),
    source: '002, 004 superpower 1 (support for carers)',
  },
  {
    id: 'pathway.caring-only',
    when: { areasOnly: ['caring'] },
    unless: [
      { impactAtLeast: 'cannot_do' },
      { routeAny: ['clinician'] },
      { fallsAny: ['one', 'two_or_more'] },
    ],
    then: vote('signpost', 1),
    reason: t(
      'Caring for someone is the only difficulty reported: carers’ support and community services',
      'Gofalu am rywun yw’r unig anhawster a nodwyd: cymorth i ofalwyr a gwasanaethau cymunedol',
    ),
    source: '002, 004 social prescribing and signposting',
  },
  {
    id: 'pathway.low-need',
    when: { impactAtMost: 'a_little', sinceAny: ['under_4_weeks'] },
    unless: [
      { areasAny: ['falls_mobility', 'memory_thinking'] },
      { fallsAny: ['one', 'two_or_more'] },
      { workStatusAny: ['off_sick'] },
      { routeAny: ['clinician'] },
      { hasRedFlag: true },
    ],
    then: vote('signpost', 3),
    reason: t(
      'A little impact for less than 4 weeks, with no falls, memory concerns, sickness absence, red flag or clinician referral: self-help, social prescribing and community services',
      'Ychydig o effaith ers llai na 4 wythnos, heb gwympiadau, pryderon cof, absenoldeb salwch, baner goch nac atgyfeiriad gan glinigydd: hunangymorth, presgripsiynu cymdeithasol a gwasanaethau cymunedol',
    ),
    source: '003 Birmingham (signposting), 004 social prescribing',
  },
];
