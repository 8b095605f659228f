// Shapes of the booking JSON the pages use (the booking API contract: slots, appointments and
// the public self-booking link).
import type { AppointmentStatus, ClinicMode, Pathway } from '@everyday/core';

/** A clinic slot and how full it is. */
export interface Slot {
  id: string;
  otId: string;
  otName: string;
  siteId: string;
  siteName: string;
  /** ISO instants. */
  startsAt: string;
  endsAt: string;
  mode: ClinicMode;
  capacity: number;
  booked: number;
  /** Kept for one pathway (a memory clinic), or open to any. */
  pathway: Pathway | null;
}

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

/** What a self-booking link offers: the booked appointment, or the times to choose from. */
export interface SelfBookingView {
  reference: string;
  pathway: Pathway | null;
  expiresAt: string;
  booked: { appointmentId: string; startsAt: string; mode: ClinicMode; siteName: string } | null;
  slots: Slot[];
}
