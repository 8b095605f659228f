import { describe, expect, it } from 'vitest';
import { validateTemplate, type ClinicTemplate } from './clinic-template.js';
import { defaultGpadFor, type GpadMode, type GpadNationalCategory } from './gpad.js';
import { makeTemplate } from './test-builders.js';

const codes = (t: ClinicTemplate) => validateTemplate(t).map((p) => `${p.field}:${p.code}`);

describe('validateTemplate (seed 002 defaults: 30-minute slots)', () => {
  it('accepts a good template', () => {
    expect(validateTemplate(makeTemplate())).toEqual([]);
    expect(validateTemplate(makeTemplate({ mode: 'group', capacity: 8 }))).toEqual([]);
    expect(
      validateTemplate(makeTemplate({ mode: 'home_visit', gpad: defaultGpadFor('home_visit') })),
    ).toEqual([]);
  });

  it('needs the end after the start, the same day', () => {
    expect(codes(makeTemplate({ startTime: '12:00', endTime: '09:00' }))).toEqual([
      'endTime:end_not_after_start',
    ]);
    expect(codes(makeTemplate({ startTime: '9am', endTime: '24:00' }))).toEqual([
      'startTime:format',
      'endTime:format',
    ]);
  });

  it('refuses a slot length that leaves time over, rather than dropping it silently', () => {
    const problems = validateTemplate(makeTemplate({ endTime: '12:15' }));
    expect(problems).toHaveLength(1);
    expect(problems[0]).toMatchObject({ field: 'slotMinutes', code: 'slot_remainder' });
    expect(problems[0]?.message).toContain('195-minute');
    expect(codes(makeTemplate({ slotMinutes: 2 }))).toEqual(['slotMinutes:slot_length']);
    expect(codes(makeTemplate({ slotMinutes: 22.5 }))).toEqual(['slotMinutes:slot_length']);
  });

  it('holds one person unless a group, and a group at least two', () => {
    expect(codes(makeTemplate({ capacity: 2 }))).toEqual(['capacity:capacity']);
    expect(codes(makeTemplate({ mode: 'group', capacity: 1 }))).toEqual(['capacity:capacity']);
  });

  it('checks weekdays, dates and nation', () => {
    expect(codes(makeTemplate({ weekdays: [] }))).toEqual(['weekdays:weekdays']);
    expect(codes(makeTemplate({ weekdays: [1, 1] }))).toEqual(['weekdays:weekdays']);
    expect(codes(makeTemplate({ validFrom: '2026-05-01', validUntil: '2026-04-30' }))).toEqual([
      'validUntil:valid_until_before_from',
    ]);
    expect(codes(makeTemplate({ validFrom: '2026-02-30' }))).toEqual(['validFrom:format']);
    expect(codes(makeTemplate({ nation: 'scotland' as 'wales' }))).toEqual([
      'nation:unknown_value',
    ]);
    expect(codes(makeTemplate({ id: ' ' }))).toEqual(['id:required']);
  });

  it('accepts only the GPAD reference strings (INSTRUMENTS.md §11), fitting the mode', () => {
    const gpad = defaultGpadFor('in_person');
    expect(
      codes(
        makeTemplate({
          gpad: { ...gpad, nationalCategory: 'Consultation' as GpadNationalCategory },
        }),
      ),
    ).toEqual(['gpad.nationalCategory:unknown_value']);
    expect(codes(makeTemplate({ gpad: { ...gpad, mode: 'Face to face' as GpadMode } }))).toEqual([
      'gpad.mode:unknown_value',
    ]);
    expect(codes(makeTemplate({ mode: 'phone', gpad }))).toEqual(['gpad.mode:gpad_mode_mismatch']);
    expect(
      validateTemplate(
        makeTemplate({ mode: 'group', gpad: { ...gpad, mode: 'Video Conference/Online' } }),
      ),
    ).toEqual([]);
  });
});
