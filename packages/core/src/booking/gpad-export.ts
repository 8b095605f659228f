/**
 * GP appointment data as CSV (issue 4 item 2): one line per appointment, values exactly the GPAD
 * strings of INSTRUMENTS.md §11. The column names are Everyday's own (the published extracts'
 * headers are not in the reference); RFC 4180 quoting, CRLF line ends.
 */
import type { GpadRow } from './gpad.js';

/** Columns in order, each with the row field it comes from. */
export const GPAD_CSV_COLUMNS = [
  ['appointment_date', 'appointmentDate'],
  ['practice_ods_code', 'practiceOdsCode'],
  ['national_category', 'nationalCategory'],
  ['service_setting', 'serviceSetting'],
  ['context_type', 'contextType'],
  ['hcp_type', 'hcpType'],
  ['appointment_mode', 'appointmentMode'],
  ['appointment_status', 'appointmentStatus'],
  ['days_between_booking_and_appointment', 'daysBetweenBookingAndAppointment'],
] as const satisfies readonly (readonly [string, keyof GpadRow])[];

function csvField(value: string | number): string {
  let text = String(value);
  // A spreadsheet must never read a cell as a formula (only the ODS code is free text).
  if (typeof value === 'string' && /^[=+\-@\t\r]/.test(text)) text = `'${text}`;
  return /[",\r\n]/.test(text) ? `"${text.replaceAll('"', '""')}"` : text;
}

/** GPAD rows as a CSV document with a header line. */
export function toGpadCsv(rows: readonly GpadRow[]): string {
  const lines = [GPAD_CSV_COLUMNS.map(([name]) => name).join(',')];
  for (const row of rows) {
    lines.push(GPAD_CSV_COLUMNS.map(([, field]) => csvField(row[field])).join(','));
  }
  return `${lines.join('\r\n')}\r\n`;
}
