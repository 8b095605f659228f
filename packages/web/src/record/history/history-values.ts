// What the history page shows of each version: the fields that changed (all of them for the
// first version) and their values, read from the version's data by the paths core's
// changedFields gives (`note`, `safetyPlan.warningSigns`, `phq9.items[8]`).

export type ShownValue =
  { type: 'empty' } | { type: 'boolean'; value: boolean } | { type: 'text'; text: string };

const isObject = (v: unknown): v is Record<string, unknown> =>
  typeof v === 'object' && v !== null && !Array.isArray(v);

/** The value at a changedFields path; the whole data for `(whole entry)` or ''. */
export function valueAtPath(data: unknown, path: string): unknown {
  if (path === '' || path === '(whole entry)') return data;
  const steps = path
    .split('.')
    .flatMap((part) =>
      [...part.matchAll(/([^[\]]+)|\[(\d+)\]/g)].map((m) =>
        m[2] !== undefined ? Number(m[2]) : m[1],
      ),
    );
  let current: unknown = data;
  for (const step of steps) {
    if (typeof step === 'number' && Array.isArray(current)) current = current[step] as unknown;
    else if (typeof step === 'string' && isObject(current)) current = current[step];
    else return undefined;
  }
  return current;
}

/** Every leaf of the data as a path in changedFields' notation; arrays of plain values are one leaf. */
export function leafPaths(data: unknown, prefix = ''): string[] {
  if (isObject(data)) {
    const keys = Object.keys(data);
    if (keys.length === 0) return prefix ? [prefix] : [];
    return keys.flatMap((key) => leafPaths(data[key], prefix ? `${prefix}.${key}` : key));
  }
  if (Array.isArray(data) && data.some((item) => isObject(item) || Array.isArray(item)))
    return data.flatMap((item, i) => leafPaths(item, `${prefix}[${String(i)}]`));
  return [prefix];
}

/** The fields to show for a version: those that changed, or all of them when none are listed. */
export function shownFields(data: unknown, changedFields: readonly string[]): string[] {
  return changedFields.length > 0 ? [...changedFields] : leafPaths(data);
}

function plain(value: unknown): string {
  if (value === null || value === undefined) return '';
  if (typeof value === 'string') return value;
  if (typeof value === 'number' || typeof value === 'boolean') return String(value);
  if (Array.isArray(value)) return value.map(plain).join(', ');
  if (isObject(value))
    return Object.entries(value)
      .map(([key, v]) => `${key}: ${plain(v)}`)
      .join('; ');
  return JSON.stringify(value);
}

/** A value as the page shows it: nothing, yes or no, or text. */
export function shownValue(value: unknown): ShownValue {
  if (value === null || value === undefined || value === '') return { type: 'empty' };
  if (Array.isArray(value) && value.length === 0) return { type: 'empty' };
  if (typeof value === 'boolean') return { type: 'boolean', value };
  return { type: 'text', text: plain(value) };
}

/** The field's name for looking up its label: its last named part (`safetyPlan.warningSigns` → `warningSigns`). */
export function fieldLabelKey(path: string): string {
  const names = [...path.matchAll(/[A-Za-z_][\w]*/g)].map((m) => m[0]);
  return names.at(-1) ?? path;
}
