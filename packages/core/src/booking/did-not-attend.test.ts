import { describe, expect, it } from 'vitest';
import { didNotAttendRate } from './did-not-attend.js';

// Worked by hand from the definition (NHS Digital, Hospital Outpatient Activity, DNA rate).
describe('did-not-attend rate', () => {
  it('divides missed by attended plus missed', () => {
    // 3 missed, 29 attended: 3 / 32 = 0.09375 → 0.094 (seed 002 expects about 8–10%).
    expect(didNotAttendRate(3, 32)).toBe(0.094);
    expect(didNotAttendRate(0, 12)).toBe(0);
    expect(didNotAttendRate(5, 5)).toBe(1);
  });

  it('has no rate when nothing was attended or missed, or a count is suppressed', () => {
    expect(didNotAttendRate(0, 0)).toBeNull();
    expect(didNotAttendRate(null, 40)).toBeNull();
    expect(didNotAttendRate(10, null)).toBeNull();
  });

  it('refuses more missed than seen', () => {
    expect(() => didNotAttendRate(4, 3)).toThrow(RangeError);
  });
});
