/**
 * Booking by the person: staff send a signed, expiring link (to the person, or with their
 * agreement to a carer or referrer) with a short code, or print a letter with the code; the
 * person opens the link or types the code at /book (no account), chooses from the times offered
 * for their pathway, and can cancel and choose again.
 */
import { ZSelfBookingView, type Clock } from '@everyday/core';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import type { AccessContext, PatientAccess } from '../access/patient-access.js';
import { accessContext, requireRole } from '../auth/guards.js';
import { AppError } from '../http/app-error.js';
import { rateLimitHook } from '../http/rate-limit.js';
import { errorResponses } from '../http/schemas.js';
import type { ServiceContact } from '../config.js';
import { requestOrganisation } from '../front-door/request.repository.js';
import { bookAppointment } from './book-appointment.js';
import { queueCancellationMessage } from './cancellation-message.js';
import { verifyBookingToken } from './booking-link.js';
import { exchangeBookingCode } from './exchange-booking-code.js';
import { listLinkRecipients } from './list-link-recipients.js';
import { printBookingLetter } from './print-booking-letter.js';
import { sendBookingLink, type LinkRecipient } from './send-booking-link.js';
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
  /** The service's address and phone, for the booking letter (null parts: not configured). */
  readonly serviceContact: ServiceContact;
  /** Codes typed at /book allowed per client address per 10 minutes. */
  readonly codeRateLimit: number;
}

const ZTypedContact = z
  .object({
    name: z.string().trim().min(1, 'Enter their name').max(200),
    relationship: z.string().trim().min(1, 'Enter how they know the person').max(100),
    phone: z.string().trim().max(30).optional(),
    email: z.email('Enter an email address like name@example.com').max(254).optional(),
  })
  .strict();

/** What the OT asks for: who gets the link, and the person's agreement for anyone else. */
export const ZSendBookingLinkBody = z
  .object({
    expiresInDays: z.number().int().min(1).max(30).default(7),
    /** False: make the link and code without sending (to read out, or for a letter). */
    send: z.boolean().default(true),
    recipient: z.enum(['person', 'contact']).default('person'),
    /** The person agrees to the link going to their contact: required for 'contact'. */
    consent: z.boolean().optional(),
    /** A contact the OT types; absent, the carer or referrer named on the request. */
    contact: ZTypedContact.optional(),
  })
  .strict()
  .superRefine((b, ctx) => {
    if (b.send && b.recipient === 'contact' && b.consent !== true)
      ctx.addIssue({
        code: 'custom',
        path: ['consent'],
        message: 'Confirm the person agrees to their booking link going to this contact',
        params: { code: 'consent_required' },
      });
  });

const ZSentBookingLink = z.object({
  link: z.string(),
  expiresAt: z.string(),
  code: z.string(),
  sent: z.boolean(),
  sentTo: z.discriminatedUnion('kind', [
    z.object({ kind: z.literal('person') }),
    z.object({ kind: z.literal('contact'), name: z.string(), relationship: z.string() }),
    z.object({ kind: z.literal('none') }),
  ]),
});

const ZLinkRecipients = z.object({
  person: z.object({ reachable: z.boolean(), channel: z.enum(['sms', 'email']).nullable() }),
  contact: z
    .object({ name: z.string(), relationship: z.string(), reachable: z.boolean() })
    .nullable(),
  hasAddress: z.boolean(),
});

export function selfBookingRoutes(o: SelfBookingOptions): FastifyPluginAsyncZod {
  const { db, access, clock } = o;
  return async (app) => {
    const tags = ['booking'];
    const limited = rateLimitHook(
      db,
      { name: 'booking-links', limit: o.rateLimit, windowSeconds: 600 },
      clock,
    );
    // Codes are short, so guessing is limited harder than opening a link.
    const limitedCodes = rateLimitHook(
      db,
      { name: 'booking-codes', limit: o.codeRateLimit, windowSeconds: 600 },
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

    const linkDeps = { secret: o.secret, publicUrl: o.publicUrl, clock };
    const staffAccess = (id: string) =>
      ({
        action: 'update',
        level: 'demographics',
        resourceType: 'request',
        resourceId: id,
        organisation: requestOrganisation(id),
      }) as const;

    app.get(
      '/api/requests/:id/booking-link',
      {
        schema: {
          tags,
          summary: 'Who a booking link can go to: the person, their carer or referrer, a letter',
          params: z.object({ id: z.uuid() }),
          response: { 200: ZLinkRecipients, ...errorResponses },
        },
      },
      async (request) => {
        const actor = requireRole(request, 'ot', 'navigator');
        const id = request.params.id;
        return access.withPatientRecord(
          accessContext(request, actor),
          { ...staffAccess(id), action: 'read' },
          (trx) => listLinkRecipients(trx, id),
        );
      },
    );

    app.post(
      '/api/requests/:id/booking-link',
      {
        schema: {
          tags,
          summary:
            'Make a self-booking link and short code for a request on the waiting list, and send it to the person or, with their agreement, to their carer or referrer',
          params: z.object({ id: z.uuid() }),
          body: ZSendBookingLinkBody,
          response: { 201: ZSentBookingLink, ...errorResponses },
        },
      },
      async (request, reply) => {
        const actor = requireRole(request, 'ot', 'navigator');
        const id = request.params.id;
        const body = request.body;
        const recipient: LinkRecipient = !body.send
          ? { kind: 'none' }
          : body.recipient === 'contact'
            ? { kind: 'contact', contact: body.contact, consent: true }
            : { kind: 'person' };
        const result = await access.withPatientRecord(
          accessContext(request, actor),
          staffAccess(id),
          (trx) =>
            sendBookingLink(
              trx,
              {
                requestId: id,
                recipient,
                expiresInDays: body.expiresInDays,
                userId: actor.userId,
              },
              linkDeps,
            ),
        );
        return reply.status(201).send({
          link: result.link,
          expiresAt: result.expiresAt,
          code: result.code,
          sent: result.sent,
          sentTo: result.sentTo,
        });
      },
    );

    app.get(
      '/api/requests/:id/booking-letter.pdf',
      {
        schema: {
          tags,
          summary: 'A letter with a new short code for the booking link, to print and post',
          params: z.object({ id: z.uuid() }),
          produces: ['application/pdf'],
        },
      },
      async (request, reply) => {
        const actor = requireRole(request, 'ot', 'navigator');
        const id = request.params.id;
        const letter = await access.withPatientRecord(
          accessContext(request, actor),
          { ...staffAccess(id), resourceType: 'booking_letter' },
          (trx) =>
            printBookingLetter(
              trx,
              { requestId: id, userId: actor.userId },
              { ...linkDeps, service: o.serviceContact },
            ),
        );
        return reply
          .headers({
            'content-type': 'application/pdf',
            'content-disposition': 'inline; filename="booking-letter.pdf"',
            'cache-control': 'no-store',
          })
          .send(letter.pdf);
      },
    );

    app.post(
      '/api/book/code',
      {
        onRequest: limitedCodes,
        schema: {
          tags,
          summary: 'Exchange the short code from a letter or phone call for the booking link',
          body: z
            .object({
              code: z
                .string()
                .trim()
                .min(1, 'Enter the code from your letter or phone call')
                .max(40),
            })
            .strict(),
          response: {
            200: z.object({ token: z.string(), url: z.string(), language: z.enum(['en', 'cy']) }),
            ...errorResponses,
          },
        },
      },
      async (request) =>
        exchangeBookingCode(
          access,
          { code: request.body.code, ip: request.ip },
          { clock, secret: o.secret },
        ).then(({ token, url, language }) => ({ token, url, language })),
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
