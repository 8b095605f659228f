/**
 * The escalation job (issue 9, item 5), run beside the outbox worker: each crisis or safeguarding
 * request that no one has acknowledged `acknowledgeWithinMinutes` working minutes after it
 * arrived (core's acknowledgementDueAt: 08:00–18:30 London, weekdays, not bank holidays) is
 * escalated once: a `crisis_escalation` message through the outbox to the practice's duty
 * clinician of the day and to the practice's email (the safeguarding lead when neither is set),
 * `escalated_at` set and an `escalate` event in
 * its history, all in one transaction. The message carries the request's reference and times,
 * never the person's details. The clock is passed in.
 */
import type { Kysely } from 'kysely';
import { isAcknowledgementOverdue, londonDateOf } from '@everyday/core';
import { withServiceTask, type AuditedTransaction } from '../access/patient-access.js';
import type { Database } from '../db/schema.js';
import { addRequestEvent, enqueueMessage } from '../front-door/request.repository.js';
import { safeguardingLeadFor } from './safeguarding-routing.js';
import { markEscalated, unacknowledgedRequests } from './crisis.repository.js';
import { dueAtFor } from './due-times.js';
import { dutyCliniciansOn } from './duty-rota.repository.js';
import { practicePolicies } from './safety-settings.repository.js';

async function leadEmail(trx: AuditedTransaction, practiceId: string): Promise<string | null> {
  const id = await safeguardingLeadFor(trx, practiceId);
  if (!id) return null;
  const user = await trx
    .selectFrom('users')
    .select('email')
    .where('id', '=', id)
    .executeTakeFirst();
  return user?.email ?? null;
}

export const ESCALATION_MESSAGE_KIND = 'crisis_escalation';
/** At most this many requests are looked at in one run; the next run takes the rest. */
const BATCH = 100;

/** The duty clinician and the practice; the safeguarding lead only when neither is set. */
type Recipient = 'duty_clinician' | 'practice' | 'safeguarding_lead';

export interface Escalation {
  readonly requestId: string;
  readonly reference: string;
  readonly dueAt: string;
  /** Who was sent the message: the duty clinician, the practice, both or (none set) neither. */
  readonly sentTo: readonly Recipient[];
}

export async function escalateOverdue(db: Kysely<Database>, now: Date): Promise<Escalation[]> {
  const done = await withServiceTask(db, 'crisis-escalation', 'request', async (trx) => {
    const waiting = await unacknowledgedRequests(trx, {
      scope: null,
      notEscalated: true,
      limit: BATCH,
    });
    if (waiting.length === 0) return [];
    const practiceIds = [...new Set(waiting.map((r) => r.practiceId))];
    const policies = await practicePolicies(trx, practiceIds);
    const duty = await dutyCliniciansOn(trx, practiceIds, londonDateOf(now.getTime()));
    const escalations: Escalation[] = [];
    for (const r of waiting) {
      const dueAt = dueAtFor(r.receivedAt, r.practiceId, policies);
      if (!isAcknowledgementOverdue(dueAt, now.getTime())) continue;
      if (!(await markEscalated(trx, r.id, now))) continue;
      const payload = {
        reference: r.reference,
        practice: r.practiceName,
        receivedAt: r.receivedAt.toISOString(),
        dueAt,
      };
      const sentTo: Recipient[] = [];
      const recipients: { to: string; who: Recipient }[] = [];
      const clinician = duty.get(r.practiceId);
      if (clinician) recipients.push({ to: clinician.email, who: 'duty_clinician' });
      const practiceEmail = policies.get(r.practiceId)?.practiceEmail;
      if (practiceEmail && practiceEmail !== clinician?.email)
        recipients.push({ to: practiceEmail, who: 'practice' });
      if (recipients.length === 0) {
        // No rota and no practice address: the message must still reach someone.
        const lead = await leadEmail(trx, r.practiceId);
        if (lead) recipients.push({ to: lead, who: 'safeguarding_lead' });
      }
      for (const { to, who } of recipients) {
        await enqueueMessage(trx, {
          kind: ESCALATION_MESSAGE_KIND,
          channel: 'email',
          language: 'en',
          recipient: to,
          payload,
          requestId: r.id,
        });
        sentTo.push(who);
      }
      await addRequestEvent(trx, r.id, 'escalate', null, {
        dueAt,
        sentTo,
        dutyClinicianId: clinician?.id ?? null,
      });
      escalations.push({ requestId: r.id, reference: r.reference, dueAt, sentTo });
    }
    return escalations;
  });
  return [...done];
}
