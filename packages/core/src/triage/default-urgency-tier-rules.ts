/**
 * The default urgency and tier rules. Urgency: any red flag is a crisis (DESIGN.md §2.2); a few
 * situations are urgent, within 2 working days; otherwise routine. Tier follows the tiered model
 * (003 Birmingham): universal (advice and self-help), targeted (groups and workshops) and
 * individualised (one-to-one). The most urgent and the most intensive answer wins.
 */
import type { LocalisedText } from '../shared/localised-text.js';
import type { TriageEffect, TriageRule } from './triage-rule.js';
import type { Tier, Urgency } from './triage-types.js';

const t = (en: string, cy: string): LocalisedText => ({ en, cy });
const urgency = (value: Urgency): TriageEffect => ({ kind: 'urgency', urgency: value });
const tier = (value: Tier): TriageEffect => ({ kind: 'tier', tier: value });

/** Urgency rules (defaults, version triage-2026.11.1). */
export const DEFAULT_URGENCY_RULES: readonly TriageRule[] = [
  {
    id: 'urgency.red-flag',
    when: { hasRedFlag: true },
    then: urgency('crisis'),
    reason: t(
      'A red flag was reported at the front door: a clinician must see this today',
      'Nodwyd baner goch wrth y drws ffrynt: rhaid i glinigydd weld hyn heddiw',
    ),
    source: 'DESIGN.md §2.2 safety netting',
  },
  {
    id: 'urgency.repeat-falls-older',
    when: { fallsAny: ['two_or_more'], ageAtLeast: 65, impactAtLeast: 'a_lot' },
    then: urgency('urgent'),
    reason: t(
      'Aged 65 or over, with two or more falls in the last year and a lot of impact on everyday life',
      'Yn 65 oed neu’n hŷn, wedi cwympo ddwywaith neu fwy yn y flwyddyn ddiwethaf, gyda llawer o effaith ar fywyd bob dydd',
    ),
    source: '002, 004 superpower 1 (rapid response to prevent admission)',
  },
  {
    id: 'urgency.cannot-do-recent',
    when: { impactAtLeast: 'cannot_do', sinceAny: ['under_4_weeks'] },
    then: urgency('urgent'),
    reason: t(
      'Cannot do things that need doing, and this started less than 4 weeks ago',
      'Methu gwneud pethau sydd angen eu gwneud, a dechreuodd hyn lai na 4 wythnos yn ôl',
    ),
    source: '002, 004 rapid crisis response',
  },
  {
    id: 'urgency.off-sick-high-impact',
    when: { workStatusAny: ['off_sick'], impactAtLeast: 'a_lot' },
    then: urgency('urgent'),
    reason: t(
      'Off sick from work with a lot of impact: early intervention helps people stay in work',
      'I ffwrdd o’r gwaith yn sâl gyda llawer o effaith: mae ymyrraeth gynnar yn helpu pobl i aros mewn gwaith',
    ),
    source: '003 Hackney',
  },
  {
    id: 'urgency.memory-recent',
    when: { areasAny: ['memory_thinking'], sinceAny: ['under_4_weeks', '1_to_3_months'] },
    then: urgency('urgent'),
    reason: t(
      'Memory or thinking concerns that started in the last 3 months',
      'Pryderon am y cof neu feddwl a ddechreuodd yn ystod y 3 mis diwethaf',
    ),
    source: '003 Northwich (screening bloods, earlier diagnosis)',
  },
  {
    id: 'urgency.carer-cannot-cope',
    when: { areasAny: ['caring'], impactAtLeast: 'cannot_do' },
    then: urgency('urgent'),
    reason: t(
      'Caring for someone and cannot cope: the person being cared for may also be at risk',
      'Yn gofalu am rywun ac yn methu ymdopi: gall y person sy’n derbyn gofal fod mewn perygl hefyd',
    ),
    source: '002, 004 superpower 1 (support for carers)',
  },
];

/** Tier rules (defaults, version triage-2026.11.1). */
export const DEFAULT_TIER_RULES: readonly TriageRule[] = [
  {
    id: 'tier.crisis',
    when: { urgencyAny: ['crisis'] },
    then: tier('individualised'),
    reason: t(
      'Crisis: one-to-one contact with a clinician',
      'Argyfwng: cyswllt un i un â chlinigydd',
    ),
    source: 'DESIGN.md §2.2',
  },
  {
    id: 'tier.urgent',
    when: { urgencyAny: ['urgent'] },
    then: tier('individualised'),
    reason: t('Urgent request: one-to-one assessment', 'Cais brys: asesiad un i un'),
    source: '003 Birmingham (individual input)',
  },
  {
    id: 'tier.high-impact',
    when: { impactAtLeast: 'a_lot' },
    unless: [{ pathwayAny: ['signpost'] }],
    then: tier('individualised'),
    reason: t(
      'A lot of impact, or cannot do things that need doing: one-to-one support',
      'Llawer o effaith, neu’n methu gwneud pethau sydd angen eu gwneud: cymorth un i un',
    ),
    source: '003 Birmingham (individual input)',
  },
  {
    id: 'tier.older-with-falls',
    when: { ageAtLeast: 75, fallsAny: ['one', 'two_or_more'] },
    then: tier('individualised'),
    reason: t(
      'Aged 75 or over and has fallen in the last year: one-to-one assessment',
      'Yn 75 oed neu’n hŷn ac wedi cwympo yn y flwyddyn ddiwethaf: asesiad un i un',
    ),
    source: '002, 004 superpower 1',
  },
  {
    id: 'tier.recurrent-falls-older',
    when: { ageAtLeast: 65, fallsAny: ['two_or_more'] },
    then: tier('individualised'),
    reason: t(
      'Aged 65 or over with two or more falls in the last year: one-to-one falls risk assessment',
      'Yn 65 oed neu’n hŷn ac wedi cwympo ddwywaith neu fwy yn y flwyddyn ddiwethaf: asesiad risg cwympo un i un',
    ),
    source: '002, 004 superpower 1',
  },
  {
    id: 'tier.off-sick',
    when: { workStatusAny: ['off_sick'] },
    then: tier('individualised'),
    reason: t(
      'Off sick from work: one-to-one vocational rehabilitation and an AHP Health and Work Report',
      'I ffwrdd o’r gwaith yn sâl: adsefydlu galwedigaethol un i un ac Adroddiad Iechyd a Gwaith y Proffesiynau Perthynol i Iechyd',
    ),
    source: '001, 002 superpower 3, 003 Hackney',
  },
  {
    id: 'tier.clinician-referral',
    when: { routeAny: ['clinician'] },
    then: tier('individualised'),
    reason: t(
      'Referred by a GP or clinician: one-to-one assessment',
      'Atgyfeiriad gan feddyg teulu neu glinigydd: asesiad un i un',
    ),
    source: '002 how referrals work',
  },
  {
    id: 'tier.group',
    when: {
      impactAtLeast: 'quite_a_lot',
      impactAtMost: 'quite_a_lot',
      pathwayAny: ['frailty_falls', 'mental_health', 'work', 'memory'],
    },
    then: tier('targeted'),
    reason: t(
      'Quite a lot of impact, and this pathway runs groups and workshops (falls prevention, anxiety management, work readiness, memory strategies)',
      'Cryn dipyn o effaith, ac mae’r llwybr hwn yn cynnal grwpiau a gweithdai (atal cwympiadau, rheoli gorbryder, paratoi ar gyfer gwaith, strategaethau cof)',
    ),
    source: '003 Birmingham (targeted workshops)',
  },
  {
    id: 'tier.no-group',
    when: {
      impactAtLeast: 'quite_a_lot',
      impactAtMost: 'quite_a_lot',
      pathwayAny: ['daily_living'],
    },
    then: tier('individualised'),
    reason: t(
      'Quite a lot of impact at home and in daily living, where help is one-to-one (home assessment, equipment, adaptations)',
      'Cryn dipyn o effaith ar y cartref a byw bob dydd, lle mae help yn un i un (asesiad cartref, offer, addasiadau)',
    ),
    source: '002, 004 superpower 1',
  },
  {
    id: 'tier.little-impact',
    when: { impactAtMost: 'a_little' },
    then: tier('universal'),
    reason: t(
      'A little impact on everyday life: advice and self-help resources',
      'Ychydig o effaith ar fywyd bob dydd: cyngor ac adnoddau hunangymorth',
    ),
    source: '003 Birmingham (universal), 001 I CAN self-management',
  },
  {
    id: 'tier.signpost',
    when: { pathwayAny: ['signpost'] },
    then: tier('universal'),
    reason: t(
      'Signposted: advice, self-help and community services',
      'Cyfeirio at wasanaethau eraill: cyngor, hunangymorth a gwasanaethau cymunedol',
    ),
    source: '003 Birmingham (signposting)',
  },
];
