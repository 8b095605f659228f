/**
 * A person's communication needs as the API shows them beside the person (the episode record,
 * waiting list rows, diary appointments, the booking page): core's CommunicationNeeds
 * (front-door/communication-needs.ts), checked on both sides.
 */
import { z } from 'zod';
import { ACCESS_NEEDS } from '../front-door/answers.js';

export const ZCommunicationNeeds = z.object({
  needs: z.array(z.enum(ACCESS_NEEDS)),
  interpreterLanguage: z.string().nullable(),
  writtenLanguage: z.enum(['en', 'cy']),
  other: z.string().nullable(),
  print: z.enum(['standard', 'large']),
});
export type CommunicationNeedsView = z.infer<typeof ZCommunicationNeeds>;

/** GET /api/requests/:id/communication-needs: the booking page's reading of them. */
export const ZRequestCommunicationNeeds = z.object({ communicationNeeds: ZCommunicationNeeds });
