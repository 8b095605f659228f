/**
 * Edit history and conflicts (issue 5 item 9): what changed between two versions of an entry,
 * and whether an edit was made against the version that is current.
 */

/** Paths of the fields that differ between two versions, e.g. `note`, `safetyPlan.warningSigns`. */
export function changedFields(before: unknown, after: unknown, prefix = ''): string[] {
  if (Object.is(before, after)) return [];
  const isObject = (v: unknown): v is Record<string, unknown> =>
    typeof v === 'object' && v !== null && !Array.isArray(v);
  if (isObject(before) && isObject(after)) {
    const keys = [...new Set([...Object.keys(before), ...Object.keys(after)])].sort();
    return keys.flatMap((k) => changedFields(before[k], after[k], prefix ? `${prefix}.${k}` : k));
  }
  if (Array.isArray(before) && Array.isArray(after)) {
    if (before.length !== after.length) return [prefix || '(whole entry)'];
    return before.flatMap((b, i) => changedFields(b, after[i], `${prefix}[${i}]`));
  }
  return [prefix || '(whole entry)'];
}

export type EditDecision =
  | { readonly kind: 'apply'; readonly changed: readonly string[] }
  | { readonly kind: 'unchanged' }
  /** Someone saved a newer version since this edit began: nothing is overwritten. */
  | { readonly kind: 'conflict'; readonly currentVersion: number };

/** Decide what to do with an edit made against `baseVersion`. */
export function decideEdit(
  current: { readonly version: number; readonly data: unknown },
  baseVersion: number,
  next: unknown,
): EditDecision {
  if (baseVersion !== current.version) return { kind: 'conflict', currentVersion: current.version };
  const changed = changedFields(current.data, next);
  return changed.length === 0 ? { kind: 'unchanged' } : { kind: 'apply', changed };
}
