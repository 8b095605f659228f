/**
 * The service report's cost comparison (issue 12 item 3): the cost of the GP time the OTs
 * recorded as avoided, against the cost of the OT time used, at PSSRU 2020 unit costs
 * (evidence/costs.ts, its defaults), with the low / central / high range, the method in words
 * and every assumption behind it. It is worked out from the figures as the report publishes them
 * (after disclosure control), and shown only when they are all there: it never claims more than
 * the records say.
 */
import type { EvidenceDashboard, Figure } from '../contracts/evidence.js';
import { costComparison, type CostComparison, type CostScenario } from '../evidence/costs.js';
import type { LocalisedText } from '../shared/localised-text.js';
import type { DocumentBlock } from './document-model.js';
import {
  formatNumber,
  formatPounds,
  groupThousands,
  publicSource,
  type ReportLanguage,
} from './service-report-format.js';

/** What the comparison is worked out from, as published. */
export interface CostInputs {
  readonly people: number;
  readonly gpAppointmentsAvoided: number;
  readonly otContacts: number;
}

function figureOf(dashboard: EvidenceDashboard, key: string): Figure | undefined {
  return dashboard.sections.flatMap((s) => s.figures).find((f) => f.key === key);
}

const shownValue = (f: Figure | undefined): number | null =>
  f === undefined || f.suppressed ? null : f.value;

/**
 * The comparison's inputs from the dashboard's published figures: people = episodes discharged;
 * GP appointments avoided = the number the OTs recorded; OT contacts = mean sessions per
 * discharged episode × episodes discharged. Null when any is hidden or nobody was discharged.
 */
export function costInputsOf(dashboard: EvidenceDashboard): CostInputs | null {
  const people = shownValue(figureOf(dashboard, 'episodes-discharged'));
  const avoided = shownValue(figureOf(dashboard, 'gp-appointments-avoided-count'));
  const sessions = shownValue(figureOf(dashboard, 'sessions-per-episode'));
  if (people === null || avoided === null || sessions === null || people === 0) return null;
  return {
    people,
    gpAppointmentsAvoided: avoided,
    otContacts: Math.round(sessions * people),
  };
}

/** The central scenario's net saving per person, for the headline; null when not shown. */
export function centralNetPerPerson(dashboard: EvidenceDashboard): number | null {
  const inputs = costInputsOf(dashboard);
  return inputs === null ? null : costComparison(inputs).central.netSavingPerPerson;
}

const T = {
  heading: { en: 'Cost comparison', cy: 'Cymharu costau' },
  intro: {
    en: 'The cost of the GP time the occupational therapists recorded as avoided, against the cost of the occupational therapy time used, at national unit costs.',
    cy: 'Cost yr amser meddyg teulu a gofnododd y therapyddion galwedigaethol fel amser a osgowyd, o’i gymharu â chost yr amser therapi galwedigaethol a ddefnyddiwyd, ar gostau uned cenedlaethol.',
  },
  notShown: {
    en: 'The cost comparison is not shown: the number of episodes discharged, of GP appointments recorded as avoided or of sessions per episode is suppressed or nobody was discharged in the period, and the report claims no more than its published figures.',
    cy: 'Ni ddangosir y gymhariaeth costau: mae nifer y cyfnodau gofal a ryddhawyd, yr apwyntiadau meddyg teulu a gofnodwyd fel rhai a osgowyd neu’r sesiynau fesul cyfnod wedi’i hatal, neu ni ryddhawyd neb yn ystod y cyfnod, ac nid yw’r adroddiad yn honni mwy na’i ffigurau cyhoeddedig.',
  },
  scenario: { en: 'Scenario', cy: 'Senario' },
  gpMinutes: { en: 'GP minutes per appointment', cy: 'Munudau meddyg teulu fesul apwyntiad' },
  otMinutes: { en: 'OT minutes per contact', cy: 'Munudau therapi fesul cyswllt' },
  gpAvoided: { en: 'GP time avoided', cy: 'Amser meddyg teulu a osgowyd' },
  otUsed: { en: 'OT time used', cy: 'Amser therapi wedi’i ddefnyddio' },
  net: { en: 'Net (avoided less used)', cy: 'Net (osgoi llai defnydd)' },
  perPerson: { en: 'Net per person', cy: 'Net fesul person' },
  low: { en: 'Low (least favourable)', cy: 'Isel (lleiaf ffafriol)' },
  central: { en: 'Central', cy: 'Canolog' },
  high: { en: 'High (most favourable)', cy: 'Uchel (mwyaf ffafriol)' },
  controlled: {
    en: 'Worked out from the figures as published here, under disclosure control.',
    cy: 'Wedi’u cyfrifo o’r ffigurau fel y’u cyhoeddir yma, o dan reolaeth datgelu.',
  },
  methodHeading: { en: 'Method', cy: 'Dull' },
  assumptionsHeading: { en: 'Assumptions', cy: 'Rhagdybiaethau' },
} as const satisfies Record<string, LocalisedText>;

function method(c: CostComparison, inputs: CostInputs): LocalisedText {
  const gp = String(c.gpUnitCost.poundsPerHour);
  const ot = String(c.otUnitCost.poundsPerHour);
  const a = groupThousands(inputs.gpAppointmentsAvoided);
  const n = groupThousands(inputs.otContacts);
  const p = groupThousands(inputs.people);
  return {
    en: `GP time avoided = ${a} GP appointments recorded as avoided × minutes per appointment ÷ 60 × £${gp} an hour. OT time used = ${n} OT sessions × minutes per session ÷ 60 × £${ot} an hour. Net = GP time avoided − OT time used; per person, divided by the ${p} people discharged. A negative net means the OT time cost more than the GP time it is recorded as saving.`,
    cy: `Amser meddyg teulu a osgowyd = ${a} apwyntiad meddyg teulu a gofnodwyd fel rhai a osgowyd × munudau fesul apwyntiad ÷ 60 × £${gp} yr awr. Amser therapi a ddefnyddiwyd = ${n} sesiwn therapi × munudau fesul sesiwn ÷ 60 × £${ot} yr awr. Net = amser meddyg teulu a osgowyd − amser therapi a ddefnyddiwyd; fesul person, wedi’i rannu â’r ${p} o bobl a ryddhawyd. Mae net negyddol yn golygu bod yr amser therapi wedi costio mwy na’r amser meddyg teulu y cofnodwyd iddo ei arbed.`,
  };
}

function unitCosts(c: CostComparison): LocalisedText {
  const gp = c.gpUnitCost;
  const ot = c.otUnitCost;
  return {
    en: `Unit costs: ${gp.label.en}, £${String(gp.poundsPerHour)} an hour (${gp.edition}, price year ${String(gp.year)}); ${ot.label.en}, £${String(ot.poundsPerHour)} an hour (${ot.edition}, price year ${String(ot.year)}). Source: ${publicSource(gp.source)}`,
    cy: `Costau uned: ${gp.label.cy}, £${String(gp.poundsPerHour)} yr awr (${gp.edition}, blwyddyn brisiau ${String(gp.year)}); ${ot.label.cy}, £${String(ot.poundsPerHour)} yr awr (${ot.edition}, blwyddyn brisiau ${String(ot.year)}). Ffynhonnell: ${publicSource(gp.source)}`,
  };
}

function assumptions(c: CostComparison): LocalisedText[] {
  const m = (x: number) => formatNumber(x, 2);
  return [
    {
      en: `GP minutes per avoided appointment: low ${m(c.low.gpMinutesPerAppointment)}, central ${m(c.central.gpMinutesPerAppointment)} (the PSSRU 2020 length of a GP patient contact), high ${m(c.high.gpMinutesPerAppointment)} (25% either side: our assumption).`,
      cy: `Munudau meddyg teulu fesul apwyntiad a osgowyd: isel ${m(c.low.gpMinutesPerAppointment)}, canolog ${m(c.central.gpMinutesPerAppointment)} (hyd cyswllt meddyg teulu â chlaf yn PSSRU 2020), uchel ${m(c.high.gpMinutesPerAppointment)} (25% y naill ochr: ein rhagdybiaeth ni).`,
    },
    {
      en: `OT minutes per session: ${m(c.central.otMinutesPerContact)} in every scenario (the consultation length the service plans; low ${m(c.low.otMinutesPerContact)}, high ${m(c.high.otMinutesPerContact)}).`,
      cy: `Munudau therapi fesul sesiwn: ${m(c.central.otMinutesPerContact)} ym mhob senario (hyd yr ymgynghoriad y mae’r gwasanaeth yn ei gynllunio; isel ${m(c.low.otMinutesPerContact)}, uchel ${m(c.high.otMinutesPerContact)}).`,
    },
    {
      en: 'A GP appointment avoided is the occupational therapist’s judgement at discharge, not a measured count; the comparison assumes each would otherwise have taken place.',
      cy: 'Barn y therapydd galwedigaethol wrth ryddhau yw apwyntiad meddyg teulu a osgowyd, nid cyfrif wedi’i fesur; mae’r gymhariaeth yn rhagdybio y byddai pob un wedi digwydd fel arall.',
    },
    {
      en: 'No other costs are counted: not prescribing, follow-up, or the secondary care and community mental health team referrals recorded as avoided, for which the service holds no unit cost.',
      cy: 'Ni chyfrifir unrhyw gostau eraill: nid rhagnodi, dilyniant, na’r atgyfeiriadau at ofal eilaidd a’r tîm iechyd meddwl cymunedol a gofnodwyd fel rhai a osgowyd, nad oes gan y gwasanaeth gost uned ar eu cyfer.',
    },
    {
      en: 'The inputs are the figures as published in this report, after disclosure control (rounded to the nearest 5); OT sessions are the mean sessions per discharged episode × episodes discharged. The result is therefore approximate.',
      cy: 'Y mewnbynnau yw’r ffigurau fel y’u cyhoeddir yn yr adroddiad hwn, ar ôl rheoli datgelu (wedi’u talgrynnu i’r 5 agosaf); sesiynau therapi yw’r cymedr o sesiynau fesul cyfnod a ryddhawyd × y cyfnodau a ryddhawyd. Bras yw’r canlyniad felly.',
    },
    {
      en: 'These are costs of staff time at national unit costs, not money released from any budget.',
      cy: 'Costau amser staff ar gostau uned cenedlaethol yw’r rhain, nid arian a ryddhawyd o unrhyw gyllideb.',
    },
  ];
}

/** The cost comparison blocks of the "what was avoided" section. */
export function costBlocks(
  dashboard: EvidenceDashboard,
  language: ReportLanguage,
): DocumentBlock[] {
  const l = language;
  const inputs = costInputsOf(dashboard);
  const blocks: DocumentBlock[] = [{ kind: 'heading', text: T.heading[l] }];
  if (inputs === null) {
    blocks.push({ kind: 'paragraph', text: T.notShown[l] });
    return blocks;
  }
  const c = costComparison(inputs);
  const row = (label: LocalisedText, s: CostScenario) => [
    label[l],
    formatNumber(s.gpMinutesPerAppointment, 2),
    formatNumber(s.otMinutesPerContact, 2),
    formatPounds(s.gpCostAvoided),
    formatPounds(s.otCost),
    formatPounds(s.netSaving),
    s.netSavingPerPerson === null ? '' : formatPounds(s.netSavingPerPerson),
  ];
  blocks.push(
    { kind: 'paragraph', text: T.intro[l] },
    {
      kind: 'table',
      header: [
        T.scenario[l],
        T.gpMinutes[l],
        T.otMinutes[l],
        T.gpAvoided[l],
        T.otUsed[l],
        T.net[l],
        T.perPerson[l],
      ],
      rows: [row(T.low, c.low), row(T.central, c.central), row(T.high, c.high)],
      widths: [1.5, 1.2, 1.2, 1.2, 1.2, 1.3, 1.1],
      compact: true,
      note: `${unitCosts(c)[l]} ${T.controlled[l]}`,
    },
    { kind: 'heading', text: T.methodHeading[l] },
    { kind: 'paragraph', text: method(c, inputs)[l] },
    { kind: 'heading', text: T.assumptionsHeading[l] },
    ...assumptions(c).map((a, i): DocumentBlock => ({
      kind: 'paragraph',
      text: `${String(i + 1)}. ${a[l]}`,
    })),
  );
  return blocks;
}
