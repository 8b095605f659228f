import { describe, expect, it } from 'vitest';
import { contactValuesOf, newContactValues, toContactData } from './contact-values.js';

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
});
