/**
 * What a clinician's handover view reads (issue 16 item 4): requests handed over to their
 * practice by a redirect, each to acknowledge, and the requests they referred with what became of
 * them. The server responds with these shapes; the web checks its reads with them.
 */
import { z } from 'zod';
import { PATHWAYS, URGENCIES } from '../triage/triage-types.js';
import { REQUEST_STATUSES } from './requests.js';

export const HANDOVER_RECEIVERS = ['gp', 'other_team'] as const;
export type HandoverReceiver = (typeof HANDOVER_RECEIVERS)[number];

/** A referral's state as its referrer sees it: the request's status, or its episode discharged. */
export const REFERRAL_STATES = [...REQUEST_STATUSES, 'discharged'] as const;
export type ReferralState = (typeof REFERRAL_STATES)[number];

const ZPersonName = z.object({
  givenName: z.string(),
  familyName: z.string(),
  dateOfBirth: z.string().nullable(),
});

export const ZHandover = z.object({
  id: z.uuid(),
  requestId: z.uuid(),
  reference: z.string(),
  urgency: z.enum(URGENCIES),
  receiver: z.enum(HANDOVER_RECEIVERS),
  team: z.string().nullable(),
  person: ZPersonName,
  practiceName: z.string(),
  handedOverAt: z.string(),
  handedOverBy: z.string().nullable(),
  acknowledgedAt: z.string().nullable(),
  acknowledgedBy: z.string().nullable(),
});
export type Handover = z.infer<typeof ZHandover>;

export const ZReferral = z.object({
  id: z.uuid(),
  reference: z.string(),
  receivedAt: z.string(),
  pathway: z.enum(PATHWAYS).nullable(),
  state: z.enum(REFERRAL_STATES),
  /** When it was acted on, or its episode closed; null while it waits for triage. */
  changedAt: z.string().nullable(),
  person: ZPersonName,
});
export type Referral = z.infer<typeof ZReferral>;

export const ZHandoversView = z.object({
  handovers: z.array(ZHandover),
  referrals: z.array(ZReferral),
});
export type HandoversView = z.infer<typeof ZHandoversView>;
