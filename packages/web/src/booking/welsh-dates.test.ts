import { describe, expect, it } from 'vitest';
import { welshDay, welshWeekday } from './welsh-dates.js';

describe('Welsh dates', () => {
  it('names the days and months in Welsh', () => {
    expect(welshDay('2026-11-03', 'full')).toBe('Dydd Mawrth, 3 Tachwedd 2026');
    expect(welshDay('2027-03-27', 'long')).toBe('27 Mawrth 2027');
    expect(welshDay('2026-11-01', 'full')).toBe('Dydd Sul, 1 Tachwedd 2026');
    expect(welshWeekday(1)).toBe('Dydd Llun');
  });

  it('gives nothing for a date that is not real', () => {
    expect(welshDay('2026-02-30', 'long')).toBeNull();
    expect(welshDay('soon', 'full')).toBeNull();
  });
});
