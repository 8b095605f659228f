/**
 * Changing an appointment: attended, did not attend, cancelled (by the person or the service) or
 * rebooked, each with a reason. Core's appointment-status rules decide whether the change is
 * allowed; a cancellation tells the person; a rebooking books the new time in the same
 * transaction; a did-not-attend may flag the episode for review (core's DNA policy).
 */
import { decideAppointmentChange, dnaPolicy, type Clock, type Role } from '@everyday/core';
import type { AccessContext, AuditedTransaction, PatientAccess } from '../access/patient-access.js';
import type { AppointmentRow } from '../db/schema.js';
import { AppError } from '../http/app-error.js';
import { bookAppointment } from './book-appointment.js';
import type { TChangeBody } from './booking.schema.js';
import { queueCancellationMessage } from './cancellation-message.js';
import {
  episodeAppointments,
  findAppointment,
  practiceOfAppointment,
  setAppointmentStatus,
} from './booking.repository.js';
import { flagEpisodeForReview, requestOfEpisode } from '../record/episode.repository.js';

export interface ChangeAppointmentDeps {
  readonly access: PatientAccess;
  readonly clock: Clock;
}

export interface ChangeAppointmentInput {
  readonly appointmentId: string;
  readonly change: TChangeBody;
  /** The member of staff making the change. */
  readonly by: { readonly userId: string; readonly roles: readonly Role[] };
}

export interface ChangeAppointmentResult {
  readonly appointment: AppointmentRow;
  readonly replacement: AppointmentRow | null;
  readonly episodeFlaggedForReview: boolean;
}

/** Change one appointment through the access module, in one audited transaction. */
export async function changeAppointment(
  context: AccessContext,
  input: ChangeAppointmentInput,
  deps: ChangeAppointmentDeps,
): Promise<ChangeAppointmentResult> {
  const id = input.appointmentId;
  return deps.access.withPatientRecord(
    context,
    {
      action: 'update',
      level: 'clinical',
      resourceType: 'appointment',
      resourceId: id,
      organisation: { lookup: (trx) => practiceOfAppointment(trx, id) },
    },
    (trx) => applyChange(trx, input, deps.clock),
  );
}

async function applyChange(
  trx: AuditedTransaction,
  input: ChangeAppointmentInput,
  clock: Clock,
): Promise<ChangeAppointmentResult> {
  const { appointmentId: id, change, by } = input;
  const current = await findAppointment(trx, id);
  if (!current) throw new AppError('not_found', 'No such appointment');
  const decision = decideAppointmentChange(
    current.status,
    change.kind === 'rebook' ? { kind: 'rebook', by: change.by, reason: change.reason } : change,
    { startsAt: current.starts_at, now: clock.now() },
  );
  if (!decision.ok) {
    if (decision.problem === 'not_started')
      throw new AppError(
        'conflict',
        'This appointment has not started yet: record whether the person attended once it has begun',
        {
          fields: [
            {
              path: 'kind',
              code: 'not_started',
              message:
                'This appointment has not started yet: record whether the person attended once it has begun',
            },
          ],
        },
      );
    throw decision.problem === 'reason_required'
      ? new AppError('validation', 'Give a reason', {
          fields: [{ path: 'reason', code: 'required', message: 'Give a reason' }],
        })
      : new AppError(
          'conflict',
          `An appointment that is ${current.status.replaceAll('_', ' ')} cannot be changed that way`,
        );
  }
  const updated = await setAppointmentStatus(trx, id, {
    status: decision.status,
    reason: 'reason' in change ? (change.reason ?? null) : null,
    by: by.userId,
    from: current.status,
    at: clock.now(),
  });
  if (!updated)
    throw new AppError('conflict', 'Someone else has just changed this appointment. Reload it.');
  if (decision.status === 'cancelled_by_person' || decision.status === 'cancelled_by_service') {
    await queueCancellationMessage(trx, id);
  }
  let replacement: AppointmentRow | null = null;
  if (change.kind === 'rebook') {
    const requestId = current.episode_id ? await requestOfEpisode(trx, current.episode_id) : null;
    const chooseANewTime = new AppError('validation', 'Choose a new time', {
      fields: [
        { path: 'newSlotId', code: 'invalid_value', message: 'Choose a new time from the list' },
      ],
    });
    if (!requestId) throw chooseANewTime;
    replacement = (
      await bookAppointment(trx, {
        slotId: change.newSlotId,
        noSuchSlot: chooseANewTime,
        requestId,
        via: 'staff',
        bookedBy: by.userId,
        roles: by.roles,
        now: clock.now(),
      })
    ).appointment;
  }
  let flagged = false;
  if (decision.status === 'did_not_attend' && current.episode_id) {
    const policy = dnaPolicy(
      (await episodeAppointments(trx, current.episode_id)).map((a) => ({ status: a.status })),
    );
    if (policy.flagForReview) {
      await flagEpisodeForReview(
        trx,
        current.episode_id,
        `${policy.dnaCount} appointments not attended`,
        clock.now(),
      );
      flagged = true;
    }
  }
  return { appointment: updated, replacement, episodeFlaggedForReview: flagged };
}
