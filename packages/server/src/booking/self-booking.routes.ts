/**
 * Booking by the person: staff send a signed, expiring link; the person opens it (no account),
 * chooses from the times offered for their pathway, and can cancel and choose again.
 */
import { ZSelfBookingView, type Clock } from '@everyday/core';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import type { AccessContext, PatientAccess } from '../access/patient-access.js';
import { accessContext, requireRole } from '../auth/guards.js';
import { AppError } from '../http/app-error.js';
import { rateLimitHook } from '../http/rate-limit.js';
import { errorResponses } from '../http/schemas.js';
import { contactRouteFor } from '../messages/contact-route.js';
import { findPerson } from '../people/person.repository.js';
import { enqueueMessage, requestOrganisation } from '../front-door/request.repository.js';
import { bookAppointment } from './book-appointment.js';
import { queueCancellationMessage } from './cancellation-message.js';
import { bookingLinkFor, verifyBookingToken } from './booking-link.js';
import {
  bookedAppointmentOfRequest,
  requestForBooking,
  setAppointmentStatus,
} from './booking.repository.js';
import { toSlot } from './slot-dto.js';
import { findSlot, listSlots, siteName, type BookingDb } from './slot.repository.js';

export interface SelfBookingOptions {
  readonly db: BookingDb;
  readonly access: PatientAccess;
  readonly secret: string;
  readonly publicUrl: string;
  readonly clock: Clock;
  readonly rateLimit: number;
  /** The service's phone number, shown when no times are free (null: not configured). */
  readonly servicePhone: string | null;
}

export function selfBookingRoutes(o: SelfBookingOptions): FastifyPluginAsyncZod {
  const { db, access, clock } = o;
  return async (app) => {
    const tags = ['booking'];
    const limited = rateLimitHook(
      db,
      { name: 'booking-links', limit: o.rateLimit, windowSeconds: 600 },
      clock,
    );

    function linkContext(
      token: string,
      ip: string,
    ): { context: AccessContext; requestId: string; expiresAt: string } {
      const check = verifyBookingToken(o.secret, token, clock.now());
      if (!check.ok) {
        throw check.problem === 'expired'
          ? new AppError(
              'not_found',
              'This booking link has expired. Contact the service for a new one.',
            )
          : new AppError('not_found', 'This booking link is not valid.');
      }
      return {
        context: { principal: { kind: 'link', linkId: check.claims.requestId }, ip },
        requestId: check.claims.requestId,
        expiresAt: new Date(check.claims.exp * 1000).toISOString(),
      };
    }

    app.post(
      '/api/requests/:id/booking-link',
      {
        schema: {
          tags,
          summary: 'Make a self-booking link for a request on the waiting list, and send it',
          params: z.object({ id: z.uuid() }),
          body: z
            .object({
              expiresInDays: z.number().int().min(1).max(30).default(7),
              send: z.boolean().default(true),
            })
            .strict(),
          response: {
            201: z.object({ link: z.string(), expiresAt: z.string(), sent: z.boolean() }),
            ...errorResponses,
          },
        },
      },
      async (request, reply) => {
        const actor = requireRole(request, 'ot', 'navigator');
        const id = request.params.id;
        const result = await access.withPatientRecord(
          accessContext(request, actor),
          {
            action: 'update',
            level: 'demographics',
            resourceType: 'request',
            resourceId: id,
            organisation: requestOrganisation(id),
          },
          async (trx) => {
            const r = await requestForBooking(trx, id);
            if (!r || (r.status !== 'waiting' && r.status !== 'booked'))
              throw new AppError(
                'conflict',
                'Only requests on the waiting list can be sent a booking link',
              );
            const person = r.person_id ? await findPerson(trx, r.person_id) : undefined;
            const addressed = contactRouteFor(person, r);
            // The link opens in the language the person is written to in (issue 16 item 3).
            const link = bookingLinkFor(
              o.secret,
              o.publicUrl,
              id,
              clock.now(),
              request.body.expiresInDays,
              addressed?.language ?? person?.preferred_language ?? 'en',
            );
            const route = request.body.send ? addressed : undefined;
            if (route)
              await enqueueMessage(trx, {
                ...route,
                requestId: id,
                kind: 'self_booking_link',
                payload: { reference: r.reference, link: link.link },
              });
            return { ...link, sent: route !== undefined };
          },
        );
        return reply
          .status(201)
          .send({ link: result.link, expiresAt: result.expiresAt, sent: result.sent });
      },
    );

    app.get(
      '/api/book/:token',
      {
        onRequest: limited,
        schema: {
          tags,
          summary: 'What a booking link offers',
          params: z.object({ token: z.string().max(500) }),
          response: { 200: ZSelfBookingView, ...errorResponses },
        },
      },
      async (request) => {
        const { context, requestId, expiresAt } = linkContext(request.params.token, request.ip);
        return access.withPatientRecord(
          context,
          {
            action: 'read',
            level: 'demographics',
            resourceType: 'request',
            resourceId: requestId,
            organisation: requestOrganisation(requestId),
          },
          async (trx) => {
            const r = await requestForBooking(trx, requestId);
            if (!r) throw new AppError('not_found', 'This booking link is not valid.');
            const booked = await bookedAppointmentOfRequest(trx, requestId);
            const bookedSlot = booked ? await findSlot(trx, booked.slot_id) : undefined;
            const site = bookedSlot ? await siteName(trx, bookedSlot.site_id) : '';
            const slots = await listSlots(trx, {
              from: clock.now(),
              until: new Date(clock.now().getTime() + 28 * 86_400_000),
              pathway: r.pathway ?? undefined,
              availableOnly: true,
              limit: 20,
            });
            return {
              reference: r.reference,
              pathway: r.pathway,
              expiresAt,
              booked:
                booked && bookedSlot
                  ? {
                      appointmentId: booked.id,
                      startsAt: booked.starts_at.toISOString(),
                      mode: bookedSlot.mode,
                      siteName: site,
                    }
                  : null,
              slots: slots.map(toSlot),
              servicePhone: o.servicePhone,
            };
          },
        );
      },
    );

    app.post(
      '/api/book/:token',
      {
        onRequest: limited,
        schema: {
          tags,
          summary: 'Book a time from a booking link',
          params: z.object({ token: z.string().max(500) }),
          body: z.object({ slotId: z.uuid() }).strict(),
          response: {
            201: z.object({ appointmentId: z.uuid(), startsAt: z.string() }),
            ...errorResponses,
          },
        },
      },
      async (request, reply) => {
        const { context, requestId } = linkContext(request.params.token, request.ip);
        const { appointment } = await access.withPatientRecord(
          context,
          {
            action: 'create',
            level: 'clinical',
            resourceType: 'appointment',
            resourceId: null,
            organisation: requestOrganisation(requestId),
          },
          async (trx) => {
            if (await bookedAppointmentOfRequest(trx, requestId))
              throw new AppError(
                'conflict',
                'You already have an appointment. Cancel it first to choose another time.',
              );
            return bookAppointment(trx, {
              slotId: request.body.slotId,
              noSuchSlot: new AppError('validation', 'Choose a time from the list', {
                fields: [
                  { path: 'slotId', code: 'invalid_value', message: 'Choose a time from the list' },
                ],
              }),
              samePathway: true,
              requestId,
              via: 'self',
              bookedBy: null,
              roles: [],
              now: clock.now(),
            });
          },
        );
        return reply
          .status(201)
          .send({ appointmentId: appointment.id, startsAt: appointment.starts_at.toISOString() });
      },
    );

    app.post(
      '/api/book/:token/cancel',
      {
        onRequest: limited,
        schema: {
          tags,
          summary: 'Cancel the appointment made from a booking link',
          params: z.object({ token: z.string().max(500) }),
          body: z.object({ reason: z.string().trim().min(1).max(500) }).strict(),
          response: { 204: z.null(), ...errorResponses },
        },
      },
      async (request, reply) => {
        const { context, requestId } = linkContext(request.params.token, request.ip);
        await access.withPatientRecord(
          context,
          {
            action: 'update',
            level: 'clinical',
            resourceType: 'appointment',
            resourceId: null,
            organisation: requestOrganisation(requestId),
          },
          async (trx) => {
            const booked = await bookedAppointmentOfRequest(trx, requestId);
            if (!booked) throw new AppError('not_found', 'You have no appointment to cancel.');
            await setAppointmentStatus(trx, booked.id, {
              status: 'cancelled_by_person',
              reason: request.body.reason,
              by: null,
              from: 'booked',
              at: clock.now(),
            });
            await queueCancellationMessage(trx, booked.id);
            return { id: booked.id };
          },
        );
        return reply.status(204).send(null);
      },
    );
  };
}
