/**
 * The postcode → LSOA → deprivation lookup (issue 11 item 3; ADR 0015): reference data, not
 * patient data (tables `postcode_lsoa` and `lsoa_deprivation`, migration 0012). Intake resolves
 * a person's postcode with `resolvePostcode`; `importPostcodes` and `importDeprivation` load CSV
 * files (the `import-postcodes` and `import-deprivation` commands); `loadDemoDeprivation` loads
 * the extracts committed in `packages/server/reference/deprivation/` into an empty lookup.
 *
 * Reading is streamed (csv-parse) and writing is batched upserts, so importing the same file
 * twice leaves the same rows, and a whole ONS Postcode Directory (2.6 million rows) never sits in
 * memory at once.
 */
import { createReadStream } from 'node:fs';
import { join } from 'node:path';
import type { Readable } from 'node:stream';
import { fileURLToPath } from 'node:url';
import { parse } from 'csv-parse';
import type { Kysely } from 'kysely';
import { deprivationIndexOf, normalisePostcode, type DeprivationIndex } from '@everyday/core';
import type { Database } from '../db/schema.js';

/** Where the committed extracts are (see the README beside them). */
export const DEPRIVATION_DATA_DIR = fileURLToPath(
  new URL('../../reference/deprivation/', import.meta.url),
);

/** The committed extracts and the versions they are recorded under. */
export const DEMO_DEPRIVATION_FILES = {
  postcodes: {
    file: 'trafford_postcodes_onspd_2022-05_lsoa11.csv',
    sourceVersion: 'ONSPD 2022-05',
  },
  england: {
    file: 'imd2019_england_lsoa11.csv',
    source: 'English Indices of Deprivation 2019 (MHCLG), via humaniverse/IMD 3213bdb',
  },
  wales: {
    file: 'wimd2019_wales_lsoa11.csv',
    source:
      'Welsh Index of Multiple Deprivation 2019 (Welsh Government), via humaniverse/IMD 3213bdb; deciles computed from ranks by the package author',
  },
} as const;

const BATCH = 1000;

/** How each index is named in a lookup version. */
const INDEX_NAMES: Readonly<Record<DeprivationIndex, string>> = {
  IMD2019: 'IMD 2019',
  WIMD2019: 'WIMD 2019',
};

/** A person's area, as the lookup resolved their postcode. */
export interface ResolvedArea {
  readonly lsoaCode: string;
  /** Null when the area's nation has no index loaded. */
  readonly decile: number | null;
  readonly rank: number | null;
  readonly index: DeprivationIndex | null;
  /** Which lookup answered, e.g. 'ONSPD 2022-05 / IMD 2019'. */
  readonly version: string;
}

/** What an import did. */
export interface ImportReport {
  /** Data rows read from the file. */
  readonly read: number;
  /** Rows written (inserted, or updated in place when already there). */
  readonly stored: number;
  /** Rows left out: no usable postcode or area code, or (deprivation) no decile or rank. */
  readonly skipped: number;
  /** Rows in the table after the import. */
  readonly total: number;
}

/**
 * A postcode's area and deprivation, or null when the postcode is not in the lookup. Reads
 * reference tables only, so any transaction (intake's included) may ask.
 */
export async function resolvePostcode(
  db: Kysely<Database>,
  postcode: string,
): Promise<ResolvedArea | null> {
  const normalised = normalisePostcode(postcode);
  if (normalised === undefined) return null;
  const row = await db
    .selectFrom('postcode_lsoa')
    .leftJoin('lsoa_deprivation', 'lsoa_deprivation.lsoa_code', 'postcode_lsoa.lsoa_code')
    .select([
      'postcode_lsoa.lsoa_code',
      'postcode_lsoa.source_version',
      'lsoa_deprivation.index',
      'lsoa_deprivation.decile',
      'lsoa_deprivation.rank',
    ])
    .where('postcode_lsoa.postcode', '=', normalised)
    .executeTakeFirst();
  if (!row) return null;
  const index = row.index;
  return {
    lsoaCode: row.lsoa_code,
    decile: row.decile,
    rank: row.rank,
    index,
    version: index === null ? row.source_version : `${row.source_version} / ${INDEX_NAMES[index]}`,
  };
}

/** Header names as compared: lower case, no spaces, underscores or brackets. */
function key(header: string): string {
  return header.toLowerCase().replace(/[\s_()]/g, '');
}

function csvRows(input: Readable): AsyncIterable<Record<string, string>> {
  return input.pipe(
    parse({
      columns: (headers: string[]) => headers.map(key),
      bom: true,
      skip_empty_lines: true,
      trim: true,
      relax_column_count: true,
    }),
  );
}

/** The first of `names` among a file's columns. */
function column(row: Record<string, string>, names: readonly string[]): string | undefined {
  return names.find((n) => n in row);
}

// ONSPD's published layout: pcds (variable width), pcd (7 characters), pcd2 (8); newer editions
// upper-case (PCDS, PCD7, PCD8). Trafford Data Lab's layout: postcode. LSOA: lsoa11 (2011 areas,
// which IMD 2019 and WIMD 2019 describe) before lsoa21 (2021 areas: most codes are the same).
const POSTCODE_COLUMNS = ['pcds', 'pcd', 'pcd2', 'pcd7', 'pcd8', 'postcode'] as const;
const LSOA_COLUMNS = ['lsoa11', 'lsoa11cd', 'lsoacode', 'lsoa21', 'lsoa21cd'] as const;
/** ONSPD writes a pseudo code (E99999999, W99999999, ...) where a postcode has no area. */
const PSEUDO_CODE = /^[A-Z]99999999$/;

/**
 * Import postcode → LSOA rows from a CSV in the ONS Postcode Directory's published layout
 * (`pcds` or `pcd`, `lsoa11` or `lsoa21`) or Trafford Data Lab's (`postcode`, `lsoa_code`).
 * Rows are upserted by postcode in batches, recorded under `sourceVersion` ('ONSPD 2022-05').
 */
export async function importPostcodes(
  db: Kysely<Database>,
  input: Readable,
  sourceVersion: string,
): Promise<ImportReport> {
  let read = 0;
  let stored = 0;
  let skipped = 0;
  let columns: { postcode: string; lsoa: string } | undefined;
  const batch = new Map<string, string>();
  const flush = async () => {
    if (batch.size === 0) return;
    const values = [...batch].map(([postcode, lsoa_code]) => ({
      postcode,
      lsoa_code,
      source_version: sourceVersion,
    }));
    batch.clear();
    await db
      .insertInto('postcode_lsoa')
      .values(values)
      .onConflict((oc) =>
        oc.column('postcode').doUpdateSet((eb) => ({
          lsoa_code: eb.ref('excluded.lsoa_code'),
          source_version: eb.ref('excluded.source_version'),
        })),
      )
      .execute();
    stored += values.length;
  };
  for await (const row of csvRows(input)) {
    read++;
    columns ??= postcodeColumns(row);
    const postcode = normalisePostcode(row[columns.postcode] ?? '');
    const lsoa = (row[columns.lsoa] ?? '').toUpperCase();
    if (postcode === undefined || lsoa === '' || PSEUDO_CODE.test(lsoa)) {
      skipped++;
      continue;
    }
    // The same postcode twice in one file: the later row wins, as it would across batches.
    if (batch.has(postcode)) stored--;
    batch.set(postcode, lsoa);
    if (batch.size >= BATCH) await flush();
  }
  await flush();
  const total = await countRows(db, 'postcode_lsoa');
  return { read, stored, skipped, total };
}

function postcodeColumns(row: Record<string, string>): { postcode: string; lsoa: string } {
  const postcode = column(row, POSTCODE_COLUMNS);
  const lsoa = column(row, LSOA_COLUMNS);
  if (postcode === undefined || lsoa === undefined)
    throw new Error(
      `The file needs a postcode column (${POSTCODE_COLUMNS.join(', ')}) and an LSOA column (lsoa11, lsoa21 or lsoa_code); it has ${Object.keys(row).join(', ')}`,
    );
  return { postcode, lsoa };
}

// humaniverse/IMD's layout (lsoa_code, IMD_decile, IMD_rank, IMD_score) and the official files'
// ("LSOA code (2011)", "Index of Multiple Deprivation (IMD) Decile ...", "... Rank ...").
const AREA_COLUMNS = ['lsoacode', 'lsoacode2011', 'lsoa11cd', 'lsoa11'] as const;

function deprivationColumns(row: Record<string, string>) {
  const names = Object.keys(row);
  const find = (exact: string, prefix: string) =>
    names.find((n) => n === exact) ?? names.find((n) => n.startsWith(prefix));
  const area = column(row, AREA_COLUMNS);
  const decile = find('imddecile', 'indexofmultipledeprivationimddecile');
  const rank = find('imdrank', 'indexofmultipledeprivationimdrank');
  const score = find('imdscore', 'indexofmultipledeprivationimdscore');
  if (area === undefined || decile === undefined || rank === undefined)
    throw new Error(
      `The file needs lsoa_code, IMD_decile and IMD_rank columns (or the official files' names); it has ${names.join(', ')}`,
    );
  return { area, decile, rank, score };
}

/**
 * Import each LSOA's deprivation from a CSV of England's IMD 2019 or Wales's WIMD 2019 (the
 * index is read from each area's code: E01 England, W01 Wales; other nations are skipped).
 * Upserted by LSOA code in batches, recorded with `source`.
 */
export async function importDeprivation(
  db: Kysely<Database>,
  input: Readable,
  source: string,
): Promise<ImportReport> {
  let read = 0;
  let stored = 0;
  let skipped = 0;
  let columns: ReturnType<typeof deprivationColumns> | undefined;
  const batch = new Map<
    string,
    { index: DeprivationIndex; decile: number; rank: number; score: string | null }
  >();
  const flush = async () => {
    if (batch.size === 0) return;
    const values = [...batch].map(([lsoa_code, v]) => ({ lsoa_code, ...v, source }));
    batch.clear();
    await db
      .insertInto('lsoa_deprivation')
      .values(values)
      .onConflict((oc) =>
        oc.column('lsoa_code').doUpdateSet((eb) => ({
          index: eb.ref('excluded.index'),
          decile: eb.ref('excluded.decile'),
          rank: eb.ref('excluded.rank'),
          score: eb.ref('excluded.score'),
          source: eb.ref('excluded.source'),
        })),
      )
      .execute();
    stored += values.length;
  };
  for await (const row of csvRows(input)) {
    read++;
    columns ??= deprivationColumns(row);
    const lsoa = (row[columns.area] ?? '').toUpperCase();
    const index = deprivationIndexOf(lsoa);
    const decile = Number(row[columns.decile]);
    const rank = Number(row[columns.rank]);
    const scoreText = columns.score === undefined ? '' : (row[columns.score] ?? '');
    const score = scoreText !== '' && Number.isFinite(Number(scoreText)) ? scoreText : null;
    if (
      index === undefined ||
      !Number.isInteger(decile) ||
      decile < 1 ||
      decile > 10 ||
      !Number.isInteger(rank) ||
      rank < 1
    ) {
      skipped++;
      continue;
    }
    if (batch.has(lsoa)) stored--;
    batch.set(lsoa, { index, decile, rank, score });
    if (batch.size >= BATCH) await flush();
  }
  await flush();
  const total = await countRows(db, 'lsoa_deprivation');
  return { read, stored, skipped, total };
}

async function countRows(
  db: Kysely<Database>,
  table: 'postcode_lsoa' | 'lsoa_deprivation',
): Promise<number> {
  const row = await db
    .selectFrom(table)
    .select((eb) => eb.fn.countAll<string>().as('n'))
    .executeTakeFirstOrThrow();
  return Number(row.n);
}

/** What loading the demo's lookup did; null where the lookup already held rows. */
export interface DemoDeprivationReport {
  readonly postcodes: ImportReport | null;
  readonly england: ImportReport | null;
  readonly wales: ImportReport | null;
}

/**
 * Load the committed extracts (Trafford's postcodes, England's IMD 2019, Wales's WIMD 2019) into
 * whichever of the two lookup tables is empty, so the demo's postcodes resolve. Safe to call on
 * every start: a table that holds rows (an imported ONSPD, say) is left alone.
 */
export async function loadDemoDeprivation(
  db: Kysely<Database>,
  dir: string = DEPRIVATION_DATA_DIR,
): Promise<DemoDeprivationReport> {
  const open = (file: string) => createReadStream(join(dir, file));
  const { postcodes, england, wales } = DEMO_DEPRIVATION_FILES;
  const postcodesEmpty = (await countRows(db, 'postcode_lsoa')) === 0;
  const areasEmpty = (await countRows(db, 'lsoa_deprivation')) === 0;
  return {
    postcodes: postcodesEmpty
      ? await importPostcodes(db, open(postcodes.file), postcodes.sourceVersion)
      : null,
    england: areasEmpty ? await importDeprivation(db, open(england.file), england.source) : null,
    wales: areasEmpty ? await importDeprivation(db, open(wales.file), wales.source) : null,
  };
}
