/**
 * The service report's own words, in English and Welsh (issue 12 item 3). The figures' titles
 * and definitions come with the dashboard (`definitions`); these are the report's headings,
 * table headers, statements and the cost assumptions.
 */
import type { BreakdownKey } from '../contracts/evidence.js';
import type { LocalisedText } from '../shared/localised-text.js';

export const REPORT_SECTIONS = [
  'headline',
  'access',
  'outcomes',
  'work',
  'avoided',
  'experience',
  'equity',
] as const;
export type ReportSection = (typeof REPORT_SECTIONS)[number];

export const SECTION_TITLES: Readonly<Record<ReportSection, LocalisedText>> = {
  headline: { en: 'Headline figures', cy: 'Prif ffigurau' },
  access: { en: 'Access and waiting', cy: 'Mynediad ac aros' },
  outcomes: { en: 'Outcomes', cy: 'Canlyniadau' },
  work: { en: 'Work', cy: 'Gwaith' },
  avoided: { en: 'What was avoided and what it cost', cy: 'Yr hyn a osgowyd a’r gost' },
  experience: { en: 'Experience', cy: 'Profiad' },
  equity: { en: 'Equity: who the service reached', cy: 'Tegwch: pwy a gyrhaeddodd y gwasanaeth' },
};

export const APPENDIX_TITLES = {
  definitions: {
    en: 'Appendix A: definitions of the figures',
    cy: 'Atodiad A: diffiniadau’r ffigurau',
  },
  methods: { en: 'Appendix B: methods', cy: 'Atodiad B: dulliau' },
  disclosure: { en: 'Appendix C: disclosure control', cy: 'Atodiad C: rheoli datgelu' },
} as const satisfies Record<string, LocalisedText>;

export const W = {
  title: { en: 'Service report', cy: 'Adroddiad gwasanaeth' },
  period: { en: 'Period:', cy: 'Cyfnod:' },
  practice: { en: 'Practice:', cy: 'Practis:' },
  allPractices: { en: 'All practices', cy: 'Pob practis' },
  pathway: { en: 'Pathway:', cy: 'Llwybr:' },
  allPathways: { en: 'All pathways', cy: 'Pob llwybr' },
  produced: { en: 'Produced:', cy: 'Lluniwyd:' },
  recordsRead: { en: 'Records read:', cy: 'Cofnodion wedi’u darllen:' },
  synthetic: {
    en: 'Synthetic data: this report comes from Everyday’s demonstration service. The people, practices and figures in it are made up; it describes no real person or service.',
    cy: 'Data synthetig: daw’r adroddiad hwn o wasanaeth arddangos Everyday. Mae’r bobl, y practisau a’r ffigurau ynddo wedi’u creu; nid yw’n disgrifio unrhyw unigolyn na gwasanaeth go iawn.',
  },
  about: {
    en: 'This report sets out what the occupational therapy service did in the period, for whom, with what outcomes and at what cost, from the service’s own records. Every figure is defined in appendix A and its method set out in appendix B. The figures leave the service, so all of them are under disclosure control (appendix C), whoever produced the report.',
    cy: 'Mae’r adroddiad hwn yn nodi’r hyn a wnaeth y gwasanaeth therapi galwedigaethol yn ystod y cyfnod, i bwy, gyda pha ganlyniadau ac am ba gost, o gofnodion y gwasanaeth ei hun. Diffinnir pob ffigur yn atodiad A a nodir ei ddull yn atodiad B. Mae’r ffigurau’n gadael y gwasanaeth, felly maent i gyd o dan reolaeth datgelu (atodiad C), pwy bynnag a luniodd yr adroddiad.',
  },
  contents: { en: 'Contents', cy: 'Cynnwys' },
  footer: { en: 'Service report', cy: 'Adroddiad gwasanaeth' },
  footerControlled: {
    en: 'Figures under disclosure control.',
    cy: 'Ffigurau o dan reolaeth datgelu.',
  },
  // Table headers
  figure: { en: 'Figure', cy: 'Ffigur' },
  value: { en: 'Value', cy: 'Gwerth' },
  interval: { en: '95% confidence interval', cy: 'Cyfwng hyder 95%' },
  basedOn: { en: 'Based on', cy: 'Yn seiliedig ar' },
  // Disclosure statements beside tables
  disclosureNote: {
    en: 'Disclosure control: counts of 1 to 7 are suppressed and other counts rounded to the nearest 5; rates and intervals are worked out from the rounded counts.',
    cy: 'Rheoli datgelu: caiff cyfrifon o 1 i 7 eu hatal a chaiff cyfrifon eraill eu talgrynnu i’r 5 agosaf; cyfrifir cyfraddau a chyfyngau o’r cyfrifon wedi’u talgrynnu.',
  },
  disclosureNoteTable: {
    en: 'Disclosure control: counts of 1 to 7 are suppressed and other counts rounded to the nearest 5; rates and intervals are worked out from the rounded counts; a further count is hidden wherever a hidden one could be worked out from the others and the total.',
    cy: 'Rheoli datgelu: caiff cyfrifon o 1 i 7 eu hatal a chaiff cyfrifon eraill eu talgrynnu i’r 5 agosaf; cyfrifir cyfraddau a chyfyngau o’r cyfrifon wedi’u talgrynnu; caiff cyfrif arall ei guddio lle bynnag y gellid cyfrifo un cudd o’r lleill a’r cyfanswm.',
  },
  // Access
  trendChart: {
    en: 'People waiting for a first appointment at the end of each week',
    cy: 'Pobl yn aros am apwyntiad cyntaf ar ddiwedd pob wythnos',
  },
  trendAxis: { en: 'people waiting', cy: 'pobl yn aros' },
  trendTable: { en: 'Week by week', cy: 'Wythnos wrth wythnos' },
  weekBeginning: { en: 'Week beginning', cy: 'Wythnos yn dechrau' },
  requests: { en: 'Requests', cy: 'Ceisiadau' },
  firstAppointments: { en: 'First seen', cy: 'Wedi’u gweld gyntaf' },
  attended: { en: 'Attended', cy: 'Wedi’u mynychu' },
  waitingAtEnd: { en: 'Waiting at the week’s end', cy: 'Yn aros ar ddiwedd yr wythnos' },
  longestWait: { en: 'Longest wait (weeks)', cy: 'Yr aros hiraf (wythnosau)' },
  noWeeks: { en: 'No weeks to show.', cy: 'Dim wythnosau i’w dangos.' },
  // Outcomes
  outcomesIntro: {
    en: 'Each measure’s first and last score in episodes discharged in the period. Episodes with both are paired; those with only a first score are counted as missing. EQ-5D-5L index changes are never mixed across value sets: each value set is its own row.',
    cy: 'Sgôr cyntaf ac olaf pob mesur mewn cyfnodau gofal a ryddhawyd yn ystod y cyfnod. Caiff cyfnodau gyda’r ddau eu paru; caiff y rhai â sgôr cyntaf yn unig eu cyfrif fel rhai ar goll. Ni chaiff newidiadau ym mynegai EQ-5D-5L eu cymysgu ar draws setiau gwerthoedd: mae pob set gwerthoedd yn rhes ei hun.',
  },
  measure: { en: 'Measure', cy: 'Mesur' },
  paired: { en: 'Paired', cy: 'Wedi’u paru' },
  missing: { en: 'Missing', cy: 'Ar goll' },
  meanFirstLast: { en: 'Mean first and last', cy: 'Cymedr cyntaf ac olaf' },
  meanChange: {
    en: 'Mean change (95% confidence interval)',
    cy: 'Newid cymedrig (cyfwng hyder 95%)',
  },
  reliablyImproved: { en: 'Reliably improved', cy: 'Wedi gwella’n ddibynadwy' },
  reliablyWorse: { en: 'Reliably worse', cy: 'Wedi gwaethygu’n ddibynadwy' },
  valueSet: { en: 'value set', cy: 'set gwerthoedd' },
  notDefined: { en: 'not defined', cy: 'heb ei ddiffinio' },
  noOutcomes: {
    en: 'No outcome measures were recorded in episodes discharged in the period.',
    cy: 'Ni chofnodwyd unrhyw fesurau canlyniad mewn cyfnodau gofal a ryddhawyd yn ystod y cyfnod.',
  },
  otherOutcomes: { en: 'Rates of change', cy: 'Cyfraddau newid' },
  // Experience
  noComments: {
    en: 'People’s own comments are not included: they stay inside the service, for staff who may see these people’s records.',
    cy: 'Ni chynhwysir sylwadau pobl eu hunain: maent yn aros o fewn y gwasanaeth, i staff sy’n cael gweld cofnodion y bobl hyn.',
  },
  // Equity
  rate: { en: 'Rate', cy: 'Cyfradd' },
  group: { en: 'Group', cy: 'Grŵp' },
  notRecorded: { en: 'Not recorded', cy: 'Heb ei gofnodi' },
  sii: {
    en: 'Slope index of inequality (95% confidence interval)',
    cy: 'Mynegai llethr anghydraddoldeb (cyfwng hyder 95%)',
  },
  rii: {
    en: 'Relative index of inequality (95% confidence interval)',
    cy: 'Mynegai cymharol anghydraddoldeb (cyfwng hyder 95%)',
  },
  gradients: {
    en: 'The gradient across deprivation quintiles',
    cy: 'Y graddiant ar draws cwintelau amddifadedd',
  },
  gradientNote: {
    en: 'A positive slope index means the rate is higher among the more deprived; the relative index is the slope index divided by the overall rate. Both are worked out from the rounded counts of the quintiles (disclosure control), and are not shown when any quintile’s count was suppressed.',
    cy: 'Mae mynegai llethr positif yn golygu bod y gyfradd yn uwch ymhlith y mwyaf difreintiedig; y mynegai cymharol yw’r mynegai llethr wedi’i rannu â’r gyfradd gyffredinol. Cyfrifir y ddau o gyfrifon wedi’u talgrynnu’r cwintelau (rheoli datgelu), ac ni chânt eu dangos pan ataliwyd cyfrif unrhyw gwintel.',
  },
  percentagePoints: { en: 'percentage points', cy: 'pwynt canran' },
  // Appendices
  whatIsCounted: { en: 'What is counted', cy: 'Beth a gyfrifir' },
  source: { en: 'Source', cy: 'Ffynhonnell' },
  method: { en: 'Method', cy: 'Dull' },
  rule: { en: 'Rule', cy: 'Rheol' },
} as const satisfies Record<string, LocalisedText>;

/** The equity breakdowns the report prints, in order, with their headings. */
export const EQUITY_BREAKDOWNS = [
  'imd-quintile',
  'core20',
  'age-band',
  'sex',
  'ethnicity',
  'practice',
] as const satisfies readonly BreakdownKey[];
export type EquityBreakdown = (typeof EQUITY_BREAKDOWNS)[number];

export const BREAKDOWN_TITLES: Readonly<Record<EquityBreakdown, LocalisedText>> = {
  'imd-quintile': { en: 'By deprivation quintile', cy: 'Yn ôl cwintel amddifadedd' },
  core20: {
    en: 'Core20: the most deprived 20% of areas in England',
    cy: 'Core20: yr 20% o ardaloedd mwyaf difreintiedig yn Lloegr',
  },
  'age-band': { en: 'By age band', cy: 'Yn ôl band oedran' },
  sex: { en: 'By sex', cy: 'Yn ôl rhyw' },
  ethnicity: { en: 'By ethnic group', cy: 'Yn ôl grŵp ethnig' },
  practice: { en: 'By practice', cy: 'Yn ôl practis' },
};

export const DEPRIVATION_INDEX_NAMES = {
  IMD2019: {
    en: 'the English Index of Multiple Deprivation 2019',
    cy: 'Mynegai Amddifadedd Lluosog Lloegr 2019',
  },
  WIMD2019: {
    en: 'the Welsh Index of Multiple Deprivation 2019',
    cy: 'Mynegai Amddifadedd Lluosog Cymru 2019',
  },
} as const satisfies Record<string, LocalisedText>;

export const EQUITY_INTRO = {
  withIndex: (index: string): LocalisedText => ({
    en: `Who asked for help and whether their appointments and outcomes differ between groups. Deprivation is the quintile of the person’s home area in ${index} (quintile 1 is the most deprived fifth of areas); England’s and Wales’ indices are never combined.`,
    cy: `Pwy a ofynnodd am help ac a yw eu hapwyntiadau a’u canlyniadau’n wahanol rhwng grwpiau. Amddifadedd yw cwintel ardal gartref yr unigolyn ym ${index} (cwintel 1 yw’r pumed mwyaf difreintiedig o ardaloedd); ni chaiff mynegeion Lloegr a Chymru byth eu cyfuno.`,
  }),
  noIndex: {
    en: 'Who asked for help and whether their appointments and outcomes differ between groups. No person in the period had a home area matched to a deprivation index, so there is no deprivation breakdown.',
    cy: 'Pwy a ofynnodd am help ac a yw eu hapwyntiadau a’u canlyniadau’n wahanol rhwng grwpiau. Nid oedd gan neb yn ystod y cyfnod ardal gartref wedi’i chyfateb i fynegai amddifadedd, felly nid oes dadansoddiad amddifadedd.',
  },
} as const;

export const QUINTILE_LABEL = {
  most: { en: '(most deprived)', cy: '(mwyaf difreintiedig)' },
  least: { en: '(least deprived)', cy: '(lleiaf difreintiedig)' },
  quintile: { en: 'Quintile', cy: 'Cwintel' },
} as const;

export const CORE20_LABELS: Readonly<Record<string, LocalisedText>> = {
  core20: { en: 'Core20 (IMD deciles 1 and 2)', cy: 'Core20 (degraddau IMD 1 a 2)' },
  other: { en: 'Other areas (deciles 3 to 10)', cy: 'Ardaloedd eraill (degraddau 3 i 10)' },
};

export const SEX_LABELS: Readonly<Record<string, LocalisedText>> = {
  female: { en: 'Female', cy: 'Benyw' },
  male: { en: 'Male', cy: 'Gwryw' },
  prefer_not_to_say: { en: 'Preferred not to say', cy: 'Gwell ganddynt beidio â dweud' },
};

/** Chart summaries: one sentence each. */
export const SUMMARY = {
  range: (title: string, high: string, low: string): LocalisedText => ({
    en: `${title}: highest for ${high} and lowest for ${low}.`,
    cy: `${title}: yr uchaf oedd ${high} a’r isaf oedd ${low}.`,
  }),
  one: (title: string, only: string): LocalisedText => ({
    en: `${title}: only ${only} could be shown.`,
    cy: `${title}: dim ond ${only} y gellid ei ddangos.`,
  }),
  none: (title: string): LocalisedText => ({
    en: `${title}: no group could be shown, because the numbers were too small to publish or nobody was counted.`,
    cy: `${title}: ni ellid dangos unrhyw grŵp, oherwydd bod y niferoedd yn rhy fach i’w cyhoeddi neu na chyfrifwyd neb.`,
  }),
  hidden: (hidden: number, total: number): LocalisedText => ({
    en: ` ${String(hidden)} of ${String(total)} groups are not shown (suppressed or no data).`,
    cy: ` Ni ddangosir ${String(hidden)} o’r ${String(total)} grŵp (wedi’u hatal neu heb ddata).`,
  }),
  trend: (first: string, last: string, most: string, week: string): LocalisedText => ({
    en: `At the end of the first week ${first} people were waiting for a first appointment and at the end of the last ${last}; the most in any week was ${most}, in the week beginning ${week}.`,
    cy: `Ar ddiwedd yr wythnos gyntaf roedd ${first} o bobl yn aros am apwyntiad cyntaf ac ar ddiwedd yr olaf ${last}; y nifer fwyaf mewn unrhyw wythnos oedd ${most}, yn yr wythnos yn dechrau ${week}.`,
  }),
  trendNone: {
    en: 'No week’s number of people waiting could be shown, because the numbers were too small to publish or nobody was waiting.',
    cy: 'Ni ellid dangos nifer y bobl a oedd yn aros mewn unrhyw wythnos, oherwydd bod y niferoedd yn rhy fach i’w cyhoeddi neu nad oedd neb yn aros.',
  },
} as const;
