/**
 * The dashboard's cost comparison (issue 12, seed 001's I CAN method): the GP time the OT
 * recorded at discharge as avoided against the OT time the same discharged episodes used, at
 * PSSRU 2020 unit costs (costs.ts: GP patient contact £184 per hour, advanced OT £120 per hour),
 * with the low / central / high range. Only what the records say is counted: the GP appointments
 * the OT recorded as avoided at discharge (the recorded counts), and the appointments attended,
 * each at its recorded contact minutes where the contact entry holds them, else the default
 * consultation length (30 minutes, seed 002). Under disclosure control the costs are worked
 * from the counts as shown, and hidden when one of them is.
 */
import type { Figure } from '../contracts/evidence.js';
import { costComparison, DEFAULT_OT_MINUTES, type Range } from './costs.js';
import type { FigureMaker } from './dashboard-figure-maker.js';
import type { EpisodeFact } from './evidence-facts.js';

export const COST_FIGURE_KEYS = [
  'cost-gp-avoided',
  'cost-ot',
  'cost-net',
  'cost-net-per-episode',
] as const;

/** GP appointments the OT recorded as avoided at discharge, summed over the episodes. */
export function gpAppointmentsAvoided(discharged: readonly EpisodeFact[]): number {
  return discharged.reduce(
    (s, e) =>
      s + (e.record.avoided?.gpAppointments ? (e.record.avoided.gpAppointmentsCount ?? 0) : 0),
    0,
  );
}

/**
 * OT minutes per attended contact, low / central / high: recorded minutes where held, the
 * default range for the rest, averaged over all attended contacts.
 */
export function otMinutesPerContact(
  discharged: readonly EpisodeFact[],
  fallback: Range = DEFAULT_OT_MINUTES,
): Range {
  const contacts = discharged.reduce((s, e) => s + e.attendedContacts, 0);
  if (contacts === 0) return fallback;
  const recorded = discharged.reduce(
    (s, e) => {
      // Never more recorded contacts than attended ones (a contact entry naming a later-changed
      // appointment is not counted twice).
      const n = Math.min(e.contactMinutes.contacts, e.attendedContacts);
      const minutes = n === 0 ? 0 : (e.contactMinutes.minutes * n) / e.contactMinutes.contacts;
      return { contacts: s.contacts + n, minutes: s.minutes + minutes };
    },
    { contacts: 0, minutes: 0 },
  );
  const rest = contacts - recorded.contacts;
  const per = (d: number) => (recorded.minutes + rest * d) / contacts;
  return { low: per(fallback.low), central: per(fallback.central), high: per(fallback.high) };
}

const spread = (a: number, b: number) => ({ lower: Math.min(a, b), upper: Math.max(a, b) });

/** The avoided section's cost figures (unit gbp; lower/upper: the low and high assumptions). */
export function costFigures(make: FigureMaker, discharged: readonly EpisodeFact[]): Figure[] {
  const episodes = make.disclose(discharged.length);
  const avoided = make.disclose(gpAppointmentsAvoided(discharged));
  const contacts = make.disclose(discharged.reduce((s, e) => s + e.attendedContacts, 0));
  if (episodes === null || avoided === null || contacts === null) {
    return COST_FIGURE_KEYS.map((key) => make.hidden(key, 'gbp'));
  }
  if (episodes === 0) return COST_FIGURE_KEYS.map((key) => make.empty(key, 'gbp', 0));
  const c = costComparison({
    people: episodes,
    gpAppointmentsAvoided: avoided,
    otContacts: contacts,
    otMinutesPerContact: otMinutesPerContact(discharged),
  });
  const { low, central, high } = c;
  return [
    make.valued('cost-gp-avoided', 'gbp', {
      value: central.gpCostAvoided,
      ...spread(low.gpCostAvoided, high.gpCostAvoided),
      numerator: avoided,
      denominator: episodes,
    }),
    make.valued('cost-ot', 'gbp', {
      value: central.otCost,
      ...spread(low.otCost, high.otCost),
      numerator: contacts,
      denominator: episodes,
    }),
    make.valued('cost-net', 'gbp', {
      value: central.netSaving,
      ...spread(low.netSaving, high.netSaving),
      denominator: episodes,
    }),
    make.valued('cost-net-per-episode', 'gbp', {
      value: central.netSavingPerPerson,
      ...spread(low.netSavingPerPerson ?? 0, high.netSavingPerPerson ?? 0),
      denominator: episodes,
    }),
  ];
}
