/** A request's page: the request, its person, the suggestion with reasons, possible duplicates, its history. */
import type { AuditedTransaction } from '../access/patient-access.js';
import { AppError } from '../http/app-error.js';
import { requestEvents } from '../front-door/request.repository.js';
import { findRequestWithPerson, flagsClearedOf, peopleByIds } from './inbox.repository.js';
import { toInboxItem } from './inbox.mapping.js';
import type { TRequestDetail } from './inbox.schema.js';

export async function requestDetail(
  trx: AuditedTransaction,
  id: string,
  now: Date,
): Promise<TRequestDetail> {
  const row = await findRequestWithPerson(trx, id);
  if (!row) throw new AppError('not_found', 'No such request');
  const duplicates = await peopleByIds(trx, row.possible_duplicate_ids);
  const events = await requestEvents(trx, id);
  const cleared = await flagsClearedOf(trx, [id]);
  return {
    ...toInboxItem(row, now, cleared.get(id)),
    questionSetVersion: row.question_set_version,
    answers: row.answers as Record<string, unknown>,
    pathway: row.pathway,
    tier: row.tier,
    possibleDuplicates: duplicates.map((p) => ({
      id: p.id,
      givenName: p.given_name,
      familyName: p.family_name,
      dateOfBirth: p.date_of_birth,
      nhsNumber: p.nhs_number,
      practiceName: p.practice_name,
    })),
    events: events.map((e) => ({
      at: e.at.toISOString(),
      action: e.action,
      by: e.by,
      details: e.details as Record<string, unknown>,
    })),
  };
}
