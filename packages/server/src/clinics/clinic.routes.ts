/**
 * Sites, clinic templates, staff leave and one-off changes. Every change brings the slots of
 * the OT concerned back in step and reports any booked slot that no longer fits.
 */
import type { Clock } from '@everyday/core';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import type { Kysely } from 'kysely';
import { z } from 'zod';
import { defaultGpadFor, validateTemplate } from '@everyday/core';
import { writeAuditEvent } from '../audit/audit-log.js';
import type { Actor } from '../auth/actor.js';
import { requireRole } from '../auth/guards.js';
import type { Database } from '../db/schema.js';
import { AppError } from '../http/app-error.js';
import { errorResponses } from '../http/schemas.js';
import {
  ZExceptionBody,
  ZLeaveBody,
  ZSyncReport,
  ZTemplate,
  ZTemplateBody,
  type TTemplateBody,
} from './clinic.schema.js';
import { syncSlots, toClinicTemplate } from './slot-sync.js';

async function listTemplates(db: Kysely<Database>, id?: string) {
  let q = db
    .selectFrom('clinic_templates')
    .innerJoin('users', 'users.id', 'clinic_templates.ot_id')
    .innerJoin('sites', 'sites.id', 'clinic_templates.site_id')
    .selectAll('clinic_templates')
    .select(['users.name as ot_name', 'sites.name as site_name'])
    .orderBy('users.name')
    .orderBy('clinic_templates.name');
  if (id) q = q.where('clinic_templates.id', '=', id);
  const rows = await q.execute();
  return rows.map((r) => ({
    id: r.id,
    otId: r.ot_id,
    otName: r.ot_name,
    siteId: r.site_id,
    siteName: r.site_name,
    name: r.name,
    weekdays: r.weekdays,
    startTime: r.start_time,
    endTime: r.end_time,
    slotMinutes: r.slot_minutes,
    mode: r.mode,
    capacity: r.capacity,
    pathway: r.pathway,
    nation: r.nation,
    gpad: {
      nationalCategory: r.gpad_national_category,
      serviceSetting: r.gpad_service_setting,
      mode: r.gpad_mode,
    },
    validFrom: r.valid_from,
    validUntil: r.valid_until,
    active: r.active,
  }));
}

/** An OT manages their own clinics; an admin anyone's. */
function ownerFor(actor: Actor, otId: string | undefined): string {
  if (otId === undefined || otId === actor.userId) {
    if (!actor.roles.includes('ot') && !actor.roles.includes('admin'))
      throw new AppError('forbidden', 'You do not have permission to do this');
    return otId ?? actor.userId;
  }
  if (!actor.roles.includes('admin'))
    throw new AppError('forbidden', 'Only an administrator can manage another OT’s clinics');
  return otId;
}

/** The OT whose clinic template this is, after checking the actor may change it. */
async function templateOwnedBy(
  db: Kysely<Database>,
  actor: Actor,
  templateId: string,
): Promise<string> {
  const row = await db
    .selectFrom('clinic_templates')
    .select(['ot_id'])
    .where('id', '=', templateId)
    .executeTakeFirst();
  if (!row) throw new AppError('not_found', 'No such clinic template');
  return ownerFor(actor, row.ot_id);
}

function templateRow(body: TTemplateBody, otId: string) {
  const gpad = body.gpad ?? defaultGpadFor(body.mode);
  return {
    ot_id: otId,
    site_id: body.siteId,
    name: body.name,
    weekdays: [...new Set(body.weekdays)].sort(),
    start_time: body.startTime,
    end_time: body.endTime,
    slot_minutes: body.slotMinutes,
    mode: body.mode,
    capacity: body.capacity,
    pathway: body.pathway ?? null,
    nation: body.nation,
    gpad_national_category: gpad.nationalCategory,
    gpad_service_setting: gpad.serviceSetting,
    gpad_mode: gpad.mode,
    valid_from: body.validFrom,
    valid_until: body.validUntil ?? null,
  };
}

function checkTemplate(row: ReturnType<typeof templateRow>): void {
  const problems = validateTemplate(
    toClinicTemplate({
      ...row,
      id: 'new',
      weekdays: row.weekdays,
      active: true,
      created_by: null,
      created_at: new Date(),
      updated_at: new Date(),
    }),
  );
  if (problems.length > 0) {
    throw new AppError('validation', 'Check the answers shown and try again', {
      fields: problems.map((p) => ({ path: p.field, code: p.code, message: p.message })),
    });
  }
}

export function clinicRoutes(db: Kysely<Database>, clock: Clock): FastifyPluginAsyncZod {
  return async (app) => {
    const tags = ['clinics'];
    const today = () => clock.today();
    const audit = (
      actor: Actor,
      ip: string,
      action: 'create' | 'update',
      type: string,
      id: string,
    ) =>
      writeAuditEvent(db, {
        userId: actor.userId,
        actorLabel: actor.email,
        action,
        resourceType: type,
        resourceId: id,
        organisationId: null,
        ip,
        outcome: 'allowed',
      });

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
        const rows = await db.selectFrom('sites').selectAll().orderBy('name').execute();
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
        const row = await db
          .insertInto('sites')
          .values({
            name: request.body.name,
            organisation_id: request.body.organisationId,
            address: request.body.address ?? null,
          })
          .returning('id')
          .executeTakeFirstOrThrow();
        await audit(actor, request.ip, 'create', 'site', row.id);
        return reply.status(201).send({ id: row.id });
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
        const otId = ownerFor(actor, request.body.otId);
        const row = templateRow(request.body, otId);
        checkTemplate(row);
        const { id } = await db
          .insertInto('clinic_templates')
          .values({ ...row, created_by: actor.userId })
          .returning('id')
          .executeTakeFirstOrThrow();
        await audit(actor, request.ip, 'create', 'clinic_template', id);
        const sync = await syncSlots(db, { from: today(), otId });
        const [template] = await listTemplates(db, id);
        if (!template) throw new Error('A template just created could not be read back');
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
        const existing = { ot_id: await templateOwnedBy(db, actor, request.params.id) };
        const row = templateRow(request.body, existing.ot_id);
        checkTemplate(row);
        await db
          .updateTable('clinic_templates')
          .set({ ...row, updated_at: new Date() })
          .where('id', '=', request.params.id)
          .execute();
        await audit(actor, request.ip, 'update', 'clinic_template', request.params.id);
        const sync = await syncSlots(db, { from: today(), otId: existing.ot_id });
        const [template] = await listTemplates(db, request.params.id);
        if (!template) throw new AppError('not_found', 'No such clinic template');
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
        const existing = { ot_id: await templateOwnedBy(db, actor, request.params.id) };
        await db
          .updateTable('clinic_templates')
          .set({ active: false, updated_at: new Date() })
          .where('id', '=', request.params.id)
          .execute();
        await audit(actor, request.ip, 'update', 'clinic_template', request.params.id);
        return { sync: await syncSlots(db, { from: today(), otId: existing.ot_id }) };
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
        const otId = ownerFor(actor, request.body.otId);
        const { id } = await db
          .insertInto('staff_leave')
          .values({
            ot_id: otId,
            starts_on: request.body.startsOn,
            ends_on: request.body.endsOn,
            reason: request.body.reason ?? null,
          })
          .returning('id')
          .executeTakeFirstOrThrow();
        await audit(actor, request.ip, 'create', 'staff_leave', id);
        return reply.status(201).send({ id, sync: await syncSlots(db, { from: today(), otId }) });
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
        const existing = { ot_id: await templateOwnedBy(db, actor, request.params.id) };
        const b = request.body;
        await db
          .insertInto('template_exceptions')
          .values({
            template_id: request.params.id,
            date: b.date,
            kind: b.kind,
            start_time: b.startTime ?? null,
            end_time: b.endTime ?? null,
            reason: b.reason ?? null,
          })
          .onConflict((oc) =>
            oc.columns(['template_id', 'date']).doUpdateSet({
              kind: b.kind,
              start_time: b.startTime ?? null,
              end_time: b.endTime ?? null,
              reason: b.reason ?? null,
            }),
          )
          .execute();
        await audit(actor, request.ip, 'update', 'clinic_template', request.params.id);
        return reply
          .status(201)
          .send({ sync: await syncSlots(db, { from: today(), otId: existing.ot_id }) });
      },
    );
  };
}
