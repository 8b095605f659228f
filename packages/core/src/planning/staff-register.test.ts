import { describe, expect, it } from 'vitest';
import {
  addCalendarMonths,
  checkCpd,
  checkStaffProfile,
  checkSupervision,
  dueReasons,
  hcpcStanding,
  leaveStanding,
  leaveWorkingDays,
  mentionsNhsNumber,
  sessionsPerWeekByPractice,
  supervisionStanding,
  whoIsDue,
  type RotaTemplate,
} from './staff-register.js';

describe('addCalendarMonths', () => {
  it('keeps the day, or the last day of a shorter month', () => {
    expect(addCalendarMonths('2026-01-15', 1)).toBe('2026-02-15');
    expect(addCalendarMonths('2026-01-31', 1)).toBe('2026-02-28');
    expect(addCalendarMonths('2028-01-31', 1)).toBe('2028-02-29');
    expect(addCalendarMonths('2026-12-10', 1)).toBe('2027-01-10');
    expect(addCalendarMonths('2026-03-31', -1)).toBe('2026-02-28');
    expect(addCalendarMonths('2026-05-20', 12)).toBe('2027-05-20');
  });
});

describe('supervisionStanding (monthly by default, seed 002)', () => {
  it('is overdue the day after a month has passed since the last, not on the day itself', () => {
    const last = '2026-03-10';
    expect(supervisionStanding({ today: '2026-04-10', lastOn: last, startedOn: null })).toEqual({
      status: 'due_soon',
      lastOn: last,
      dueOn: '2026-04-10',
      daysOverdue: 0,
    });
    expect(supervisionStanding({ today: '2026-04-11', lastOn: last, startedOn: null })).toEqual({
      status: 'overdue',
      lastOn: last,
      dueOn: '2026-04-10',
      daysOverdue: 1,
    });
  });

  it('is due soon within 7 days of the due date, up to date before', () => {
    const base = { lastOn: '2026-03-10', startedOn: '2020-01-01' };
    expect(supervisionStanding({ ...base, today: '2026-04-02' }).status).toBe('up_to_date');
    expect(supervisionStanding({ ...base, today: '2026-04-03' }).status).toBe('due_soon');
  });

  it('uses the profile’s interval', () => {
    const s = supervisionStanding({
      today: '2026-05-01',
      lastOn: '2026-03-10',
      startedOn: null,
      intervalMonths: 3,
    });
    expect(s).toMatchObject({ status: 'up_to_date', dueOn: '2026-06-10' });
  });

  it('counts from the start date when none is recorded, and says never recorded with neither', () => {
    expect(
      supervisionStanding({ today: '2026-03-01', lastOn: null, startedOn: '2026-01-05' }),
    ).toMatchObject({ status: 'overdue', dueOn: '2026-02-05', daysOverdue: 24 });
    expect(supervisionStanding({ today: '2026-03-01', lastOn: null, startedOn: null }).status).toBe(
      'never_recorded',
    );
  });
});

describe('hcpcStanding', () => {
  const ot = { profession: 'occupational_therapist' as const, hcpcNumber: 'OT12345' };
  it('flags renewal within 60 days, including the day itself, and lapsed the day after', () => {
    expect(hcpcStanding({ ...ot, today: '2026-09-01', renewalOn: '2026-10-31' })).toEqual({
      status: 'renewal_due',
      renewalOn: '2026-10-31',
      daysLeft: 60,
    });
    expect(hcpcStanding({ ...ot, today: '2026-08-31', renewalOn: '2026-10-31' }).status).toBe(
      'current',
    );
    expect(hcpcStanding({ ...ot, today: '2026-10-31', renewalOn: '2026-10-31' }).status).toBe(
      'renewal_due',
    );
    expect(hcpcStanding({ ...ot, today: '2026-11-01', renewalOn: '2026-10-31' })).toMatchObject({
      status: 'lapsed',
      daysLeft: -1,
    });
  });

  it('says not recorded for a registered profession, not required for a support worker', () => {
    const none = { today: '2026-01-01', hcpcNumber: null, renewalOn: null };
    expect(hcpcStanding({ ...none, profession: 'occupational_therapist' }).status).toBe(
      'not_recorded',
    );
    expect(hcpcStanding({ ...none, profession: 'support_worker' }).status).toBe('not_required');
  });
});

const template = (over: Partial<RotaTemplate>): RotaTemplate => ({
  organisationId: 'p1',
  organisationName: 'Alpha Practice',
  weekdays: [1],
  startTime: '09:00',
  endTime: '13:00',
  validFrom: '2026-01-01',
  validUntil: null,
  active: true,
  ...over,
});

describe('sessionsPerWeekByPractice (a session is four hours)', () => {
  it('counts hours a week over four, per practice, from the templates running that day', () => {
    const templates = [
      // Alpha: Mon and Wed 09:00–13:00 (8 h) + Fri 13:00–15:00 (2 h) = 10 h = 2.5 sessions.
      template({ weekdays: [1, 3] }),
      template({ weekdays: [5], startTime: '13:00', endTime: '15:00' }),
      // Beta: Tue 09:00–17:00 = 8 h = 2 sessions.
      template({
        organisationId: 'p2',
        organisationName: 'Beta Surgery',
        weekdays: [2],
        endTime: '17:00',
      }),
      // Not counted: stopped, ended, or not started yet.
      template({ active: false }),
      template({ validUntil: '2026-02-28' }),
      template({ validFrom: '2026-06-01' }),
    ];
    expect(sessionsPerWeekByPractice(templates, '2026-03-02')).toEqual([
      {
        organisationId: 'p1',
        organisationName: 'Alpha Practice',
        hours: 10,
        sessions: 2.5,
        clinics: 2,
      },
      { organisationId: 'p2', organisationName: 'Beta Surgery', hours: 8, sessions: 2, clinics: 1 },
    ]);
  });
});

describe('leave', () => {
  it('counts working days, leaving out weekends and bank holidays', () => {
    // Fri 3 Apr 2026 is Good Friday, Mon 6 Apr Easter Monday (England and Wales).
    expect(
      leaveWorkingDays(
        { startsOn: '2026-03-30', endsOn: '2026-04-10' },
        '2026-01-01',
        '2026-12-31',
      ),
    ).toBe(8);
  });

  it('finds the leave today falls in and the leave ahead', () => {
    const leave = [
      { startsOn: '2026-05-04', endsOn: '2026-05-08' },
      { startsOn: '2026-03-02', endsOn: '2026-03-06' },
      { startsOn: '2026-01-05', endsOn: '2026-01-09' },
    ];
    const s = leaveStanding(leave, '2026-03-04');
    expect(s.current).toEqual({ startsOn: '2026-03-02', endsOn: '2026-03-06' });
    expect(s.upcoming).toEqual([{ startsOn: '2026-05-04', endsOn: '2026-05-08' }]);
    // Wed–Fri this week (3) + 4–8 May, with the 4th a bank holiday (4) = 7.
    expect(s.workingDaysAhead).toBe(7);
  });
});

describe('who is due', () => {
  it('lists the most pressing first, then by name, and leaves out those owed nothing', () => {
    const ok = {
      hasProfile: true,
      supervision: supervisionStanding({
        today: '2026-03-01',
        lastOn: '2026-02-20',
        startedOn: null,
      }),
      hcpc: hcpcStanding({
        today: '2026-03-01',
        profession: 'occupational_therapist',
        hcpcNumber: 'OT12345',
        renewalOn: '2027-10-31',
      }),
    };
    const overdue = {
      ...ok,
      supervision: supervisionStanding({
        today: '2026-03-01',
        lastOn: '2026-01-02',
        startedOn: null,
      }),
    };
    const renewal = {
      ...ok,
      hcpc: hcpcStanding({
        today: '2026-03-01',
        profession: 'occupational_therapist',
        hcpcNumber: 'OT12345',
        renewalOn: '2026-04-01',
      }),
    };
    expect(dueReasons(ok)).toEqual([]);
    expect(dueReasons(overdue)).toEqual(['supervision_overdue']);
    expect(dueReasons({ ...overdue, hcpc: renewal.hcpc })).toEqual([
      'supervision_overdue',
      'hcpc_renewal_due',
    ]);
    const list = whoIsDue([
      { userId: 'a', name: 'Zara', reasons: dueReasons(overdue) },
      { userId: 'b', name: 'Anwen', reasons: dueReasons(renewal) },
      { userId: 'c', name: 'Bryn', reasons: dueReasons(ok) },
      { userId: 'd', name: 'Ceri', reasons: dueReasons(overdue) },
    ]);
    expect(list.map((e) => e.name)).toEqual(['Ceri', 'Zara', 'Anwen']);
  });
});

describe('checks', () => {
  const profile = {
    profession: 'occupational_therapist' as const,
    hcpcNumber: 'OT12345',
    hcpcRenewalOn: '2027-10-31',
    wte: 0.8,
    startedOn: '2024-09-02',
  };
  it('accepts a good profile and names each wrong field', () => {
    expect(checkStaffProfile(profile)).toEqual([]);
    expect(checkStaffProfile({ ...profile, hcpcNumber: 'OT 123' }).map((p) => p.code)).toEqual([
      'hcpc_format',
    ]);
    expect(checkStaffProfile({ ...profile, hcpcNumber: 'PH12345' }).map((p) => p.code)).toEqual([
      'hcpc_prefix',
    ]);
    expect(checkStaffProfile({ ...profile, hcpcRenewalOn: null }).map((p) => p.field)).toEqual([
      'hcpcRenewalOn',
    ]);
    expect(checkStaffProfile({ ...profile, wte: 0.333 }).map((p) => p.field)).toEqual(['wte']);
    expect(
      checkStaffProfile({
        ...profile,
        profession: 'support_worker',
        hcpcNumber: null,
        hcpcRenewalOn: null,
      }),
    ).toEqual([]);
  });

  it('refuses a supervision in the future or notes with an NHS number', () => {
    const ok = { heldOn: '2026-03-01', summary: 'Caseload mix and waits', actions: '' };
    expect(checkSupervision(ok, '2026-03-01')).toEqual([]);
    expect(checkSupervision({ ...ok, heldOn: '2026-03-02' }, '2026-03-01')[0]?.code).toBe(
      'in_future',
    );
    // 943 476 5919 is a valid NHS number (check digit 9).
    expect(mentionsNhsNumber('patient 943 476 5919 discussed')).toBe(true);
    expect(mentionsNhsNumber('call 0161 496 0000')).toBe(false);
    expect(checkSupervision({ ...ok, actions: 'review 9434765919' }, '2026-03-01')).toEqual([
      {
        field: 'actions',
        code: 'patient_details',
        message: 'Do not include patient details such as an NHS number',
      },
    ]);
    expect(
      checkCpd({ completedOn: '2026-03-01', title: 'Falls course', learning: '' }, '2026-03-01'),
    ).toEqual([]);
  });
});
