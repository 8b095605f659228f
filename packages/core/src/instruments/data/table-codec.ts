/**
 * How the large EQ-5D lookup tables are embedded: each value is scaled to an integer (× 1e8 for
 * the DSU mappings, × 1e3 for the crosswalks) and written as decimal text in one string, comma
 * separated (with a line break between blocks, for readable diffs). One string keeps the module
 * small for bundlers and cheap to parse; it is decoded once, on first use.
 *
 * Dividing the integer by the scale gives exactly the double nearest to the published decimal,
 * so a decoded value equals `Number('0.98665155')`.
 */

export interface EncodedTable {
  /** What each integer is multiplied by (1e8 means 8 decimal places). */
  readonly scale: number;
  /** How many values there are: decoding checks it. */
  readonly count: number;
  /** The scaled integers, separated by commas or line breaks. */
  readonly encoded: string;
}

/** Decode an embedded table to its values. Throws if the table is corrupt (a build problem). */
export function decodeTable(table: EncodedTable): Float64Array {
  const parts = table.encoded.trim().split(/[,\n]/);
  if (parts.length !== table.count) {
    throw new Error(`Embedded table has ${parts.length} values, expected ${table.count}`);
  }
  const values = new Float64Array(table.count);
  parts.forEach((part, i) => {
    if (!/^-?\d+$/.test(part)) throw new Error(`Embedded table value ${i} is not an integer`);
    values[i] = Number(part) / table.scale;
  });
  return values;
}

/** A table decoded on first use and kept. */
export function lazyTable(table: EncodedTable): () => Float64Array {
  let values: Float64Array | undefined;
  return () => (values ??= decodeTable(table));
}
