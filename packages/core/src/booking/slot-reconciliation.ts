/**
 * Keep stored slots in step with their templates (issue 4 item 1: "kept in step as templates
 * change") without ever deleting a booked slot. Compare by slot key (slot-generation.ts), which
 * names template, local date and local start, so regeneration of an unchanged template is a no-op.
 */
import type { GeneratedSlot } from './slot-generation.js';

/** A slot already stored, as far as reconciliation needs it. */
export interface StoredSlotRef {
  readonly key: string;
  /** True when at least one live (not cancelled) appointment holds the slot. */
  readonly booked: boolean;
}

export interface SlotReconciliation {
  /** Generated slots not yet stored: insert them. */
  readonly create: readonly GeneratedSlot[];
  /** Generated slots already stored: keep them (the caller may refresh mode, site or GPAD). */
  readonly keep: readonly GeneratedSlot[];
  /** Keys of stored, unbooked slots the templates no longer make: delete them. */
  readonly remove: readonly string[];
  /**
   * Keys of stored, booked slots the templates no longer make (the clinic moved, the OT took
   * leave): keep them and ask staff to rebook the person; never delete silently.
   */
  readonly orphanedBookings: readonly string[];
}

/**
 * Diff stored slots against freshly generated ones. `existing` must cover the same window as the
 * generation (from `from` for the horizon), or slots outside it would be reported as removed.
 */
export function reconcileSlots(
  existing: readonly StoredSlotRef[],
  generated: readonly GeneratedSlot[],
): SlotReconciliation {
  const stored = new Map(existing.map((s) => [s.key, s]));
  const generatedKeys = new Set(generated.map((s) => s.key));
  const create: GeneratedSlot[] = [];
  const keep: GeneratedSlot[] = [];
  for (const slot of generated) (stored.has(slot.key) ? keep : create).push(slot);
  const remove: string[] = [];
  const orphanedBookings: string[] = [];
  for (const slot of stored.values()) {
    if (generatedKeys.has(slot.key)) continue;
    (slot.booked ? orphanedBookings : remove).push(slot.key);
  }
  return { create, keep, remove, orphanedBookings };
}
