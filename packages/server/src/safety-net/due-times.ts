/**
 * A waiting crisis or safeguarding request's due time, from core's working-minute rule and its
 * practice's settings (computed at read, see migration 0006).
 */
import { acknowledgementDueAt, ACKNOWLEDGE_WITHIN_MINUTES } from '@everyday/core';
import type { PracticePolicy } from './safety-settings.repository.js';

export function dueAtFor(
  receivedAt: Date,
  practiceId: string,
  policies: ReadonlyMap<string, PracticePolicy>,
): string {
  const policy = policies.get(practiceId);
  return acknowledgementDueAt(
    receivedAt.getTime(),
    policy?.acknowledgeWithinMinutes ?? ACKNOWLEDGE_WITHIN_MINUTES.default,
    policy?.nation ?? 'england',
  );
}
