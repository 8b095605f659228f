/** Persistence of the person record. Every function takes an AuditedTransaction. */
import type { Transaction } from 'kysely';
import type { AuditedTransaction } from '../access/patient-access.js';
import type { Database, PersonRow } from '../db/schema.js';

export interface PersonInput {
  readonly nhsNumber: string | null;
  readonly givenName: string;
  readonly familyName: string;
  readonly dateOfBirth: string;
  readonly practiceId: string;
}

export async function insertPerson(
  trx: AuditedTransaction,
  input: PersonInput,
  createdBy: string,
): Promise<PersonRow> {
  return trx
    .insertInto('people')
    .values({
      nhs_number: input.nhsNumber,
      given_name: input.givenName,
      family_name: input.familyName,
      date_of_birth: input.dateOfBirth,
      registered_practice_id: input.practiceId,
      created_by: createdBy,
    })
    .returningAll()
    .executeTakeFirstOrThrow();
}

export async function findPerson(
  trx: AuditedTransaction,
  id: string,
): Promise<PersonRow | undefined> {
  return trx.selectFrom('people').selectAll().where('id', '=', id).executeTakeFirst();
}

/** The practice a person is registered with: what the access module checks scope against. */
export async function practiceOfPerson(
  trx: Transaction<Database>,
  id: string,
): Promise<string | undefined> {
  const row = await trx
    .selectFrom('people')
    .select('registered_practice_id')
    .where('id', '=', id)
    .executeTakeFirst();
  return row?.registered_practice_id;
}

export async function nhsNumberInUse(trx: AuditedTransaction, nhsNumber: string): Promise<boolean> {
  const row = await trx
    .selectFrom('people')
    .select('id')
    .where('nhs_number', '=', nhsNumber)
    .executeTakeFirst();
  return row !== undefined;
}
