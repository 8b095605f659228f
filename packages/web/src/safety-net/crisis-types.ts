// Shapes of the crisis follow-through JSON (docs/api/safety-net-contract.md, "Crisis
// follow-through"), as the staff pages use them.
import type { AcknowledgeOutcome } from '../triage/request-types.js';

/** A practice as the API names it: `{ id, name }`, or its name alone. */
export type PracticeRef = { id: string; name: string } | string;

export function practiceName(practice: PracticeRef | null | undefined): string {
  if (practice === null || practice === undefined) return '';
  return typeof practice === 'string' ? practice : practice.name;
}

export interface UnacknowledgedItem {
  id: string;
  reference: string;
  receivedAt: string;
  dueAt: string;
  overdue: boolean;
  practice: PracticeRef;
}

/** `GET /api/crisis/unacknowledged`: what no clinician has acted on yet, oldest first. */
export interface Unacknowledged {
  count: number;
  oldestReceivedAt: string | null;
  items: UnacknowledgedItem[];
}

export type CrisisKind = 'red_flag' | 'screen' | 'safeguarding';
export const CRISIS_KINDS: readonly CrisisKind[] = ['red_flag', 'screen', 'safeguarding'];

/** Minutes from arrival to acknowledgement: within opening hours, and on the clock. */
export interface MinutesToAcknowledge {
  working: number;
  wallClock: number;
}

export interface CrisisLogEntry {
  id?: string;
  reference: string;
  practice: PracticeRef;
  receivedAt: string;
  kind: CrisisKind;
  acknowledgedAt: string | null;
  acknowledgedBy: string | { id: string; name: string } | null;
  outcome: AcknowledgeOutcome | null;
  minutesToAcknowledge: MinutesToAcknowledge | number | null;
  escalatedAt: string | null;
}

/** `GET /api/crisis/log`: the entries, under `entries` or `items`. */
export interface CrisisLog {
  from?: string;
  to?: string;
  entries?: CrisisLogEntry[];
  items?: CrisisLogEntry[];
}

export interface Person {
  id: string;
  name: string;
}

export interface DutyRotaEntry {
  practiceId: string;
  date: string;
  userId: string | null;
  userName?: string | null;
}

/** `GET /api/duty-rota?from=&to=`: who is on duty, the practices, and who can be chosen. */
export interface DutyRota {
  from?: string;
  to?: string;
  entries?: DutyRotaEntry[];
  practices?: Person[];
  /** The clinicians (OTs and clinicians) who can be put on duty, with the practices they work in. */
  clinicians?: (Person & { practiceIds?: string[] })[];
}

export interface SafetySettings {
  organisationId: string;
  organisationName?: string;
  name?: string;
  kind?: string;
  safeguardingLeadUserId: string | null;
  acknowledgeWithinMinutes: number;
  practiceEmail?: string | null;
}

/** `GET /api/safety-settings`: the settings of each organisation the caller may set. */
export interface SafetySettingsList {
  organisations?: SafetySettings[];
  settings?: SafetySettings[];
  /** Who can be named the safeguarding lead, with the organisations they belong to. */
  users?: (Person & { organisationIds?: string[] })[];
  candidates?: Person[];
}
