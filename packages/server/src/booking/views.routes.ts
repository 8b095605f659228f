/**
 * What OTs and leads look at: an OT's diary (day or week), their caseload with contacts this
 * week against a target of 32 (seed 002), the service's capacity per week (places offered,
 * booked, unused, did-not-attend rate), and the appointments as GP appointment data (CSV).
 */
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import {
  addCalendarDays,
  DID_NOT_ATTEND_RATE,
  DISCLOSURE_RULE,
  didNotAttendRate,
  type Clock,
  startOfLondonDayMs,
  toGpadCsv,
  toGpadRow,
  type SlotGpad,
  ZRequestCommunicationNeeds,
  ZDiary,
} from '@everyday/core';
import type { PatientAccess } from '../access/patient-access.js';
import { accessContext, requireRole } from '../auth/guards.js';
import { requestOrganisation } from '../front-door/request.repository.js';
import { AppError } from '../http/app-error.js';
import { errorResponses, isoDate } from '../http/schemas.js';
import { communicationNeedsOfRow } from '../record/episode-dto.js';
import { toSlot } from './slot-dto.js';
import { listSlots } from './slot.repository.js';
import {
  capacityByWeek,
  caseload,
  communicationOfRequest,
  contactsInWeek,
  diaryAppointments,
  gpadAppointments,
  type CapacityWeek,
} from './views.repository.js';

export const CONTACTS_PER_WEEK_TARGET = 32;

function londonRange(from: string, days: number) {
  return {
    start: new Date(startOfLondonDayMs(from)),
    end: new Date(startOfLondonDayMs(addCalendarDays(from, days))),
  };
}

/** Monday of the London week containing a date. */
function mondayOf(date: string): string {
  const day = new Date(`${date}T12:00:00Z`).getUTCDay();
  return addCalendarDays(date, -((day + 6) % 7));
}

export function viewRoutes(access: PatientAccess, clock: Clock): FastifyPluginAsyncZod {
  return async (app) => {
    const tags = ['views'];
    const today = () => clock.today();

    app.get(
      '/api/diary',
      {
        schema: {
          tags,
          summary: "An OT's diary for a day or a week",
          querystring: z
            .object({
              otId: z.uuid().optional(),
              from: isoDate.optional(),
              days: z.coerce.number().int().min(1).max(14).default(7),
            })
            .strict(),
          response: {
            200: ZDiary,
            ...errorResponses,
          },
        },
      },
      async (request) => {
        const actor = requireRole(request, 'ot');
        const otId = request.query.otId ?? actor.userId;
        const { start, end } = londonRange(request.query.from ?? today(), request.query.days);
        const slots = await access.withAggregateRead(
          accessContext(request, actor),
          { resourceType: 'slot', purpose: 'diary' },
          (trx) => listSlots(trx, { from: start, until: end, otId, limit: 2000 }),
        );
        const appts = await access.withPatientSearch(
          accessContext(request, actor),
          { level: 'clinical', resourceType: 'appointment', purpose: 'diary' },
          (trx, scope) => diaryAppointments(trx, otId, start, end, scope),
        );
        return {
          slots: slots.map((s) => ({
            ...toSlot(s),
            appointments: appts
              .filter((a) => a.slot_id === s.id)
              .map((a) => ({
                id: a.id,
                status: a.status,
                seat: a.seat,
                name: `${a.given_name} ${a.family_name}`,
                reference: a.reference,
                pathway: a.pathway,
                episodeId: a.episode_id,
                communicationNeeds: communicationNeedsOfRow(a),
              })),
          })),
        };
      },
    );

    app.get(
      '/api/requests/:id/communication-needs',
      {
        schema: {
          tags,
          summary:
            "How to speak and write to a request's person: large print, interpreter, written language (the booking page)",
          params: z.object({ id: z.uuid() }).strict(),
          response: { 200: ZRequestCommunicationNeeds, ...errorResponses },
        },
      },
      async (request) => {
        const actor = requireRole(request, 'ot', 'clinician');
        const { id: requestId } = request.params;
        return access.withPatientRecord(
          accessContext(request, actor),
          {
            action: 'read',
            level: 'clinical',
            resourceType: 'request',
            resourceId: requestId,
            organisation: requestOrganisation(requestId),
          },
          async (trx) => {
            const row = await communicationOfRequest(trx, requestId);
            if (!row) throw new AppError('not_found', 'There is no such request');
            return { communicationNeeds: communicationNeedsOfRow(row) };
          },
        );
      },
    );

    app.get(
      '/api/caseload',
      {
        schema: {
          tags,
          summary: "An OT's open episodes and contacts this week against the target",
          response: {
            200: z.object({
              episodes: z.array(
                z.object({
                  id: z.uuid(),
                  name: z.string(),
                  pathway: z.string(),
                  tier: z.string(),
                  sessionsUsed: z.number(),
                  sessionLimit: z.number(),
                  nextAppointment: z.string().nullable(),
                  reviewFlagged: z.boolean(),
                  reviewReason: z.string().nullable(),
                }),
              ),
              contactsThisWeek: z.number(),
              target: z.number(),
            }),
            ...errorResponses,
          },
        },
      },
      async (request) => {
        const actor = requireRole(request, 'ot');
        const rows = await access.withPatientSearch(
          accessContext(request, actor),
          { level: 'clinical', resourceType: 'episode', purpose: 'caseload' },
          (trx, scope) => caseload(trx, actor.userId, scope),
        );
        const week = londonRange(mondayOf(today()), 7);
        const contactsThisWeek = async () => {
          const [n] = await access.withAggregateRead(
            accessContext(request, actor),
            { resourceType: 'appointment', purpose: 'contacts this week' },
            async (trx, scope) => [
              await contactsInWeek(trx, actor.userId, week.start, week.end, scope),
            ],
          );
          return n ?? 0;
        };
        return {
          episodes: rows.map((e) => ({
            id: e.id,
            name: `${e.given_name} ${e.family_name}`,
            pathway: e.pathway,
            tier: e.tier,
            sessionsUsed: e.sessions_used,
            sessionLimit: e.session_limit,
            nextAppointment: e.next_appointment ? new Date(e.next_appointment).toISOString() : null,
            reviewFlagged: e.review_flagged_at !== null,
            reviewReason: e.review_reason,
          })),
          contactsThisWeek: await contactsThisWeek(),
          target: CONTACTS_PER_WEEK_TARGET,
        };
      },
    );

    app.get(
      '/api/capacity',
      {
        schema: {
          tags,
          summary: 'Places offered, booked, unused and missed, per week',
          querystring: z
            .object({
              from: isoDate.optional(),
              weeks: z.coerce.number().int().min(1).max(52).default(4),
            })
            .strict(),
          response: {
            200: z.object({
              weeks: z.array(
                z.object({
                  weekStarting: z.string(),
                  offered: z.number(),
                  booked: z.number().nullable(),
                  unused: z.number().nullable(),
                  attended: z.number().nullable(),
                  didNotAttend: z.number().nullable(),
                  didNotAttendRate: z.number().nullable(),
                }),
              ),
              /** What the figures mean and where they come from. */
              definitions: z.object({
                offered: z.string(),
                booked: z.string(),
                didNotAttendRate: z.string(),
                source: z.string(),
              }),
              /** The small-number rule, when it was applied (a caller without patient access). */
              disclosure: z.object({ rule: z.string(), summary: z.string() }).nullable(),
            }),
            ...errorResponses,
          },
        },
      },
      async (request) => {
        const actor = requireRole(request, 'ot', 'lead', 'admin');
        const { start, end } = londonRange(
          mondayOf(request.query.from ?? today()),
          request.query.weeks * 7,
        );
        const view = await access.withAggregateView<
          CapacityWeek,
          'booked' | 'attended' | 'dna' | 'seen'
        >(
          accessContext(request, actor),
          {
            resourceType: 'appointment',
            purpose: 'capacity',
            disclose: ['booked', 'attended', 'dna', 'seen'],
          },
          (trx, scope) => capacityByWeek(trx, start, end, scope),
        );
        return {
          weeks: view.rows.map((w) => ({
            weekStarting: w.week,
            offered: w.offered,
            booked: w.booked,
            unused: w.booked === null ? null : Math.max(0, w.offered - w.booked),
            attended: w.attended,
            didNotAttend: w.dna,
            didNotAttendRate: didNotAttendRate(w.dna, w.seen),
          })),
          definitions: {
            offered:
              'Places in clinics that serve your organisations (a clinic shared with other practices counts in full)',
            booked: 'Places booked by people registered with your organisations, attended or not',
            didNotAttendRate: DID_NOT_ATTEND_RATE.definition,
            source: `Everyday's appointments and slots; ${DID_NOT_ATTEND_RATE.source}`,
          },
          disclosure: view.disclosureControlled
            ? { rule: DISCLOSURE_RULE.name, summary: DISCLOSURE_RULE.summary }
            : null,
        };
      },
    );

    app.get(
      '/api/appointments/gpad.csv',
      {
        schema: {
          tags,
          summary: 'Appointments as GP appointment data (CSV)',
          querystring: z.object({ from: isoDate, to: isoDate }).strict(),
          response: { 200: z.string(), ...errorResponses },
        },
      },
      async (request, reply) => {
        const actor = requireRole(request, 'ot', 'lead', 'admin');
        const { start } = londonRange(request.query.from, 1);
        const { start: end } = londonRange(addCalendarDays(request.query.to, 1), 1);
        const rows = await access.withAggregateRead(
          accessContext(request, actor),
          { resourceType: 'appointment', purpose: 'GP appointment data export' },
          (trx, scope) => gpadAppointments(trx, start, end, scope),
        );
        const gpadRows = rows
          .map((r) =>
            toGpadRow({
              start: r.starts_at.toISOString(),
              bookedAt: r.booked_at.toISOString(),
              practiceOdsCode: r.ods_code ?? '',
              status: r.status,
              gpad: {
                nationalCategory: r.gpad_national_category,
                serviceSetting: r.gpad_service_setting,
                mode: r.gpad_mode,
              } as SlotGpad,
            }),
          )
          .filter((r) => r !== null);
        return reply
          .type('text/csv; charset=utf-8')
          .header(
            'content-disposition',
            `attachment; filename="everyday-gpad-${request.query.from}-to-${request.query.to}.csv"`,
          )
          .send(toGpadCsv(gpadRows));
      },
    );
  };
}
