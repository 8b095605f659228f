/**
 * Sites, clinic templates, staff leave and one-off changes. Every change brings the slots of
 * the OT concerned back in step and reports any booked slot that no longer fits.
 */
import type { Clock } from '@everyday/core';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import type { PatientAccess } from '../access/patient-access.js';
import { accessContext, requireRole } from '../auth/guards.js';
import { writeAuditEvent } from '../audit/audit-log.js';
import { errorResponses } from '../http/schemas.js';
import { changeClinicDay } from './change-clinic-day.js';
import type { ClinicDeps } from './clinic-change.js';
import { insertSite, listSites, listTemplates, type ClinicDb } from './clinic.repository.js';
import {
  ZExceptionBody,
  ZLeaveBody,
  ZSyncReport,
  ZTemplate,
  ZTemplateBody,
} from './clinic.schema.js';
import { recordStaffLeave } from './record-staff-leave.js';
import { saveClinicTemplate } from './save-clinic-template.js';
import { stopClinicTemplate } from './stop-clinic-template.js';

export function clinicRoutes(
  db: ClinicDb,
  access: PatientAccess,
  clock: Clock,
): FastifyPluginAsyncZod {
  const deps: ClinicDeps = { access, clock };
  return async (app) => {
    const tags = ['clinics'];

    app.get(
      '/api/sites',
      {
        schema: {
          tags,
          summary: 'Sites where clinics run',
          response: {
            200: z.object({
              sites: z.array(
                z.object({
                  id: z.uuid(),
                  name: z.string(),
                  organisationId: z.uuid(),
                  address: z.string().nullable(),
                }),
              ),
            }),
            ...errorResponses,
          },
        },
      },
      async (request) => {
        requireRole(request, 'ot', 'admin', 'lead', 'navigator', 'clinician');
        const rows = await listSites(db);
        return {
          sites: rows.map((s) => ({
            id: s.id,
            name: s.name,
            organisationId: s.organisation_id,
            address: s.address,
          })),
        };
      },
    );

    app.post(
      '/api/sites',
      {
        schema: {
          tags,
          summary: 'Add a site',
          body: z
            .object({
              name: z.string().trim().min(1).max(200),
              organisationId: z.uuid(),
              address: z.string().trim().max(500).optional(),
            })
            .strict(),
          response: { 201: z.object({ id: z.uuid() }), ...errorResponses },
        },
      },
      async (request, reply) => {
        const actor = requireRole(request, 'admin', 'ot');
        const id = await insertSite(db, {
          name: request.body.name,
          organisationId: request.body.organisationId,
          address: request.body.address ?? null,
        });
        await writeAuditEvent(db, {
          userId: actor.userId,
          actorLabel: actor.email,
          action: 'create',
          resourceType: 'site',
          resourceId: id,
          organisationId: request.body.organisationId,
          ip: request.ip,
          outcome: 'allowed',
        });
        return reply.status(201).send({ id });
      },
    );

    app.get(
      '/api/clinic-templates',
      {
        schema: {
          tags,
          summary: 'Clinic templates',
          response: { 200: z.object({ templates: z.array(ZTemplate) }), ...errorResponses },
        },
      },
      async (request) => {
        requireRole(request, 'ot', 'admin', 'lead');
        return { templates: await listTemplates(db) };
      },
    );

    app.post(
      '/api/clinic-templates',
      {
        schema: {
          tags,
          summary: 'Add a clinic template; its slots are made up to the booking horizon',
          body: ZTemplateBody,
          response: {
            201: z.object({ template: ZTemplate, sync: ZSyncReport }),
            ...errorResponses,
          },
        },
      },
      async (request, reply) => {
        const actor = requireRole(request, 'ot', 'admin');
        const { template, sync } = await saveClinicTemplate(
          accessContext(request, actor),
          { actor, templateId: null, body: request.body },
          deps,
        );
        return reply.status(201).send({ template, sync });
      },
    );

    app.put(
      '/api/clinic-templates/:id',
      {
        schema: {
          tags,
          summary: 'Change a clinic template; slots follow',
          params: z.object({ id: z.uuid() }),
          body: ZTemplateBody,
          response: {
            200: z.object({ template: ZTemplate, sync: ZSyncReport }),
            ...errorResponses,
          },
        },
      },
      async (request) => {
        const actor = requireRole(request, 'ot', 'admin');
        const { template, sync } = await saveClinicTemplate(
          accessContext(request, actor),
          { actor, templateId: request.params.id, body: request.body },
          deps,
        );
        return { template, sync };
      },
    );

    app.delete(
      '/api/clinic-templates/:id',
      {
        schema: {
          tags,
          summary: 'Stop a clinic template; unbooked slots are withdrawn',
          params: z.object({ id: z.uuid() }),
          response: { 200: z.object({ sync: ZSyncReport }), ...errorResponses },
        },
      },
      async (request) => {
        const actor = requireRole(request, 'ot', 'admin');
        return stopClinicTemplate(
          accessContext(request, actor),
          { actor, templateId: request.params.id },
          deps,
        );
      },
    );

    app.post(
      '/api/staff-leave',
      {
        schema: {
          tags,
          summary: 'Record leave; the OT’s slots in it are withdrawn',
          body: ZLeaveBody,
          response: { 201: z.object({ id: z.uuid(), sync: ZSyncReport }), ...errorResponses },
        },
      },
      async (request, reply) => {
        const actor = requireRole(request, 'ot', 'admin');
        const result = await recordStaffLeave(
          accessContext(request, actor),
          { actor, body: request.body },
          deps,
        );
        return reply.status(201).send(result);
      },
    );

    app.post(
      '/api/clinic-templates/:id/exceptions',
      {
        schema: {
          tags,
          summary: 'Cancel or move one day of a clinic',
          params: z.object({ id: z.uuid() }),
          body: ZExceptionBody,
          response: { 201: z.object({ sync: ZSyncReport }), ...errorResponses },
        },
      },
      async (request, reply) => {
        const actor = requireRole(request, 'ot', 'admin');
        const result = await changeClinicDay(
          accessContext(request, actor),
          { actor, templateId: request.params.id, body: request.body },
          deps,
        );
        return reply.status(201).send(result);
      },
    );
  };
}
