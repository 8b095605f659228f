// Shapes of the front-door JSON the staff pages use (docs/api/front-door-contract.md). The inbox
// and its items are the shared contract's (core contracts/requests.ts), checked when read.
import { ACKNOWLEDGEMENT_OUTCOMES } from '@everyday/core';
export {
  REQUEST_STATUSES,
  type ClearableFlag,
  type FlagCleared,
  type InboxItem,
  type InboxPage,
  type PossibleDuplicate,
  type RequestDetail,
  type RequestEvent,
  type RequestEventAction,
  type RequestStatus,
  type StoredAnswers,
  type Suggestion,
  REQUEST_EVENT_ACTIONS,
} from '@everyday/core';
import type {
  AcknowledgementOutcome,
  RequestStatus,
  AdviceId,
  Pathway,
  Tier,
  Urgency,
} from '@everyday/core';

/** Statuses in which an OT can still act on a request. */
export function isActionable(status: RequestStatus): boolean {
  return status === 'received' || status === 'awaiting_info';
}

export const STAFF_CHANNELS = ['phone', 'desk', 'clinician_referral'] as const;
export type StaffChannel = (typeof STAFF_CHANNELS)[number];

export interface PersonMatch {
  id: string;
  givenName: string;
  familyName: string;
  dateOfBirth: string;
  nhsNumber: string | null;
  postcode: string | null;
  practiceId: string;
  practiceName: string;
  matchedOn: 'nhs_number' | 'name_and_date_of_birth';
}

export interface StaffRequestCreated {
  id: string;
  reference: string;
  urgency: Urgency;
  advice: AdviceId[];
  possibleDuplicates: number;
}

/** What a clinician can have done about a crisis or safeguarding request (core's list). */
export const ACKNOWLEDGE_OUTCOMES = ACKNOWLEDGEMENT_OUTCOMES;
export type AcknowledgeOutcome = AcknowledgementOutcome;

export interface Acknowledgement {
  outcome: AcknowledgeOutcome;
  note: string;
  nextSteps?: string | null;
  /** Who acknowledged: their name (or `{ id, name }`). */
  by: string | { id: string; name: string } | null;
  at: string;
}

/** A person's name from the several shapes the API gives it in. */
export function nameOf(by: string | { name: string } | null | undefined): string | null {
  if (by === null || by === undefined) return null;
  return typeof by === 'string' ? by : by.name;
}

export type RequestAction =
  | { action: 'accept'; pathway: Pathway; tier: Tier; urgency?: Urgency; note?: string }
  | { action: 'signpost'; offered: string; sendToPerson: boolean }
  | { action: 'redirect'; to: 'gp' | 'other_team'; team?: string; reason: string }
  | { action: 'decline'; reason: string }
  | { action: 'request_info'; question: string; sendToPerson: boolean };

export interface ApiKey {
  id: string;
  name: string;
  organisationId: string;
  organisationName: string;
  prefix: string;
  createdAt: string;
  lastUsedAt: string | null;
  revokedAt: string | null;
}

export interface ApiKeyCreated {
  apiKey: ApiKey;
  key: string;
}
