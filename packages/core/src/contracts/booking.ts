/**
 * What the booking reads answer: clinic slots (for staff and the public self-booking link), the
 * self-booking view and the diary. The server's routes answer with these schemas.
 */
import { z } from 'zod';
import { CLINIC_MODES } from '../booking/clinic-mode.js';
import { ZCommunicationNeeds } from './communication-needs.js';
import { PATHWAYS } from '../triage/triage-types.js';

/** A clinic slot and how full it is. */
export const ZSlot = z.object({
  id: z.uuid(),
  otId: z.uuid(),
  otName: z.string(),
  siteId: z.uuid(),
  siteName: z.string(),
  /** ISO instants. */
  startsAt: z.string(),
  endsAt: z.string(),
  mode: z.enum(CLINIC_MODES),
  capacity: z.number(),
  booked: z.number(),
  /** Kept for one pathway (a memory clinic), or open to any. */
  pathway: z.enum(PATHWAYS).nullable(),
});
export type Slot = z.infer<typeof ZSlot>;

/** GET /api/slots: free slots to choose from. */
export const ZSlotList = z.object({ slots: z.array(ZSlot) });
export type SlotList = z.infer<typeof ZSlotList>;

/** GET /api/book/:token: what a self-booking link offers (the booked appointment, or times). */
export const ZSelfBookingView = z.object({
  reference: z.string(),
  pathway: z.enum(PATHWAYS).nullable(),
  expiresAt: z.string(),
  booked: z
    .object({
      appointmentId: z.uuid(),
      startsAt: z.string(),
      mode: z.enum(CLINIC_MODES),
      siteName: z.string(),
    })
    .nullable(),
  slots: z.array(ZSlot),
  /** The service's phone number, for the person to ring when no times are free; null if not set. */
  servicePhone: z.string().nullable(),
});
export type SelfBookingView = z.infer<typeof ZSelfBookingView>;

/** One appointment in an OT's diary (the status as stored; see core's appointment statuses). */
export const ZDiaryAppointment = z.object({
  id: z.uuid(),
  status: z.string(),
  seat: z.number(),
  name: z.string(),
  reference: z.string().nullable(),
  pathway: z.string().nullable(),
  /** The episode the appointment belongs to: its contact note is written there (issue 16 item 5). */
  episodeId: z.uuid().nullable(),
  /** How to speak and write to the person (issue 16 item 6). */
  communicationNeeds: ZCommunicationNeeds,
});
export type DiaryAppointment = z.infer<typeof ZDiaryAppointment>;

export const ZDiarySlot = ZSlot.extend({ appointments: z.array(ZDiaryAppointment) });
export type DiarySlot = z.infer<typeof ZDiarySlot>;

/** GET /api/diary: an OT's slots for a day or a week, with their appointments. */
export const ZDiary = z.object({ slots: z.array(ZDiarySlot) });
export type Diary = z.infer<typeof ZDiary>;
