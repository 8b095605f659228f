/**
 * Tolerance of common misspellings: true when `a` and `b` are at most one edit apart, counting an
 * adjacent transposition as one edit (optimal string alignment), so "sucidal", "suicidel" and
 * "overdoes" are read as "suicidal" and "overdose". Linear time; no allocation.
 */
export function withinOneEdit(a: string, b: string): boolean {
  if (a === b) return true;
  const la = a.length;
  const lb = b.length;
  if (Math.abs(la - lb) > 1) return false;
  let i = 0;
  while (i < la && i < lb && a.charCodeAt(i) === b.charCodeAt(i)) i += 1;
  if (la === lb) {
    // One substitution, or one adjacent transposition.
    if (a.slice(i + 1) === b.slice(i + 1)) return true;
    return (
      i + 1 < la &&
      a.charCodeAt(i) === b.charCodeAt(i + 1) &&
      a.charCodeAt(i + 1) === b.charCodeAt(i) &&
      a.slice(i + 2) === b.slice(i + 2)
    );
  }
  // One insertion or deletion.
  return la > lb ? a.slice(i + 1) === b.slice(i) : a.slice(i) === b.slice(i + 1);
}

/** Words this long or longer (in the rule) tolerate one edit; shorter ones must be exact. */
export const FUZZY_MIN_LENGTH = 5;
