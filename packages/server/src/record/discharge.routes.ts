/**
 * Discharge and the documents (issue 5 items 5 and 6): closing an episode with its outcomes,
 * the discharge letter to the GP and the AHP Health and Work Report, both as PDFs.
 */
import type { Clock } from '@everyday/core';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import {
  composeDischargeLetter,
  composeHealthWorkReport,
  dischargeLetterInput,
  londonDateOf,
  PATHWAY_NAMES,
  recordReadLevel,
  recordViewFor,
  type HealthWorkReportData,
  type RecordEntry,
} from '@everyday/core';
import type { PatientAccess } from '../access/patient-access.js';
import { accessContext, requireActor, requireRole } from '../auth/guards.js';
import { renderPdf } from '../documents/pdf.js';
import { AppError } from '../http/app-error.js';
import { errorResponses } from '../http/schemas.js';
import { toEntryDto } from './entry-service.js';
import { pathwayOf, reasonForReferral } from './episode-dto.js';
import { dischargeEpisode } from './discharge-episode.js';
import {
  entriesOfEpisode,
  episodeForRecord,
  findEntry,
  lastHcpcNumber,
  episodeOrganisation,
} from './record.repository.js';
import { ZDischargeData, ZEntryParams, ZEpisodeParams, ZRecordEntry } from './record.schema.js';

/** What a letter says for a person saved urgently who never gave their date of birth. */
const DATE_OF_BIRTH_NOT_RECORDED = 'not recorded';

const pdfHeaders = (name: string) => ({
  'content-type': 'application/pdf',
  'content-disposition': `inline; filename="${name}"`,
  'cache-control': 'no-store',
});

export function dischargeRoutes(
  access: PatientAccess,
  publicUrl: string,
  clock: Clock,
): FastifyPluginAsyncZod {
  return async (app) => {
    const tags = ['record'];

    app.post(
      '/api/episodes/:episodeId/discharge',
      {
        schema: {
          tags,
          summary: 'Discharge: close the episode with its outcomes, and send the PREM',
          params: ZEpisodeParams,
          body: ZDischargeData,
          response: {
            201: z.object({ entry: ZRecordEntry, premSent: z.boolean() }),
            ...errorResponses,
          },
        },
      },
      async (request, reply) => {
        const actor = requireRole(request, 'ot');
        const { episodeId } = request.params;
        const data = request.body;
        const result = await access.withPatientRecord(
          accessContext(request, actor),
          {
            action: 'update',
            level: 'record',
            resourceType: 'episode_discharge',
            resourceId: episodeId,
            organisation: episodeOrganisation(episodeId),
          },
          (trx) =>
            dischargeEpisode(trx, {
              episodeId,
              data,
              by: { userId: actor.userId, name: actor.name },
              at: clock.now(),
              publicUrl,
            }),
        );
        return reply.status(201).send({ entry: result.entry, premSent: result.premSent });
      },
    );

    app.get(
      '/api/episodes/:episodeId/discharge-letter.pdf',
      {
        schema: {
          tags,
          summary: 'The discharge letter to the GP, as a PDF',
          params: ZEpisodeParams,
          produces: ['application/pdf'],
        },
      },
      async (request, reply) => {
        const actor = requireActor(request);
        const { episodeId } = request.params;
        const view = recordViewFor(actor.roles);
        const pdf = await access.withPatientRecord(
          accessContext(request, actor),
          {
            action: 'read',
            level: recordReadLevel(view),
            resourceType: 'discharge_letter',
            resourceId: episodeId,
            organisation: episodeOrganisation(episodeId),
          },
          async (trx) => {
            const row = await episodeForRecord(trx, episodeId);
            if (!row) throw new AppError('not_found', 'There is no such episode');
            const rows = await entriesOfEpisode(trx, episodeId);
            const entries = rows.map(toEntryDto) as RecordEntry[];
            const discharge = rows.find((e) => e.kind === 'discharge');
            if (!discharge)
              throw new AppError('not_found', 'This episode has not been discharged yet');
            const author = discharge.created_by
              ? await trx
                  .selectFrom('users')
                  .select(['id', 'email'])
                  .where('id', '=', discharge.created_by)
                  .executeTakeFirst()
              : undefined;
            const input = dischargeLetterInput(
              {
                service: {
                  name: `Occupational therapy${row.parent_name ? `, ${row.parent_name}` : ''}`,
                  contact: author?.email ?? '',
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
            return { id: episodeId, pdf: await renderPdf(composeDischargeLetter(input)) };
          },
        );
        return reply.headers(pdfHeaders('discharge-letter.pdf')).send(pdf.pdf);
      },
    );

    app.get(
      '/api/episodes/:episodeId/entries/:entryId/health-work-report.pdf',
      {
        schema: {
          tags,
          summary: 'An AHP Health and Work Report, as a PDF',
          params: ZEntryParams,
          produces: ['application/pdf'],
        },
      },
      async (request, reply) => {
        const actor = requireActor(request);
        const { episodeId, entryId } = request.params;
        const view = recordViewFor(actor.roles);
        const pdf = await access.withPatientRecord(
          accessContext(request, actor),
          {
            action: 'read',
            level: recordReadLevel(view),
            resourceType: 'health_work_report',
            resourceId: entryId,
            organisation: episodeOrganisation(episodeId),
          },
          async (trx) => {
            const row = await episodeForRecord(trx, episodeId);
            const entry = await findEntry(trx, episodeId, entryId);
            if (!row || entry?.kind !== 'health_work_report')
              throw new AppError('not_found', 'There is no such report');
            const report = entry.data as HealthWorkReportData;
            const doc = composeHealthWorkReport({
              ...report,
              patient: {
                name: `${row.given_name} ${row.family_name}`,
                dateOfBirth: row.date_of_birth ?? DATE_OF_BIRTH_NOT_RECORDED,
              },
            });
            return { id: entryId, pdf: await renderPdf(doc) };
          },
        );
        return reply.headers(pdfHeaders('health-and-work-report.pdf')).send(pdf.pdf);
      },
    );
  };
}
