// The diary's address: ?view=day|week&date=YYYY-MM-DD (a week starts on its Monday).
import { addCalendarDays, isCalendarDate } from '@everyday/core';
import { mondayOf } from '../dates.js';

export type DiaryView = 'day' | 'week';

export interface DiaryRange {
  view: DiaryView;
  /** The first day shown. */
  from: string;
  days: 1 | 7;
}

export function readDiaryRange(params: URLSearchParams, today: string): DiaryRange {
  const view: DiaryView = params.get('view') === 'day' ? 'day' : 'week';
  const asked = params.get('date') ?? '';
  const date = isCalendarDate(asked) ? asked : today;
  return view === 'week' ? { view, from: mondayOf(date), days: 7 } : { view, from: date, days: 1 };
}

export function diaryLink(view: DiaryView, date: string): string {
  return `/clinics/diary?view=${view}&date=${date}`;
}

/** The same view, a day or a week earlier (-1) or later (1). */
export function stepDiary(range: DiaryRange, direction: -1 | 1): string {
  return diaryLink(range.view, addCalendarDays(range.from, direction * range.days));
}
