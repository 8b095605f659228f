import { describe, expect, it } from 'vitest';
import {
  acknowledgedByName,
  crisisLogPath,
  median,
  minutesOf,
  summariseLog,
} from './crisis-log.js';
import type { CrisisLogEntry } from './crisis-types.js';

function makeEntry(overrides: Partial<CrisisLogEntry> = {}): CrisisLogEntry {
  return {
    id: crypto.randomUUID(),
    reference: 'EV-0001',
    practice: { id: crypto.randomUUID(), name: 'Riverside Surgery' },
    receivedAt: '2026-11-30T09:00:00.000Z',
    kind: 'screen',
    acknowledgedAt: null,
    acknowledgedBy: null,
    outcome: null,
    minutesToAcknowledge: null,
    escalatedAt: null,
    ...overrides,
  };
}

describe('median', () => {
  it('is the middle value, the mean of the middle two, or null for none', () => {
    expect(median([])).toBeNull();
    expect(median([7])).toBe(7);
    expect(median([30, 10, 20])).toBe(20);
    expect(median([40, 10, 30, 20])).toBe(25);
  });
});

describe('summariseLog', () => {
  it('counts every request and takes the medians of the acknowledged ones only', () => {
    const summary = summariseLog([
      makeEntry({
        acknowledgedAt: '2026-11-30T09:10:00.000Z',
        minutesToAcknowledge: { working: 10, wallClock: 10 },
      }),
      makeEntry({
        acknowledgedAt: '2026-12-01T08:30:00.000Z',
        minutesToAcknowledge: { working: 30, wallClock: 900 },
        escalatedAt: '2026-11-30T19:00:00.000Z',
      }),
      makeEntry({ minutesToAcknowledge: { working: 500, wallClock: 5000 } }),
    ]);
    expect(summary).toEqual({
      count: 3,
      acknowledged: 2,
      escalated: 1,
      medianWorking: 20,
      medianWallClock: 455,
    });
  });
});

describe('minutesOf and acknowledgedByName', () => {
  it('reads both shapes the API may send', () => {
    expect(minutesOf(makeEntry({ minutesToAcknowledge: 12 }))).toEqual({
      working: 12,
      wallClock: 12,
    });
    expect(minutesOf(makeEntry())).toBeNull();
    expect(acknowledgedByName(makeEntry({ acknowledgedBy: { id: 'u', name: 'Ana OT' } }))).toBe(
      'Ana OT',
    );
    expect(acknowledgedByName(makeEntry({ acknowledgedBy: 'Ben' }))).toBe('Ben');
    expect(acknowledgedByName(makeEntry())).toBe('');
  });
});

describe('crisisLogPath', () => {
  it('asks for the period, and the CSV of it', () => {
    expect(crisisLogPath(null)).toBe('/api/crisis/log');
    expect(crisisLogPath(null, 'csv')).toBe('/api/crisis/log?format=csv');
    expect(crisisLogPath({ from: '2026-11-01', to: '2026-11-30' }, 'csv')).toBe(
      '/api/crisis/log?from=2026-11-01&to=2026-11-30&format=csv',
    );
  });
});
