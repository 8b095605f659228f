/**
 * PostgreSQL COPY text format (the default of `COPY … FROM STDIN`): one line per row, columns
 * separated by a tab, `\N` for NULL, and backslash, tab, newline and carriage return escaped
 * (PostgreSQL documentation, "COPY", section "Text Format"). Arrays are written as array
 * literals and JSON as its text, both then escaped like any other value.
 */
export type CopyValue = string | number | boolean | null | Date | readonly string[] | JsonValue;
export interface JsonValue {
  readonly json: unknown;
}

/** A value to be stored in a json or jsonb column. */
export const json = (value: unknown): JsonValue => ({ json: value });

function escapeText(text: string): string {
  // Fast path: most values need no escaping.
  if (!/[\\\t\n\r]/.test(text)) return text;
  return text.replace(/[\\\t\n\r]/g, (c) =>
    c === '\\' ? '\\\\' : c === '\t' ? '\\t' : c === '\n' ? '\\n' : '\\r',
  );
}

/** An array literal of text elements ({"a","b"}), every element quoted. */
function arrayLiteral(items: readonly string[]): string {
  return `{${items.map((s) => `"${s.replace(/["\\]/g, (c) => `\\${c}`)}"`).join(',')}}`;
}

function field(value: CopyValue): string {
  if (value === null) return '\\N';
  if (typeof value === 'string') return escapeText(value);
  if (typeof value === 'number') return String(value);
  if (typeof value === 'boolean') return value ? 't' : 'f';
  if (value instanceof Date) return value.toISOString();
  if (Array.isArray(value)) return escapeText(arrayLiteral(value as readonly string[]));
  return escapeText(JSON.stringify((value as JsonValue).json));
}

/** One row as a line of COPY text format, newline included. */
export function copyLine(values: readonly CopyValue[]): string {
  let line = '';
  for (let i = 0; i < values.length; i += 1) {
    if (i > 0) line += '\t';
    line += field(values[i] ?? null);
  }
  return `${line}\n`;
}
