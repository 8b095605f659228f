import { describe, expect, it } from 'vitest';
import { checkTemplate, newTemplateValues, templateValuesOf } from './template-values.js';

const filled = {
  ...newTemplateValues('2026-11-03'),
  siteId: 'site-1',
  name: ' Falls clinic ',
  weekdays: ['3', '1'],
  startTime: '9:00',
  endTime: '12.00',
  mode: 'in_person' as const,
};

describe('the clinic template form', () => {
  it('starts with 30-minute slots in England', () => {
    const values = newTemplateValues('2026-11-03');
    expect(values.slotMinutes).toBe('30');
    expect(values.nation).toBe('england');
    expect(values.validFrom).toEqual({ day: '3', month: '11', year: '2026' });
  });

  it('makes the body the API takes', () => {
    expect(checkTemplate(filled, false)).toEqual({
      ok: true,
      body: {
        siteId: 'site-1',
        name: 'Falls clinic',
        weekdays: [1, 3],
        startTime: '09:00',
        endTime: '12:00',
        slotMinutes: 30,
        mode: 'in_person',
        capacity: 1,
        nation: 'england',
        validFrom: '2026-11-03',
      },
    });
  });

  it('asks a group for its places, and an administrator for the OT', () => {
    const checked = checkTemplate({ ...filled, mode: 'group', capacity: '1' }, true);
    expect(checked.ok ? [] : checked.problems.map((p) => `${p.path}:${p.code}`)).toEqual([
      'otId:required',
      'capacity:capacity',
    ]);
    const group = checkTemplate(
      { ...filled, mode: 'group', capacity: '12', pathway: 'memory' },
      false,
    );
    expect(group.ok && group.body).toMatchObject({ capacity: 12, pathway: 'memory' });
  });

  it('says what is missing or wrong', () => {
    const checked = checkTemplate(
      {
        ...newTemplateValues(''),
        startTime: '14:00',
        endTime: '9:00',
        slotMinutes: 'half an hour',
        validUntil: { day: '40', month: '1', year: '2026' },
      },
      false,
    );
    expect(checked.ok ? [] : checked.problems.map((p) => `${p.path}:${p.code}`)).toEqual([
      'siteId:required',
      'name:required',
      'weekdays:required',
      'endTime:end_not_after_start',
      'slotMinutes:slot_length',
      'mode:required',
      'validFrom:required',
      'validUntil:invalid_date',
    ]);
  });

  it('refuses a last day before the first', () => {
    const checked = checkTemplate(
      { ...filled, validUntil: { day: '2', month: '11', year: '2026' } },
      false,
    );
    expect(checked.ok ? [] : checked.problems.map((p) => p.code)).toEqual([
      'valid_until_before_from',
    ]);
  });

  it('fills the form from a saved template', () => {
    const values = templateValuesOf({
      id: 't',
      otId: 'ot',
      otName: 'Jo',
      siteId: 's',
      siteName: 'Site',
      name: 'Group',
      weekdays: [2],
      startTime: '10:00',
      endTime: '12:00',
      slotMinutes: 120,
      mode: 'group',
      capacity: 12,
      pathway: null,
      nation: 'wales',
      gpad: { nationalCategory: '', serviceSetting: '', mode: '' },
      validFrom: '2026-11-03',
      validUntil: null,
      active: true,
    });
    expect(values).toMatchObject({ weekdays: ['2'], capacity: '12', pathway: '', nation: 'wales' });
    expect(values.validUntil).toEqual({ day: '', month: '', year: '' });
  });
});
