/**
 * What the staffing norm reads besides the rota: the organisations in a scope with their kind,
 * parent, ODS code and registered population (organisations.list_size). Not patient data.
 */
import type { RegisterDb } from './staff-register.repository.js';

export async function organisationsInScope(db: RegisterDb, scope: ReadonlySet<string>) {
  if (scope.size === 0) return [];
  return db
    .selectFrom('organisations')
    .select(['id', 'kind', 'name', 'parent_id', 'ods_code', 'list_size'])
    .where('id', 'in', [...scope])
    .orderBy('name')
    .execute();
}
export type OrganisationRow = Awaited<ReturnType<typeof organisationsInScope>>[number];

/** Set a practice's registered population by its ODS code; false when no practice has it. */
export async function setPracticeListSize(
  db: RegisterDb,
  odsCode: string,
  listSize: number,
): Promise<boolean> {
  const row = await db
    .updateTable('organisations')
    .set({ list_size: listSize })
    .where('ods_code', '=', odsCode)
    .where('kind', '=', 'practice')
    .returning('id')
    .executeTakeFirst();
  return row !== undefined;
}
