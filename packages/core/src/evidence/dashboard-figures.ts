/**
 * What each figure on the evidence dashboard counts (issue 12), as data the dashboard returns
 * with every figure and the web and the service report link to: title and definition in English
 * and Welsh, numerator and denominator in plain words, the source, and core's method
 * (`definitions.ts`) where one applies. Only figures the records hold are here: nothing is
 * defined that Everyday cannot count from what is stored.
 */
import type { FigureDefinition } from '../contracts/evidence.js';
import type { LocalisedText } from '../shared/localised-text.js';
import type { OutcomeMeasure } from '../record/record-view.js';
import type { MetricId } from './definitions.js';
import { COST_FIGURES } from './dashboard-figures-costs.js';

type Def = Omit<FigureDefinition, 'key' | 'method'> & { readonly method: MetricId | null };

const RECORDS = 'Everyday’s records, read live (no summaries)';
const RTT =
  'NHS England, Recording and reporting referral to treatment waiting times (completed weeks); Hyndman & Fan 1996 type 7';
const TT = 'NHS Talking Therapies for anxiety and depression manual (NHS England 2024)';

const TT_TEXT = {
  'tt-recovery': {
    title: { en: 'Recovery (NHS Talking Therapies)', cy: 'Adferiad (NHS Talking Therapies)' },
    definition: {
      en: 'Finished episodes at caseness at the first score (PHQ-9 10 or more, or GAD-7 8 or more) and below caseness on both at the last, divided by finished episodes minus those not at caseness at first.',
      cy: 'Cyfnodau gofal wedi’u gorffen ar lefel achos yn y sgôr cyntaf (PHQ-9 10 neu fwy, neu GAD-7 8 neu fwy) ac islaw lefel achos ar y ddau yn yr olaf, wedi’u rhannu â chyfnodau wedi’u gorffen heb y rhai nad oeddent ar lefel achos ar y dechrau.',
    },
  },
  'tt-reliable-improvement': {
    title: {
      en: 'Reliable improvement (NHS Talking Therapies)',
      cy: 'Gwelliant dibynadwy (NHS Talking Therapies)',
    },
    definition: {
      en: 'Finished episodes where PHQ-9 fell by 6 or more or GAD-7 by 4 or more, with neither reliably worse, divided by finished episodes.',
      cy: 'Cyfnodau gofal wedi’u gorffen lle gostyngodd PHQ-9 6 neu fwy neu GAD-7 4 neu fwy, heb i’r naill na’r llall waethygu’n ddibynadwy, wedi’u rhannu â chyfnodau wedi’u gorffen.',
    },
  },
  'tt-reliable-deterioration': {
    title: {
      en: 'Reliable deterioration (NHS Talking Therapies)',
      cy: 'Dirywiad dibynadwy (NHS Talking Therapies)',
    },
    definition: {
      en: 'Finished episodes where PHQ-9 rose by 6 or more or GAD-7 by 4 or more, divided by finished episodes.',
      cy: 'Cyfnodau gofal wedi’u gorffen lle cododd PHQ-9 6 neu fwy neu GAD-7 4 neu fwy, wedi’u rhannu â chyfnodau wedi’u gorffen.',
    },
  },
  'tt-reliable-recovery': {
    title: {
      en: 'Reliable recovery (NHS Talking Therapies)',
      cy: 'Adferiad dibynadwy (NHS Talking Therapies)',
    },
    definition: {
      en: 'Finished episodes that both recovered and improved reliably, divided by finished episodes minus those not at caseness at first.',
      cy: 'Cyfnodau gofal wedi’u gorffen a adferodd ac a wellodd yn ddibynadwy, wedi’u rhannu â chyfnodau wedi’u gorffen heb y rhai nad oeddent ar lefel achos ar y dechrau.',
    },
  },
} as const;

/** The dashboard's own figures, keyed. */
const FIGURES = {
  requests: {
    title: { en: 'Requests received', cy: 'Ceisiadau a gafwyd' },
    definition: {
      en: 'Requests for help received in the period, by every route (self-referral, navigator, clinician, another system).',
      cy: 'Ceisiadau am help a gafwyd yn ystod y cyfnod, drwy bob llwybr (hunangyfeirio, llywiwr, clinigwr, system arall).',
    },
    source: RECORDS,
    method: null,
  },
  'uptake-per-1000': {
    title: {
      en: 'People asking for help per 1,000 registered',
      cy: 'Pobl yn gofyn am help fesul 1,000 cofrestredig',
    },
    definition: {
      en: 'People with a request received in the period, divided by the registered list size of their practices, times 1,000.',
      cy: 'Pobl â chais a gafwyd yn ystod y cyfnod, wedi’i rannu â maint rhestr gofrestredig eu practisau, wedi’i luosi â 1,000.',
    },
    source: 'Practice list sizes as recorded for each practice; Wilson interval (Newcombe 1998)',
    method: 'uptake-per-1000',
  },
  'triage-accepted': decision(
    { en: 'Accepted onto a pathway', cy: 'Wedi’u derbyn ar lwybr' },
    {
      en: 'accepted onto a pathway (waiting or booked)',
      cy: 'wedi’u derbyn ar lwybr (yn aros neu wedi trefnu)',
    },
  ),
  'triage-signposted': decision(
    { en: 'Signposted', cy: 'Wedi’u cyfeirio' },
    { en: 'signposted elsewhere', cy: 'wedi’u cyfeirio i rywle arall' },
  ),
  'triage-redirected': decision(
    { en: 'Redirected to the practice', cy: 'Wedi’u hailgyfeirio at y practis' },
    { en: 'handed back to their practice', cy: 'wedi’u trosglwyddo’n ôl i’w practis' },
  ),
  'triage-declined': decision(
    { en: 'Declined', cy: 'Wedi’u gwrthod' },
    { en: 'declined', cy: 'wedi’u gwrthod' },
  ),
  'triage-awaiting-info': decision(
    { en: 'Waiting for more information', cy: 'Yn aros am ragor o wybodaeth' },
    {
      en: 'waiting for more information from the person',
      cy: 'yn aros am ragor o wybodaeth gan yr unigolyn',
    },
  ),
  'triage-untriaged': decision(
    { en: 'Not yet triaged', cy: 'Heb eu brysbennu eto' },
    { en: 'not yet triaged', cy: 'heb eu brysbennu eto' },
  ),
  'days-to-triage-median': {
    title: {
      en: 'Days from request to triage (median)',
      cy: 'Dyddiau o’r cais i’r brysbennu (canolrif)',
    },
    definition: {
      en: 'For requests triaged in the period, the middle number of calendar days from receipt to the triage decision.',
      cy: 'Ar gyfer ceisiadau a frysbennwyd yn ystod y cyfnod, y nifer canol o ddyddiau calendr o’u derbyn i’r penderfyniad brysbennu.',
    },
    source: RECORDS,
    method: 'median',
  },
  'days-to-triage-p90': {
    title: {
      en: 'Days from request to triage (90th percentile)',
      cy: 'Dyddiau o’r cais i’r brysbennu (90fed canradd)',
    },
    definition: {
      en: 'For requests triaged in the period, the number of calendar days from receipt to triage that 90% were at or below.',
      cy: 'Ar gyfer ceisiadau a frysbennwyd yn ystod y cyfnod, y nifer o ddyddiau calendr o’u derbyn i’r brysbennu yr oedd 90% ar neu’n is nag ef.',
    },
    source: RECORDS,
    method: 'percentile-90',
  },
  'weeks-to-first-median': {
    title: {
      en: 'Weeks from request to first appointment (median)',
      cy: 'Wythnosau o’r cais i’r apwyntiad cyntaf (canolrif)',
    },
    definition: {
      en: 'For people first seen in the period, the middle wait from the request to the first appointment they attended, in weeks (days ÷ 7).',
      cy: 'Ar gyfer pobl a welwyd am y tro cyntaf yn ystod y cyfnod, yr amser aros canol o’r cais i’r apwyntiad cyntaf a fynychwyd ganddynt, mewn wythnosau (dyddiau ÷ 7).',
    },
    source: RTT,
    method: 'median',
  },
  'weeks-to-first-p90': {
    title: {
      en: 'Weeks from request to first appointment (90th percentile)',
      cy: 'Wythnosau o’r cais i’r apwyntiad cyntaf (90fed canradd)',
    },
    definition: {
      en: 'For people first seen in the period, the wait from request to first attended appointment that 90% were at or below, in weeks.',
      cy: 'Ar gyfer pobl a welwyd am y tro cyntaf yn ystod y cyfnod, yr amser aros o’r cais i’r apwyntiad cyntaf a fynychwyd yr oedd 90% ar neu’n is nag ef, mewn wythnosau.',
    },
    source: RTT,
    method: 'percentile-90',
  },
  'within-2-weeks': within(2),
  'within-6-weeks': within(6),
  'within-18-weeks': within(18),
  'dna-rate': {
    title: { en: 'Did not attend', cy: 'Heb fynychu' },
    definition: {
      en: 'Appointments in the period the person missed without telling us, divided by appointments attended plus missed (cancelled appointments are not counted).',
      cy: 'Apwyntiadau yn ystod y cyfnod a gollwyd heb ddweud wrthym, wedi’u rhannu ag apwyntiadau a fynychwyd ynghyd â’r rhai a gollwyd (ni chaiff apwyntiadau a ganslwyd eu cyfrif).',
    },
    source: RECORDS,
    method: 'wilson-interval',
  },
  'episodes-discharged': {
    title: { en: 'Episodes discharged', cy: 'Cyfnodau gofal a ryddhawyd' },
    definition: {
      en: 'Episodes of care closed with a discharge in the period.',
      cy: 'Cyfnodau gofal a gaewyd gyda rhyddhad yn ystod y cyfnod.',
    },
    source: RECORDS,
    method: null,
  },
  'sessions-per-episode': {
    title: { en: 'Sessions per discharged episode', cy: 'Sesiynau fesul cyfnod gofal a ryddhawyd' },
    definition: {
      en: 'Appointments attended in episodes discharged in the period, divided by those episodes (a mean, with its 95% interval).',
      cy: 'Apwyntiadau a fynychwyd mewn cyfnodau gofal a ryddhawyd yn ystod y cyfnod, wedi’u rhannu â’r cyfnodau hynny (cymedr, gyda’i gyfwng 95%).',
    },
    source: RECORDS,
    method: 'mean-ci',
  },
  'single-contact-discharges': {
    title: { en: 'Discharged after one session', cy: 'Wedi’u rhyddhau ar ôl un sesiwn' },
    definition: {
      en: 'Episodes discharged in the period with exactly one appointment attended, divided by all episodes discharged in the period.',
      cy: 'Cyfnodau gofal a ryddhawyd yn ystod y cyfnod gydag un apwyntiad yn union wedi’i fynychu, wedi’u rhannu â’r holl gyfnodau a ryddhawyd yn ystod y cyfnod.',
    },
    source: RECORDS,
    method: 'wilson-interval',
  },
  'hidden-wait-median': {
    title: {
      en: 'Days from first to second session (median)',
      cy: 'Dyddiau o’r sesiwn gyntaf i’r ail (canolrif)',
    },
    definition: {
      en: 'The “hidden wait”: for episodes whose second attended appointment was in the period, the middle number of days from the first attended appointment to the second.',
      cy: 'Yr “aros cudd”: ar gyfer cyfnodau gofal yr oedd eu hail apwyntiad a fynychwyd yn ystod y cyfnod, y nifer canol o ddyddiau o’r apwyntiad cyntaf a fynychwyd i’r ail.',
    },
    source: RECORDS,
    method: 'median',
  },
  'contacts-per-ot-week': {
    title: { en: 'Contacts per OT-week', cy: 'Cysylltiadau fesul wythnos therapydd' },
    definition: {
      en: 'Appointments attended in the period, divided by OT-weeks: each distinct pair of an OT (the OT whose clinic slot the appointment was in) and a London week (Monday to Sunday) with at least one attended appointment in the period. A week cut by the start or end of the period counts as one OT-week. Read against about 32 contacts a week for a full-time OT (seed 002).',
      cy: 'Apwyntiadau a fynychwyd yn ystod y cyfnod, wedi’u rhannu ag wythnosau therapydd: pob pâr gwahanol o therapydd galwedigaethol (y therapydd yr oedd yr apwyntiad yn slot ei glinig) ac wythnos yn amser Llundain (dydd Llun i ddydd Sul) gydag o leiaf un apwyntiad wedi’i fynychu yn ystod y cyfnod. Mae wythnos a dorrir gan ddechrau neu ddiwedd y cyfnod yn cyfrif fel un wythnos therapydd. I’w ddarllen yn erbyn tua 32 cyswllt yr wythnos i therapydd llawn amser (dogfen 002).',
    },
    source: `${RECORDS}; benchmark: THC Primary Care, the role of the PCN OT (seed 002: about 32 patient contacts a week)`,
    method: null,
  },
  'tt-finished': {
    title: {
      en: 'Finished treatment with paired PHQ-9 and GAD-7',
      cy: 'Wedi gorffen triniaeth gyda PHQ-9 a GAD-7 wedi’u paru',
    },
    definition: {
      en: 'Discharged episodes with at least two appointments attended and a first and last PHQ-9 and GAD-7: the denominator of the NHS Talking Therapies rates.',
      cy: 'Cyfnodau gofal a ryddhawyd gydag o leiaf dau apwyntiad wedi’u mynychu a PHQ-9 a GAD-7 cyntaf ac olaf: enwadur cyfraddau NHS Talking Therapies.',
    },
    source: TT,
    method: 'tt-caseness',
  },
  'tt-recovery': tt('tt-recovery'),
  'tt-reliable-improvement': tt('tt-reliable-improvement'),
  'tt-reliable-deterioration': tt('tt-reliable-deterioration'),
  'tt-reliable-recovery': tt('tt-reliable-recovery'),
  'copm-important-change': {
    title: { en: 'COPM clinically important change', cy: 'Newid clinigol bwysig COPM' },
    definition: {
      en: 'Discharged episodes whose COPM performance and satisfaction each rose by 2 points or more, divided by discharged episodes with a first and last COPM.',
      cy: 'Cyfnodau gofal a ryddhawyd y cododd eu perfformiad a’u boddhad COPM 2 bwynt neu fwy yr un, wedi’u rhannu â chyfnodau a ryddhawyd gyda COPM cyntaf ac olaf.',
    },
    source: 'Law M, et al. COPM manual, 5th edn (2014)',
    method: 'copm-important-change',
  },
  'gas-achieved': {
    title: {
      en: 'Goals achieved as expected (GAS)',
      cy: 'Nodau wedi’u cyflawni fel y disgwyl (GAS)',
    },
    definition: {
      en: 'Discharged episodes whose Goal Attainment Scaling T-score at the latest review was 50 or more, divided by discharged episodes with reviewed GAS goals.',
      cy: 'Cyfnodau gofal a ryddhawyd yr oedd eu sgôr-T Graddio Cyrhaeddiad Nodau yn yr adolygiad diweddaraf yn 50 neu fwy, wedi’u rhannu â chyfnodau a ryddhawyd gyda nodau GAS wedi’u hadolygu.',
    },
    source: 'Kiresuk & Sherman 1968; Turner-Stokes 2009 (ρ = 0.3)',
    method: 'gas-achieved',
  },
  'eq5d-better': pareto({ en: 'better', cy: 'gwell' }),
  'eq5d-worse': pareto({ en: 'worse', cy: 'gwaeth' }),
  'eq5d-mixed': pareto({ en: 'mixed', cy: 'cymysg' }),
  'eq5d-unchanged': pareto({ en: 'unchanged', cy: 'heb newid' }),
  'improved-main-measure': {
    title: { en: 'Improved on the main measure', cy: 'Wedi gwella ar y prif fesur' },
    definition: {
      en: 'Discharged episodes that improved reliably on their main measure, divided by discharged episodes with a paired main measure. The main measure is the first paired of: PHQ-9 (down 6 or more), GAD-7 (down 4 or more), COPM (performance and satisfaction each up 2 or more), Work Ability Score (reliable change index above 1.96), GAS (T-score 50 or more).',
      cy: 'Cyfnodau gofal a wellodd yn ddibynadwy ar eu prif fesur, wedi’u rhannu â chyfnodau a ryddhawyd gyda phrif fesur wedi’i baru. Y prif fesur yw’r cyntaf wedi’i baru o: PHQ-9 (i lawr 6 neu fwy), GAD-7 (i lawr 4 neu fwy), COPM (perfformiad a boddhad i fyny 2 neu fwy yr un), Sgôr Gallu i Weithio (mynegai newid dibynadwy uwchlaw 1.96), GAS (sgôr-T 50 neu fwy).',
    },
    source: `${TT}; Law et al. 2014; Jacobson & Truax 1991; Turner-Stokes 2009`,
    method: null,
  },
  'work-off-sick-start': {
    title: { en: 'Off work sick at the start', cy: 'I ffwrdd o’r gwaith yn sâl ar y dechrau' },
    definition: {
      en: 'Discharged episodes whose first recorded work status (assessment or work questionnaire) was off sick with a fit note, divided by discharged episodes with a work status at the start.',
      cy: 'Cyfnodau gofal a ryddhawyd yr oedd eu statws gwaith cyntaf a gofnodwyd (asesiad neu holiadur gwaith) yn i ffwrdd yn sâl gyda nodyn ffitrwydd, wedi’u rhannu â chyfnodau a ryddhawyd gyda statws gwaith ar y dechrau.',
    },
    source: RECORDS,
    method: 'wilson-interval',
  },
  'work-off-sick-discharge': {
    title: { en: 'Off work sick at discharge', cy: 'I ffwrdd o’r gwaith yn sâl wrth ryddhau' },
    definition: {
      en: 'Discharged episodes whose work status at discharge was off sick with a fit note, divided by discharged episodes with a work status at discharge.',
      cy: 'Cyfnodau gofal a ryddhawyd yr oedd eu statws gwaith wrth ryddhau yn i ffwrdd yn sâl gyda nodyn ffitrwydd, wedi’u rhannu â chyfnodau a ryddhawyd gyda statws gwaith wrth ryddhau.',
    },
    source: RECORDS,
    method: 'wilson-interval',
  },
  'work-returned-or-stayed': {
    title: {
      en: 'Returned to or stayed in work',
      cy: 'Wedi dychwelyd i’r gwaith neu aros mewn gwaith',
    },
    definition: {
      en: 'Discharged episodes in work at discharge, divided by discharged episodes in work or off sick at the start with a work status at discharge.',
      cy: 'Cyfnodau gofal mewn gwaith wrth ryddhau, wedi’u rhannu â chyfnodau a ryddhawyd a oedd mewn gwaith neu i ffwrdd yn sâl ar y dechrau gyda statws gwaith wrth ryddhau.',
    },
    source: RECORDS,
    method: 'wilson-interval',
  },
  'health-work-reports': {
    title: {
      en: 'AHP Health and Work Reports issued',
      cy: 'Adroddiadau Iechyd a Gwaith AHP a roddwyd',
    },
    definition: {
      en: 'AHP Health and Work Reports written in episodes discharged in the period.',
      cy: 'Adroddiadau Iechyd a Gwaith AHP a ysgrifennwyd mewn cyfnodau gofal a ryddhawyd yn ystod y cyfnod.',
    },
    source: 'Allied Health Professions Federation, AHP Health and Work Report',
    method: null,
  },
  'self-management': {
    title: { en: 'Self-management support given', cy: 'Cymorth hunanreoli wedi’i roi' },
    definition: {
      en: 'Discharged episodes with a self-management intervention recorded, divided by all episodes discharged in the period.',
      cy: 'Cyfnodau gofal a ryddhawyd gydag ymyriad hunanreoli wedi’i gofnodi, wedi’u rhannu â’r holl gyfnodau a ryddhawyd yn ystod y cyfnod.',
    },
    source: `${RECORDS}; seed 001 (I CAN evaluation)`,
    method: 'wilson-interval',
  },
  'gp-appointments-avoided': {
    title: { en: 'GP appointments avoided', cy: 'Apwyntiadau meddyg teulu a osgowyd' },
    definition: {
      en: 'Discharged episodes where the OT recorded at discharge that GP appointments were avoided, divided by all episodes discharged in the period. The OT’s judgement, not a measured count.',
      cy: 'Cyfnodau gofal a ryddhawyd lle cofnododd y therapydd galwedigaethol wrth ryddhau fod apwyntiadau meddyg teulu wedi’u hosgoi, wedi’u rhannu â’r holl gyfnodau a ryddhawyd. Barn y therapydd, nid cyfrif wedi’i fesur.',
    },
    source: `${RECORDS}; seed 001 (I CAN evaluation)`,
    method: 'wilson-interval',
  },
  'gp-appointments-avoided-count': {
    title: {
      en: 'GP appointments avoided (number recorded)',
      cy: 'Apwyntiadau meddyg teulu a osgowyd (nifer a gofnodwyd)',
    },
    definition: {
      en: 'The sum of the GP appointments the OT recorded as avoided at discharge, over episodes discharged in the period.',
      cy: 'Cyfanswm yr apwyntiadau meddyg teulu a gofnododd y therapydd fel rhai a osgowyd wrth ryddhau, dros gyfnodau a ryddhawyd yn ystod y cyfnod.',
    },
    source: RECORDS,
    method: null,
  },
  'secondary-care-avoided': {
    title: {
      en: 'Secondary care or CMHT referral avoided',
      cy: 'Atgyfeiriad at ofal eilaidd neu CMHT wedi’i osgoi',
    },
    definition: {
      en: 'Discharged episodes where the OT recorded at discharge that a referral to secondary care or the community mental health team was avoided, divided by all episodes discharged in the period.',
      cy: 'Cyfnodau gofal a ryddhawyd lle cofnododd y therapydd wrth ryddhau fod atgyfeiriad at ofal eilaidd neu’r tîm iechyd meddwl cymunedol wedi’i osgoi, wedi’u rhannu â’r holl gyfnodau a ryddhawyd.',
    },
    source: `${RECORDS}; seed 001 (I CAN evaluation)`,
    method: 'wilson-interval',
  },
  ...COST_FIGURES,
  'prems-answered': {
    title: { en: 'Experience questionnaires answered', cy: 'Holiaduron profiad a atebwyd' },
    definition: {
      en: 'Patient-reported experience questionnaires (PREMs) answered in the period.',
      cy: 'Holiaduron profiad a adroddwyd gan gleifion (PREMs) a atebwyd yn ystod y cyfnod.',
    },
    source: 'NHS England, Friends and Family Test guidance (the question Everyday asks)',
    method: null,
  },
  'prem-positive': {
    title: { en: 'Experience good or very good', cy: 'Profiad da neu dda iawn' },
    definition: {
      en: 'PREMs answered “very good” or “good”, divided by all PREMs answered in the period (“don’t know” included, as the Friends and Family Test counts it).',
      cy: 'PREMs a atebwyd yn “da iawn” neu’n “da”, wedi’u rhannu â’r holl PREMs a atebwyd yn ystod y cyfnod (gan gynnwys “ddim yn gwybod”, fel y mae Prawf Ffrindiau a Theulu yn ei gyfrif).',
    },
    source: 'NHS England, Friends and Family Test guidance (percentage positive)',
    method: 'wilson-interval',
  },
  'trend-waiting': {
    title: { en: 'Waiting for a first appointment', cy: 'Yn aros am apwyntiad cyntaf' },
    definition: {
      en: 'At the end of each week, people whose request had been received, not signposted, redirected or declined, and who had not yet attended a first appointment or been discharged.',
      cy: 'Ar ddiwedd pob wythnos, pobl yr oedd eu cais wedi dod i law, heb ei gyfeirio, ei ailgyfeirio na’i wrthod, ac nad oeddent wedi mynychu apwyntiad cyntaf na chael eu rhyddhau eto.',
    },
    source: RECORDS,
    method: null,
  },
  'trend-longest-wait': {
    title: { en: 'Longest wait (weeks)', cy: 'Yr aros hiraf (wythnosau)' },
    definition: {
      en: 'At the end of each week, the longest completed weeks any of those waiting had waited since their request.',
      cy: 'Ar ddiwedd pob wythnos, yr wythnosau cyflawn hiraf yr oedd unrhyw un o’r rhai a oedd yn aros wedi aros ers eu cais.',
    },
    source: RTT,
    method: null,
  },
  'sii-dna-rate': sii('dna-rate', { en: 'did-not-attend rate', cy: 'gyfradd heb fynychu' }),
  'rii-dna-rate': rii('dna-rate', { en: 'did-not-attend rate', cy: 'gyfradd heb fynychu' }),
  'sii-improved-main-measure': sii('improved-main-measure', {
    en: 'share improved on the main measure',
    cy: 'gyfran a wellodd ar y prif fesur',
  }),
  'rii-improved-main-measure': rii('improved-main-measure', {
    en: 'share improved on the main measure',
    cy: 'gyfran a wellodd ar y prif fesur',
  }),
} as const satisfies Record<string, Def>;

function decision(title: LocalisedText, what: LocalisedText): Def {
  return {
    title,
    definition: {
      en: `Requests received in the period that were ${what.en} (their decision as read now), divided by all requests received in the period.`,
      cy: `Ceisiadau a gafwyd yn ystod y cyfnod a oedd ${what.cy} (eu penderfyniad fel y’i darllenir nawr), wedi’u rhannu â’r holl geisiadau a gafwyd yn ystod y cyfnod.`,
    },
    source: RECORDS,
    method: 'wilson-interval',
  };
}

function within(weeks: number): Def {
  const n = String(weeks);
  return {
    title: { en: `Seen within ${n} weeks`, cy: `Wedi’u gweld o fewn ${n} wythnos` },
    definition: {
      en: `People first seen in the period whose wait from request to first attended appointment was ${n} weeks (${String(7 * weeks)} days) or less, divided by all people first seen in the period.`,
      cy: `Pobl a welwyd am y tro cyntaf yn ystod y cyfnod yr oedd eu haros o’r cais i’r apwyntiad cyntaf a fynychwyd yn ${n} wythnos (${String(7 * weeks)} diwrnod) neu lai, wedi’u rhannu â’r holl bobl a welwyd am y tro cyntaf yn ystod y cyfnod.`,
    },
    source: RTT,
    method: 'within-weeks',
  };
}

function tt(method: keyof typeof TT_TEXT): Def {
  return {
    ...TT_TEXT[method],
    source: `${TT}. Finished: at least two appointments attended, with a first and last PHQ-9 and GAD-7.`,
    method,
  };
}

function pareto(word: LocalisedText): Def {
  return {
    title: { en: `EQ-5D-5L health ${word.en}`, cy: `Iechyd EQ-5D-5L ${word.cy}` },
    definition: {
      en: `Discharged episodes whose last EQ-5D-5L profile was ${word.en} than the first (Paretian classification), divided by discharged episodes with a first and last profile.`,
      cy: `Cyfnodau gofal a ryddhawyd yr oedd eu proffil EQ-5D-5L olaf yn ${word.cy} o’i gymharu â’r cyntaf (dosbarthiad Pareto), wedi’u rhannu â chyfnodau a ryddhawyd gyda phroffil cyntaf ac olaf.`,
    },
    source: 'Devlin, Parkin & Browne, Health Econ 2010;19:886–905',
    method: 'eq5d-paretian-change',
  };
}

function sii(of: string, rate: LocalisedText): Def {
  return {
    title: {
      en: `Slope index of inequality: ${rate.en}`,
      cy: `Mynegai llethr anghydraddoldeb: ${rate.cy}`,
    },
    definition: {
      en: `The modelled ${rate.en} at the most deprived end minus the least deprived end, across deprivation quintiles weighted by their numbers (figure ${of}); positive when the more deprived fare worse on this rate.`,
      cy: `Y ${rate.cy} a fodelwyd ar y pen mwyaf difreintiedig llai’r pen lleiaf difreintiedig, ar draws cwintelau amddifadedd wedi’u pwysoli yn ôl eu niferoedd (ffigur ${of}); yn bositif pan fo’r gyfradd hon yn uwch ymhlith y mwyaf difreintiedig.`,
    },
    source: 'Public Health Scotland / ScotPHO inequality_measures(); Low & Low 2004',
    method: 'sii',
  };
}

function rii(of: string, rate: LocalisedText): Def {
  return {
    title: {
      en: `Relative index of inequality: ${rate.en}`,
      cy: `Mynegai cymharol anghydraddoldeb: ${rate.cy}`,
    },
    definition: {
      en: `The slope index of inequality of the ${rate.en} divided by the overall rate (figure ${of}), as a ratio.`,
      cy: `Mynegai llethr anghydraddoldeb y ${rate.cy} wedi’i rannu â’r gyfradd gyffredinol (ffigur ${of}), fel cymhareb.`,
    },
    source: 'Public Health Scotland / ScotPHO inequality_measures()',
    method: 'rii',
  };
}

export type DashboardFigureKey = keyof typeof FIGURES;

/** Each outcome measure's name, for the per-instrument rows. */
export const OUTCOME_MEASURE_NAMES: Readonly<Record<OutcomeMeasure, LocalisedText>> = {
  phq9: { en: 'PHQ-9 (depression)', cy: 'PHQ-9 (iselder)' },
  gad7: { en: 'GAD-7 (anxiety)', cy: 'GAD-7 (gorbryder)' },
  eq5d_index: { en: 'EQ-5D-5L index', cy: 'Mynegai EQ-5D-5L' },
  eq5d_vas: { en: 'EQ VAS (health today, 0–100)', cy: 'EQ VAS (iechyd heddiw, 0–100)' },
  work_ability: { en: 'Work Ability Score (0–10)', cy: 'Sgôr Gallu i Weithio (0–10)' },
  copm_performance: { en: 'COPM performance', cy: 'Perfformiad COPM' },
  copm_satisfaction: { en: 'COPM satisfaction', cy: 'Boddhad COPM' },
  cfs: { en: 'Clinical Frailty Scale', cy: 'Graddfa Eiddilwch Clinigol' },
  six_cit: { en: '6CIT (memory and thinking)', cy: '6CIT (cof a meddwl)' },
  gas: { en: 'GAS T-score', cy: 'Sgôr-T GAS' },
};

/** How each measure's reliable change is judged, in words, where it has one. */
const RELIABLE_RULE: Partial<Record<OutcomeMeasure, { text: LocalisedText; source: string }>> = {
  phq9: {
    text: { en: 'a fall of 6 points or more', cy: 'gostyngiad o 6 phwynt neu fwy' },
    source: TT,
  },
  gad7: {
    text: { en: 'a fall of 4 points or more', cy: 'gostyngiad o 4 pwynt neu fwy' },
    source: TT,
  },
  copm_performance: {
    text: { en: 'a rise of 2 points or more', cy: 'cynnydd o 2 bwynt neu fwy' },
    source: 'Law M, et al. COPM manual, 5th edn (2014)',
  },
  copm_satisfaction: {
    text: { en: 'a rise of 2 points or more', cy: 'cynnydd o 2 bwynt neu fwy' },
    source: 'Law M, et al. COPM manual, 5th edn (2014)',
  },
  work_ability: {
    text: {
      en: 'a rise with a Jacobson–Truax reliable change index above 1.96 (r = 0.80, an assumption; SD of the service’s first scores)',
      cy: 'cynnydd gyda mynegai newid dibynadwy Jacobson–Truax uwchlaw 1.96 (r = 0.80, rhagdybiaeth; gwyriad safonol sgoriau cyntaf y gwasanaeth)',
    },
    source: 'Jacobson & Truax 1991; reliability: an assumption (evidence/change.ts)',
  },
};

/** Whether a measure has a reliable-change rule (and so reliably improved/deteriorated figures). */
export function hasReliableRule(measure: OutcomeMeasure): boolean {
  return RELIABLE_RULE[measure] !== undefined;
}

function outcomeDefinitions(measure: OutcomeMeasure): FigureDefinition[] {
  const name = OUTCOME_MEASURE_NAMES[measure];
  const valueSet =
    measure === 'eq5d_index'
      ? {
          en: ' Only first and last indices under the same value set are paired; each value set is its own row.',
          cy: ' Dim ond mynegeion cyntaf ac olaf o dan yr un set gwerthoedd a gaiff eu paru; mae pob set gwerthoedd yn rhes ei hun.',
        }
      : { en: '', cy: '' };
  const defs: FigureDefinition[] = [
    {
      key: `change-${measure}`,
      title: { en: `${name.en}: mean change`, cy: `${name.cy}: newid cymedrig` },
      definition: {
        en: `For discharged episodes with a first and last ${name.en}, the mean of last minus first, with its 95% interval; episodes with only a first score are counted as missing.${valueSet.en}`,
        cy: `Ar gyfer cyfnodau gofal a ryddhawyd gyda ${name.cy} cyntaf ac olaf, cymedr yr olaf llai’r cyntaf, gyda’i gyfwng 95%; caiff cyfnodau gyda sgôr cyntaf yn unig eu cyfrif fel rhai ar goll.${valueSet.cy}`,
      },
      source: 'Altman 1991 §9.6 (paired t interval)',
      method: measure === 'eq5d_index' ? 'eq5d-index-change' : 'paired-change',
    },
  ];
  const rule = RELIABLE_RULE[measure];
  if (rule) {
    defs.push(
      {
        key: `reliable-improvement-${measure}`,
        title: { en: `${name.en}: reliably improved`, cy: `${name.cy}: wedi gwella’n ddibynadwy` },
        definition: {
          en: `Discharged episodes with ${rule.text.en} for the better on ${name.en}, divided by episodes with a first and last score.`,
          cy: `Cyfnodau gofal a ryddhawyd gyda ${rule.text.cy} er gwell ar ${name.cy}, wedi’u rhannu â chyfnodau gyda sgôr cyntaf ac olaf.`,
        },
        source: rule.source,
        method: measure === 'work_ability' ? 'reliable-change-index' : 'wilson-interval',
      },
      {
        key: `reliable-deterioration-${measure}`,
        title: {
          en: `${name.en}: reliably worse`,
          cy: `${name.cy}: wedi gwaethygu’n ddibynadwy`,
        },
        definition: {
          en: `Discharged episodes with the same size of change for the worse on ${name.en}, divided by episodes with a first and last score.`,
          cy: `Cyfnodau gofal a ryddhawyd gyda’r un maint o newid er gwaeth ar ${name.cy}, wedi’u rhannu â chyfnodau gyda sgôr cyntaf ac olaf.`,
        },
        source: rule.source,
        method: measure === 'work_ability' ? 'reliable-change-index' : 'wilson-interval',
      },
    );
  }
  return defs;
}

/** Every definition the dashboard returns: its own figures, then each outcome measure's. */
export function dashboardDefinitions(measures: readonly OutcomeMeasure[]): FigureDefinition[] {
  const own = Object.entries(FIGURES).map(([key, d]) => ({ key, ...d }));
  return [...own, ...measures.flatMap(outcomeDefinitions)];
}

/** One of the dashboard's own definitions. */
export function dashboardFigure(key: DashboardFigureKey): FigureDefinition {
  return { key, ...FIGURES[key] };
}
