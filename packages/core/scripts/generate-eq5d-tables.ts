/**
 * Build-time script, not domain code: writes the generated EQ-5D data modules in
 * packages/core/src/instruments/data/ (vanhout-crosswalk.ts, reverse-crosswalk.ts,
 * dsu-5l-to-3l.ts, dsu-3l-to-5l.ts) from the shared reference CSVs in ../shared/reference/eq5d/.
 * Run it from the repository root:
 *
 *   npx tsx packages/core/scripts/generate-eq5d-tables.ts
 *
 * All the logic is in render-tables.ts, which is pure and tested (eq5d-data.test.ts checks the
 * committed modules are exactly what it renders from the CSVs).
 */
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import {
  EQ5D_SOURCE_CSVS,
  renderEq5dDataModules,
  type Eq5dSourceCsv,
} from '../src/instruments/data/render-tables.js';
import { sharedPath } from '../src/testing/shared-path.js';

const target = join(dirname(fileURLToPath(import.meta.url)), '../src/instruments/data');
const csv = Object.fromEntries(
  EQ5D_SOURCE_CSVS.map((name) => [name, readFileSync(sharedPath(`reference/eq5d/${name}`), 'utf8')]),
) as Record<Eq5dSourceCsv, string>;

for (const [file, text] of Object.entries(renderEq5dDataModules(csv))) {
  const path = join(target, file);
  const unchanged = existsSync(path) && readFileSync(path, 'utf8') === text;
  if (!unchanged) writeFileSync(path, text);
  console.log(`${unchanged ? 'unchanged' : 'wrote'} ${file} (${text.length} characters)`);
}
