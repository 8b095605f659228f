/** Persistence of the person record. Every function takes an AuditedTransaction. */
import {
  ethnicCategoryOf,
  type DeprivationIndex,
  type EqualityAnswers,
  type EthnicCategory,
  type GenderIdentity,
  type GenderSameAsSex,
  type PersonSex,
} from '@everyday/core';
import type { AuditedTransaction, LookupTransaction } from '../access/patient-access.js';
import type { PersonRow } from '../db/schema.js';

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
  trx: LookupTransaction,
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

export interface PersonFromRequest {
  readonly nhsNumber: string | null;
  readonly givenName: string;
  readonly familyName: string;
  /** Null when saved urgently before it was asked. */
  readonly dateOfBirth: string | null;
  readonly practiceId: string;
  readonly postcode: string | null;
  readonly phone: string | null;
  readonly email: string | null;
  readonly preferredContact: string;
  readonly preferredLanguage: 'en' | 'cy';
  readonly interpreterLanguage: string | null;
  readonly accessNeeds: readonly string[];
  /** Where letters go, when given. */
  readonly address: PersonAddress | null;
  /** Equality monitoring as answered (issue 11 item 3), when asked. */
  readonly equality?: EqualityAnswers | undefined;
  /** The postcode's area as the lookup resolved it; null when it is not in the lookup. */
  readonly area?: PersonArea | null | undefined;
}

/** A person's area and its deprivation, with the lookup that answered (migration 0012). */
export interface PersonArea {
  readonly lsoaCode: string;
  readonly decile: number | null;
  readonly rank: number | null;
  readonly index: DeprivationIndex | null;
  readonly version: string;
}

/** The equality columns for what was answered; a question not answered is left out. */
function equalityColumns(e: EqualityAnswers): {
  sex?: PersonSex;
  gender_same_as_sex?: GenderSameAsSex;
  gender_identity?: GenderIdentity | null;
  ethnicity?: EthnicCategory;
} {
  return {
    ...(e.sex === undefined ? {} : { sex: e.sex }),
    // Gender is kept only while it is said to differ from sex registered at birth.
    ...(e.genderSameAsSex === undefined
      ? {}
      : {
          gender_same_as_sex: e.genderSameAsSex,
          gender_identity: e.genderSameAsSex === 'no' ? (e.genderIdentity ?? null) : null,
        }),
    ...(e.ethnicity === undefined ? {} : { ethnicity: ethnicCategoryOf(e.ethnicity) }),
  };
}

function areaColumns(area: PersonArea | null) {
  return {
    lsoa_code: area?.lsoaCode ?? null,
    imd_decile: area?.decile ?? null,
    imd_rank: area?.rank ?? null,
    deprivation_index: area?.index ?? null,
    postcode_lookup_version: area?.version ?? null,
  };
}

/** Keep what the person said in the equality questions, the latest answer to each. */
export async function recordEquality(
  trx: AuditedTransaction,
  id: string,
  equality: EqualityAnswers,
  at: Date,
): Promise<void> {
  const columns = equalityColumns(equality);
  if (Object.keys(columns).length === 0) return;
  await trx
    .updateTable('people')
    .set({ ...columns, updated_at: at })
    .where('id', '=', id)
    .execute();
}

/** Keep the person's area as the lookup resolved their postcode (null: not in the lookup). */
export async function recordArea(
  trx: AuditedTransaction,
  id: string,
  area: PersonArea | null,
  at: Date,
): Promise<void> {
  await trx
    .updateTable('people')
    .set({ ...areaColumns(area), updated_at: at })
    .where('id', '=', id)
    .execute();
}

/** An address for letters: its lines (first, second, town) and its postcode. */
export interface PersonAddress {
  readonly lines: readonly string[];
  readonly postcode: string;
}

/** Record a new person from the details given with a request. */
export async function insertPersonFromRequest(
  trx: AuditedTransaction,
  p: PersonFromRequest,
  createdBy: string | null,
): Promise<PersonRow> {
  return trx
    .insertInto('people')
    .values({
      nhs_number: p.nhsNumber,
      given_name: p.givenName,
      family_name: p.familyName,
      date_of_birth: p.dateOfBirth,
      registered_practice_id: p.practiceId,
      postcode: p.postcode,
      phone: p.phone,
      email: p.email,
      preferred_contact: p.preferredContact,
      preferred_language: p.preferredLanguage,
      interpreter_language: p.interpreterLanguage,
      access_needs: [...p.accessNeeds],
      address_lines: p.address ? [...p.address.lines] : [],
      address_postcode: p.address?.postcode ?? null,
      ...(p.equality ? equalityColumns(p.equality) : {}),
      ...(p.area === undefined ? {} : areaColumns(p.area)),
      created_by: createdBy,
    })
    .returningAll()
    .executeTakeFirstOrThrow();
}

/** Keep an address for letters on the person, unless one is already recorded. */
export async function keepAddressForLetters(
  trx: AuditedTransaction,
  id: string,
  address: PersonAddress,
): Promise<void> {
  await trx
    .updateTable('people')
    .set({ address_lines: [...address.lines], address_postcode: address.postcode })
    .where('id', '=', id)
    .where('address_postcode', 'is', null)
    .execute();
}

/** The language to write to the person in, as they last said. */
export async function setPreferredLanguage(
  trx: AuditedTransaction,
  id: string,
  language: 'en' | 'cy',
  at: Date,
): Promise<void> {
  await trx
    .updateTable('people')
    .set({ preferred_language: language, updated_at: at })
    .where('id', '=', id)
    .execute();
}

/**
 * Fill in what an urgent save did not ask (date of birth, NHS number, postcode) once the request
 * is completed. Only empty fields are filled: nothing already recorded is overwritten. An NHS
 * number already held by someone else is not copied (the caller flags the possible duplicate).
 */
export async function fillMissingPersonDetails(
  trx: AuditedTransaction,
  id: string,
  details: {
    dateOfBirth: string;
    nhsNumber: string | null;
    postcode: string | null;
    at: Date;
  },
): Promise<PersonRow> {
  const nhsNumber =
    details.nhsNumber !== null && !(await nhsNumberInUse(trx, details.nhsNumber))
      ? details.nhsNumber
      : null;
  return trx
    .updateTable('people')
    .set((eb) => ({
      date_of_birth: eb.fn.coalesce('date_of_birth', eb.val(details.dateOfBirth)),
      nhs_number: eb.fn.coalesce('nhs_number', eb.val(nhsNumber)),
      postcode: eb.fn.coalesce('postcode', eb.val(details.postcode)),
      updated_at: details.at,
    }))
    .where('id', '=', id)
    .returningAll()
    .executeTakeFirstOrThrow();
}

export async function findPersonByNhsNumber(
  trx: AuditedTransaction,
  nhsNumber: string,
): Promise<PersonRow | undefined> {
  return trx
    .selectFrom('people')
    .selectAll()
    .where('nhs_number', '=', nhsNumber)
    .executeTakeFirst();
}

export interface PersonMatch {
  readonly row: PersonRow;
  readonly practiceName: string;
  readonly matchedOn: 'nhs_number' | 'name_and_date_of_birth';
}

/**
 * People who may be the same person: the same NHS number, or the same family name and date of
 * birth (whatever the given name's spelling), within the given organisations.
 */
export async function findPersonMatches(
  trx: AuditedTransaction,
  q: { nhsNumber?: string | undefined; familyName: string; dateOfBirth: string },
  scope: readonly string[],
  excludeId?: string,
): Promise<PersonMatch[]> {
  if (scope.length === 0) return [];
  let query = trx
    .selectFrom('people')
    .innerJoin('organisations', 'organisations.id', 'people.registered_practice_id')
    .selectAll('people')
    .select('organisations.name as practice_name')
    .where('people.registered_practice_id', 'in', [...scope])
    .where((eb) =>
      eb.or([
        ...(q.nhsNumber ? [eb('people.nhs_number', '=', q.nhsNumber)] : []),
        eb.and([
          eb(eb.fn('lower', ['people.family_name']), '=', q.familyName.trim().toLowerCase()),
          eb('people.date_of_birth', '=', q.dateOfBirth),
        ]),
      ]),
    )
    .orderBy('people.created_at')
    .limit(20);
  if (excludeId) query = query.where('people.id', '!=', excludeId);
  const rows = await query.execute();
  return rows.map(({ practice_name, ...row }) => ({
    row,
    practiceName: practice_name,
    matchedOn:
      q.nhsNumber && row.nhs_number === q.nhsNumber ? 'nhs_number' : 'name_and_date_of_birth',
  }));
}
