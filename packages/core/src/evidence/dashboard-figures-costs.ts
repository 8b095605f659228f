/**
 * The definitions of the avoided section's cost comparison and medication figures (issue 12),
 * in English and Welsh, beside dashboard-figures.ts (which spreads them into its own). The unit
 * costs, their edition and price year, and the minutes assumed are written from costs.ts, so the
 * words cannot drift from the arithmetic.
 */
import type { FigureDefinition } from '../contracts/evidence.js';
import {
  DEFAULT_GP_MINUTES,
  DEFAULT_OT_MINUTES,
  PSSRU_2020_ADVANCED_OT,
  PSSRU_2020_GP,
} from './costs.js';
import type { MetricId } from './definitions.js';

export type FigureText = Omit<FigureDefinition, 'key' | 'method'> & {
  readonly method: MetricId | null;
};

const RECORDS = 'Everyday’s records, read live (no summaries)';
const COSTS = `${PSSRU_2020_GP.source} Method: seed 001 (I CAN cost comparison); consultation length: seed 002.`;
const m = (x: number) => x.toFixed(2);
const gp = PSSRU_2020_GP;
const ot = PSSRU_2020_ADVANCED_OT;

const GP_TIME = {
  en: `GP appointments recorded as avoided by the OT at discharge (the counts recorded), summed over episodes discharged in the period, × minutes per GP appointment ÷ 60 × £${String(gp.poundsPerHour)} an hour (${gp.label.en}, ${gp.edition}, price year ${String(gp.year)}). Central ${m(DEFAULT_GP_MINUTES.central)} minutes an appointment (PSSRU 2020); lower ${m(DEFAULT_GP_MINUTES.low)} and upper ${m(DEFAULT_GP_MINUTES.high)} minutes (±25%, our assumption).`,
  cy: `Apwyntiadau meddyg teulu a gofnodwyd fel rhai a osgowyd gan y therapydd galwedigaethol wrth ryddhau (y niferoedd a gofnodwyd), wedi’u hadio dros gyfnodau gofal a ryddhawyd yn ystod y cyfnod, × munudau fesul apwyntiad meddyg teulu ÷ 60 × £${String(gp.poundsPerHour)} yr awr (${gp.label.cy}, ${gp.edition}, blwyddyn brisiau ${String(gp.year)}). Canolog ${m(DEFAULT_GP_MINUTES.central)} munud fesul apwyntiad (PSSRU 2020); isaf ${m(DEFAULT_GP_MINUTES.low)} ac uchaf ${m(DEFAULT_GP_MINUTES.high)} munud (±25%, ein rhagdybiaeth ni).`,
};

const OT_TIME = {
  en: `Appointments attended in episodes discharged in the period × minutes per contact ÷ 60 × £${String(ot.poundsPerHour)} an hour (${ot.label.en}, ${ot.edition}, price year ${String(ot.year)}). Each contact counts at the minutes recorded in its contact entry where they are stored, otherwise ${m(DEFAULT_OT_MINUTES.central)} minutes (the consultation length of seed 002; lower ${m(DEFAULT_OT_MINUTES.low)}, upper ${m(DEFAULT_OT_MINUTES.high)}).`,
  cy: `Apwyntiadau a fynychwyd mewn cyfnodau gofal a ryddhawyd yn ystod y cyfnod × munudau fesul cyswllt ÷ 60 × £${String(ot.poundsPerHour)} yr awr (${ot.label.cy}, ${ot.edition}, blwyddyn brisiau ${String(ot.year)}). Mae pob cyswllt yn cyfrif ar y munudau a gofnodwyd yn ei gofnod cyswllt lle cânt eu cadw, fel arall ${m(DEFAULT_OT_MINUTES.central)} munud (hyd ymgynghoriad dogfen 002; isaf ${m(DEFAULT_OT_MINUTES.low)}, uchaf ${m(DEFAULT_OT_MINUTES.high)}).`,
};

const RANGE = {
  en: 'The value is the central assumption; lower and upper hold the smallest and largest value under the low and high assumptions (for the net saving, lower is the least favourable to the OT service: fewest GP minutes, most OT minutes).',
  cy: 'Y gwerth yw’r rhagdybiaeth ganolog; mae’r isaf a’r uchaf yn dal y gwerth lleiaf a mwyaf o dan y rhagdybiaethau isel ac uchel (ar gyfer yr arbediad net, yr isaf yw’r lleiaf ffafriol i’r gwasanaeth therapi galwedigaethol: y lleiaf o funudau meddyg teulu, y mwyaf o funudau therapydd).',
};

const CLAIM = {
  en: 'As recorded by the OT at discharge: the OT’s judgement that the GP appointments would otherwise have taken place, not a measured count; no other costs (prescribing, referrals, follow-up) are counted.',
  cy: 'Fel y’i cofnodwyd gan y therapydd galwedigaethol wrth ryddhau: barn y therapydd y byddai’r apwyntiadau meddyg teulu wedi digwydd fel arall, nid cyfrif wedi’i fesur; ni chaiff costau eraill (rhagnodi, atgyfeiriadau, dilyniant) eu cyfrif.',
};

const words = (...parts: readonly { en: string; cy: string }[]) => ({
  en: parts.map((p) => p.en).join(' '),
  cy: parts.map((p) => p.cy).join(' '),
});

export const COST_FIGURES = {
  'medication-avoided': {
    title: { en: 'Medication avoided', cy: 'Meddyginiaeth wedi’i hosgoi' },
    definition: {
      en: 'Discharged episodes where the OT recorded at discharge that medication was avoided, divided by all episodes discharged in the period. As recorded by the OT at discharge: the OT’s judgement, not a measured count.',
      cy: 'Cyfnodau gofal a ryddhawyd lle cofnododd y therapydd galwedigaethol wrth ryddhau fod meddyginiaeth wedi’i hosgoi, wedi’u rhannu â’r holl gyfnodau a ryddhawyd yn ystod y cyfnod. Fel y’i cofnodwyd gan y therapydd wrth ryddhau: barn y therapydd, nid cyfrif wedi’i fesur.',
    },
    source: RECORDS,
    method: 'wilson-interval',
  },
  'cost-gp-avoided': {
    title: { en: 'Cost of GP time avoided', cy: 'Cost amser meddyg teulu a osgowyd' },
    definition: words(GP_TIME, RANGE, CLAIM),
    source: COSTS,
    method: 'cost-comparison',
  },
  'cost-ot': {
    title: { en: 'Cost of OT time', cy: 'Cost amser therapydd galwedigaethol' },
    definition: words(OT_TIME, RANGE),
    source: COSTS,
    method: 'cost-comparison',
  },
  'cost-net': {
    title: {
      en: 'Net saving (GP time avoided − OT time)',
      cy: 'Arbediad net (amser meddyg teulu a osgowyd − amser therapydd)',
    },
    definition: words(
      {
        en: 'The cost of GP time avoided minus the cost of OT time, for episodes discharged in the period; negative when the OT time cost more.',
        cy: 'Cost amser meddyg teulu a osgowyd llai cost amser therapydd galwedigaethol, ar gyfer cyfnodau gofal a ryddhawyd yn ystod y cyfnod; yn negyddol pan gostiodd amser y therapydd fwy.',
      },
      GP_TIME,
      OT_TIME,
      RANGE,
      CLAIM,
    ),
    source: COSTS,
    method: 'cost-comparison',
  },
  'cost-net-per-episode': {
    title: {
      en: 'Net saving per discharged episode',
      cy: 'Arbediad net fesul cyfnod gofal a ryddhawyd',
    },
    definition: words(
      {
        en: 'The net saving (cost of GP time avoided minus cost of OT time) divided by the episodes discharged in the period.',
        cy: 'Yr arbediad net (cost amser meddyg teulu a osgowyd llai cost amser therapydd) wedi’i rannu â’r cyfnodau gofal a ryddhawyd yn ystod y cyfnod.',
      },
      RANGE,
      CLAIM,
    ),
    source: COSTS,
    method: 'cost-comparison',
  },
} as const satisfies Record<string, FigureText>;
