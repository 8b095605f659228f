// Dates in Welsh, written out here: browsers' Intl often has no Welsh (Chrome's ICU data leaves
// it out, and falls back to American English), so "cy-GB" cannot be trusted to give Welsh.

const DAYS = [
  'Dydd Llun',
  'Dydd Mawrth',
  'Dydd Mercher',
  'Dydd Iau',
  'Dydd Gwener',
  'Dydd Sadwrn',
  'Dydd Sul',
] as const;

const MONTHS = [
  'Ionawr',
  'Chwefror',
  'Mawrth',
  'Ebrill',
  'Mai',
  'Mehefin',
  'Gorffennaf',
  'Awst',
  'Medi',
  'Hydref',
  'Tachwedd',
  'Rhagfyr',
] as const;

/** The Welsh name of an ISO weekday (1 = Monday): "Dydd Llun". */
export function welshWeekday(weekday: number): string {
  return DAYS[(((weekday - 1) % 7) + 7) % 7] ?? '';
}

/** A calendar date in Welsh: "Dydd Mawrth, 3 Tachwedd 2026" (full) or "3 Tachwedd 2026" (long). */
export function welshDay(date: string, style: 'full' | 'long'): string | null {
  const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(date);
  if (!match) return null;
  const [year, month, day] = [Number(match[1]), Number(match[2]), Number(match[3])];
  const utc = new Date(Date.UTC(year, month - 1, day));
  if (Number.isNaN(utc.getTime()) || utc.getUTCDate() !== day) return null;
  const long = `${String(day)} ${MONTHS[month - 1] ?? ''} ${String(year)}`;
  if (style === 'long') return long;
  const weekday = utc.getUTCDay() === 0 ? 7 : utc.getUTCDay();
  return `${welshWeekday(weekday)}, ${long}`;
}
