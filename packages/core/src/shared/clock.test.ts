import { describe, expect, it } from 'vitest';
import { fixedClock } from './clock.js';

describe('clock', () => {
  it('gives the London date, not the UTC date, just after midnight in summer (ADR 0006)', () => {
    // 00:30 BST on 15 July 2026 is 23:30 UTC on 14 July.
    const clock = fixedClock('2026-07-14T23:30:00Z');
    expect(clock.today()).toBe('2026-07-15');
    expect(clock.now().toISOString()).toBe('2026-07-14T23:30:00.000Z');
  });

  it('gives the same date as UTC in winter, when London is on GMT', () => {
    expect(fixedClock('2026-01-14T23:30:00Z').today()).toBe('2026-01-14');
    expect(fixedClock('2026-01-15T00:30:00Z').today()).toBe('2026-01-15');
  });
});
