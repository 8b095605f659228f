import { describe, expect, it } from 'vitest';
import { readDiaryRange, stepDiary } from './diary-query.js';

describe('the diary range', () => {
  it('shows the week of today unless asked for a day', () => {
    expect(readDiaryRange(new URLSearchParams(''), '2026-11-04')).toEqual({
      view: 'week',
      from: '2026-11-02',
      days: 7,
    });
    expect(readDiaryRange(new URLSearchParams('view=day&date=2026-11-05'), '2026-11-04')).toEqual({
      view: 'day',
      from: '2026-11-05',
      days: 1,
    });
    expect(readDiaryRange(new URLSearchParams('view=day&date=2026-02-30'), '2026-11-04').from).toBe(
      '2026-11-04',
    );
  });

  it('steps a day or a week', () => {
    const week = readDiaryRange(new URLSearchParams('date=2026-11-04'), '2026-11-04');
    expect(stepDiary(week, 1)).toBe('/clinics/diary?view=week&date=2026-11-09');
    const day = readDiaryRange(new URLSearchParams('view=day&date=2026-11-02'), '2026-11-04');
    expect(stepDiary(day, -1)).toBe('/clinics/diary?view=day&date=2026-11-01');
  });
});
