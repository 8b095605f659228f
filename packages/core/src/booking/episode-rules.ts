/**
 * Rules of an episode of care (issue 4 item 5): how many sessions it may have, and when missed
 * appointments call for a review.
 */
import type { Role } from '../access/roles.js';
import type { Pathway } from '../triage/triage-types.js';
import { APPOINTMENT_STATUSES, type AppointmentStatus } from './appointment-status.js';

/** Seed 002: "at most six 30-minute consultations" per episode. */
export const DEFAULT_SESSION_LIMIT = 6;

/** Issue 4 item 5's example policy: after two missed appointments, review the episode. */
export const DNA_REVIEW_AFTER = 2;

/** Per-pathway session limits that differ from the default. */
export type SessionLimitOverrides = Partial<Readonly<Record<Pathway, number>>>;

/** The session limit of a pathway: its configured override, or 6 (seed 002). */
export function sessionLimitFor(pathway: Pathway, overrides: SessionLimitOverrides = {}): number {
  const limit = overrides[pathway];
  return limit !== undefined && Number.isInteger(limit) && limit > 0
    ? limit
    : DEFAULT_SESSION_LIMIT;
}

/** Whether an appointment uses one of the episode's sessions: booked or attended, not missed or cancelled. */
export function usesSession(status: AppointmentStatus): boolean {
  switch (status) {
    case 'booked':
    case 'attended':
      return true;
    // A missed appointment is handled by the DNA policy, not by shortening the episode.
    case 'did_not_attend':
    case 'cancelled_by_person':
    case 'cancelled_by_service':
      return false;
  }
}

/** The statuses that use a session (for queries; the same rule as usesSession). */
export const SESSION_USING_STATUSES: readonly AppointmentStatus[] =
  APPOINTMENT_STATUSES.filter(usesSession);

/** Sessions an episode has used so far. */
export function countSessionsUsed(
  appointments: readonly { readonly status: AppointmentStatus }[],
): number {
  return appointments.filter((a) => usesSession(a.status)).length;
}

export interface SessionBookingCheck {
  readonly sessionsUsed: number;
  readonly limit: number;
  /** Why this episode needs more sessions than its limit. */
  readonly overrideReason?: string;
  /** Roles of the person recording the override: only an OT may (seed 002). */
  readonly overrideByRoles?: readonly Role[];
}

export type SessionBookingDecision =
  | { readonly allowed: true; readonly overLimit: boolean }
  | { readonly allowed: false; readonly reason: 'session_limit' | 'override_needs_ot' };

/**
 * May another session be booked? Within the limit, yes. Beyond it (the 7th of 6), only when an
 * OT records why (seed 002: "at most six … unless an OT records why more are needed"); the
 * caller stores the reason with the booking when `overLimit` is true.
 */
export function checkSessionBooking(check: SessionBookingCheck): SessionBookingDecision {
  if (check.sessionsUsed < check.limit) return { allowed: true, overLimit: false };
  if ((check.overrideReason ?? '').trim() === '')
    return { allowed: false, reason: 'session_limit' };
  if (!(check.overrideByRoles ?? []).includes('ot')) {
    return { allowed: false, reason: 'override_needs_ot' };
  }
  return { allowed: true, overLimit: true };
}

export interface DnaPolicyResult {
  readonly dnaCount: number;
  readonly flagForReview: boolean;
}

/**
 * The did-not-attend policy: count the episode's missed appointments and flag the episode for an
 * OT's review once they reach `reviewAfter` (default 2, issue 4 item 7). Counts every DNA in the
 * episode, not only consecutive ones: two missed of six is already a pattern worth a call.
 */
export function dnaPolicy(
  appointments: readonly { readonly status: AppointmentStatus }[],
  reviewAfter: number = DNA_REVIEW_AFTER,
): DnaPolicyResult {
  const dnaCount = appointments.filter((a) => a.status === 'did_not_attend').length;
  return { dnaCount, flagForReview: dnaCount >= reviewAfter };
}
