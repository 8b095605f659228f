/**
 * Reduce the shared deprivation files (../shared/data/deprivation/, see its README) to the
 * compact extracts committed in packages/server/reference/deprivation/ (see the README there).
 * Run from the repository root:
 *   node --import tsx packages/server/scripts/reduce-deprivation.ts ../shared/data/deprivation
 * Columns are picked by name with a real CSV parser (some Trafford names hold quoted commas).
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'csv-parse/sync';
import { stringify } from 'csv-stringify/sync';

const source = process.argv[2] ?? '../shared/data/deprivation';
const out = 'packages/server/reference/deprivation';

function pick(file: string, to: string, columns: string[]): void {
  const rows: Record<string, string>[] = parse(readFileSync(join(source, file)), {
    columns: true,
    skip_empty_lines: true,
  });
  const first = rows[0] ?? {};
  for (const c of columns) if (!(c in first)) throw new Error(`${file}: no column ${c}`);
  writeFileSync(join(out, to), stringify(rows, { header: true, columns }));
  process.stdout.write(`${to}: ${String(rows.length)} rows\n`);
}

pick('imd_england_lsoa.csv', 'imd2019_england_lsoa11.csv', ['lsoa_code', 'IMD_decile', 'IMD_rank']);
pick('imd_wales_lsoa.csv', 'wimd2019_wales_lsoa11.csv', [
  'lsoa_code',
  'IMD_decile',
  'IMD_rank',
  'IMD_score',
]);
pick('trafford_postcodes_lsoa11_2022-06.csv', 'trafford_postcodes_onspd_2022-05_lsoa11.csv', [
  'postcode',
  'lsoa_code',
]);
