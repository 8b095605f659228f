/**
 * The triage inbox for OTs: open requests, crisis pinned first, then by urgency and waiting
 * time; a request's page; and the OT's actions on it. Everything through the access module.
 */
import type { Clock } from '@everyday/core';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { londonDateOf, type Pathway } from '@everyday/core';
import type { AccessContext, AuditedTransaction, PatientAccess } from '../access/patient-access.js';
import { accessContext, requireRole } from '../auth/guards.js';
import { AppError } from '../http/app-error.js';
import { errorResponses } from '../http/schemas.js';
import { practiceOfRequest, requestEvents } from '../requests/request.repository.js';
import { applyAction } from './actions.js';
import {
  countInbox,
  findRequestWithPerson,
  flagsClearedOf,
  INBOX_PAGE_SIZE,
  listInbox,
  peopleByIds,
} from './inbox.repository.js';
import { toInboxItem } from './inbox.mapping.js';
import {
  ZInboxPage,
  ZInboxQuery,
  ZRequestAction,
  ZRequestDetail,
  type TRequestDetail,
} from './inbox.schema.js';

const ZParams = z.object({ id: z.uuid() });

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
    pathway: row.pathway as Pathway | null,
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

export function inboxRoutes(access: PatientAccess, clock: Clock): FastifyPluginAsyncZod {
  return async (app) => {
    const tags = ['triage'];

    app.get(
      '/api/inbox',
      {
        schema: {
          tags,
          summary: 'The triage inbox',
          querystring: ZInboxQuery,
          response: { 200: ZInboxPage, ...errorResponses },
        },
      },
      async (request) => {
        const actor = requireRole(request, 'ot');
        const at = clock.now();
        const today = londonDateOf(at.getTime());
        const q = request.query;
        let total = 0;
        const rows = await access.withPatientSearch(
          accessContext(request, actor),
          { level: 'clinical', resourceType: 'request', purpose: 'triage inbox' },
          async (trx, scope) => {
            const { page: _page, ...filters } = q;
            total = await countInbox(trx, scope, filters, today);
            const page = await listInbox(trx, scope, q, today, actor.userId);
            const cleared = await flagsClearedOf(
              trx,
              page.map((r) => r.id),
            );
            return page.map((row) => ({ row, cleared: cleared.get(row.id) }));
          },
        );
        return {
          requests: rows.map(({ row, cleared }) => toInboxItem(row, at, cleared)),
          total,
          page: q.page,
          pageSize: INBOX_PAGE_SIZE,
        };
      },
    );

    app.get(
      '/api/requests/:id',
      {
        schema: {
          tags,
          summary: 'A request, its suggestion with reasons, and its history',
          params: ZParams,
          response: { 200: ZRequestDetail, ...errorResponses },
        },
      },
      async (request) => {
        const actor = requireRole(request, 'ot', 'clinician');
        const { id } = request.params;
        return access.withPatientRecord(
          accessContext(request, actor),
          {
            action: 'read',
            level: 'clinical',
            resourceType: 'request',
            resourceId: id,
            organisation: { lookup: (trx) => practiceOfRequest(trx, id) },
          },
          (trx) => requestDetail(trx, id, clock.now()),
        );
      },
    );

    app.post(
      '/api/requests/:id/actions',
      {
        schema: {
          tags,
          summary:
            'Accept onto a pathway and tier, signpost, redirect, decline, or ask for more information',
          params: ZParams,
          body: ZRequestAction,
          response: { 200: ZRequestDetail, ...errorResponses },
        },
      },
      async (request) => {
        const actor = requireRole(request, 'ot');
        const { id } = request.params;
        const context: AccessContext = accessContext(request, actor);
        return access.withPatientRecord(
          context,
          {
            action: 'update',
            level: 'clinical',
            resourceType: 'request',
            resourceId: id,
            organisation: { lookup: (trx) => practiceOfRequest(trx, id) },
          },
          async (trx) => {
            await applyAction(trx, id, request.body, actor.userId, clock.now());
            return requestDetail(trx, id, clock.now());
          },
        );
      },
    );
  };
}
