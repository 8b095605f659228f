/**
 * An OT does not confirm a request that was booked straight from the referral form (issue 16
 * item 1): the pathway the front door chose was wrong, or the request needs something else. Its
 * appointment is cancelled by the service (the person is told, as for any cancellation), the
 * episode opened for it is closed, and the request goes back to the inbox as received, to be
 * triaged like any other: accepted onto another pathway, signposted, redirected or declined.
 * Refused once the person has been seen (an appointment attended or not attended, or anything
 * written in the record): then the OT confirms it and changes course from the record.
 */
import type { AuditedTransaction } from '../access/patient-access.js';
import {
  episodeAppointments,
  findAppointment,
  setAppointmentStatus,
} from '../booking/booking.repository.js';
import { queueCancellationMessage } from '../booking/cancellation-message.js';
import { addRequestEvent, setRequestOutcome } from '../front-door/request.repository.js';
import { AppError } from '../http/app-error.js';
import { closeEpisode, openEpisodeFor } from '../record/episode.repository.js';
import { episodeHasEntries } from '../record/record.repository.js';
import { lockForConfirmation } from './inbox.repository.js';

export interface ReturnToTriageInput {
  readonly requestId: string;
  /** The OT sending it back. */
  readonly by: string;
  /** Why it is not confirmed: kept in the history and given as the cancellation's reason. */
  readonly reason: string;
  readonly at: Date;
}

export interface ReturnToTriageResult {
  /** Appointments cancelled (the person is told of each). */
  readonly cancelled: number;
}

export async function returnToTriage(
  trx: AuditedTransaction,
  input: ReturnToTriageInput,
): Promise<ReturnToTriageResult> {
  const row = await lockForConfirmation(trx, input.requestId);
  if (!row) throw new AppError('not_found', 'No such request');
  if (!row.awaiting)
    throw new AppError(
      'conflict',
      'This request does not await confirmation: it was not booked directly, or someone has already confirmed it. Reload it to see what was done.',
    );
  const episode = await openEpisodeFor(trx, input.requestId);
  let cancelled = 0;
  if (episode) {
    const appointments = await episodeAppointments(trx, episode.id);
    const seen = appointments.some(
      (a) => a.status === 'attended' || a.status === 'did_not_attend',
    );
    if (seen || (await episodeHasEntries(trx, episode.id)))
      throw new AppError(
        'conflict',
        'This person has already been seen: confirm the request, then change the pathway or discharge from their record.',
      );
    for (const appointment of appointments) {
      if (appointment.status !== 'booked') continue;
      const current = await findAppointment(trx, appointment.id);
      if (current?.status !== 'booked') continue;
      const updated = await setAppointmentStatus(trx, appointment.id, {
        status: 'cancelled_by_service',
        reason: input.reason,
        by: input.by,
        from: 'booked',
        at: input.at,
      });
      if (!updated)
        throw new AppError('conflict', 'Someone has just changed this appointment. Reload it.');
      await queueCancellationMessage(trx, appointment.id);
      cancelled += 1;
    }
    await closeEpisode(trx, episode.id, input.at);
  }
  const updated = await setRequestOutcome(
    trx,
    input.requestId,
    { status: 'received', pathway: null, tier: null, at: input.at },
    ['waiting', 'booked'],
  );
  if (!updated)
    throw new AppError('conflict', 'Someone has just acted on this request. Reload it.');
  await addRequestEvent(trx, input.requestId, 'return_to_triage', input.by, {
    reason: input.reason,
    appointmentsCancelled: cancelled,
  });
  return { cancelled };
}
