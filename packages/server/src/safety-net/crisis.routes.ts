/**
 * The crisis follow-through routes (docs/api/safety-net-contract.md, issue 9 item 5): a clinician
 * acknowledges a crisis or safeguarding request; every member of staff sees what waits
 * unacknowledged; leads read the crisis log; leads and OTs keep the duty rota; admins and leads
 * set each organisation's safety settings.
 */
import type { Clock } from '@everyday/core';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { addCalendarDays } from '@everyday/core';
import type { PatientAccess } from '../access/patient-access.js';
import { accessContext, requireActor, requireRole } from '../auth/guards.js';
import { errorResponses } from '../http/schemas.js';
import { requestOrganisation } from '../front-door/request.repository.js';
import { acknowledgeRequest } from './acknowledge-request.js';
import { crisisLog, crisisLogCsv, crisisLogPeriod } from './crisis-log.js';
import {
  ZAcknowledgeBody,
  ZAcknowledgeResult,
  ZCrisisLog,
  ZCrisisLogQuery,
  ZDutyRota,
  ZDutyRotaBody,
  ZDutyRotaEntry,
  ZDutyRotaQuery,
  ZSafetySettings,
  ZSafetySettingsBody,
  ZSafetySettingsList,
  ZUnacknowledged,
} from './crisis.schema.js';
import { listDutyRota } from './duty-rota.repository.js';
import { listUnacknowledged } from './list-unacknowledged.js';
import { listSafetySettings } from './safety-settings.repository.js';
import {
  acknowledger,
  DUTY_ROLES,
  LEAD_ROLES,
  setDutyRota,
  setSafetySettings,
  type CrisisStore,
} from './safety-admin.js';
import { organisationKinds, staffCovering } from './staff.repository.js';

const ZParams = z.object({ id: z.uuid() });
const ZOrganisationParams = z.object({ organisationId: z.uuid() });
const DEFAULT_ROTA_DAYS = 14;

export function crisisRoutes(
  db: CrisisStore,
  access: PatientAccess,
  clock: Clock,
): FastifyPluginAsyncZod {
  return async (app) => {
    const tags = ['safety net'];

    app.post(
      '/api/requests/:id/acknowledge',
      {
        schema: {
          tags,
          summary: 'Acknowledge a crisis or safeguarding request with what was done (once)',
          params: ZParams,
          body: ZAcknowledgeBody,
          response: { 200: ZAcknowledgeResult, ...errorResponses },
        },
      },
      async (request) => {
        const actor = requireRole(request, 'ot', 'clinician');
        const { id } = request.params;
        const user = await acknowledger(db, actor.userId);
        return access.withPatientRecord(
          accessContext(request, actor),
          {
            // An acknowledgement adds to the request; clinicians may add, not edit.
            action: 'create',
            level: 'clinical',
            resourceType: 'request_acknowledgement',
            resourceId: id,
            organisation: requestOrganisation(id),
          },
          (trx) =>
            acknowledgeRequest(trx, {
              requestId: id,
              body: request.body,
              by: user,
              now: clock.now(),
            }),
        );
      },
    );

    app.get(
      '/api/crisis/unacknowledged',
      {
        schema: {
          tags,
          summary: 'Crisis and safeguarding requests not yet acknowledged, in your organisations',
          response: { 200: ZUnacknowledged, ...errorResponses },
        },
      },
      async (request) => {
        const actor = requireActor(request);
        return listUnacknowledged(access, accessContext(request, actor), clock.now());
      },
    );

    app.get(
      '/api/crisis/log',
      {
        schema: {
          tags,
          summary:
            'The crisis log: each crisis or safeguarding request, who acknowledged it and how long it took (JSON or CSV)',
          querystring: ZCrisisLogQuery,
          response: {
            200: z.union([ZCrisisLog, z.string().describe('text/csv when format=csv')]),
            ...errorResponses,
          },
        },
      },
      async (request, reply) => {
        const actor = requireRole(request, 'lead', 'admin');
        const period = crisisLogPeriod(request.query, clock.now());
        const entries = await crisisLog(access, accessContext(request, actor), period);
        if (request.query.format === 'csv') {
          return reply
            .header('content-type', 'text/csv; charset=utf-8')
            .header(
              'content-disposition',
              `attachment; filename="crisis-log-${period.from}-to-${period.to}.csv"`,
            )
            .header('cache-control', 'no-store')
            .send(crisisLogCsv(entries));
        }
        return { from: period.from, to: period.to, entries };
      },
    );

    app.get(
      '/api/duty-rota',
      {
        schema: {
          tags,
          summary: 'The duty clinician per practice and day',
          querystring: ZDutyRotaQuery,
          response: { 200: ZDutyRota, ...errorResponses },
        },
      },
      async (request) => {
        const actor = requireRole(request, 'lead', 'ot');
        const today = clock.today();
        const from = request.query.from ?? today;
        const to = request.query.to ?? addCalendarDays(from, DEFAULT_ROTA_DAYS - 1);
        const kinds = await organisationKinds(db, [...actor.scope]);
        const practices = [...kinds.entries()]
          .filter(([, o]) => o.kind === 'practice')
          .map(([id, o]) => ({ id, name: o.name }))
          .sort((a, b) => a.name.localeCompare(b.name));
        const practiceIds = practices.map((p) => p.id);
        const [clinicians, rows] = await Promise.all([
          staffCovering(db, practiceIds, DUTY_ROLES),
          listDutyRota(db, practiceIds, from, to),
        ]);
        return {
          from,
          to,
          practices,
          clinicians: clinicians.map((c) => ({
            id: c.id,
            name: c.name,
            practiceIds: [...c.organisationIds],
          })),
          entries: rows.map((r) => ({
            practiceId: r.practiceId,
            date: r.date,
            userId: r.userId,
            userName: r.userName,
          })),
        };
      },
    );

    app.put(
      '/api/duty-rota',
      {
        schema: {
          tags,
          summary: 'Put a clinician on duty for a practice and day, or (userId null) clear the day',
          body: ZDutyRotaBody,
          response: { 200: ZDutyRotaEntry, ...errorResponses },
        },
      },
      async (request) => {
        const actor = requireRole(request, 'lead', 'ot');
        return setDutyRota(db, { actor, ip: request.ip, at: clock.now() }, request.body);
      },
    );

    app.get(
      '/api/safety-settings',
      {
        schema: {
          tags,
          summary: "Each organisation's safeguarding lead, acknowledgement time and practice email",
          response: { 200: ZSafetySettingsList, ...errorResponses },
        },
      },
      async (request) => {
        const actor = requireRole(request, 'admin', 'lead');
        const scope = [...actor.scope];
        const [settings, users] = await Promise.all([
          listSafetySettings(db, scope),
          staffCovering(db, scope, LEAD_ROLES),
        ]);
        return {
          settings,
          users: users.map((u) => ({
            id: u.id,
            name: u.name,
            organisationIds: [...u.organisationIds],
          })),
        };
      },
    );

    app.put(
      '/api/safety-settings/:organisationId',
      {
        schema: {
          tags,
          summary:
            "Set an organisation's safeguarding lead, acknowledgement time and practice email",
          params: ZOrganisationParams,
          body: ZSafetySettingsBody,
          response: { 200: ZSafetySettings, ...errorResponses },
        },
      },
      async (request) => {
        const actor = requireRole(request, 'admin', 'lead');
        return setSafetySettings(
          db,
          { actor, ip: request.ip, at: clock.now() },
          request.params.organisationId,
          request.body,
        );
      },
    );
  };
}
