/**
 * Questionnaires from a link (issue 5 item 7): an OT sends a person EQ-5D-5L, PHQ-9, GAD-7,
 * work ability or the PREM; the person answers in English or Welsh without an account; the
 * answers are validated, scored and saved to the episode.
 */
import type { Clock } from '@everyday/core';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { ADVICE_IDS, ageOn, QUESTIONNAIRE_KINDS, type QuestionnaireKind } from '@everyday/core';
import type { AuditedTransaction, PatientAccess } from '../access/patient-access.js';
import { accessContext, requireRole } from '../auth/guards.js';
import { AppError } from '../http/app-error.js';
import { rateLimitHook } from '../http/rate-limit.js';
import { errorResponses, ZErrorBody } from '../http/schemas.js';
import { scoreAnswers } from './entry-service.js';
import { messageRouteFor } from './message-route.js';
import { questionnaireSafety, screenQuestionnaire } from './questionnaire-screening.js';
import { raiseQuestionnaireCrisis } from './questionnaire-crisis.js';
import { createQuestionnaireLink, hashQuestionnaireToken } from './questionnaire-link.js';
import {
  completeQuestionnaireLink,
  questionnaireLinkByHash,
  questionnaireLinkForUpdate,
  questionnaireLinksOf,
  type QuestionnaireStore,
} from './questionnaire.repository.js';
import { insertEntry } from './record.repository.js';
import { ZEpisodeParams } from './record.schema.js';
import { episodeForRecord, practiceOfEpisode } from './episode.repository.js';

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
        const { episodeId } = request.params;
        const body = request.body;
        const link = await access.withPatientRecord(
          accessContext(request, actor),
          {
            action: 'create',
            level: 'record',
            resourceType: 'questionnaire_link',
            resourceId: null,
            organisation: { lookup: (trx) => practiceOfEpisode(trx, episodeId) },
          },
          async (trx) => {
            const row = await episodeForRecord(trx, episodeId);
            if (!row) throw new AppError('not_found', 'There is no such episode');
            return createQuestionnaireLink(trx, {
              episodeId,
              kinds: [...new Set(body.kinds)],
              language: body.language,
              purpose: 'outcomes',
              route: body.send ? messageRouteFor(row) : undefined,
              createdBy: actor.userId,
              publicUrl: o.publicUrl,
              now: clock.now(),
            });
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

    /** Check a token and run `work` on its link, as the person holding it. */
    async function withLink<T>(
      token: string,
      ip: string,
      action: 'read' | 'create',
      work: (
        trx: AuditedTransaction,
        link: NonNullable<Awaited<ReturnType<typeof questionnaireLinkForUpdate>>>,
      ) => Promise<T>,
    ): Promise<T> {
      const hash = hashQuestionnaireToken(token);
      return access.withPatientRecord(
        { principal: { kind: 'link', linkId: `questionnaire:${hash.slice(0, 12)}` }, ip },
        {
          action,
          level: 'record',
          resourceType: 'questionnaire_link',
          resourceId: null,
          organisation: {
            lookup: async (trx) => (await questionnaireLinkByHash(trx, hash))?.practice_id,
          },
        },
        async (trx) => {
          const link = await questionnaireLinkForUpdate(trx, hash);
          if (!link) throw new AppError('not_found', 'This link does not work');
          if (link.completed_at !== null)
            throw new AppError('gone', 'These questionnaires have already been completed');
          if (new Date(link.expires_at).getTime() < clock.now().getTime())
            throw new AppError('gone', 'This link has expired');
          return work(trx, link);
        },
      );
    }

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
        withLink(request.params.token, request.ip, 'read', (_trx, link) =>
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
        const safety = await withLink(
          request.params.token,
          request.ip,
          'create',
          async (trx, link) => {
            const today = clock.today();
            const age = link.date_of_birth === null ? null : ageOn(link.date_of_birth, today);
            // Check every questionnaire first, so the person hears of every problem at once.
            const scored: { kind: QuestionnaireKind; answers: unknown; scores: unknown }[] = [];
            const problems: AppError[] = [];
            for (const kind of link.kinds as QuestionnaireKind[]) {
              try {
                scored.push({
                  kind,
                  ...scoreAnswers(kind, answers[kind] ?? {}, age, `answers.${kind}`, language),
                });
              } catch (error) {
                if (!(error instanceof AppError)) throw error;
                problems.push(error);
              }
            }
            if (problems.length > 0)
              throw new AppError('validation', 'Answer every question', {
                fields: problems.flatMap((p) => p.extra.fields ?? []),
              });
            // The free text is screened; a match flags the entry for the OT, as item 9 does.
            const screened = scored.map(screenQuestionnaire);
            for (const s of screened)
              await insertEntry(trx, {
                episodeId: link.episode_id,
                kind: 'questionnaire',
                data: {
                  kind: s.kind,
                  answers: s.answers,
                  language,
                  completedOn: today,
                  source: 'link',
                },
                scores: s.scores,
                author: { userId: null, label: 'The person (questionnaire link)' },
              });
            await completeQuestionnaireLink(trx, link.id, clock.now());
            const safety = questionnaireSafety(screened);
            // A crisis or safeguarding concern becomes a request, in this same transaction, so
            // it reaches the crisis banner, acknowledgement, escalation and the crisis log.
            await raiseQuestionnaireCrisis(trx, {
              link,
              safety,
              answers: Object.fromEntries(screened.map((s) => [s.kind, s.answers])),
              language,
              at: clock.now(),
            });
            return { id: link.id, ...safety };
          },
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
