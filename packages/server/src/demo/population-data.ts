/**
 * The demo's area (issue 11 item 2): North Trafford PCN's population, with the postcodes read from
 * the extract committed beside this file (data/README.md says where it comes from). Core draws
 * the people (`drawPerson` in core demo/population.ts); this only reads the file.
 */
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { parse } from 'csv-parse/sync';
import { normalisePostcode, northTraffordArea, type PopulationArea } from '@everyday/core';

export const DEMO_POSTCODES_FILE = fileURLToPath(
  new URL('./data/north-trafford-postcodes.csv', import.meta.url),
);

interface PostcodeRow {
  readonly postcode: string;
  readonly lsoa11_code: string;
  readonly ward_2022: string;
}

/** The North Trafford postcodes, normalised ('M32 0DF'), in the file's order. */
export function readDemoPostcodes(file: string = DEMO_POSTCODES_FILE): string[] {
  const rows: PostcodeRow[] = parse(readFileSync(file, 'utf8'), {
    columns: true,
    skip_empty_lines: true,
  });
  return rows.map((row) => {
    const postcode = normalisePostcode(row.postcode);
    if (postcode === undefined) throw new Error(`not a postcode in ${file}: ${row.postcode}`);
    return postcode;
  });
}

let cached: PopulationArea | undefined;

/** North Trafford PCN's population for the demo (read once, then kept). */
export function loadDemoArea(): PopulationArea {
  cached ??= northTraffordArea(readDemoPostcodes());
  return cached;
}
