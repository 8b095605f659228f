/** Tell the person their appointment was cancelled, by the contact they prefer. */
import type { AuditedTransaction } from '../access/patient-access.js';
import { confirmationFor } from '../front-door/confirmation.js';
import type { TRequestAnswers } from '../front-door/answers.schema.js';
import { enqueueMessage } from '../front-door/request.repository.js';
import { contactForAppointment } from './booking.repository.js';

export async function queueCancellationMessage(
  trx: AuditedTransaction,
  appointmentId: string,
): Promise<void> {
  const contact = await contactForAppointment(trx, appointmentId);
  if (!contact) return;
  const route = confirmationFor(
    contact.answers as TRequestAnswers,
    contact.reference,
    contact.request_id,
  );
  if (!route) return;
  await enqueueMessage(trx, {
    ...route,
    kind: 'appointment_cancelled',
    payload: { reference: contact.reference, startsAt: contact.starts_at.toISOString() },
  });
}
