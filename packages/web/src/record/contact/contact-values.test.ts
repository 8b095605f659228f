import { describe, expect, it } from 'vitest';
import {
  appointmentContactQuery,
  contactValuesForAppointment,
  contactValuesOf,
  newContactValues,
  toContactData,
} from './contact-values.js';

const today = '2026-11-03';

describe('the contact form', () => {
  it('makes ContactData from what was typed', () => {
    const result = toContactData(
      {
        occurredOn: { day: '2', month: '11', year: '2026' },
        mode: 'phone',
        minutes: ' 30 ',
        note: '  Talked through the week.  ',
      },
      today,
    );
    expect(result).toEqual({
      ok: true,
      data: {
        occurredOn: '2026-11-02',
        mode: 'phone',
        minutes: 30,
        note: 'Talked through the week.',
      },
    });
  });

  it('leaves minutes out when none are given', () => {
    const values = { ...newContactValues(today), mode: 'video', note: 'Seen' };
    const result = toContactData(values, today);
    expect(result.ok && result.data).toMatchObject({ occurredOn: today, minutes: null });
  });

  it('says what is wrong with each field, by its path', () => {
    const result = toContactData(
      { occurredOn: { day: '31', month: '2', year: '2026' }, mode: '', minutes: '0', note: ' ' },
      today,
    );
    expect(result.ok ? [] : result.problems.map((p) => `${p.path}:${p.code}`)).toEqual([
      'occurredOn:invalid_date',
      'mode:required',
      'minutes:out_of_range',
      'note:required',
    ]);
  });

  it('refuses a contact after today, and minutes that are not whole', () => {
    const result = toContactData(
      {
        occurredOn: { day: '4', month: '11', year: '2026' },
        mode: 'group',
        minutes: '1.5',
        note: 'x',
      },
      today,
    );
    expect(result.ok ? [] : result.problems.map((p) => `${p.path}:${p.code}`)).toEqual([
      'occurredOn:date_in_future',
      'minutes:not_whole',
    ]);
  });

  it('round-trips a saved contact through the form', () => {
    const data = {
      occurredOn: '2026-10-01',
      mode: 'home_visit',
      minutes: 45,
      note: 'Visit',
    } as const;
    expect(toContactData(contactValuesOf(data), today)).toEqual({ ok: true, data });
  });

  it('pre-fills the contact note for an attended appointment with its date, mode and id (issue 16 item 5)', () => {
    const id = '0b8f7a52-8d5e-4c35-9a43-5c1e2f0d9b11';
    const query = appointmentContactQuery({ id, date: '2026-11-02', mode: 'home_visit' });
    const values = contactValuesForAppointment(new URLSearchParams(query.slice(1)), today);
    expect(values).toEqual({
      occurredOn: { day: '2', month: '11', year: '2026' },
      mode: 'home_visit',
      minutes: '',
      note: '',
      appointmentId: id,
    });
    expect(toContactData({ ...values, note: 'Seen at home' }, today)).toEqual({
      ok: true,
      data: {
        occurredOn: '2026-11-02',
        mode: 'home_visit',
        minutes: null,
        note: 'Seen at home',
        appointmentId: id,
      },
    });
    expect(contactValuesForAppointment(new URLSearchParams('appointment=nope'), today)).toEqual(
      newContactValues(today),
    );
  });
});
