import { describe, expect, it } from 'vitest';
import { findTemplateConflicts } from './template-conflicts.js';
import { makeTemplate } from './test-builders.js';

describe('findTemplateConflicts', () => {
  it('finds one OT booked into two clinics at once', () => {
    const a = makeTemplate({
      otId: 'ot-1',
      weekdays: [1, 3],
      startTime: '09:00',
      endTime: '12:00',
    });
    const b = makeTemplate({ otId: 'ot-1', weekdays: [3], startTime: '11:30', endTime: '13:00' });
    expect(findTemplateConflicts([a, b])).toEqual([{ otId: 'ot-1', templateIds: [a.id, b.id] }]);
  });

  it('allows back-to-back clinics, other days, other OTs and other date ranges', () => {
    const a = makeTemplate({
      otId: 'ot-1',
      startTime: '09:00',
      endTime: '12:00',
      validUntil: '2026-06-30',
    });
    const touching = makeTemplate({ otId: 'ot-1', startTime: '12:00', endTime: '13:00' });
    const otherDay = makeTemplate({ otId: 'ot-1', weekdays: [6] });
    const otherOt = makeTemplate({ otId: 'ot-2' });
    const later = makeTemplate({ otId: 'ot-1', validFrom: '2026-07-01' });
    expect(findTemplateConflicts([a, touching, otherDay, otherOt, later])).toEqual([]);
  });
});
