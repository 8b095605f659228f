import { describe, expect, it } from 'vitest';
import { DEFAULT_REMINDER_HOURS, planReminder, reminderDueAt } from './reminders.js';

describe('reminders (issue 4 item 8: 48 hours before)', () => {
  it('falls due 48 elapsed hours before, also across the October clock change', () => {
    expect(DEFAULT_REMINDER_HOURS).toBe(48);
    expect(reminderDueAt('2026-06-10T08:00:00Z')).toBe('2026-06-08T08:00:00.000Z');
    // 09:00 GMT Monday 26 Oct ← 48 h ← 10:00 BST Saturday 24 Oct (09:00Z).
    expect(reminderDueAt('2026-10-26T09:00:00Z')).toBe('2026-10-24T09:00:00.000Z');
    expect(reminderDueAt('2026-06-10T08:00:00Z', 24)).toBe('2026-06-09T08:00:00.000Z');
  });

  it('sends none when booked inside the window: the booking confirmation does that job', () => {
    expect(
      planReminder({ appointmentStart: '2026-06-10T08:00:00Z', bookedAt: '2026-06-01T12:00:00Z' }),
    ).toEqual({
      send: true,
      dueAt: '2026-06-08T08:00:00.000Z',
    });
    expect(
      planReminder({ appointmentStart: '2026-06-10T08:00:00Z', bookedAt: '2026-06-08T08:00:00Z' }),
    ).toEqual({
      send: false,
      reason: 'booked_inside_reminder_window',
    });
    expect(
      planReminder({ appointmentStart: '2026-06-10T08:00:00Z', bookedAt: '2026-06-10T09:00:00Z' }),
    ).toEqual({
      send: false,
      reason: 'appointment_started',
    });
    expect(() => reminderDueAt('tomorrow')).toThrow(RangeError);
  });
});
