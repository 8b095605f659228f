/**
 * The episode record API (issue 5; docs/api/clinical-record-contract.md): the episode list, the
 * record (whole for OTs, a summary for GPs and MDT clinicians, nothing for navigators), and
 * entries with their versions. Every read and write goes through the access module.
 */
import type { Clock } from '@everyday/core';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import {
  ASSESSMENT_TEMPLATES,
  canAddEntry,
  decideEdit,
  isEditable,
  PATHWAYS,
  recordReadLevel,
  recordViewFor,
  summariseEpisode,
} from '@everyday/core';
import type { PatientAccess } from '../access/patient-access.js';
import { accessContext, requireActor, requireRole } from '../auth/guards.js';
import { AppError } from '../http/app-error.js';
import { errorResponses } from '../http/schemas.js';
import { prepareEntry, toEntryDto } from './entry-service.js';
import {
  entriesOfEpisode,
  entryVersions,
  findEntry,
  insertEntry,
  lastHcpcNumber,
  updateEntry,
} from './record.repository.js';
import {
  ZCreateEntryBody,
  ZEntryParams,
  ZEpisodeParams,
  ZRecordEntry,
  ZUpdateEntryBody,
} from './record.schema.js';
import { episodeDto, pathwayOf, ZEpisode, ZPerson } from './episode-dto.js';
import { episodeForRecord, listEpisodes, episodeOrganisation } from './episode.repository.js';

const PAGE_SIZE = 25;

export function recordRoutes(access: PatientAccess, clock: Clock): FastifyPluginAsyncZod {
  return async (app) => {
    const tags = ['record'];

    app.get(
      '/api/episodes',
      {
        schema: {
          tags,
          summary: 'Episodes in the organisations the user covers',
          querystring: z.object({
            status: z.enum(['open', 'closed', 'all']).default('open'),
            pathway: z.enum(PATHWAYS).optional(),
            page: z.coerce.number().int().min(1).max(10_000).default(1),
          }),
          response: {
            200: z.object({
              episodes: z.array(
                z.object({
                  id: z.uuid(),
                  name: z.string(),
                  pathway: z.string(),
                  tier: z.string(),
                  status: z.string(),
                  openedAt: z.string(),
                  closedAt: z.string().nullable(),
                  leadOt: z.string().nullable(),
                  practice: z.string(),
                }),
              ),
              total: z.number(),
              page: z.number(),
              pageSize: z.number(),
            }),
            ...errorResponses,
          },
        },
      },
      async (request) => {
        const actor = requireRole(request, 'ot', 'clinician');
        const q = request.query;
        let total = 0;
        const rows = await access.withPatientSearch(
          accessContext(request, actor),
          { level: 'clinical', resourceType: 'episode', purpose: 'episode list' },
          async (trx, scope) => {
            const found = await listEpisodes(trx, {
              scope,
              status: q.status,
              pathway: q.pathway,
              limit: PAGE_SIZE,
              offset: (q.page - 1) * PAGE_SIZE,
            });
            total = found.total;
            return found.rows;
          },
        );
        return {
          episodes: rows.map((e) => ({
            id: e.id,
            name: `${e.given_name} ${e.family_name}`,
            pathway: e.pathway,
            tier: e.tier,
            status: e.status,
            openedAt: new Date(e.opened_at).toISOString(),
            closedAt: e.closed_at ? new Date(e.closed_at).toISOString() : null,
            leadOt: e.lead_ot,
            practice: e.practice,
          })),
          total,
          page: q.page,
          pageSize: PAGE_SIZE,
        };
      },
    );

    app.get(
      '/api/episodes/:episodeId/record',
      {
        schema: {
          tags,
          summary:
            'The episode record: whole for OTs, a read-only summary for GPs and MDT clinicians',
          params: ZEpisodeParams,
          response: {
            200: z.union([
              z.object({
                view: z.literal('full'),
                episode: ZEpisode,
                person: ZPerson,
                entries: z.array(ZRecordEntry),
                summary: z.unknown(),
                template: z.object({
                  title: z.object({ en: z.string(), cy: z.string() }),
                  sections: z.array(z.string()),
                  required: z.array(z.string()),
                }),
                me: z.object({
                  name: z.string(),
                  lastHcpcNumber: z.string().nullable(),
                  organisation: z.string(),
                }),
              }),
              z.object({
                view: z.literal('summary'),
                episode: ZEpisode,
                person: ZPerson,
                summary: z.unknown(),
              }),
            ]),
            ...errorResponses,
          },
        },
      },
      async (request) => {
        const actor = requireActor(request);
        const { episodeId } = request.params;
        const view = recordViewFor(actor.roles);
        return access.withPatientRecord(
          accessContext(request, actor),
          {
            action: 'read',
            // A summary is clinical content; the record itself is the OT's. Navigators are
            // refused (and the refusal audited) at the record level.
            level: recordReadLevel(view),
            resourceType: view === 'summary' ? 'episode_summary' : 'episode_record',
            resourceId: episodeId,
            organisation: episodeOrganisation(episodeId),
          },
          async (trx) => {
            const row = await episodeForRecord(trx, episodeId);
            if (!row) throw new AppError('not_found', 'There is no such episode');
            const entries = (await entriesOfEpisode(trx, episodeId)).map(toEntryDto);
            const { episode, person } = episodeDto(row, clock.now());
            const summary = summariseEpisode(entries);
            if (view !== 'full') return { view: 'summary' as const, episode, person, summary };
            const template = ASSESSMENT_TEMPLATES[pathwayOf(row.pathway)];
            return {
              view: 'full' as const,
              episode,
              person,
              entries,
              summary,
              template: {
                title: template.title,
                sections: [...template.sections],
                required: [...template.required],
              },
              me: {
                name: actor.name,
                lastHcpcNumber: await lastHcpcNumber(trx, actor.userId),
                organisation: row.practice_name,
              },
            };
          },
        );
      },
    );

    app.post(
      '/api/episodes/:episodeId/entries',
      {
        schema: {
          tags,
          summary: 'Add an entry to the record (scores are computed here)',
          params: ZEpisodeParams,
          body: ZCreateEntryBody,
          response: { 201: ZRecordEntry, ...errorResponses },
        },
      },
      async (request, reply) => {
        const actor = requireRole(request, 'ot');
        const { episodeId } = request.params;
        const { kind, data } = request.body;
        if (kind === 'discharge')
          throw new AppError('bad_request', 'Discharge an episode with its own action');
        const entry = await access.withPatientRecord(
          accessContext(request, actor),
          {
            action: 'create',
            level: 'record',
            resourceType: `record_${kind}`,
            resourceId: null,
            organisation: episodeOrganisation(episodeId),
          },
          async (trx) => {
            const row = await episodeForRecord(trx, episodeId);
            if (!row) throw new AppError('not_found', 'There is no such episode');
            if (!canAddEntry(kind, row.status))
              throw new AppError(
                'conflict',
                'This episode is closed: only contact notes can be added',
              );
            const prepared = prepareEntry(kind, data, row.date_of_birth, row.pathway);
            return toEntryDto(
              await insertEntry(trx, {
                episodeId,
                kind,
                ...prepared,
                author: { userId: actor.userId, label: actor.name },
                at: clock.now(),
              }),
            );
          },
        );
        return reply.status(201).send(entry);
      },
    );

    app.get(
      '/api/episodes/:episodeId/entries/:entryId',
      {
        schema: {
          tags,
          summary: 'One entry as it is now',
          params: ZEntryParams,
          response: { 200: ZRecordEntry, ...errorResponses },
        },
      },
      async (request) => {
        const actor = requireRole(request, 'ot');
        const { episodeId, entryId } = request.params;
        return access.withPatientRecord(
          accessContext(request, actor),
          {
            action: 'read',
            level: 'record',
            resourceType: 'record_entry',
            resourceId: entryId,
            organisation: episodeOrganisation(episodeId),
          },
          async (trx) => {
            const row = await findEntry(trx, episodeId, entryId);
            if (!row) throw new AppError('not_found', 'There is no such entry');
            return toEntryDto(row);
          },
        );
      },
    );

    app.put(
      '/api/episodes/:episodeId/entries/:entryId',
      {
        schema: {
          tags,
          summary: 'Edit an entry; refused with 409 if someone saved it since baseVersion',
          params: ZEntryParams,
          body: ZUpdateEntryBody,
          response: { 200: ZRecordEntry, ...errorResponses },
        },
      },
      async (request) => {
        const actor = requireRole(request, 'ot');
        const { episodeId, entryId } = request.params;
        const { baseVersion, data } = request.body;
        return access.withPatientRecord(
          accessContext(request, actor),
          {
            action: 'update',
            level: 'record',
            resourceType: 'record_entry',
            resourceId: entryId,
            organisation: episodeOrganisation(episodeId),
          },
          async (trx) => {
            const episode = await episodeForRecord(trx, episodeId);
            const current = await findEntry(trx, episodeId, entryId, true);
            if (!episode || !current) throw new AppError('not_found', 'There is no such entry');
            const kind = toEntryDto(current).kind;
            if (!isEditable(kind))
              throw new AppError('bad_request', "The person's own answers cannot be edited");
            const prepared = prepareEntry(kind, data, episode.date_of_birth, episode.pathway);
            const decision = decideEdit(current, baseVersion, prepared.data);
            switch (decision.kind) {
              case 'conflict':
                throw new AppError(
                  'conflict',
                  `${current.updated_by_label} saved a newer version of this entry. Nothing of yours was saved: compare and save again.`,
                );
              case 'unchanged':
                return toEntryDto(current);
              case 'apply':
                return toEntryDto(
                  await updateEntry(trx, {
                    entryId,
                    version: current.version + 1,
                    ...prepared,
                    author: { userId: actor.userId, label: actor.name },
                    changed: decision.changed,
                    at: clock.now(),
                  }),
                );
            }
          },
        );
      },
    );

    app.get(
      '/api/episodes/:episodeId/entries/:entryId/history',
      {
        schema: {
          tags,
          summary: 'Every version of an entry, newest first, with who changed what',
          params: ZEntryParams,
          response: {
            200: z.object({
              versions: z.array(
                z.object({
                  version: z.number(),
                  data: z.unknown(),
                  changedFields: z.array(z.string()),
                  changedBy: z.string(),
                  changedAt: z.string(),
                }),
              ),
            }),
            ...errorResponses,
          },
        },
      },
      async (request) => {
        const actor = requireRole(request, 'ot');
        const { episodeId, entryId } = request.params;
        return access.withPatientRecord(
          accessContext(request, actor),
          {
            action: 'read',
            level: 'record',
            resourceType: 'record_entry_history',
            resourceId: entryId,
            organisation: episodeOrganisation(episodeId),
          },
          async (trx) => {
            if (!(await findEntry(trx, episodeId, entryId)))
              throw new AppError('not_found', 'There is no such entry');
            const versions = await entryVersions(trx, entryId);
            return {
              versions: versions.map((v) => ({
                version: v.version,
                data: v.data,
                changedFields: v.changed_fields,
                changedBy: v.changed_by_label,
                changedAt: new Date(v.changed_at).toISOString(),
              })),
            };
          },
        );
      },
    );
  };
}
