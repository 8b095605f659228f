/**
 * Registered populations from a CSV (issue 13 item 2), for practices the England extract does not
 * cover: `everyday import-list-sizes FILE`. Each row sets the list size of the practice with that
 * ODS code, in one transaction; unknown codes and unreadable lines are reported, never guessed.
 * List sizes are not patient data.
 */
import { parseListSizeCsv } from '@everyday/core';
import type { Kysely } from 'kysely';
import type { Database } from '../db/schema.js';
import { setPracticeListSize } from './staffing-norm.repository.js';

export interface ListSizeImportReport {
  readonly read: number;
  readonly updated: number;
  readonly unmatched: readonly string[];
  readonly problems: readonly { readonly line: number; readonly message: string }[];
}

export async function importListSizes(
  db: Kysely<Database>,
  csv: string,
): Promise<ListSizeImportReport> {
  const parsed = parseListSizeCsv(csv);
  return db.transaction().execute(async (trx) => {
    const unmatched: string[] = [];
    let updated = 0;
    for (const row of parsed.rows) {
      if (await setPracticeListSize(trx, row.odsCode, row.listSize)) updated += 1;
      else unmatched.push(row.odsCode);
    }
    return {
      read: parsed.rows.length + parsed.problems.length,
      updated,
      unmatched,
      problems: parsed.problems,
    };
  });
}
