/**
 * Deterministic identifiers for the bulk generator: the same seed gives the same uuids, so two
 * runs can be compared row for row and nothing depends on gen_random_uuid(). Each is the seed's
 * 32-bit FNV-1a hash, a table's number and a counter, laid out as a version-4-shaped uuid
 * (clearly not random: the counter is readable in the last group).
 */
function fnv1a(text: string): number {
  let hash = 0x811c9dc5;
  for (let i = 0; i < text.length; i += 1) {
    hash ^= text.charCodeAt(i);
    hash = Math.imul(hash, 0x01000193);
  }
  return hash >>> 0;
}

export class IdSource {
  private readonly prefix: string;
  private readonly counters = new Map<number, number>();

  constructor(seed: string) {
    this.prefix = fnv1a(`bulk/${seed}`).toString(16).padStart(8, '0');
  }

  /** The next uuid of table `table` (a small number naming the kind of row). */
  next(table: number): string {
    const n = (this.counters.get(table) ?? 0) + 1;
    this.counters.set(table, n);
    const t = table.toString(16).padStart(4, '0');
    return `${this.prefix}-${t}-4000-8000-${n.toString(16).padStart(12, '0')}`;
  }
}
