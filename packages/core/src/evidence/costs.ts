/**
 * Cost comparison from configurable unit costs (definition 'cost-comparison'). Defaults are
 * the figures RCOT quotes in "Roots of recovery" (seed 001, ref. 47): GP patient contact £184
 * per hour without qualification costs, advanced occupational therapist £120 per hour, from
 * Jones K, Burns A, Unit Costs of Health and Social Care 2020, PSSRU, University of Kent.
 *
 * Method: GP time avoided = appointments avoided × minutes per appointment ÷ 60 × GP £/hour;
 * OT time used = OT contacts × minutes per contact ÷ 60 × OT £/hour; other avoided costs
 * (e.g. CMHT referrals) = count × unit cost each; net saving = GP time avoided + other
 * avoided − OT time used, in total and per person seen. Pounds are rounded to pence at the end.
 *
 * Sensitivity: each of the two time inputs has a low / central / high value. The "low" result
 * is the one least favourable to the OT service (fewest GP minutes, most OT minutes), "high"
 * the most favourable. Default GP minutes: central 9.22 (the PSSRU 2020 length of a GP patient
 * contact — a figure from PSSRU, not from seed 001), low and high ±25% (our assumption). OT
 * minutes per contact: 30 (seed 002's consultation length) with no range by default.
 */
import type { LocalisedText } from '../shared/localised-text.js';
import { definitionOf, type MetricDefinition } from './definitions.js';
import { EvidenceInputError, requireCount } from './evidence-error.js';

export interface UnitCost {
  readonly label: LocalisedText;
  readonly poundsPerHour: number;
  /** e.g. 'Unit Costs of Health and Social Care 2020'. */
  readonly edition: string;
  /** The price year. */
  readonly year: number;
  readonly source: string;
}

const PSSRU_2020 = 'Unit Costs of Health and Social Care 2020';
const PSSRU_SOURCE =
  'Jones K, Burns A. Unit Costs of Health and Social Care 2020. PSSRU, University of Kent; as quoted in RCOT, Roots of recovery (seed 001, ref. 47).';

export const PSSRU_2020_GP: UnitCost = {
  label: {
    en: 'GP patient contact (without qualification costs)',
    cy: 'Cyswllt â chlaf gan feddyg teulu (heb gostau cymhwyso)',
  },
  poundsPerHour: 184,
  edition: PSSRU_2020,
  year: 2020,
  source: PSSRU_SOURCE,
};

export const PSSRU_2020_ADVANCED_OT: UnitCost = {
  label: { en: 'Advanced occupational therapist', cy: 'Therapydd galwedigaethol uwch' },
  poundsPerHour: 120,
  edition: PSSRU_2020,
  year: 2020,
  source: PSSRU_SOURCE,
};

export interface Range {
  readonly low: number;
  readonly central: number;
  readonly high: number;
}

export const DEFAULT_GP_MINUTES: Range = { low: 9.22 * 0.75, central: 9.22, high: 9.22 * 1.25 };
export const DEFAULT_OT_MINUTES: Range = { low: 30, central: 30, high: 30 };

export interface OtherAvoidedCost {
  readonly label: string;
  readonly count: number;
  readonly poundsEach: number;
  readonly source: string;
}

export interface CostComparisonInput {
  /** People seen by the OT service (the per-person denominator). */
  readonly people: number;
  readonly gpAppointmentsAvoided: number;
  readonly otContacts: number;
  readonly gpMinutesPerAppointment?: Range;
  readonly otMinutesPerContact?: Range;
  readonly gpUnitCost?: UnitCost;
  readonly otUnitCost?: UnitCost;
  readonly otherAvoided?: readonly OtherAvoidedCost[];
}

export interface CostScenario {
  readonly gpMinutesPerAppointment: number;
  readonly otMinutesPerContact: number;
  readonly gpCostAvoided: number;
  readonly otherCostAvoided: number;
  readonly otCost: number;
  readonly netSaving: number;
  /** null when nobody was seen. */
  readonly netSavingPerPerson: number | null;
}

export interface CostComparison {
  readonly low: CostScenario;
  readonly central: CostScenario;
  readonly high: CostScenario;
  readonly gpUnitCost: UnitCost;
  readonly otUnitCost: UnitCost;
  /** The method as text, with the figures used. */
  readonly method: string;
  readonly assumptions: readonly string[];
  readonly definition: MetricDefinition;
}

const pence = (x: number) => Math.round(x * 100) / 100;

function checkRange(range: Range, field: string): void {
  const { low, central, high } = range;
  if (
    ![low, central, high].every((x) => Number.isFinite(x) && x >= 0) ||
    low > central ||
    central > high
  ) {
    throw new EvidenceInputError(field, {
      en: 'A range needs 0 ≤ low ≤ central ≤ high',
      cy: 'Mae angen 0 ≤ isel ≤ canolog ≤ uchel ar gyfer ystod',
    });
  }
}

/** Cost of GP time avoided against OT time used, with a low / central / high range. */
export function costComparison(input: CostComparisonInput): CostComparison {
  const people = requireCount(input.people, 'people');
  const avoided = requireCount(input.gpAppointmentsAvoided, 'gpAppointmentsAvoided');
  const contacts = requireCount(input.otContacts, 'otContacts');
  const gpMinutes = input.gpMinutesPerAppointment ?? DEFAULT_GP_MINUTES;
  const otMinutes = input.otMinutesPerContact ?? DEFAULT_OT_MINUTES;
  checkRange(gpMinutes, 'gpMinutesPerAppointment');
  checkRange(otMinutes, 'otMinutesPerContact');
  const gp = input.gpUnitCost ?? PSSRU_2020_GP;
  const ot = input.otUnitCost ?? PSSRU_2020_ADVANCED_OT;
  const other = input.otherAvoided ?? [];
  other.forEach((o, i) => {
    requireCount(o.count, `otherAvoided.${i}.count`);
    if (!(Number.isFinite(o.poundsEach) && o.poundsEach >= 0)) {
      throw new EvidenceInputError(`otherAvoided.${i}.poundsEach`, {
        en: 'A unit cost is 0 or more',
        cy: 'Mae cost uned yn 0 neu fwy',
      });
    }
  });
  const otherCostAvoided = other.reduce((s, o) => s + o.count * o.poundsEach, 0);
  const scenario = (gpMin: number, otMin: number): CostScenario => {
    const gpCostAvoided = (avoided * gpMin * gp.poundsPerHour) / 60;
    const otCost = (contacts * otMin * ot.poundsPerHour) / 60;
    const net = gpCostAvoided + otherCostAvoided - otCost;
    return {
      gpMinutesPerAppointment: gpMin,
      otMinutesPerContact: otMin,
      gpCostAvoided: pence(gpCostAvoided),
      otherCostAvoided: pence(otherCostAvoided),
      otCost: pence(otCost),
      netSaving: pence(net),
      netSavingPerPerson: people === 0 ? null : pence(net / people),
    };
  };
  const method =
    `GP time avoided = ${String(avoided)} appointments × minutes per appointment ÷ 60 × £${String(gp.poundsPerHour)} per hour (${gp.edition}); ` +
    `OT time used = ${String(contacts)} contacts × minutes per contact ÷ 60 × £${String(ot.poundsPerHour)} per hour (${ot.edition}); ` +
    `other avoided costs = £${pence(otherCostAvoided).toFixed(2)}; net saving = GP time avoided + other avoided − OT time used, ÷ ${String(people)} people for the saving per person.`;
  return {
    low: scenario(gpMinutes.low, otMinutes.high),
    central: scenario(gpMinutes.central, otMinutes.central),
    high: scenario(gpMinutes.high, otMinutes.low),
    gpUnitCost: gp,
    otUnitCost: ot,
    method,
    assumptions: [
      `GP minutes per avoided appointment: low ${gpMinutes.low.toFixed(2)}, central ${gpMinutes.central.toFixed(2)}, high ${gpMinutes.high.toFixed(2)}.`,
      `OT minutes per contact: low ${otMinutes.low.toFixed(2)}, central ${otMinutes.central.toFixed(2)}, high ${otMinutes.high.toFixed(2)}.`,
      'An avoided GP appointment would otherwise have taken place; no other GP costs (prescribing, follow-up, referral) are counted unless listed as other avoided costs.',
      ...other.map(
        (o) => `${o.label}: ${String(o.count)} × £${o.poundsEach.toFixed(2)} (${o.source}).`,
      ),
    ],
    definition: definitionOf('cost-comparison'),
  };
}

/** The difference in cost of an hour of GP and OT time: £184 − £120 = £64 at PSSRU 2020. */
export function hourlyCostDifference(
  gp: UnitCost = PSSRU_2020_GP,
  ot: UnitCost = PSSRU_2020_ADVANCED_OT,
): number {
  return gp.poundsPerHour - ot.poundsPerHour;
}
