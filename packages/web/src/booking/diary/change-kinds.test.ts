import { APPOINTMENT_STATUSES, decideAppointmentChange } from '@everyday/core';
import { describe, expect, it } from 'vitest';
import { changesFor, needsBy, needsReason } from './change-kinds.js';

describe('appointment changes', () => {
  it('offers what the status allows', () => {
    expect(changesFor('booked')).toEqual(['attended', 'did_not_attend', 'cancel', 'rebook']);
    expect(changesFor('attended')).toEqual(['did_not_attend']);
    expect(changesFor('did_not_attend')).toEqual(['attended']);
    expect(changesFor('cancelled_by_person')).toEqual([]);
  });

  it('asks a reason for all but the everyday attended', () => {
    expect(needsReason('attended', 'booked')).toBe(false);
    expect(needsReason('attended', 'did_not_attend')).toBe(true);
    expect(needsReason('did_not_attend', 'booked')).toBe(true);
    expect(needsBy('rebook')).toBe(true);
    expect(needsBy('did_not_attend')).toBe(false);
  });

  it('offers exactly the changes core accepts, for every status', () => {
    for (const status of APPOINTMENT_STATUSES) {
      const accepted = (['attended', 'did_not_attend', 'cancel', 'rebook'] as const).filter(
        (kind) =>
          decideAppointmentChange(
            status,
            kind === 'cancel' || kind === 'rebook'
              ? { kind, by: 'person', reason: 'a reason' }
              : { kind, reason: 'a reason' },
          ).ok,
      );
      expect(changesFor(status)).toEqual(accepted);
    }
  });

  it('offers attended and did not attend only once the appointment has started (issue 16 item 5)', () => {
    const startsAt = '2026-11-25T10:00:00.000Z';
    expect(changesFor('booked', { startsAt, now: new Date('2026-11-25T09:59:00Z') })).toEqual([
      'cancel',
      'rebook',
    ]);
    expect(changesFor('booked', { startsAt, now: new Date('2026-11-25T10:00:00Z') })).toEqual([
      'attended',
      'did_not_attend',
      'cancel',
      'rebook',
    ]);
  });
});
