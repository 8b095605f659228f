/** A slot as the API shows it: who, where, when, and how full. */
import type { SlotRow } from '../db/schema.js';

export type SlotWithFullness = SlotRow & {
  readonly ot_name: string;
  readonly site_name: string;
  readonly booked: number;
};

export function toSlot(s: SlotWithFullness) {
  return {
    id: s.id,
    otId: s.ot_id,
    otName: s.ot_name,
    siteId: s.site_id,
    siteName: s.site_name,
    startsAt: s.starts_at.toISOString(),
    endsAt: s.ends_at.toISOString(),
    mode: s.mode,
    capacity: s.capacity,
    booked: s.booked,
    pathway: s.pathway,
  };
}
