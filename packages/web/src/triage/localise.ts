// Dates and NHS numbers as staff pages show them, in the language the page is shown in.

function locale(language: string | undefined): string {
  return language === 'cy' ? 'cy-GB' : 'en-GB';
}

/** `1951-03-27` → "27 March 1951" (a calendar date: no time zone applies). */
export function formatDateOnly(isoDate: string, language: string | undefined): string {
  const [year, month, day] = isoDate.split('-').map(Number);
  if (year === undefined || month === undefined || day === undefined) return isoDate;
  const date = new Date(Date.UTC(year, month - 1, day));
  if (Number.isNaN(date.getTime())) return isoDate;
  return new Intl.DateTimeFormat(locale(language), { dateStyle: 'long', timeZone: 'UTC' }).format(
    date,
  );
}

/** An ISO timestamp as a date, in UK time. */
export function formatDate(iso: string, language: string | undefined): string {
  return new Intl.DateTimeFormat(locale(language), {
    dateStyle: 'medium',
    timeZone: 'Europe/London',
  }).format(new Date(iso));
}

/** An ISO timestamp as a date and time, in UK time. */
export function formatDateTime(iso: string, language: string | undefined): string {
  return new Intl.DateTimeFormat(locale(language), {
    dateStyle: 'medium',
    timeStyle: 'short',
    timeZone: 'Europe/London',
  }).format(new Date(iso));
}

/** `9434765919` → `943 476 5919`. */
export function formatNhsNumber(digits: string): string {
  return /^\d{10}$/.test(digits)
    ? `${digits.slice(0, 3)} ${digits.slice(3, 6)} ${digits.slice(6)}`
    : digits;
}
