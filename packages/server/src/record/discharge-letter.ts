/**
 * The discharge letter to the GP (issue 5 item 6): composed by core from the episode's record
 * and rendered as a PDF. Read inside the caller's AuditedTransaction.
 */
import {
  composeDischargeLetter,
  dischargeLetterInput,
  londonDateOf,
  PATHWAY_NAMES,
  type RecordEntry,
} from '@everyday/core';
import type { AuditedTransaction } from '../access/patient-access.js';
import type { ServiceContact } from '../config.js';
import { renderPdf } from '../documents/pdf.js';
import { AppError } from '../http/app-error.js';
import { toEntryDto } from './entry-service.js';
import { communicationNeedsOfRow, pathwayOf, reasonForReferral } from './episode-dto.js';
import { entriesOfEpisode, lastHcpcNumber } from './record.repository.js';
import { episodeForRecord } from './episode.repository.js';

/** What a letter says for a person saved urgently who never gave their date of birth. */
export const DATE_OF_BIRTH_NOT_RECORDED = 'not recorded';

/** The author of the discharge (staff data): for their last HCPC number. */
async function authorOf(trx: AuditedTransaction, userId: string) {
  return trx.selectFrom('users').select(['id']).where('id', '=', userId).executeTakeFirst();
}

/**
 * How a practice reaches the service, for the letter's "From" and its closing line: the
 * service's address, phone and email as configured, never a clinician's own address
 * (issue 16 item 9). With none configured, the practice is pointed to the lead OT by name.
 */
export function serviceContactLine(contact: ServiceContact, leadOt: string): string {
  const parts = [
    contact.address,
    contact.phone && `telephone ${contact.phone}`,
    contact.email,
  ].filter((p): p is string => typeof p === 'string' && p !== '');
  return parts.length > 0 ? parts.join(', ') : `through ${leadOt}, the lead occupational therapist`;
}

/**
 * The discharge letter of an episode as a PDF; `not_found` until it is discharged. The GP's copy
 * (the letter itself) is always standard print, since the practice reads it; the person's copy
 * is printed as their communication needs say (large print when they need it, issue 16 item 6).
 */
export async function dischargeLetterPdf(
  trx: AuditedTransaction,
  episodeId: string,
  now: Date,
  contact: ServiceContact,
  copy: 'gp' | 'person' = 'gp',
): Promise<Buffer> {
  const row = await episodeForRecord(trx, episodeId);
  if (!row) throw new AppError('not_found', 'There is no such episode');
  const rows = await entriesOfEpisode(trx, episodeId);
  const entries = rows.map(toEntryDto) as RecordEntry[];
  const discharge = rows.find((e) => e.kind === 'discharge');
  if (!discharge) throw new AppError('not_found', 'This episode has not been discharged yet');
  const author = discharge.created_by ? await authorOf(trx, discharge.created_by) : undefined;
  const input = dischargeLetterInput(
    {
      service: {
        name: `Occupational therapy${row.parent_name ? `, ${row.parent_name}` : ''}`,
        contact: serviceContactLine(contact, row.lead_ot ?? discharge.created_by_label),
      },
      practice: { name: row.practice_name, odsCode: row.practice_ods ?? '' },
      person: {
        name: `${row.given_name} ${row.family_name}`,
        dateOfBirth: row.date_of_birth ?? DATE_OF_BIRTH_NOT_RECORDED,
        nhsNumber: row.nhs_number,
      },
      episode: {
        pathwayLabel: PATHWAY_NAMES[pathwayOf(row.pathway)].en,
        openedOn: londonDateOf(new Date(row.opened_at).getTime()),
        leadOt: row.lead_ot ?? discharge.created_by_label,
      },
      reasonForReferral: reasonForReferral(row.answers) ?? 'Not recorded',
      author: {
        name: discharge.created_by_label,
        profession: 'Occupational Therapist',
        hcpcNumber: author ? await lastHcpcNumber(trx, author.id) : null,
      },
    },
    entries,
  );
  const print = communicationNeedsOfRow(row).print;
  return renderPdf(
    composeDischargeLetter(input, copy === 'person' ? { for: 'person', print } : { for: 'gp' }),
    { creationDate: now },
  );
}
