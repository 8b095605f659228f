import { describe, expect, it } from 'vitest';
import {
  APPOINTMENT_STATUSES,
  canRecordAt,
  canTransition,
  decideAppointmentChange,
  holdsSeat,
  SEAT_HOLDING_STATUSES,
} from './appointment-status.js';

describe('appointment status (issue 4 item 7)', () => {
  it('allows exactly these transitions', () => {
    const allowed = APPOINTMENT_STATUSES.flatMap((from) =>
      APPOINTMENT_STATUSES.filter((to) => canTransition(from, to)).map((to) => `${from}→${to}`),
    );
    expect(allowed).toEqual([
      'booked→attended',
      'booked→did_not_attend',
      'booked→cancelled_by_person',
      'booked→cancelled_by_service',
      'attended→did_not_attend',
      'did_not_attend→attended',
    ]);
  });

  it('needs a reason for every change but plain attendance', () => {
    expect(decideAppointmentChange('booked', { kind: 'attended' })).toEqual({
      ok: true,
      status: 'attended',
      bookReplacement: false,
    });
    expect(decideAppointmentChange('booked', { kind: 'did_not_attend', reason: ' ' })).toEqual({
      ok: false,
      problem: 'reason_required',
    });
    expect(decideAppointmentChange('did_not_attend', { kind: 'attended' })).toEqual({
      ok: false,
      problem: 'reason_required',
    });
    expect(
      decideAppointmentChange('did_not_attend', {
        kind: 'attended',
        reason: 'Arrived 20 minutes late',
      }),
    ).toMatchObject({ ok: true, status: 'attended' });
  });

  it('cancels by whoever cancelled, and rebooking asks for a replacement booking', () => {
    expect(
      decideAppointmentChange('booked', { kind: 'cancel', by: 'service', reason: 'OT unwell' }),
    ).toEqual({
      ok: true,
      status: 'cancelled_by_service',
      bookReplacement: false,
    });
    expect(
      decideAppointmentChange('booked', {
        kind: 'rebook',
        by: 'person',
        reason: 'Hospital appointment',
      }),
    ).toEqual({
      ok: true,
      status: 'cancelled_by_person',
      bookReplacement: true,
    });
  });

  it('refuses changes to a cancelled appointment', () => {
    expect(
      decideAppointmentChange('cancelled_by_person', { kind: 'attended', reason: 'came anyway' }),
    ).toEqual({ ok: false, problem: 'not_allowed' });
    expect(
      decideAppointmentChange('cancelled_by_service', {
        kind: 'cancel',
        by: 'person',
        reason: 'x',
      }),
    ).toEqual({ ok: false, problem: 'not_allowed' });
  });
});

describe('seat-holding statuses', () => {
  it('booked, attended and did not attend hold a seat; cancellations free it', () => {
    expect(APPOINTMENT_STATUSES.filter((status) => holdsSeat(status))).toEqual([
      'booked',
      'attended',
      'did_not_attend',
    ]);
    expect([...SEAT_HOLDING_STATUSES]).toEqual(APPOINTMENT_STATUSES.filter((s) => holdsSeat(s)));
  });
});

describe('attendance only once an appointment has started (issue 16 item 5)', () => {
  const startsAt = new Date('2026-11-25T10:00:00Z');
  const before = new Date('2026-11-25T09:59:59Z');

  it('refuses attended and did not attend before the start, allows them from the start', () => {
    expect(canRecordAt('attended', startsAt, before)).toBe(false);
    expect(canRecordAt('did_not_attend', startsAt, before)).toBe(false);
    expect(canRecordAt('attended', startsAt, startsAt)).toBe(true);
    expect(canRecordAt('did_not_attend', startsAt, new Date('2026-11-25T10:05:00Z'))).toBe(true);
  });

  it('allows a cancellation at any time', () => {
    expect(canRecordAt('cancelled_by_person', startsAt, before)).toBe(true);
    expect(canRecordAt('cancelled_by_service', startsAt, before)).toBe(true);
  });

  it('decides a change with the time: not started before the start, else as before', () => {
    expect(decideAppointmentChange('booked', { kind: 'attended' }, { startsAt, now: before })).toEqual(
      { ok: false, problem: 'not_started' },
    );
    expect(
      decideAppointmentChange('booked', { kind: 'did_not_attend', reason: 'No answer' }, { startsAt, now: before }),
    ).toEqual({ ok: false, problem: 'not_started' });
    expect(decideAppointmentChange('booked', { kind: 'attended' }, { startsAt, now: startsAt })).toEqual({
      ok: true,
      status: 'attended',
      bookReplacement: false,
    });
    expect(
      decideAppointmentChange(
        'booked',
        { kind: 'cancel', by: 'person', reason: 'Away' },
        { startsAt, now: before },
      ),
    ).toMatchObject({ ok: true, status: 'cancelled_by_person' });
  });
});
