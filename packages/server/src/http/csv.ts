/**
 * The one way Everyday writes CSV for download (csv-stringify): a header row, the columns named,
 * and every text cell guarded against formula injection.
 */
import { stringify } from 'csv-stringify/sync';

/**
 * A spreadsheet reads a cell starting =, +, -, @, a tab or a carriage return as a formula (OWASP,
 * "CSV Injection"): such a cell is prefixed with an apostrophe so it stays text.
 */
export function guardCell(value: string): string {
  return /^[=+\-@\t\r]/.test(value) ? `'${value}` : value;
}

/** Rows as CSV with a header, in the order of `columns`; every string cell guarded. */
export function toCsv<Row extends object>(
  rows: readonly Row[],
  columns: readonly (keyof Row & string)[],
): string {
  return stringify([...rows], { header: true, columns: [...columns], cast: { string: guardCell } });
}
