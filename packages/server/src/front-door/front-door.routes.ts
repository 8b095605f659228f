/**
 * The public front door: the question set and member practices, a self-referral, the early
 * save when red flags are reported, and completing a request saved early. No account needed;
 * rate-limited per client; every submission idempotent.
 */
import type { Clock } from '@everyday/core';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { QUESTION_SET_V1 } from '@everyday/core';
import type { AccessContext } from '../access/patient-access.js';
import { submitWithDirectBooking } from './book-directly.js';
import { listPractices, type OrganisationStore } from '../organisations/organisation.repository.js';
import { rateLimitHook } from '../http/rate-limit.js';
import { errorResponses } from '../http/schemas.js';
import { idempotencyKey } from './idempotency.js';
import { receiptOf, type RequestIntake } from './intake.js';
import {
  ZCompleteReferralBody,
  ZFrontDoor,
  ZReferralBody,
  ZReferralParams,
  ZReferralReceipt,
  ZSelfReferralReceipt,
  ZUrgentReceipt,
  ZUrgentReferralBody,
} from './front-door.schema.js';

export interface FrontDoorOptions {
  readonly db: OrganisationStore;
  readonly intake: RequestIntake;
  /** Pathways whose people book straight from the end of the form (memory by default). */
  readonly directBooking: {
    readonly pathways: readonly string[];
    readonly secret: string;
    readonly publicUrl: string;
  };
  /** Submissions per client address per window. */
  readonly rateLimit: { readonly limit: number; readonly windowSeconds: number };
  readonly clock: Clock;
}

export function frontDoorRoutes(options: FrontDoorOptions): FastifyPluginAsyncZod {
  const { db, intake } = options;
  return async (app) => {
    const tags = ['front door'];
    const limited = rateLimitHook(db, { name: 'referrals', ...options.rateLimit }, options.clock);
    const publicContext = (ip: string): AccessContext => ({ principal: { kind: 'public' }, ip });
    const directBookingDeps = { intake, clock: options.clock, ...options.directBooking };

    app.get(
      '/api/front-door',
      {
        schema: {
          tags,
          summary: 'The questions (English and Welsh) and the member practices',
          response: { 200: ZFrontDoor },
        },
      },
      async (_request, reply) => {
        void reply.header('cache-control', 'public, max-age=300');
        const practices = await listPractices(db);
        return {
          questionSet: QUESTION_SET_V1 as unknown as Record<string, unknown>,
          practices: practices.map((p) => ({
            id: p.id,
            name: p.name,
            odsCode: p.ods_code,
            postcode: p.postcode,
          })),
        };
      },
    );

    app.post(
      '/api/referrals',
      {
        onRequest: limited,
        schema: {
          tags,
          summary: 'Ask for help (self-referral)',
          body: ZReferralBody,
          response: { 200: ZSelfReferralReceipt, 201: ZSelfReferralReceipt, ...errorResponses },
        },
      },
      async (request, reply) => {
        const key = idempotencyKey(request);
        const { result, directBooking } = await submitWithDirectBooking(
          directBookingDeps,
          publicContext(request.ip),
          {
            route: 'self',
            channel: 'online',
            questionSetVersion: request.body.questionSetVersion,
            idempotency: { scope: 'public:referral', key },
            answers: { ...request.body.answers },
            complete: true,
            submittedBy: null,
          },
        );
        return reply
          .status(result.replayed ? 200 : 201)
          .send({ ...receiptOf(result), confirmationSent: result.confirmationSent, directBooking });
      },
    );

    app.post(
      '/api/referrals/urgent',
      {
        onRequest: limited,
        schema: {
          tags,
          summary: 'Save a request the moment red flags are reported, flagged crisis',
          body: ZUrgentReferralBody,
          response: { 200: ZUrgentReceipt, 201: ZUrgentReceipt, ...errorResponses },
        },
      },
      async (request, reply) => {
        const key = idempotencyKey(request);
        const result = await intake.submit(publicContext(request.ip), {
          route: 'self',
          channel: 'online',
          questionSetVersion: request.body.questionSetVersion,
          idempotency: { scope: 'public:urgent', key },
          answers: request.body.answers,
          complete: false,
          submittedBy: null,
        });
        return reply.status(result.replayed ? 200 : 201).send({
          ...receiptOf(result),
          confirmationSent: result.confirmationSent,
          completionToken: result.completionToken ?? '',
        });
      },
    );

    app.post(
      '/api/referrals/:id/complete',
      {
        onRequest: limited,
        schema: {
          tags,
          summary: 'Add the rest of the answers to a request saved at the red-flag question',
          params: ZReferralParams,
          body: ZCompleteReferralBody,
          response: { 200: ZReferralReceipt, ...errorResponses },
        },
      },
      async (request) => {
        const { completionToken, questionSetVersion, answers } = request.body;
        const result = await intake.complete(
          publicContext(request.ip),
          request.params.id,
          completionToken,
          answers,
          questionSetVersion,
        );
        return { ...receiptOf(result), confirmationSent: result.confirmationSent };
      },
    );
  };
}
