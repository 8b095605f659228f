/**
 * The workforce plan's own words, in English and Welsh (issue 13 item 6): its headings, table
 * headers, statements, each figure's meaning and source, and the projection's limits. The
 * meanings follow docs/planning-definitions.md and the planning page's wording.
 */
import type { LocalisedText } from '../shared/localised-text.js';
import type { Tier } from '../triage/triage-types.js';

export const PLAN_SECTIONS = [
  'summary',
  'norm',
  'demand',
  'queueing',
  'projections',
  'assumptions',
] as const;
export type PlanSection = (typeof PLAN_SECTIONS)[number];

export const PLAN_SECTION_TITLES: Readonly<Record<PlanSection, LocalisedText>> = {
  summary: { en: 'Summary', cy: 'Crynodeb' },
  norm: { en: 'The staffing norm', cy: 'Y norm staffio' },
  demand: { en: 'Demand against capacity', cy: 'Galw yn erbyn capasiti' },
  queueing: { en: 'The waiting list’s queueing figures', cy: 'Ffigurau ciwio’r rhestr aros' },
  projections: { en: 'The projections', cy: 'Y rhagamcanion' },
  assumptions: {
    en: 'What the projections assumed, and their limits',
    cy: 'Beth a dybiodd y rhagamcanion, a’u cyfyngiadau',
  },
};

export const TIER_NAMES: Readonly<Record<Tier, LocalisedText>> = {
  universal: { en: 'universal', cy: 'cyffredinol' },
  targeted: { en: 'targeted', cy: 'wedi’i dargedu' },
  individualised: { en: 'individualised', cy: 'unigol' },
};

export const P = {
  title: { en: 'Workforce plan', cy: 'Cynllun gweithlu' },
  produced: { en: 'Produced:', cy: 'Lluniwyd:' },
  recordFrom: { en: 'Figures from the record:', cy: 'Ffigurau o’r cofnod:' },
  projectionsStart: { en: 'Projections start:', cy: 'Y rhagamcanion yn dechrau:' },
  targetWait: { en: 'Target wait:', cy: 'Amser aros targed:' },
  synthetic: {
    en: 'Synthetic data: this workforce plan comes from Everyday’s demonstration service. The people and activity in it are synthetic; it describes no real person or service.',
    cy: 'Data synthetig: daw’r cynllun gweithlu hwn o wasanaeth arddangos Everyday. Mae’r bobl a’r gweithgarwch ynddo yn synthetig; nid yw’n disgrifio unrhyw unigolyn na gwasanaeth go iawn.',
  },
  about: {
    en: 'This plan sets the occupational therapy service’s workforce against its waiting list: the sessions each practice has against the staffing norm, demand against capacity in recent weeks, the waiting list’s queueing figures, and projections of the list ahead with and without changes, with the workforce each target needs. Every figure is given with what it means and where it comes from. The projections are a model of the service, not a forecast: read them as a range, with the limits in section 6.',
    cy: 'Mae’r cynllun hwn yn gosod gweithlu’r gwasanaeth therapi galwedigaethol yn erbyn ei restr aros: y sesiynau sydd gan bob practis o’u cymharu â’r norm staffio, galw yn erbyn capasiti yn yr wythnosau diwethaf, ffigurau ciwio’r rhestr aros, a rhagamcanion o’r rhestr i’r dyfodol gyda newidiadau a hebddynt, gyda’r gweithlu sydd ei angen ar gyfer pob targed. Rhoddir pob ffigur gyda’i ystyr ac o ble y daw. Model o’r gwasanaeth yw’r rhagamcanion, nid rhagolwg: darllenwch nhw fel ystod, gyda’r cyfyngiadau yn adran 6.',
  },
  contents: { en: 'Contents', cy: 'Cynnwys' },
  controlled: {
    en: 'Small numbers are controlled: a count of 1 to 7 is shown as suppressed, every other count is rounded to the nearest 5, and the figures worked out from a suppressed count are held back.',
    cy: 'Mae niferoedd bach yn cael eu rheoli: dangosir cyfrif o 1 i 7 fel un wedi’i atal, caiff pob cyfrif arall ei dalgrynnu i’r 5 agosaf, a chaiff y ffigurau a gyfrifir o gyfrif wedi’i atal eu dal yn ôl.',
  },
  exact: {
    en: 'These figures are exact, not under disclosure control, because the plan was produced by someone who may see people’s records. Apply the small-number rule before sharing any of them outside the service.',
    cy: 'Mae’r ffigurau hyn yn union, heb reolaeth datgelu, oherwydd i’r cynllun gael ei lunio gan rywun sy’n cael gweld cofnodion pobl. Defnyddiwch y rheol niferoedd bach cyn rhannu unrhyw un ohonynt y tu allan i’r gwasanaeth.',
  },
  tableNoteControlled: {
    en: 'Disclosure control: counts of 1 to 7 are suppressed and other counts rounded to the nearest 5.',
    cy: 'Rheoli datgelu: caiff cyfrifon o 1 i 7 eu hatal a chaiff cyfrifon eraill eu talgrynnu i’r 5 agosaf.',
  },
  tableNoteExact: {
    en: 'Exact counts: not under disclosure control.',
    cy: 'Cyfrifon union: heb reolaeth datgelu.',
  },
  footerControlled: {
    en: 'Figures under disclosure control.',
    cy: 'Ffigurau o dan reolaeth datgelu.',
  },
  footerExact: {
    en: 'Exact figures: apply the small-number rule before sharing outside the service.',
    cy: 'Ffigurau union: defnyddiwch y rheol niferoedd bach cyn eu rhannu y tu allan i’r gwasanaeth.',
  },
  // Shared table words
  figure: { en: 'Figure', cy: 'Ffigur' },
  meaning: { en: 'What it means', cy: 'Beth mae’n ei olygu' },
  source: { en: 'Source', cy: 'Ffynhonnell' },
  definitionsCaption: {
    en: 'What the figures mean and where they come from',
    cy: 'Beth mae’r ffigurau’n ei olygu ac o ble y dônt',
  },
  none: { en: 'none', cy: 'dim' },
  unknown: { en: 'Unknown', cy: 'Anhysbys' },
  // Summary
  summaryIntro: {
    en: 'For each projection, at its last week: the median run’s list size with the range it fell in for 8 runs out of 10 (the 10th to the 90th percentile), the longest wait in the same way, the share of people seen within the target wait over the final weeks in the median run, and the extra sessions a week its workforce target needs.',
    cy: 'Ar gyfer pob rhagamcan, yn ei wythnos olaf: maint y rhestr yn y rhediad canolrif gyda’r ystod yr oedd ynddi mewn 8 rhediad o bob 10 (y 10fed i’r 90fed canradd), yr amser aros hiraf yn yr un modd, cyfran y bobl a welwyd o fewn yr amser aros targed dros yr wythnosau olaf yn y rhediad canolrif, a’r sesiynau ychwanegol yr wythnos sydd eu hangen ar gyfer ei darged gweithlu.',
  },
  projection: { en: 'Projection', cy: 'Rhagamcan' },
  baseline: { en: 'Baseline', cy: 'Llinell sylfaen' },
  workforceNeeded: {
    en: 'Workforce needed for the target',
    cy: 'Y gweithlu sydd ei angen ar gyfer y targed',
  },
  noTarget: { en: 'No target set', cy: 'Dim targed wedi’i osod' },
  nobodySeen: { en: 'nobody was seen', cy: 'ni welwyd neb' },
  noProjections: {
    en: 'No projection has been run yet.',
    cy: 'Nid oes unrhyw ragamcan wedi’i redeg eto.',
  },
  // Staffing norm
  normIntro: {
    en: 'Registered population and occupational therapy (OT) sessions a week at each practice, against the staffing norm: the gap in sessions and in whole-time equivalents (WTE) for each practice, each primary care network (PCN) and the service.',
    cy: 'Poblogaeth gofrestredig a sesiynau therapi galwedigaethol yr wythnos ym mhob practis, o’u cymharu â’r norm staffio: y bwlch mewn sesiynau ac mewn cyfwerth ag amser llawn (WTE) ar gyfer pob practis, pob rhwydwaith gofal sylfaenol (PCN) a’r gwasanaeth.',
  },
  serviceTotals: { en: 'The service’s totals', cy: 'Cyfansymiau’r gwasanaeth' },
  practices: { en: 'Practices', cy: 'Practisau' },
  practice: { en: 'Practice', cy: 'Practis' },
  population: { en: 'Registered population', cy: 'Poblogaeth gofrestredig' },
  delivered: {
    en: 'OT sessions a week delivered',
    cy: 'Sesiynau therapi galwedigaethol yr wythnos a ddarperir',
  },
  needed: { en: 'Sessions a week needed', cy: 'Sesiynau’r wythnos sydd eu hangen' },
  gapSessions: { en: 'Gap (sessions a week)', cy: 'Bwlch (sesiynau’r wythnos)' },
  gapWte: { en: 'Gap (WTE)', cy: 'Bwlch (WTE)' },
  meetingNorm: { en: 'Practices meeting the norm', cy: 'Practisau sy’n cyrraedd y norm' },
  withSessions: {
    en: 'Practices with some OT sessions a week',
    cy: 'Practisau gyda rhai sesiynau therapi galwedigaethol yr wythnos',
  },
  unknownListSize: {
    en: 'Practices with no list size recorded',
    cy: 'Practisau heb faint rhestr wedi’i gofnodi',
  },
  notAtPractice: {
    en: 'Sessions a week at sites of a PCN or the service rather than a practice (in no practice’s gap)',
    cy: 'Sesiynau’r wythnos mewn safleoedd PCN neu’r gwasanaeth yn hytrach na phractis (ym mwlch dim un practis)',
  },
  noPcn: { en: 'Practices not in a PCN', cy: 'Practisau nad ydynt mewn PCN' },
  noPractices: { en: 'There are no practices.', cy: 'Does dim practisau.' },
  isDefault: {
    en: 'This is the default, from the source below.',
    cy: 'Dyma’r rhagosodiad, o’r ffynhonnell isod.',
  },
  // Demand against capacity
  demandIntro: {
    en: 'Each past week: how many people joined the waiting list, how many first appointments were booked (people taken off the list), and how many one-to-one slots the rota gave and how many of them were booked.',
    cy: 'Pob wythnos a fu: faint o bobl a ymunodd â’r rhestr aros, faint o apwyntiadau cyntaf a drefnwyd (pobl a dynnwyd oddi ar y rhestr), a faint o slotiau un i un a roddodd y rota a faint ohonynt a drefnwyd.',
  },
  demandChart: {
    en: 'People joining the waiting list each week',
    cy: 'Pobl yn ymuno â’r rhestr aros bob wythnos',
  },
  demandAxis: { en: 'people joining', cy: 'pobl yn ymuno' },
  demandCaption: { en: 'Demand and capacity each week', cy: 'Galw a chapasiti bob wythnos' },
  weekStarting: { en: 'Week starting', cy: 'Wythnos yn dechrau' },
  joined: { en: 'Joined the waiting list', cy: 'Ymunodd â’r rhestr aros' },
  booked: { en: 'First appointments booked', cy: 'Apwyntiadau cyntaf a drefnwyd' },
  slots: { en: 'One-to-one slots', cy: 'Slotiau un i un' },
  slotsBooked: { en: 'Slots booked', cy: 'Slotiau a drefnwyd' },
  noWeeks: { en: 'There are no weeks to show yet.', cy: 'Does dim wythnosau i’w dangos eto.' },
  roundedTotals: {
    en: ' These totals add the rounded weekly counts.',
    cy: ' Mae’r cyfansymiau hyn yn adio’r cyfrifon wythnosol wedi’u talgrynnu.',
  },
  // Queueing
  queueingCaption: { en: 'Queueing figures', cy: 'Ffigurau ciwio' },
  group: { en: 'Pathway and tier', cy: 'Llwybr a haen' },
  wholeList: { en: 'The whole waiting list', cy: 'Y rhestr aros gyfan' },
  anyPathway: { en: 'Any pathway', cy: 'Unrhyw lwybr' },
  anyTier: { en: 'any tier', cy: 'unrhyw haen' },
  demandPerWeek: { en: 'Joining a week', cy: 'Ymuno yr wythnos' },
  capacityPerWeek: { en: 'Booked a week', cy: 'Trefnwyd yr wythnos' },
  waitingNow: { en: 'Waiting now', cy: 'Yn aros nawr' },
  load: { en: 'Queue load', cy: 'Llwyth y ciw' },
  targetMeanWait: { en: 'Target mean wait', cy: 'Amser aros cymedrig targed' },
  targetQueueSize: { en: 'Target queue size', cy: 'Maint targed y ciw' },
  capacityNeeded: { en: 'Capacity needed a week', cy: 'Capasiti sydd ei angen bob wythnos' },
  targetCapacity: { en: 'Target capacity', cy: 'Capasiti targed' },
  reliefCapacity: { en: 'Relief capacity', cy: 'Capasiti lliniaru' },
  pressure: { en: 'Waiting list pressure', cy: 'Pwysau’r rhestr aros' },
  targetKind: { en: 'target', cy: 'targed' },
  reliefKind: { en: 'relief', cy: 'lliniaru' },
  grows: { en: 'the list grows', cy: 'mae’r rhestr yn tyfu' },
  likelyToMiss: { en: 'likely to miss the target', cy: 'yn debygol o fethu’r targed' },
  notWorkedOut: {
    en: 'not worked out: nobody was booked',
    cy: 'heb ei gyfrifo: ni chafodd neb apwyntiad',
  },
  noGroups: {
    en: 'Nobody joined or waited on the list in this time.',
    cy: 'Ni wnaeth neb ymuno â’r rhestr nac aros arni yn yr amser hwn.',
  },
  // Projections
  runs: { en: 'Runs:', cy: 'Rhediadau:' },
  starts: { en: 'Starts:', cy: 'Yn dechrau:' },
  weeksProjected: { en: 'Weeks projected:', cy: 'Wythnosau a ragamcanwyd:' },
  seed: { en: 'Seed:', cy: 'Hedyn:' },
  stoppedEarly: { en: 'stopped early', cy: 'wedi’i stopio’n gynnar' },
  changesTitle: { en: 'Changes from the baseline:', cy: 'Newidiadau o’r llinell sylfaen:' },
  noChanges: {
    en: 'No changes: the service as its record and rota stand.',
    cy: 'Dim newidiadau: y gwasanaeth fel y mae ei gofnod a’i rota.',
  },
  week: { en: 'Week', cy: 'Wythnos' },
  listP10: { en: 'List size: 10th percentile', cy: 'Maint y rhestr: 10fed canradd' },
  listP50: { en: 'List size: median', cy: 'Maint y rhestr: canolrif' },
  listP90: { en: 'List size: 90th percentile', cy: 'Maint y rhestr: 90fed canradd' },
  longestP50: {
    en: 'Longest wait in weeks: median',
    cy: 'Yr amser aros hiraf mewn wythnosau: canolrif',
  },
  seenP50: { en: 'Seen within target: median', cy: 'Wedi’u gweld o fewn y targed: canolrif' },
  listAxis: { en: 'people waiting', cy: 'pobl yn aros' },
  anyPractice: { en: 'not tied to a practice', cy: 'heb fod ynghlwm wrth bractis' },
  unknownPractice: {
    en: 'a practice no longer in the service',
    cy: 'practis nad yw yn y gwasanaeth mwyach',
  },
  everyPathway: { en: 'every pathway', cy: 'pob llwybr' },
  // Assumptions and limits
  assumptionsCaption: {
    en: 'Each assumption, its value and where it came from',
    cy: 'Pob rhagdybiaeth, ei gwerth ac o ble y daeth',
  },
  assumption: { en: 'Assumption', cy: 'Rhagdybiaeth' },
  value: { en: 'Value', cy: 'Gwerth' },
  cameFrom: { en: 'Where it came from', cy: 'O ble y daeth' },
  demoDefault: { en: 'A demo default', cy: 'Rhagosodiad demo' },
  defaultsNote: {
    en: 'A demo default is an assumption for a demonstration, not evidence about this service: the record had too little to measure it. It is replaced by the service’s own rate once the record has enough.',
    cy: 'Rhagdybiaeth ar gyfer arddangosiad yw rhagosodiad demo, nid tystiolaeth am y gwasanaeth hwn: nid oedd digon yn y cofnod i’w fesur. Bydd cyfradd y gwasanaeth ei hun yn cymryd ei le pan fydd digon yn y cofnod.',
  },
  limitsTitle: { en: 'The projections’ limits', cy: 'Cyfyngiadau’r rhagamcanion' },
  limits: {
    en: [
      'One shared list. The projection has one waiting list for the whole service: sessions kept for one practice or one pathway are modelled as capacity anyone on the list can use, so sessions added for one pathway shorten every pathway’s wait a little rather than that pathway’s a lot.',
      'A model, not a forecast. The projection models the service from its own record and rota; it is no guarantee of what will happen. A change the model does not carry (a change in demand within the year, booking ahead, how many attend a group) would give a different list.',
      'Percentiles. The projection is run many times with different chances. The median is the middle run; in 8 runs out of 10 the figure fell between the 10th and the 90th percentile, so in 1 run in 10 it was lower and in 1 run in 10 higher.',
      'The workforce needed. It is the fewest extra sessions a week, spread over the existing clinic days from the first week, whose median run meets the target; in about half of possible years the share seen within the target would be lower. It allows no recruitment lead time: it is the capacity needed, not a timetable for recruiting it.',
    ],
    cy: [
      'Un rhestr a rennir. Mae gan y rhagamcan un rhestr aros ar gyfer y gwasanaeth cyfan: caiff sesiynau a gedwir ar gyfer un practis neu un llwybr eu modelu fel capasiti y gall unrhyw un ar y rhestr ei ddefnyddio, felly mae sesiynau a ychwanegir ar gyfer un llwybr yn byrhau amser aros pob llwybr ychydig yn hytrach nag amser aros y llwybr hwnnw lawer.',
      'Model, nid rhagolwg. Mae’r rhagamcan yn modelu’r gwasanaeth o’i gofnod a’i rota ei hun; nid yw’n gwarantu beth fydd yn digwydd. Byddai newid nad yw’r model yn ei gynnwys (newid yn y galw yn ystod y flwyddyn, trefnu apwyntiadau ymlaen llaw, faint sy’n dod i grŵp) yn rhoi rhestr wahanol.',
      'Canraddau. Caiff y rhagamcan ei redeg lawer gwaith gyda siawns wahanol. Y canolrif yw’r rhediad canol; mewn 8 rhediad o bob 10 roedd y ffigur rhwng y 10fed a’r 90fed canradd, felly mewn 1 rhediad o bob 10 roedd yn is ac mewn 1 rhediad o bob 10 yn uwch.',
      'Y gweithlu sydd ei angen. Dyma’r nifer lleiaf o sesiynau ychwanegol yr wythnos, wedi’u rhannu dros y diwrnodau clinig presennol o’r wythnos gyntaf, y mae ei rediad canolrif yn cyrraedd y targed; mewn tua hanner y blynyddoedd posibl byddai’r gyfran a welir o fewn y targed yn is. Nid yw’n caniatáu amser i recriwtio: dyma’r capasiti sydd ei angen, nid amserlen ar gyfer ei recriwtio.',
    ],
  },
} as const satisfies Record<
  string,
  LocalisedText | { en: readonly string[]; cy: readonly string[] }
>;

/** Sentences with figures in them. */
export const S = {
  weeks: (n: string, one: boolean): LocalisedText => ({
    en: `${n} ${one ? 'week' : 'weeks'}`,
    cy: `${n} wythnos`,
  }),
  period: (from: string, to: string): LocalisedText => ({
    en: `${from} to ${to}`,
    cy: `${from} i ${to}`,
  }),
  band: (median: string, low: string, high: string): LocalisedText => ({
    en: `${median} (${low} to ${high})`,
    cy: `${median} (${low} i ${high})`,
  }),
  listAt: (week: string): LocalisedText => ({
    en: `List size at week ${week}: median (10th to 90th percentile)`,
    cy: `Maint y rhestr yn wythnos ${week}: canolrif (10fed i 90fed canradd)`,
  }),
  longestAt: (week: string): LocalisedText => ({
    en: `Longest wait at week ${week} in weeks: median (10th to 90th percentile)`,
    cy: `Yr amser aros hiraf yn wythnos ${week} mewn wythnosau: canolrif (10fed i 90fed canradd)`,
  }),
  seenOver: (weeks: string): LocalisedText => ({
    en: `Seen within the target over the final ${weeks} (median run)`,
    cy: `Wedi’u gweld o fewn y targed dros y ${weeks} olaf (rhediad canolrif)`,
  }),
  target: (share: string, weeks: string): LocalisedText => ({
    en: `${share} seen within ${weeks}`,
    cy: `${share} wedi’u gweld o fewn ${weeks}`,
  }),
  needed: (sessions: string, one: boolean, wte: string, target: string): LocalisedText => ({
    en: `${sessions} more ${one ? 'session' : 'sessions'} a week (${wte} WTE) for ${target}`,
    cy: `${sessions} sesiwn ychwanegol yr wythnos (${wte} WTE) ar gyfer ${target}`,
  }),
  noneNeeded: (target: string): LocalisedText => ({
    en: `No more sessions needed: the projection already meets ${target}`,
    cy: `Dim angen sesiynau ychwanegol: mae’r rhagamcan eisoes yn cyrraedd ${target}`,
  }),
  notMet: (target: string, max: string, share: string): LocalisedText => ({
    en: `${target} not met even with ${max} more sessions a week (it reached ${share})`,
    cy: `Ni chyrhaeddwyd ${target} hyd yn oed gyda ${max} sesiwn ychwanegol yr wythnos (cyrhaeddodd ${share})`,
  }),
  normUsed: (population: string): LocalisedText => ({
    en: `The norm used: at least one advanced occupational therapist session a week per ${population} registered population at each practice.`,
    cy: `Y norm a ddefnyddir: o leiaf un sesiwn yr wythnos gan therapydd galwedigaethol uwch am bob ${population} o boblogaeth gofrestredig ym mhob practis.`,
  }),
  notDefault: (population: string): LocalisedText => ({
    en: `This differs from the default of ${population}, from the source below.`,
    cy: `Mae hyn yn wahanol i’r rhagosodiad o ${population}, o’r ffynhonnell isod.`,
  }),
  normSource: (citation: string, quote: string): LocalisedText => ({
    en: `Source: ${citation}: “${quote}”`,
    cy: `Ffynhonnell: ${citation}: “${quote}”`,
  }),
  wteAssumption: (sessions: string): LocalisedText => ({
    en: `Assumption: ${sessions} sessions a week make one whole-time equivalent (WTE), the NHS job-planning convention of ten programmed activities for a full-time post. A session is four hours of clinic, as on the staff register.`,
    cy: `Rhagdybiaeth: mae ${sessions} sesiwn yr wythnos yn gwneud un cyfwerth ag amser llawn (WTE), sef confensiwn cynllunio swyddi’r GIG o ddeg gweithgaredd rhaglenedig ar gyfer swydd amser llawn. Mae sesiwn yn bedair awr o glinig, fel ar y gofrestr staff.`,
  }),
  pcnCaption: (pcn: string): LocalisedText => ({
    en: `Practices in ${pcn}`,
    cy: `Practisau yn ${pcn}`,
  }),
  total: (pcn: string): LocalisedText => ({
    en: `Total for ${pcn}`,
    cy: `Cyfanswm ar gyfer ${pcn}`,
  }),
  demandSummary: (
    from: string,
    to: string,
    joined: string,
    booked: string,
    slots: string,
  ): LocalisedText => ({
    en: `From ${from} to ${to}: ${joined} joined the waiting list, ${booked} first appointments were booked, and the rota gave ${slots} one-to-one slots.`,
    cy: `O ${from} i ${to}: ymunodd ${joined} â’r rhestr aros, trefnwyd ${booked} o apwyntiadau cyntaf, a rhoddodd y rota ${slots} o slotiau un i un.`,
  }),
  demandSummaryHidden: (from: string, to: string, slots: string): LocalisedText => ({
    en: `From ${from} to ${to} the rota gave ${slots} one-to-one slots. No total of people joining or booked is given, because some weeks’ counts are suppressed.`,
    cy: `O ${from} i ${to} rhoddodd y rota ${slots} o slotiau un i un. Ni roddir cyfanswm y bobl a ymunodd neu a gafodd apwyntiad, oherwydd bod cyfrifon rhai wythnosau wedi’u hatal.`,
  }),
  queueingIntro: (from: string, to: string, weeks: string, factor: string): LocalisedText => ({
    en: `For the whole waiting list and each pathway and tier, from who joined and who was booked between ${from} and ${to}, for a target wait of ${weeks} (a target mean wait of the target divided by ${factor}).`,
    cy: `Ar gyfer y rhestr aros gyfan a phob llwybr a haen, o’r rhai a ymunodd a’r rhai a gafodd apwyntiad rhwng ${from} a ${to}, ar gyfer amser aros targed o ${weeks} (amser aros cymedrig targed o’r targed wedi’i rannu â ${factor}).`,
  }),
  group: (pathway: string, tier: string): LocalisedText => ({
    en: `${pathway}, ${tier}`,
    cy: `${pathway}, ${tier}`,
  }),
  runsOf: (runs: string, requested: string): LocalisedText => ({
    en: `${runs} of ${requested}`,
    cy: `${runs} o ${requested}`,
  }),
  weekRow: (week: string, date: string): LocalisedText => ({
    en: `Week ${week} (to ${date})`,
    cy: `Wythnos ${week} (hyd at ${date})`,
  }),
  listChart: (name: string): LocalisedText => ({
    en: `${name}: the median run’s list size at the end of each week (the 10th and 90th percentiles are in the table)`,
    cy: `${name}: maint y rhestr yn y rhediad canolrif ar ddiwedd pob wythnos (mae’r 10fed a’r 90fed canradd yn y tabl)`,
  }),
  listTable: (name: string): LocalisedText => ({
    en: `${name}: every fourth week`,
    cy: `${name}: bob pedwaredd wythnos`,
  }),
  listSummary: (
    first: string,
    last: string,
    week: string,
    low: string,
    high: string,
  ): LocalisedText => ({
    en: `In the median run the list goes from ${first} at the end of week 1 to ${last} at the end of week ${week}; in 8 runs out of 10 it ends between ${low} and ${high}.`,
    cy: `Yn y rhediad canolrif mae’r rhestr yn mynd o ${first} ar ddiwedd wythnos 1 i ${last} ar ddiwedd wythnos ${week}; mewn 8 rhediad o bob 10 mae’n gorffen rhwng ${low} a ${high}.`,
  }),
  workforceLine: (text: string): LocalisedText => ({
    en: `Workforce needed for the target: ${text}.`,
    cy: `Y gweithlu sydd ei angen ar gyfer y targed: ${text}.`,
  }),
  vacancy: (risk: string): LocalisedText => ({
    en: `Vacancy risk: this projection assumes its new OT post is filled; there is a ${risk} chance it stays vacant, which is the baseline’s case.`,
    cy: `Risg swydd wag: mae’r rhagamcan hwn yn tybio y bydd swydd y therapydd galwedigaethol newydd yn cael ei llenwi; mae siawns o ${risk} y bydd yn aros yn wag, sef achos y llinell sylfaen.`,
  }),
  stopped: (runs: string, requested: string): LocalisedText => ({
    en: `This projection was stopped early: it shows the ${runs} runs finished of the ${requested} asked for.`,
    cy: `Stopiwyd y rhagamcan hwn yn gynnar: mae’n dangos y ${runs} rhediad a orffennwyd o’r ${requested} y gofynnwyd amdanynt.`,
  }),
  start: (date: string, weeks: string): LocalisedText => ({
    en: `The projections start on ${date} and look ${weeks} ahead, a day at a time, many times over with different chances.`,
    cy: `Mae’r rhagamcanion yn dechrau ar ${date} ac yn edrych ${weeks} ymlaen, ddiwrnod ar y tro, lawer gwaith drosodd gyda siawns wahanol.`,
  }),
  capacity: (slots: string, sessions: string, perSession: string): LocalisedText => ({
    en: `The rota gives ${slots} one-to-one slots a week: ${sessions} sessions a week of about ${perSession} slots each.`,
    cy: `Mae’r rota yn rhoi ${slots} o slotiau un i un yr wythnos: ${sessions} o sesiynau’r wythnos o tua ${perSession} o slotiau yr un.`,
  }),
  waitingNow: (waiting: string): LocalisedText => ({
    en: `Waiting when the projections start: ${waiting}.`,
    cy: `Yn aros pan fydd y rhagamcanion yn dechrau: ${waiting}.`,
  }),
  perWeek: (value: string): LocalisedText => ({ en: `${value} a week`, cy: `${value} yr wythnos` }),
  days: (value: string, one: boolean): LocalisedText => ({
    en: `${value} ${one ? 'day' : 'days'}`,
    cy: `${value} diwrnod`,
  }),
  fromRecord: (n: string): LocalisedText => ({
    en: `From the record (n ${n})`,
    cy: `O’r cofnod (n ${n})`,
  }),
} as const;

/** A change of a scenario in words. */
export const CHANGE = {
  sessions: (
    n: string,
    more: boolean,
    one: boolean,
    from: string,
    practice: string,
    pathway: string,
  ): LocalisedText => ({
    en: `${n} ${more ? 'more' : 'fewer'} ${one ? 'session' : 'sessions'} a week ${from}, ${practice}, for ${pathway}.`,
    cy: `${n} sesiwn yn ${more ? 'fwy' : 'llai'} yr wythnos ${from}, ${practice}, ar gyfer ${pathway}.`,
  }),
  fromFirst: { en: 'from the first week', cy: 'o’r wythnos gyntaf' },
  fromWeek: (week: string): LocalisedText => ({ en: `from week ${week}`, cy: `o wythnos ${week}` }),
  atPractice: (name: string): LocalisedText => ({ en: `at ${name}`, cy: `yn ${name}` }),
  newOt: (
    wte: string,
    sessions: string,
    from: string,
    lead: string,
    risk: string,
    practice: string,
  ): LocalisedText => ({
    en: `A new OT at ${wte} WTE (${sessions} sessions a week) ${from}, after a recruitment lead time of ${lead}, with a ${risk} chance the post stays vacant; ${practice}.`,
    cy: `Therapydd galwedigaethol newydd ar ${wte} WTE (${sessions} sesiwn yr wythnos) ${from}, ar ôl amser recriwtio o ${lead}, gyda siawns o ${risk} y bydd y swydd yn aros yn wag; ${practice}.`,
  }),
  demand: (percent: string, up: boolean, pathway: string): LocalisedText => ({
    en: `Demand ${up ? 'up' : 'down'} ${percent} for ${pathway}.`,
    cy: `Galw i ${up ? 'fyny' : 'lawr'} ${percent} ar gyfer ${pathway}.`,
  }),
  tiered: (
    group: string,
    selfHelp: string,
    places: string,
    every: string,
    pathway: string,
  ): LocalisedText => ({
    en: `Tiered model: ${group} of routine referrals to a group and ${selfHelp} to self-help, a group of ${places} places every ${every}, for ${pathway}.`,
    cy: `Model haenog: ${group} o atgyfeiriadau arferol i grŵp a ${selfHelp} i hunangymorth, grŵp o ${places} lle bob ${every}, ar gyfer ${pathway}.`,
  }),
  dnaReduction: (share: string): LocalisedText => ({
    en: `Fewer missed appointments: the did-not-attend rate ${share} lower than the baseline’s (a relative reduction).`,
    cy: `Llai o apwyntiadau a gollwyd: y gyfradd heb fynychu ${share} yn is na chyfradd y llinell sylfaen (gostyngiad cymharol).`,
  }),
} as const;

export const ASSUMPTION_NAMES = {
  demandPerWeek: { en: 'People joining the waiting list', cy: 'Pobl yn ymuno â’r rhestr aros' },
  didNotAttend: { en: 'Appointments not attended', cy: 'Apwyntiadau heb eu mynychu' },
  lateCancellation: {
    en: 'Appointments cancelled too late to give to someone else',
    cy: 'Apwyntiadau wedi’u canslo’n rhy hwyr i’w rhoi i rywun arall',
  },
  rebookAfterDidNotAttend: {
    en: 'Rebooked after a missed appointment',
    cy: 'Wedi trefnu eto ar ôl colli apwyntiad',
  },
  withdrawPerWeek: { en: 'People waiting who withdraw', cy: 'Pobl sy’n aros sy’n tynnu’n ôl' },
  meanSessions: {
    en: 'Sessions in an episode of care, on average',
    cy: 'Sesiynau mewn cyfnod o ofal, ar gyfartaledd',
  },
  daysBetweenSessions: { en: 'Days between sessions', cy: 'Diwrnodau rhwng sesiynau' },
} as const satisfies Record<string, LocalisedText>;
export type AssumptionKey = keyof typeof ASSUMPTION_NAMES;
export const ASSUMPTION_KEYS = Object.keys(ASSUMPTION_NAMES) as AssumptionKey[];
