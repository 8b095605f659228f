/** Tell the person their appointment was cancelled, by the contact they prefer (their record first). */
import type { AuditedTransaction } from '../access/patient-access.js';
import { contactRouteFor } from '../messages/contact-route.js';
import { findPerson } from '../people/person.repository.js';
import { enqueueMessage } from '../front-door/request.repository.js';
import { contactForAppointment } from './booking.repository.js';

export async function queueCancellationMessage(
  trx: AuditedTransaction,
  appointmentId: string,
): Promise<void> {
  const contact = await contactForAppointment(trx, appointmentId);
  if (!contact) return;
  const person = contact.person_id ? await findPerson(trx, contact.person_id) : undefined;
  const route = contactRouteFor(person, contact);
  if (!route) return;
  await enqueueMessage(trx, {
    ...route,
    requestId: contact.request_id,
    kind: 'appointment_cancelled',
    payload: { reference: contact.reference, startsAt: contact.starts_at.toISOString() },
  });
}
