/**
 * Discharge and the documents (issue 5 items 5 and 6): closing an episode with its outcomes,
 * the discharge letter to the GP and the AHP Health and Work Report, both as PDFs.
 */
import type { Clock } from '@everyday/core';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import {
  composeHealthWorkReport,
  recordReadLevel,
  recordViewFor,
  type HealthWorkReportData,
} from '@everyday/core';
import type { PatientAccess } from '../access/patient-access.js';
import { accessContext, requireActor, requireRole } from '../auth/guards.js';
import { renderPdf } from '../documents/pdf.js';
import { AppError } from '../http/app-error.js';
import { errorResponses } from '../http/schemas.js';
import { dischargeEpisode } from './discharge-episode.js';
import type { ServiceContact } from '../config.js';
import { DATE_OF_BIRTH_NOT_RECORDED, dischargeLetterPdf } from './discharge-letter.js';
import { findEntry } from './record.repository.js';
import { ZDischargeData, ZEntryParams, ZEpisodeParams, ZRecordEntry } from './record.schema.js';
import { episodeForRecord, episodeOrganisation } from './episode.repository.js';

const pdfHeaders = (name: string) => ({
  'content-type': 'application/pdf',
  'content-disposition': `inline; filename="${name}"`,
  'cache-control': 'no-store',
});

export function dischargeRoutes(
  access: PatientAccess,
  publicUrl: string,
  clock: Clock,
  serviceContact: ServiceContact,
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
          summary:
            "The discharge letter to the GP, as a PDF; with copy=person, the person's copy in the print they need",
          params: ZEpisodeParams,
          querystring: z.object({ copy: z.enum(['gp', 'person']).default('gp') }).strict(),
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
          async (trx) => ({
            id: episodeId,
            pdf: await dischargeLetterPdf(
              trx,
              episodeId,
              clock.now(),
              serviceContact,
              request.query.copy,
            ),
          }),
        );
        return reply
          .headers(
            pdfHeaders(
              request.query.copy === 'person'
                ? 'discharge-letter-copy.pdf'
                : 'discharge-letter.pdf',
            ),
          )
          .send(pdf.pdf);
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
            return { id: entryId, pdf: await renderPdf(doc, { creationDate: clock.now() }) };
          },
        );
        return reply.headers(pdfHeaders('health-and-work-report.pdf')).send(pdf.pdf);
      },
    );
  };
}
