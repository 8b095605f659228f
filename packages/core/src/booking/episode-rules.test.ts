import { describe, expect, it } from 'vitest';
import type { AppointmentStatus } from './appointment-status.js';
import {
  SESSION_USING_STATUSES,
  checkSessionBooking,
  countSessionsUsed,
  DEFAULT_SESSION_LIMIT,
  DNA_REVIEW_AFTER,
  dnaPolicy,
  sessionLimitFor,
} from './episode-rules.js';

const appointments = (...statuses: AppointmentStatus[]) => statuses.map((status) => ({ status }));

describe('session limit (seed 002: at most six sessions)', () => {
  it('is six by default and configurable per pathway', () => {
    expect(DEFAULT_SESSION_LIMIT).toBe(6);
    expect(sessionLimitFor('mental_health')).toBe(6);
    expect(sessionLimitFor('work', { work: 8 })).toBe(8);
    expect(sessionLimitFor('memory', { work: 8 })).toBe(6);
    expect(sessionLimitFor('work', { work: 0 })).toBe(6);
  });

  it('allows the sixth session and refuses the seventh without a reason', () => {
    expect(checkSessionBooking({ sessionsUsed: 5, limit: 6 })).toEqual({
      allowed: true,
      overLimit: false,
    });
    expect(checkSessionBooking({ sessionsUsed: 6, limit: 6 })).toEqual({
      allowed: false,
      reason: 'session_limit',
    });
    expect(
      checkSessionBooking({
        sessionsUsed: 6,
        limit: 6,
        overrideReason: '  ',
        overrideByRoles: ['ot'],
      }),
    ).toEqual({
      allowed: false,
      reason: 'session_limit',
    });
  });

  it('allows a seventh when an OT records why', () => {
    const reason = 'Return to work phased over two more weeks';
    expect(
      checkSessionBooking({
        sessionsUsed: 6,
        limit: 6,
        overrideReason: reason,
        overrideByRoles: ['ot'],
      }),
    ).toEqual({
      allowed: true,
      overLimit: true,
    });
    expect(
      checkSessionBooking({
        sessionsUsed: 6,
        limit: 6,
        overrideReason: reason,
        overrideByRoles: ['navigator'],
      }),
    ).toEqual({ allowed: false, reason: 'override_needs_ot' });
  });

  it('counts booked and attended sessions, not missed or cancelled ones', () => {
    expect(
      countSessionsUsed(
        appointments(
          'attended',
          'attended',
          'did_not_attend',
          'cancelled_by_person',
          'cancelled_by_service',
          'booked',
        ),
      ),
    ).toBe(3);
  });
});

describe('statuses that use a session, for queries', () => {
  it('are booked and attended only: a missed or cancelled appointment gives its session back', () => {
    expect([...SESSION_USING_STATUSES].sort()).toEqual(['attended', 'booked']);
  });
});

describe('did-not-attend policy (issue 4 item 7: after two, review)', () => {
  it('flags the episode for review at two DNAs', () => {
    expect(DNA_REVIEW_AFTER).toBe(2);
    expect(dnaPolicy(appointments('attended', 'did_not_attend'))).toEqual({
      dnaCount: 1,
      flagForReview: false,
    });
    expect(dnaPolicy(appointments('did_not_attend', 'attended', 'did_not_attend'))).toEqual({
      dnaCount: 2,
      flagForReview: true,
    });
    expect(dnaPolicy(appointments('did_not_attend'), 1)).toEqual({
      dnaCount: 1,
      flagForReview: true,
    });
  });
});
