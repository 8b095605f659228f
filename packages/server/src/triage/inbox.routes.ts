/**
 * The triage inbox for OTs: open requests, crisis pinned first, then by urgency and waiting
 * time; a request's page; and the OT's actions on it. Everything through the access module.
 */
import type { Clock } from '@everyday/core';
import type { FastifyRequest } from 'fastify';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { londonDateOf } from '@everyday/core';
import type { AuditedTransaction, PatientAccess } from '../access/patient-access.js';
import { accessContext, requireRole } from '../auth/guards.js';
import { errorResponses } from '../http/schemas.js';
import { requestOrganisation } from '../front-door/request.repository.js';
import { applyAction } from './actions.js';
import { confirmDirectBooking } from './confirm-direct-booking.js';
import { returnToTriage } from './return-to-triage.js';
import { requestDetail } from './request-detail.js';
import { countInbox, flagsClearedOf, INBOX_PAGE_SIZE, listInbox } from './inbox.repository.js';
import { toInboxItem } from './inbox.mapping.js';
import {
  ZConfirmBody,
  ZReturnToTriageBody,
  ZInboxPage,
  ZInboxQuery,
  ZRequestAction,
  ZRequestDetail,
} from './inbox.schema.js';

const ZParams = z.object({ id: z.uuid() });

export function inboxRoutes(access: PatientAccess, clock: Clock): FastifyPluginAsyncZod {
  /**
   * An OT changes request `id` through one use case, in one audited transaction (an update at
   * clinical level), and is answered with the request as its page shows it afterwards.
   */
  function changeRequest(
    request: FastifyRequest,
    id: string,
    change: (trx: AuditedTransaction, userId: string) => Promise<unknown>,
  ) {
    const actor = requireRole(request, 'ot');
    return access.withPatientRecord(
      accessContext(request, actor),
      {
        action: 'update',
        level: 'clinical',
        resourceType: 'request',
        resourceId: id,
        organisation: requestOrganisation(id),
      },
      async (trx) => {
        await change(trx, actor.userId);
        return requestDetail(trx, id, clock.now());
      },
    );
  }

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
            organisation: requestOrganisation(id),
          },
          (trx) => requestDetail(trx, id, clock.now()),
        );
      },
    );

    app.post(
      '/api/requests/:id/confirm',
      {
        schema: {
          tags,
          summary: 'Confirm a request booked directly from the referral form (an OT accepts it)',
          params: ZParams,
          body: ZConfirmBody,
          response: { 200: ZRequestDetail, ...errorResponses },
        },
      },
      async (request) =>
        changeRequest(request, request.params.id, (trx, userId) =>
          confirmDirectBooking(trx, {
            requestId: request.params.id,
            by: userId,
            note: request.body.note,
          }),
        ),
    );

    app.post(
      '/api/requests/:id/return-to-triage',
      {
        schema: {
          tags,
          summary:
            'Do not confirm a direct booking: cancel its appointment and triage the request again',
          params: ZParams,
          body: ZReturnToTriageBody,
          response: { 200: ZRequestDetail, ...errorResponses },
        },
      },
      async (request) =>
        changeRequest(request, request.params.id, (trx, userId) =>
          returnToTriage(trx, {
            requestId: request.params.id,
            by: userId,
            reason: request.body.reason,
            at: clock.now(),
          }),
        ),
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
      async (request) =>
        changeRequest(request, request.params.id, (trx, userId) =>
          applyAction(trx, request.params.id, request.body, userId, clock.now()),
        ),
    );
  };
}
