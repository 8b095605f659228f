// Shapes of the front-door JSON the staff pages use (docs/api/front-door-contract.md).
import { ACKNOWLEDGEMENT_OUTCOMES } from '@everyday/core';
import type {
  AcknowledgementOutcome,
  AdviceId,
  ScreenMatch,
  Pathway,
  RedFlag,
  RequestAnswers,
  Route,
  Tier,
  TriageReason,
  Urgency,
} from '@everyday/core';

export const REQUEST_STATUSES = [
  'received',
  'awaiting_info',
  'waiting',
  'signposted',
  'redirected',
  'declined',
] as const;
export type RequestStatus = (typeof REQUEST_STATUSES)[number];

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

export interface Suggestion {
  pathway: Pathway;
  urgency: Urgency;
  tier: Tier;
  reasons: { pathway: TriageReason[]; urgency: TriageReason[]; tier: TriageReason[] };
  ruleVersion: string;
}

export interface InboxItem {
  id: string;
  reference: string;
  receivedAt: string;
  route: Route;
  channel: string;
  status: RequestStatus;
  urgency: Urgency;
  pinned: boolean;
  complete: boolean;
  person: {
    id: string;
    givenName: string;
    familyName: string;
    /** Null, with the age, for a request saved urgently and not completed yet. */
    dateOfBirth: string | null;
    age: number | null;
    nhsNumber: string | null;
  };
  practice: { id: string; name: string };
  redFlags: RedFlag[];
  suggestion: Suggestion;
  waitingDays: number;
  possibleDuplicateCount: number;
  /** What the free-text safety screen found (docs/api/safety-net-contract.md). */
  screen?: ScreenMatch[];
  safeguarding?: boolean;
  /** Who a safeguarding request is routed to. */
  safeguardingLead?: { id: string; name: string } | null;
  acknowledgement?: Acknowledgement | null;
  flagsCleared?: FlagCleared[];
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

export type ClearableFlag = 'screen' | 'safeguarding';

export interface FlagCleared {
  flag: ClearableFlag;
  reason: string;
  by: string | { id: string; name: string } | null;
  at: string;
}

/** A person's name from the several shapes the API gives it in. */
export function nameOf(by: string | { name: string } | null | undefined): string | null {
  if (by === null || by === undefined) return null;
  return typeof by === 'string' ? by : by.name;
}

export interface InboxPage {
  requests: InboxItem[];
  total: number;
  page: number;
  pageSize: number;
}

export const REQUEST_EVENT_ACTIONS = [
  'received',
  'completed',
  'accept',
  'signpost',
  'redirect',
  'decline',
  'request_info',
  'clear_flag',
  'mark_safeguarding',
  'acknowledge',
  'escalate',
] as const;
export type RequestEventAction = (typeof REQUEST_EVENT_ACTIONS)[number];

export interface RequestEvent {
  at: string;
  action: RequestEventAction;
  by: string | null;
  details: Record<string, unknown>;
}

export interface PossibleDuplicate {
  id: string;
  givenName: string;
  familyName: string;
  dateOfBirth: string | null;
  nhsNumber: string | null;
  practiceName: string;
}

/** Answers after the red flags may be missing while a request is not complete. */
export type StoredAnswers = Partial<RequestAnswers> &
  Pick<RequestAnswers, 'for' | 'person' | 'contact' | 'practiceId' | 'redFlags'>;

export interface RequestDetail extends InboxItem {
  questionSetVersion: string;
  answers: StoredAnswers;
  pathway: Pathway | null;
  tier: Tier | null;
  possibleDuplicates: PossibleDuplicate[];
  events: RequestEvent[];
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
