/**
 * Booking a person from the waiting list into a slot. The episode opens at the first booking;
 * a booking beyond the episode's session limit needs an OT's recorded reason (seed 002: at most
 * six). The database itself forbids a second booking of the same place in a slot, and a person
 * in two places at once: a lost race is answered "this time has just been taken".
 */
import {
  checkSessionBooking,
  countSessionsUsed,
  planReminder,
  sessionLimitFor,
  type Role,
} from '@everyday/core';
import type { AuditedTransaction } from '../access/patient-access.js';
import { AppError } from '../http/app-error.js';
import { addRequestEvent, enqueueMessage } from '../front-door/request.repository.js';
import { contactRouteFor } from '../messages/contact-route.js';
import { findPerson } from '../people/person.repository.js';
import {
  episodeAppointments,
  insertAppointment,
  liveSeats,
  lockSlot,
  markRequestBooked,
  requestForBooking,
} from './booking.repository.js';
import { findSlot } from './slot.repository.js';
import { insertEpisode, openEpisodeFor } from '../record/episode.repository.js';

export interface BookInput {
  readonly slotId: string;
  /** What to answer when there is no such slot (or, with `samePathway`, not one for this request). */
  readonly noSuchSlot: AppError;
  /** Refuse a slot kept for another pathway than the request's (the person choosing). */
  readonly samePathway?: boolean;
  readonly requestId: string;
  readonly via: 'staff' | 'self' | 'direct';
  readonly bookedBy: string | null;
  readonly roles: readonly Role[];
  readonly overLimitReason?: string | undefined;
  readonly now: Date;
}

export class SlotTakenError extends AppError {
  constructor() {
    super('conflict', 'This time has just been taken. Choose another time.', {
      fields: [
        {
          path: 'slotId',
          code: 'slot_taken',
          message: 'This time has just been taken. Choose another time.',
        },
      ],
    });
  }
}

function isConstraintRace(err: unknown): boolean {
  const code = typeof err === 'object' && err !== null && 'code' in err ? err.code : undefined;
  return code === '23505' || code === '23P01';
}

export async function bookAppointment(trx: AuditedTransaction, input: BookInput) {
  const request = await requestForBooking(trx, input.requestId);
  if (!request) throw new AppError('not_found', 'No such request');
  // The slot is read after its lock, in this transaction: a withdrawal or a change of the slot
  // committed meanwhile is seen, and none can follow until this booking commits.
  await lockSlot(trx, input.slotId);
  const slot = await findSlot(trx, input.slotId);
  if (!slot) throw input.noSuchSlot;
  if (input.samePathway && slot.pathway && slot.pathway !== request.pathway) throw input.noSuchSlot;
  if (slot.withdrawn_at !== null)
    throw new AppError('conflict', 'This clinic time is no longer available. Choose another time.');
  if (slot.starts_at.getTime() <= input.now.getTime())
    throw new AppError('conflict', 'This time has passed. Choose another time.');
  if (request.status !== 'waiting' && request.status !== 'booked') {
    throw new AppError('conflict', 'Only requests on the waiting list can be booked');
  }
  const pathway = request.pathway ?? 'daily_living';
  const episode =
    (await openEpisodeFor(trx, request.id)) ??
    (await insertEpisode(trx, {
      personId: request.person_id,
      requestId: request.id,
      practiceId: request.practice_id,
      pathway,
      tier: request.tier ?? 'individualised',
      leadOtId: slot.ot_id,
      sessionLimit: sessionLimitFor(pathway),
      openedAt: input.now,
    }));
  const used = countSessionsUsed(await episodeAppointments(trx, episode.id));
  const decision = checkSessionBooking({
    sessionsUsed: used,
    limit: episode.session_limit,
    overrideReason: input.overLimitReason,
    overrideByRoles: input.roles,
  });
  if (!decision.allowed) {
    const message =
      decision.reason === 'session_limit'
        ? `This episode has had its ${episode.session_limit} sessions. Record why another session is needed.`
        : 'Only an occupational therapist can book a session beyond the limit.';
    throw new AppError('validation', message, {
      fields: [{ path: 'overLimitReason', code: decision.reason, message }],
    });
  }

  const taken = new Set(await liveSeats(trx, slot.id));
  const seat = Array.from({ length: slot.capacity }, (_, i) => i + 1).find((s) => !taken.has(s));
  if (seat === undefined) throw new SlotTakenError();
  // How the person is reached, from their record first: with no way to send a message, no
  // reminder is planned, so none is promised (issue 16 item 2).
  const person = request.person_id ? await findPerson(trx, request.person_id) : undefined;
  const route = contactRouteFor(person, request);
  const reminder = planReminder({
    appointmentStart: slot.starts_at.toISOString(),
    bookedAt: input.now.toISOString(),
  });
  let appointment;
  try {
    appointment = await insertAppointment(trx, {
      slotId: slot.id,
      startsAt: slot.starts_at,
      endsAt: slot.ends_at,
      seat,
      capacity: slot.capacity,
      episodeId: episode.id,
      personId: request.person_id,
      practiceId: request.practice_id,
      via: input.via,
      bookedBy: input.bookedBy,
      overLimitReason: decision.overLimit ? (input.overLimitReason ?? null) : null,
      reminderDueAt: reminder.send && route ? new Date(reminder.dueAt) : null,
      bookedAt: input.now,
    });
  } catch (err) {
    if (isConstraintRace(err)) throw new SlotTakenError();
    throw err;
  }
  await markRequestBooked(trx, request.id, input.now);
  await addRequestEvent(trx, request.id, 'booked', input.bookedBy, {
    appointmentId: appointment.id,
    startsAt: slot.starts_at.toISOString(),
  });
  if (route) {
    await enqueueMessage(trx, {
      ...route,
      requestId: request.id,
      kind: 'appointment_booked',
      payload: {
        reference: request.reference,
        startsAt: slot.starts_at.toISOString(),
        mode: slot.mode,
      },
    });
  }
  return { appointment, episode };
}
