// Welsh dates, kept under their old names: they now come from the one formatter on date-fns's
// Welsh locale (dates/format-date.ts, ADR 0011), not from lists written out here.
import { formatCalendarDay, weekdayName } from '../dates/format-date.js';

/** The Welsh name of an ISO weekday (1 = Monday): "Dydd Llun". */
export function welshWeekday(weekday: number): string {
  return weekdayName(weekday, 'cy-GB');
}

/** A calendar date in Welsh: "Dydd Mawrth, 3 Tachwedd 2026" (full) or "3 Tachwedd 2026" (long). */
export function welshDay(date: string, style: 'full' | 'long'): string | null {
  return formatCalendarDay(date, 'cy-GB', style);
}
