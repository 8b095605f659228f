/**
 * What the staff reads of requests answer: the inbox and a request's page
 * (docs/api/front-door-contract.md). The server's routes answer with these schemas (its
 * inbox.schema.ts re-exports them; only the stored answers, a `z.custom` here, are stated there
 * as a JSON object so that the response converts to JSON Schema).
 */
import { z } from 'zod';
import { RED_FLAGS, ROUTES, type RequestAnswers } from '../front-door/answers.js';
import { SCREEN_CATEGORIES } from '../safety-screen/screen-types.js';
import { ACKNOWLEDGEMENT_OUTCOMES } from '../safety-net/acknowledgement.js';
import { PATHWAYS, TIERS, URGENCIES } from '../triage/triage-types.js';

export const REQUEST_STATUSES = [
  'received',
  'awaiting_info',
  'waiting',
  'booked',
  'signposted',
  'redirected',
  'declined',
] as const;
export type RequestStatus = (typeof REQUEST_STATUSES)[number];

export const CLEARABLE_FLAGS = ['screen', 'safeguarding'] as const;
export type ClearableFlag = (typeof CLEARABLE_FLAGS)[number];

const ZLocalised = z.object({ en: z.string(), cy: z.string() });
const ZReason = z.object({ rule: z.string(), text: ZLocalised });
const ZStaff = z.object({ id: z.uuid(), name: z.string() });

/** A safety-screen match as stored: staff see the words highlighted. */
export const ZScreenMatchView = z.object({
  rule: z.string(),
  category: z.enum(SCREEN_CATEGORIES),
  kind: z.enum(['clinical', 'safeguarding']),
  field: z.string(),
  words: z.string(),
  start: z.number(),
  end: z.number(),
  language: z.enum(['en', 'cy']),
  redFlag: z.enum(RED_FLAGS).optional(),
  reason: ZLocalised,
});

export const ZFlagCleared = z.object({
  flag: z.enum(CLEARABLE_FLAGS),
  reason: z.string(),
  by: z.string().nullable(),
  at: z.string(),
});
export type FlagCleared = z.infer<typeof ZFlagCleared>;

export const ZAcknowledgement = z.object({
  outcome: z.enum(ACKNOWLEDGEMENT_OUTCOMES),
  note: z.string(),
  nextSteps: z.string().nullable(),
  at: z.string(),
  by: ZStaff.nullable(),
});
export type AcknowledgementView = z.infer<typeof ZAcknowledgement>;

export const ZSuggestion = z.object({
  pathway: z.enum(PATHWAYS),
  urgency: z.enum(URGENCIES),
  tier: z.enum(TIERS),
  reasons: z.object({
    pathway: z.array(ZReason),
    urgency: z.array(ZReason),
    tier: z.array(ZReason),
  }),
  ruleVersion: z.string(),
});
export type Suggestion = z.infer<typeof ZSuggestion>;

/** One request in the inbox. */
export const ZInboxItem = z.object({
  id: z.uuid(),
  reference: z.string(),
  receivedAt: z.string(),
  route: z.enum(ROUTES),
  channel: z.string(),
  status: z.enum(REQUEST_STATUSES),
  urgency: z.enum(URGENCIES),
  pinned: z.boolean(),
  complete: z.boolean(),
  person: z.object({
    id: z.uuid(),
    givenName: z.string(),
    familyName: z.string(),
    /** Null, with the age, for a request saved urgently and not completed yet. */
    dateOfBirth: z.string().nullable(),
    age: z.number().nullable(),
    nhsNumber: z.string().nullable(),
  }),
  practice: z.object({ id: z.uuid(), name: z.string() }),
  redFlags: z.array(z.enum(RED_FLAGS)),
  suggestion: ZSuggestion,
  waitingDays: z.number(),
  possibleDuplicateCount: z.number(),
  /** Other live requests (asked, waiting or booked) of this person or a possibly-same person. */
  duplicateRequestCount: z.number(),
  /** Booked directly from the referral form and not yet confirmed by an OT (issue 16 item 1). */
  needsConfirmation: z.boolean(),
  screen: z.array(ZScreenMatchView),
  safeguarding: z.boolean(),
  /** Who the safeguarding concern is routed to; null: every OT in scope sees it, flagged. */
  safeguardingLead: ZStaff.nullable(),
  flagsCleared: z.array(ZFlagCleared),
  /** What a clinician did about a crisis or safeguarding request. */
  acknowledgement: ZAcknowledgement.nullable(),
});
export type InboxItem = z.infer<typeof ZInboxItem>;

/** GET /api/requests: a page of the inbox. */
export const ZInboxPage = z.object({
  requests: z.array(ZInboxItem),
  total: z.number(),
  page: z.number(),
  pageSize: z.number(),
});
export type InboxPage = z.infer<typeof ZInboxPage>;

/** What can happen to a request, as its history lists it. */
export const REQUEST_EVENT_ACTIONS = [
  'received',
  'completed',
  'accept',
  'signpost',
  'redirect',
  'decline',
  'request_info',
  'booked',
  'clear_flag',
  'mark_safeguarding',
  'acknowledge',
  'escalate',
  'hand_over',
  'acknowledge_handover',
  'booking_link_sent',
  'return_to_triage',
] as const;
export type RequestEventAction = (typeof REQUEST_EVENT_ACTIONS)[number];

export const ZRequestEvent = z.object({
  at: z.string(),
  action: z.enum(REQUEST_EVENT_ACTIONS),
  by: z.string().nullable(),
  details: z.record(z.string(), z.unknown()),
});
export type RequestEvent = z.infer<typeof ZRequestEvent>;

export const ZPossibleDuplicate = z.object({
  id: z.uuid(),
  givenName: z.string(),
  familyName: z.string(),
  dateOfBirth: z.string().nullable(),
  nhsNumber: z.string().nullable(),
  practiceName: z.string(),
});
export type PossibleDuplicate = z.infer<typeof ZPossibleDuplicate>;

/** Answers after the red flags may be missing while a request is not complete. */
export type StoredAnswers = Partial<RequestAnswers> &
  Pick<RequestAnswers, 'for' | 'person' | 'contact' | 'practiceId' | 'redFlags'>;

/** The stored answers, checked as an object (they were validated when they were sent). */
const ZStoredAnswers = z.custom<StoredAnswers>(
  (value) => typeof value === 'object' && value !== null && !Array.isArray(value),
  { message: 'Expected the answers' },
);

/** GET /api/requests/:id: a request with its answers, duplicates and history. */
export const ZRequestDetail = ZInboxItem.extend({
  questionSetVersion: z.string(),
  answers: ZStoredAnswers,
  pathway: z.enum(PATHWAYS).nullable(),
  tier: z.enum(TIERS).nullable(),
  possibleDuplicates: z.array(ZPossibleDuplicate),
  events: z.array(ZRequestEvent),
});
export type RequestDetail = z.infer<typeof ZRequestDetail>;
