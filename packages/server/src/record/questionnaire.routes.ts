/**
 * Questionnaires from a link (issue 5 item 7): an OT sends a person EQ-5D-5L, PHQ-9, GAD-7,
 * work ability or the PREM; the person answers in English or Welsh without an account; the
 * answers are validated, scored and saved to the episode.
 */
import type { Clock } from '@everyday/core';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { ADVICE_IDS, QUESTIONNAIRE_KINDS, type QuestionnaireKind } from '@everyday/core';
import type { PatientAccess } from '../access/patient-access.js';
import { accessContext, requireRole } from '../auth/guards.js';
import { rateLimitHook } from '../http/rate-limit.js';
import { errorResponses, ZErrorBody } from '../http/schemas.js';
import { completeQuestionnaire, withQuestionnaireLink } from './complete-questionnaire.js';
import { sendQuestionnaireLink } from './send-questionnaire-link.js';
import { practiceOfEpisode } from './episode.repository.js';
import { questionnaireLinksOf, type QuestionnaireStore } from './questionnaire.repository.js';
import { ZEpisodeParams } from './record.schema.js';

export interface QuestionnaireRouteOptions {
  readonly db: QuestionnaireStore;
  readonly access: PatientAccess;
  readonly publicUrl: string;
  readonly clock: Clock;
  readonly rateLimit: number;
}

const ZKinds = z.array(z.enum(QUESTIONNAIRE_KINDS)).min(1).max(5);
const ZToken = z.object({ token: z.string().min(10).max(200) });

export function questionnaireRoutes(o: QuestionnaireRouteOptions): FastifyPluginAsyncZod {
  const { access, clock } = o;
  return async (app) => {
    const tags = ['questionnaires'];
    const limited = rateLimitHook(
      o.db,
      { name: 'questionnaire-links', limit: o.rateLimit, windowSeconds: 600 },
      clock,
    );

    app.post(
      '/api/episodes/:episodeId/questionnaire-links',
      {
        schema: {
          tags,
          summary: 'Make a questionnaire link for the person, and send it',
          params: ZEpisodeParams,
          body: z.strictObject({
            kinds: ZKinds,
            language: z.enum(['en', 'cy']),
            send: z.boolean(),
          }),
          response: {
            201: z.object({
              id: z.uuid(),
              path: z.string(),
              expiresAt: z.string(),
              sent: z.boolean(),
            }),
            ...errorResponses,
          },
        },
      },
      async (request, reply) => {
        const actor = requireRole(request, 'ot');
        const link = await sendQuestionnaireLink(
          { access, clock, publicUrl: o.publicUrl },
          accessContext(request, actor),
          {
            episodeId: request.params.episodeId,
            kinds: request.body.kinds,
            language: request.body.language,
            send: request.body.send,
            by: { userId: actor.userId },
          },
        );
        return reply.status(201).send(link);
      },
    );

    app.get(
      '/api/episodes/:episodeId/questionnaire-links',
      {
        schema: {
          tags,
          summary: "The episode's questionnaire links and whether each was completed",
          params: ZEpisodeParams,
          response: {
            200: z.object({
              links: z.array(
                z.object({
                  id: z.uuid(),
                  kinds: z.array(z.string()),
                  language: z.string(),
                  purpose: z.string(),
                  createdAt: z.string(),
                  expiresAt: z.string(),
                  completedAt: z.string().nullable(),
                  sent: z.boolean(),
                }),
              ),
            }),
            ...errorResponses,
          },
        },
      },
      async (request) => {
        const actor = requireRole(request, 'ot');
        const { episodeId } = request.params;
        const rows = await access.withPatientRecord(
          accessContext(request, actor),
          {
            action: 'read',
            level: 'record',
            resourceType: 'questionnaire_link',
            resourceId: episodeId,
            organisation: { lookup: (trx) => practiceOfEpisode(trx, episodeId) },
          },
          (trx) => questionnaireLinksOf(trx, episodeId),
        );
        return {
          links: rows.map((l) => ({
            id: l.id,
            kinds: l.kinds,
            language: l.language,
            purpose: l.purpose,
            createdAt: new Date(l.created_at).toISOString(),
            expiresAt: new Date(l.expires_at).toISOString(),
            completedAt: l.completed_at ? new Date(l.completed_at).toISOString() : null,
            sent: l.sent,
          })),
        };
      },
    );

    app.get(
      '/api/questionnaires/:token',
      {
        onRequest: limited,
        schema: {
          tags,
          summary: 'What a questionnaire link asks (no account needed)',
          params: ZToken,
          response: {
            200: z.object({
              kinds: z.array(z.enum(QUESTIONNAIRE_KINDS)),
              language: z.enum(['en', 'cy']),
              givenName: z.string(),
              expiresAt: z.string(),
            }),
            410: ZErrorBody,
            ...errorResponses,
          },
        },
      },
      async (request) =>
        withQuestionnaireLink(
          { access, clock },
          request.params.token,
          request.ip,
          'read',
          (_trx, link) =>
            Promise.resolve({
              kinds: link.kinds as QuestionnaireKind[],
              language: link.language,
              givenName: link.given_name,
              expiresAt: new Date(link.expires_at).toISOString(),
            }),
        ),
    );

    app.post(
      '/api/questionnaires/:token',
      {
        onRequest: limited,
        schema: {
          tags,
          summary:
            'Submit the answers; they are scored, screened and saved to the episode (advice when PHQ-9 item 9 is above 0 or the free text matched)',
          params: ZToken,
          body: z.strictObject({
            language: z.enum(['en', 'cy']),
            answers: z.record(z.string(), z.unknown()),
          }),
          response: {
            201: z.object({
              completed: z.literal(true),
              advice: z.array(z.enum(ADVICE_IDS)),
              safeguarding: z.boolean(),
            }),
            410: ZErrorBody,
            ...errorResponses,
          },
        },
      },
      async (request, reply) => {
        const { language, answers } = request.body;
        const safety = await completeQuestionnaire(
          { access, clock },
          { token: request.params.token, ip: request.ip, language, answers },
        );
        return reply.status(201).send({
          completed: true as const,
          advice: safety.advice,
          safeguarding: safety.safeguarding,
        });
      },
    );
  };
}
