import { describe, expect, it } from 'vitest';
import { outcomeOf, parseSlotKey } from './outcome.js';

describe('clinic outcomes', () => {
  it('reads the slot key of a booking that no longer fits', () => {
    expect(parseSlotKey('6f1c0a52-4b8e-4d7a-9d51-0c2f3e4a5b6c:2026-11-03:09:30')).toEqual({
      templateId: '6f1c0a52-4b8e-4d7a-9d51-0c2f3e4a5b6c',
      date: '2026-11-03',
      time: '09:30',
    });
    expect(parseSlotKey('nonsense')).toBeNull();
  });

  it('finds an outcome in router state, and ignores anything else', () => {
    const outcome = {
      kind: 'saved',
      name: 'Falls',
      sync: { created: 3, withdrawn: 0, orphanedBookings: [] },
    };
    expect(outcomeOf({ outcome })).toEqual(outcome);
    expect(outcomeOf(null)).toBeNull();
    expect(outcomeOf({ outcome: { kind: 'saved' } })).toBeNull();
  });
});
