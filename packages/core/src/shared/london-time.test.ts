import { describe, expect, it } from 'vitest';
import {
  londonDateOf,
  londonOffsetMinutes,
  londonWallClockToInstantMs,
  resolveLondonWallClock,
  startOfLondonDayMs,
  toLondonWallClock,
} from './london-time.js';

const iso = (ms: number) => new Date(ms).toISOString();

describe('Europe/London wall-clock time', () => {
  it('is GMT in winter and BST in summer', () => {
    expect(londonOffsetMinutes(Date.parse('2026-01-15T12:00:00Z'))).toBe(0);
    expect(londonOffsetMinutes(Date.parse('2026-07-15T12:00:00Z'))).toBe(60);
  });

  it('puts 09:00 local at 09:00Z in winter and 08:00Z in summer', () => {
    const winter = resolveLondonWallClock('2026-10-26', '09:00');
    const summer = resolveLondonWallClock('2026-03-30', '09:00');
    expect(winter.kind === 'unique' && iso(winter.instantMs)).toBe('2026-10-26T09:00:00.000Z');
    expect(summer.kind === 'unique' && iso(summer.instantMs)).toBe('2026-03-30T08:00:00.000Z');
  });

  it('on the March change day (2026-03-29) 01:00–01:59 does not exist', () => {
    expect(resolveLondonWallClock('2026-03-29', '00:59').kind).toBe('unique');
    expect(resolveLondonWallClock('2026-03-29', '01:00').kind).toBe('skipped');
    expect(resolveLondonWallClock('2026-03-29', '01:30').kind).toBe('skipped');
    const two = resolveLondonWallClock('2026-03-29', '02:00');
    expect(two.kind === 'unique' && iso(two.instantMs)).toBe('2026-03-29T01:00:00.000Z');
    const nine = resolveLondonWallClock('2026-03-29', '09:00');
    expect(nine.kind === 'unique' && iso(nine.instantMs)).toBe('2026-03-29T08:00:00.000Z');
  });

  it('on the October change day (2026-10-25) 01:00–01:59 happens twice', () => {
    const once = resolveLondonWallClock('2026-10-25', '01:30');
    expect(once).toEqual({
      kind: 'repeated',
      earlierMs: Date.parse('2026-10-25T00:30:00Z'),
      laterMs: Date.parse('2026-10-25T01:30:00Z'),
    });
    const two = resolveLondonWallClock('2026-10-25', '02:00');
    expect(two.kind === 'unique' && iso(two.instantMs)).toBe('2026-10-25T02:00:00.000Z');
    const nine = resolveLondonWallClock('2026-10-25', '09:00');
    expect(nine.kind === 'unique' && iso(nine.instantMs)).toBe('2026-10-25T09:00:00.000Z');
  });

  it('resolves unclear times like Temporal "compatible" for boundaries', () => {
    expect(iso(londonWallClockToInstantMs('2026-03-29', '01:30'))).toBe('2026-03-29T01:30:00.000Z');
    expect(iso(londonWallClockToInstantMs('2026-10-25', '01:30'))).toBe('2026-10-25T00:30:00.000Z');
    expect(iso(startOfLondonDayMs('2026-07-01'))).toBe('2026-06-30T23:00:00.000Z');
  });

  it('reads instants on a London clock', () => {
    expect(toLondonWallClock('2026-10-25T00:30:00Z')).toEqual({
      date: '2026-10-25',
      time: '01:30',
      offsetMinutes: 60,
    });
    expect(toLondonWallClock('2026-10-25T01:30:00Z')).toEqual({
      date: '2026-10-25',
      time: '01:30',
      offsetMinutes: 0,
    });
    expect(londonDateOf('2026-06-30T23:30:00Z')).toBe('2026-07-01');
    expect(() => toLondonWallClock('not a time')).toThrow(RangeError);
  });
});
