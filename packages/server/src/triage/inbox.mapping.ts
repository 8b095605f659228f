/** From stored rows to what the inbox and the request page show. */
import {
  ageOn,
  isAcknowledgementOutcome,
  londonDateOf,
  type RedFlag,
  type ScreenMatch,
} from '@everyday/core';
import type { InboxRow } from './inbox.repository.js';
import type { TFlagCleared, TInboxItem } from './inbox.schema.js';

const DAY_MS = 86_400_000;

/** The acknowledgement kept on the request (core's Acknowledgement as JSON), with when and who. */
function acknowledgementOf(row: InboxRow): TInboxItem['acknowledgement'] {
  if (row.acknowledged_at === null) return null;
  const a = (row.acknowledgement ?? {}) as {
    outcome?: unknown;
    note?: unknown;
    nextSteps?: unknown;
  };
  if (typeof a.outcome !== 'string' || !isAcknowledgementOutcome(a.outcome)) return null;
  return {
    outcome: a.outcome,
    note: typeof a.note === 'string' ? a.note : '',
    nextSteps: typeof a.nextSteps === 'string' ? a.nextSteps : null,
    at: row.acknowledged_at.toISOString(),
    by:
      row.acknowledged_by !== null
        ? { id: row.acknowledged_by, name: row.acknowledged_by_name ?? '' }
        : null,
  };
}

export function toInboxItem(
  row: InboxRow,
  now: Date,
  flagsCleared: readonly TFlagCleared[] = [],
): TInboxItem {
  const today = londonDateOf(now.getTime());
  return {
    id: row.id,
    reference: row.reference,
    receivedAt: row.received_at.toISOString(),
    route: row.route,
    channel: row.channel,
    status: row.status,
    urgency: row.urgency,
    pinned: row.pinned,
    complete: row.complete,
    person: {
      id: row.person_id,
      givenName: row.given_name,
      familyName: row.family_name,
      dateOfBirth: row.date_of_birth,
      age: row.date_of_birth === null ? null : ageOn(row.date_of_birth, today),
      nhsNumber: row.nhs_number,
    },
    practice: { id: row.practice_id, name: row.practice_name },
    redFlags: row.red_flags as RedFlag[],
    suggestion: {
      pathway: row.suggested_pathway,
      urgency: row.suggested_urgency,
      tier: row.suggested_tier,
      reasons: row.triage_reasons as TInboxItem['suggestion']['reasons'],
      ruleVersion: row.triage_rule_version,
    },
    waitingDays: Math.max(0, Math.floor((now.getTime() - row.received_at.getTime()) / DAY_MS)),
    possibleDuplicateCount: row.possible_duplicate_ids.length,
    duplicateRequestCount: row.duplicate_request_count,
    needsConfirmation: row.needs_confirmation,
    screen: Array.isArray(row.screen_matches) ? (row.screen_matches as ScreenMatch[]) : [],
    safeguarding: row.safeguarding,
    safeguardingLead:
      row.safeguarding_lead_id !== null
        ? { id: row.safeguarding_lead_id, name: row.safeguarding_lead_name ?? '' }
        : null,
    flagsCleared: [...flagsCleared],
    acknowledgement: acknowledgementOf(row),
  };
}
