// Slots grouped by the day they fall on in UK time, for lists of times to choose from.
import { londonDateOf } from '@everyday/core';

export interface SlotDay<S> {
  /** The UK calendar date, YYYY-MM-DD. */
  date: string;
  slots: S[];
}

/** Groups slots (already in time order) by their UK day, keeping the order. */
export function groupByDay<S extends { startsAt: string }>(slots: readonly S[]): SlotDay<S>[] {
  const days: SlotDay<S>[] = [];
  for (const slot of slots) {
    const date = londonDateOf(slot.startsAt);
    const last = days.at(-1);
    if (last?.date === date) last.slots.push(slot);
    else days.push({ date, slots: [slot] });
  }
  return days;
}
