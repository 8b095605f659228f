import { describe, expect, it } from 'vitest';
import { generateSlots, slotKey } from './slot-generation.js';
import { makeTemplate } from './test-builders.js';

const starts = (slots: ReturnType<typeof generateSlots>) =>
  slots.map((s) => `${s.localDate} ${s.localStart} ${s.start}`);

describe('generateSlots (seed 002: 30-minute slots, four weeks ahead)', () => {
  it('fills a 09:00–12:00 clinic with six 30-minute slots', () => {
    const t = makeTemplate({ weekdays: [2] });
    const slots = generateSlots({ templates: [t], from: '2026-06-01', horizonDays: 7 });
    expect(slots.map((s) => s.localStart)).toEqual([
      '09:00',
      '09:30',
      '10:00',
      '10:30',
      '11:00',
      '11:30',
    ]);
    expect(slots[0]).toEqual({
      key: slotKey(t.id, '2026-06-02', '09:00'),
      templateId: t.id,
      otId: t.otId,
      siteId: t.siteId,
      start: '2026-06-02T08:00:00.000Z',
      end: '2026-06-02T08:30:00.000Z',
      localDate: '2026-06-02',
      localStart: '09:00',
      mode: 'in_person',
      capacity: 1,
      gpad: t.gpad,
    });
  });

  it('opens four weeks by default and nothing beyond', () => {
    const t = makeTemplate({
      weekdays: [1, 2, 3, 4, 5, 6, 7],
      startTime: '10:00',
      endTime: '10:30',
    });
    const slots = generateSlots({ templates: [t], from: '2026-06-01' });
    expect(slots).toHaveLength(28);
    expect(slots.at(-1)?.localDate).toBe('2026-06-28');
  });

  it('keeps 09:00 local across the March change (2026-03-29): 09:00Z before, 08:00Z after', () => {
    const t = makeTemplate({ weekdays: [5, 7, 1], startTime: '09:00', endTime: '09:30' });
    const slots = generateSlots({ templates: [t], from: '2026-03-27', horizonDays: 4 });
    expect(starts(slots)).toEqual([
      '2026-03-27 09:00 2026-03-27T09:00:00.000Z',
      '2026-03-29 09:00 2026-03-29T08:00:00.000Z',
      '2026-03-30 09:00 2026-03-30T08:00:00.000Z',
    ]);
  });

  it('keeps 09:00 local across the October change (2026-10-25): 08:00Z before, 09:00Z after', () => {
    const t = makeTemplate({ weekdays: [5, 7, 1], startTime: '09:00', endTime: '09:30' });
    const slots = generateSlots({ templates: [t], from: '2026-10-23', horizonDays: 4 });
    expect(starts(slots)).toEqual([
      '2026-10-23 09:00 2026-10-23T08:00:00.000Z',
      '2026-10-25 09:00 2026-10-25T09:00:00.000Z',
      '2026-10-26 09:00 2026-10-26T09:00:00.000Z',
    ]);
  });

  it('drops slots touching the missing hour on 2026-03-29 and shifts nothing', () => {
    const t = makeTemplate({ weekdays: [7], startTime: '00:00', endTime: '03:00' });
    const slots = generateSlots({ templates: [t], from: '2026-03-29', horizonDays: 1 });
    expect(starts(slots)).toEqual([
      '2026-03-29 00:00 2026-03-29T00:00:00.000Z',
      '2026-03-29 02:00 2026-03-29T01:00:00.000Z',
      '2026-03-29 02:30 2026-03-29T01:30:00.000Z',
    ]);
  });

  it('drops slots touching the repeated hour on 2026-10-25, so no two overlap or share a key', () => {
    const t = makeTemplate({ weekdays: [7], startTime: '00:00', endTime: '03:00' });
    const slots = generateSlots({ templates: [t], from: '2026-10-25', horizonDays: 1 });
    expect(starts(slots)).toEqual([
      '2026-10-25 00:00 2026-10-24T23:00:00.000Z',
      '2026-10-25 02:00 2026-10-25T02:00:00.000Z',
      '2026-10-25 02:30 2026-10-25T02:30:00.000Z',
    ]);
  });

  it('skips bank holidays of the template nation, or as the injected rule says', () => {
    const england = makeTemplate({ weekdays: [1], nation: 'england' });
    const wales = makeTemplate({ weekdays: [1], nation: 'wales' });
    // Monday 2026-05-04 is the early May bank holiday in both.
    const slots = generateSlots({
      templates: [england, wales],
      from: '2026-05-04',
      horizonDays: 7,
    });
    expect(slots).toEqual([]);
    const welshOnly = generateSlots({
      templates: [england, wales],
      from: '2026-05-04',
      horizonDays: 1,
      bankHolidays: (nation) => nation === 'wales',
    });
    expect(new Set(welshOnly.map((s) => s.templateId))).toEqual(new Set([england.id]));
  });

  it('respects validFrom and validUntil, inclusive', () => {
    const t = makeTemplate({
      weekdays: [1, 2, 3, 4, 5],
      validFrom: '2026-06-03',
      validUntil: '2026-06-04',
    });
    const dates = new Set(
      generateSlots({ templates: [t], from: '2026-06-01', horizonDays: 7 }).map((s) => s.localDate),
    );
    expect([...dates]).toEqual(['2026-06-03', '2026-06-04']);
  });

  it('respects leave by whole days and by time', () => {
    const t = makeTemplate({ weekdays: [1, 2, 3] });
    const slots = generateSlots({
      templates: [t],
      from: '2026-06-01',
      horizonDays: 3,
      leave: [
        { otId: t.otId, from: '2026-06-01', until: '2026-06-01' },
        // A morning appointment elsewhere, 10:15 to 11:00 London time.
        { otId: t.otId, from: '2026-06-02T10:15', until: '2026-06-02T11:00' },
        // An instant with an offset: 09:00 BST on the 3rd, to the end of the clinic.
        { otId: t.otId, from: '2026-06-03T08:00:00Z', until: '2026-06-03T12:00+01:00' },
        { otId: 'someone-else', from: '2026-06-01', until: '2026-06-30' },
      ],
    });
    expect(slots.map((s) => `${s.localDate} ${s.localStart}`)).toEqual([
      '2026-06-02 09:00',
      '2026-06-02 09:30',
      '2026-06-02 11:00',
      '2026-06-02 11:30',
    ]);
  });

  it('applies one-off exceptions: cancelled, and moved with any remainder dropped', () => {
    const t = makeTemplate({ weekdays: [1, 2] });
    const slots = generateSlots({
      templates: [t],
      from: '2026-06-01',
      horizonDays: 2,
      exceptions: [
        { templateId: t.id, date: '2026-06-01', kind: 'cancelled' },
        {
          templateId: t.id,
          date: '2026-06-02',
          kind: 'moved',
          startTime: '13:00',
          endTime: '14:15',
        },
      ],
    });
    expect(slots.map((s) => `${s.localDate} ${s.localStart}`)).toEqual([
      '2026-06-02 13:00',
      '2026-06-02 13:30',
    ]);
  });

  it('keeps an OT in one place when two templates clash, and makes nothing from an invalid one', () => {
    const a = makeTemplate({
      otId: 'ot-x',
      id: 'a',
      weekdays: [1],
      startTime: '09:00',
      endTime: '10:00',
    });
    const b = makeTemplate({
      otId: 'ot-x',
      id: 'b',
      weekdays: [1],
      startTime: '09:30',
      endTime: '10:30',
    });
    const broken = makeTemplate({ weekdays: [1], capacity: 3 });
    const slots = generateSlots({ templates: [b, a, broken], from: '2026-06-01', horizonDays: 1 });
    expect(slots.map((s) => s.key)).toEqual([
      'a:2026-06-01:09:00',
      'a:2026-06-01:09:30',
      'b:2026-06-01:10:00',
    ]);
  });

  it('refuses malformed input that could book an OT on leave or at the wrong time', () => {
    const t = makeTemplate();
    expect(() => generateSlots({ templates: [t], from: '2026-6-1' })).toThrow(RangeError);
    expect(() => generateSlots({ templates: [t], from: '2026-06-01', horizonDays: 0 })).toThrow(
      RangeError,
    );
    expect(() =>
      generateSlots({
        templates: [t],
        from: '2026-06-01',
        leave: [{ otId: t.otId, from: 'next week', until: '2026-06-05' }],
      }),
    ).toThrow(RangeError);
    expect(() =>
      generateSlots({
        templates: [t],
        from: '2026-06-01',
        exceptions: [
          {
            templateId: t.id,
            date: '2026-06-02',
            kind: 'moved',
            startTime: '14:00',
            endTime: '13:00',
          },
        ],
      }),
    ).toThrow(RangeError);
  });
});
