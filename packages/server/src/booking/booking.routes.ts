/**
 * The waiting list, finding slots, booking, and changing appointments (attended, did not attend,
 * cancelled, rebooked), each with a reason and each through the access module.
 */
import type { Clock } from '@everyday/core';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import {
  orderWaitingList,
  startOfLondonDayMs,
  waitingListSummary,
  weeksWaited,
} from '@everyday/core';
import type { PatientAccess } from '../access/patient-access.js';
import { accessContext, requireRole } from '../auth/guards.js';
import type { AppointmentRow } from '../db/schema.js';
import { AppError } from '../http/app-error.js';
import { errorResponses } from '../http/schemas.js';
import { requestOrganisation } from '../front-door/request.repository.js';
import { bookAppointment } from './book-appointment.js';
import { changeAppointment } from './change-appointment.js';
import { waitingRequests } from './booking.repository.js';
import {
  ZAppointment,
  ZBookBody,
  ZChangeBody,
  ZSlot,
  ZSlotQuery,
  ZWaitingList,
} from './booking.schema.js';
import { communicationNeedsOfRow } from '../record/episode-dto.js';
import { toSlot } from './slot-dto.js';
import { listSlots } from './slot.repository.js';

function toAppointment(a: AppointmentRow) {
  return {
    id: a.id,
    slotId: a.slot_id,
    episodeId: a.episode_id,
    startsAt: a.starts_at.toISOString(),
    status: a.status,
    seat: a.seat,
    overLimitReason: a.over_limit_reason,
    reminderDueAt: a.reminder_due_at?.toISOString() ?? null,
  };
}

export function bookingRoutes(access: PatientAccess, clock: Clock): FastifyPluginAsyncZod {
  return async (app) => {
    const tags = ['booking'];

    app.get(
      '/api/waiting-list',
      {
        schema: {
          tags,
          summary: 'Who is waiting, by pathway and tier, most urgent and longest waiting first',
          response: { 200: ZWaitingList, ...errorResponses },
        },
      },
      async (request) => {
        const actor = requireRole(request, 'ot');
        const today = clock.today();
        const rows = await access.withPatientSearch(
          accessContext(request, actor),
          { level: 'clinical', resourceType: 'request', purpose: 'waiting list' },
          (trx, scope) => waitingRequests(trx, scope),
        );
        const entries = rows.map((r) => ({
          id: r.id,
          pathway: r.pathway ?? 'daily_living',
          tier: r.tier ?? 'individualised',
          urgency: r.urgency,
          waitingSince: (r.acted_at ?? r.received_at).toISOString(),
          row: r,
        }));
        const ordered = orderWaitingList(entries);
        const summary = waitingListSummary(entries, today);
        return {
          entries: ordered.map((e) => ({
            requestId: e.id,
            reference: e.row.reference,
            person: {
              id: e.row.person_id,
              givenName: e.row.given_name,
              familyName: e.row.family_name,
              dateOfBirth: e.row.date_of_birth,
            },
            practice: { id: e.row.practice_id, name: e.row.practice_name },
            pathway: e.pathway,
            tier: e.tier,
            urgency: e.urgency,
            waitingSince: e.waitingSince,
            weeksWaited: weeksWaited(e.waitingSince, today),
            possibleDuplicate:
              e.row.possible_duplicate_count > 0 || e.row.duplicate_request_count > 0,
            needsConfirmation: e.row.needs_confirmation,
            communicationNeeds: communicationNeedsOfRow(e.row),
          })),
          summary: summary.groups.map((g) => ({
            pathway: g.pathway,
            tier: g.tier,
            count: g.count,
            longestWeeks: g.longestWaitWeeks,
          })),
          longestWeeks: summary.total.longestWaitWeeks,
          total: entries.length,
        };
      },
    );

    app.get(
      '/api/slots',
      {
        schema: {
          tags,
          summary: 'Clinic slots and how full they are',
          querystring: ZSlotQuery,
          response: { 200: z.object({ slots: z.array(ZSlot) }), ...errorResponses },
        },
      },
      async (request) => {
        const actor = requireRole(request, 'ot', 'admin', 'lead', 'navigator');
        const q = request.query;
        // A date means from London midnight that day.
        const from = q.from ? new Date(startOfLondonDayMs(q.from)) : clock.now();
        const rows = await access.withAggregateRead(
          accessContext(request, actor),
          { resourceType: 'slot', purpose: 'slots' },
          (trx) =>
            listSlots(trx, {
              from,
              until: new Date(from.getTime() + q.days * 86_400_000),
              otId: q.otId,
              siteId: q.siteId,
              mode: q.mode,
              pathway: q.pathway,
              availableOnly: q.available === 'true',
              limit: q.limit,
            }),
        );
        return { slots: rows.map(toSlot) };
      },
    );

    app.post(
      '/api/appointments',
      {
        schema: {
          tags,
          summary: 'Book a person from the waiting list into a slot',
          body: ZBookBody,
          response: { 201: z.object({ appointment: ZAppointment }), ...errorResponses },
        },
      },
      async (request, reply) => {
        const actor = requireRole(request, 'ot', 'navigator');
        const requestId = request.body.requestId;
        const { appointment } = await access.withPatientRecord(
          accessContext(request, actor),
          {
            action: 'create',
            level: 'clinical',
            resourceType: 'appointment',
            resourceId: null,
            organisation: requestOrganisation(requestId),
          },
          (trx) =>
            bookAppointment(trx, {
              slotId: request.body.slotId,
              noSuchSlot: new AppError('validation', 'Check the answers shown and try again', {
                fields: [
                  { path: 'slotId', code: 'invalid_value', message: 'Choose a time from the list' },
                ],
              }),
              requestId,
              via: 'staff',
              bookedBy: actor.userId,
              roles: actor.roles,
              overLimitReason: request.body.overLimitReason,
              now: clock.now(),
            }),
        );
        return reply.status(201).send({ appointment: toAppointment(appointment) });
      },
    );

    app.post(
      '/api/appointments/:id/changes',
      {
        schema: {
          tags,
          summary: 'Attended, did not attend, cancelled or rebooked, with a reason',
          params: z.object({ id: z.uuid() }),
          body: ZChangeBody,
          response: {
            200: z.object({
              appointment: ZAppointment,
              replacement: ZAppointment.nullable(),
              episodeFlaggedForReview: z.boolean(),
            }),
            ...errorResponses,
          },
        },
      },
      async (request) => {
        const actor = requireRole(request, 'ot', 'navigator');
        const result = await changeAppointment(
          accessContext(request, actor),
          {
            appointmentId: request.params.id,
            change: request.body,
            by: { userId: actor.userId, roles: actor.roles },
          },
          { access, clock },
        );
        return {
          appointment: toAppointment(result.appointment),
          replacement: result.replacement ? toAppointment(result.replacement) : null,
          episodeFlaggedForReview: result.episodeFlaggedForReview,
        };
      },
    );
  };
}
