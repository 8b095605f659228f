// Shapes of the booking JSON the pages use (the booking API contract: slots, appointments and
// the public self-booking link). Slots and the self-booking view are the shared contract's.
import type { AppointmentStatus } from '@everyday/core';

/** A clinic slot and how full it is (the contract's). */
export type { SelfBookingView, Slot } from '@everyday/core';

export interface Appointment {
  id: string;
  slotId: string;
  episodeId: string | null;
  startsAt: string;
  status: AppointmentStatus;
  seat: number;
  overLimitReason: string | null;
  reminderDueAt: string | null;
}
