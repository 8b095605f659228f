/**
 * Staff entry: navigators and clinicians record a request made by phone, at the desk or as a
 * referral; first they look for the person, and a possible match is shown, never merged.
 */
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { parseNhsNumber } from '@everyday/core';
import type { PatientAccess } from '../access/patient-access.js';
import { accessContext, requireRole } from '../auth/guards.js';
import { AppError } from '../http/app-error.js';
import { errorResponses, isoDate } from '../http/schemas.js';
import { findPersonMatches } from '../people/person.repository.js';
import { ZRequestAnswers } from './answers.schema.js';
import { idempotencyKey } from './idempotency.js';
import { ZSafetyReceipt } from './front-door.schema.js';
import { receiptOf, type RequestIntake } from './intake.js';

const ZMatchQuery = z
  .object({
    givenName: z.string().trim().min(1).max(100),
    familyName: z.string().trim().min(1).max(100),
    dateOfBirth: isoDate,
    nhsNumber: z
      .string()
      .max(20)
      .optional()
      .refine((v) => v === undefined || v.trim() === '' || parseNhsNumber(v).valid, {
        message: 'Enter a valid 10-digit NHS number',
        params: { code: 'invalid_nhs_number' },
      }),
  })
  .strict();

const ZMatch = z.object({
  id: z.uuid(),
  givenName: z.string(),
  familyName: z.string(),
  dateOfBirth: z.string().nullable(),
  nhsNumber: z.string().nullable(),
  postcode: z.string().nullable(),
  practiceId: z.uuid(),
  practiceName: z.string(),
  matchedOn: z.enum(['nhs_number', 'name_and_date_of_birth']),
});

const ZStaffRequestBody = z
  .object({
    channel: z.enum(['phone', 'desk', 'clinician_referral']),
    personId: z.uuid().optional(),
    questionSetVersion: z.string().min(1).max(50),
    answers: ZRequestAnswers,
  })
  .strict();

const ZStaffReceipt = ZSafetyReceipt.extend({
  id: z.uuid(),
  reference: z.string(),
  possibleDuplicates: z.number(),
});

export function staffRequestRoutes(
  access: PatientAccess,
  intake: RequestIntake,
): FastifyPluginAsyncZod {
  return async (app) => {
    const tags = ['requests'];
    app.addHook('onRequest', async (request) => {
      requireRole(request, 'navigator', 'clinician', 'ot');
    });

    app.post(
      '/api/people/matches',
      {
        schema: {
          tags,
          summary: 'Find people who may already be known',
          body: ZMatchQuery,
          response: { 200: z.object({ matches: z.array(ZMatch) }), ...errorResponses },
        },
      },
      async (request) => {
        const actor = requireRole(request, 'navigator', 'clinician', 'ot');
        const q = request.body;
        const nhs = q.nhsNumber ? parseNhsNumber(q.nhsNumber) : undefined;
        const matches = await access.withPatientSearch(
          accessContext(request, actor),
          { level: 'demographics', resourceType: 'person', purpose: 'possible matches' },
          (trx, scope) =>
            findPersonMatches(
              trx,
              {
                nhsNumber: nhs?.valid ? nhs.value : undefined,
                familyName: q.familyName,
                dateOfBirth: q.dateOfBirth,
              },
              scope,
            ),
        );
        return {
          matches: matches.map((m) => ({
            id: m.row.id,
            givenName: m.row.given_name,
            familyName: m.row.family_name,
            dateOfBirth: m.row.date_of_birth,
            nhsNumber: m.row.nhs_number,
            postcode: m.row.postcode,
            practiceId: m.row.registered_practice_id,
            practiceName: m.practiceName,
            matchedOn: m.matchedOn,
          })),
        };
      },
    );

    app.post(
      '/api/requests/staff',
      {
        schema: {
          tags,
          summary: 'Record a request made by phone, at the desk, or a clinician referral',
          body: ZStaffRequestBody,
          response: { 200: ZStaffReceipt, 201: ZStaffReceipt, ...errorResponses },
        },
      },
      async (request, reply) => {
        const actor = requireRole(request, 'navigator', 'clinician', 'ot');
        const body = request.body;
        const isClinician =
          actor.roles.includes('clinician') &&
          !actor.roles.includes('navigator') &&
          !actor.roles.includes('ot');
        if (isClinician && body.channel !== 'clinician_referral') {
          throw new AppError('validation', 'Check the answers shown and try again', {
            fields: [
              { path: 'channel', code: 'invalid_value', message: 'Clinicians refer with a reason' },
            ],
          });
        }
        if (body.channel === 'clinician_referral' && !body.answers.clinicalReason) {
          throw new AppError('validation', 'Check the answers shown and try again', {
            fields: [
              {
                path: 'answers.clinicalReason',
                code: 'required',
                message: 'Enter the reason for referral',
              },
            ],
          });
        }
        const result = await intake.submit(accessContext(request, actor), {
          route: body.channel === 'clinician_referral' ? 'clinician' : 'navigator',
          channel: body.channel,
          questionSetVersion: body.questionSetVersion,
          idempotency: { scope: `user:${actor.userId}`, key: idempotencyKey(request) },
          answers: body.answers,
          complete: true,
          personId: body.personId,
          submittedBy: actor.userId,
        });
        return reply
          .status(result.replayed ? 200 : 201)
          .send({ ...receiptOf(result), possibleDuplicates: result.possibleDuplicates });
      },
    );
  };
}
