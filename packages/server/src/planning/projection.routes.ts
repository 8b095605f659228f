/**
 * The planning page's API (issue 13 items 3–6), for leads and administrators:
 * GET /api/planning/overview (and /overview/queueing.csv, /overview/weeks.csv): the live
 * queueing figures, demand against capacity and the projection's baseline;
 * GET/POST /api/planning/scenarios, PUT/DELETE /api/planning/scenarios/:id: saved scenarios;
 * POST /api/planning/projections (202: started on the worker pool), GET and DELETE
 * /api/planning/projections/:id (progress and result; cancel), …/:id/projection.csv.
 * Each route parses, authorises, calls one use case and serialises.
 */
import {
  ZPlanningOverview,
  ZPlanningOverviewQuery,
  ZProjection,
  ZProjectionBody,
  ZScenario,
  ZScenarioBody,
  ZScenarioList,
} from '@everyday/core';
import type { FastifyRequest } from 'fastify';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { requireRole } from '../auth/guards.js';
import { errorResponses } from '../http/schemas.js';
import { cancelProjection } from './cancel-projection.js';
import { deleteScenario } from './delete-scenario.js';
import { listScenarios } from './list-scenarios.js';
import { projectionCsv, queueingCsv, weeksCsv } from './planning-csv.js';
import type { ProjectionDeps } from './projection-context.js';
import { readPlanningOverview } from './read-planning-overview.js';
import { printWorkforcePlan } from './print-workforce-plan.js';
import { readProjection } from './read-projection.js';
import type { RegisterContext } from './register-context.js';
import { saveScenario } from './save-scenario.js';
import { startProjection } from './start-projection.js';

const ZId = z.object({ id: z.uuid() }).strict();
const ZCreated = z.object({ id: z.uuid() });
const ZPlanQuery = z
  .object({
    /** The finished projections to compare, comma-separated ids (at most 6). */
    projections: z
      .string()
      .transform((v) => v.split(',').filter((id) => id !== ''))
      .pipe(z.array(z.uuid()).min(1).max(6)),
    lang: z.enum(['en', 'cy']).default('en'),
  })
  .strict();
const csvResponse = { 200: z.string().describe('text/csv'), ...errorResponses };

export function projectionRoutes(deps: ProjectionDeps): FastifyPluginAsyncZod {
  const context = (request: FastifyRequest): RegisterContext => ({
    actor: requireRole(request, 'lead', 'admin'),
    ip: request.ip,
  });
  return async (app) => {
    const tags = ['planning'];
    // Authorise before validating: nobody but a lead or an administrator learns anything here.
    app.addHook('onRequest', async (request) => {
      requireRole(request, 'lead', 'admin');
    });
    const overview = (request: FastifyRequest, query: { targetWeeks: number }) =>
      readPlanningOverview(context(request), query, deps);

    app.get(
      '/api/planning/overview',
      {
        schema: {
          tags,
          summary:
            'Live queueing figures per pathway and tier, demand against capacity by week, and the projection baseline',
          querystring: ZPlanningOverviewQuery,
          response: { 200: ZPlanningOverview, ...errorResponses },
        },
      },
      async (request) => overview(request, request.query),
    );

    app.get(
      '/api/planning/overview/queueing.csv',
      {
        schema: {
          tags,
          summary: 'The live queueing figures as CSV',
          querystring: ZPlanningOverviewQuery,
          response: csvResponse,
        },
      },
      async (request, reply) => {
        const body = await overview(request, request.query);
        return reply
          .type('text/csv; charset=utf-8')
          .header(
            'content-disposition',
            `attachment; filename="everyday-queueing-${body.today}.csv"`,
          )
          .send(queueingCsv(body));
      },
    );

    app.get(
      '/api/planning/overview/weeks.csv',
      {
        schema: {
          tags,
          summary: 'Demand against capacity by week as CSV',
          querystring: ZPlanningOverviewQuery,
          response: csvResponse,
        },
      },
      async (request, reply) => {
        const body = await overview(request, request.query);
        return reply
          .type('text/csv; charset=utf-8')
          .header(
            'content-disposition',
            `attachment; filename="everyday-demand-capacity-${body.today}.csv"`,
          )
          .send(weeksCsv(body));
      },
    );

    app.get(
      '/api/planning/scenarios',
      {
        schema: {
          tags,
          summary: 'Saved planning scenarios with their latest projections',
          response: { 200: ZScenarioList, ...errorResponses },
        },
      },
      async (request) => listScenarios(context(request), deps),
    );

    app.post(
      '/api/planning/scenarios',
      {
        schema: {
          tags,
          summary: 'Save a new scenario',
          body: ZScenarioBody,
          response: { 201: ZCreated, ...errorResponses },
        },
      },
      async (request, reply) => {
        const saved = await saveScenario(context(request), { id: null, body: request.body }, deps);
        return reply.status(201).send({ id: saved.id });
      },
    );

    app.put(
      '/api/planning/scenarios/:id',
      {
        schema: {
          tags,
          summary: 'Change a saved scenario',
          params: ZId,
          body: ZScenarioBody,
          response: { 200: ZScenario, ...errorResponses },
        },
      },
      async (request) =>
        saveScenario(context(request), { id: request.params.id, body: request.body }, deps),
    );

    app.delete(
      '/api/planning/scenarios/:id',
      {
        schema: {
          tags,
          summary: 'Delete a scenario and its projections',
          params: ZId,
          response: { 204: z.null(), ...errorResponses },
        },
      },
      async (request, reply) => {
        await deleteScenario(context(request), request.params.id, deps);
        return reply.status(204).send(null);
      },
    );

    app.post(
      '/api/planning/projections',
      {
        schema: {
          tags,
          summary:
            'Start a projection of the baseline or a scenario on the worker pool (202); poll it for progress',
          body: ZProjectionBody,
          response: { 202: ZProjection, ...errorResponses },
        },
      },
      async (request, reply) =>
        reply.status(202).send(await startProjection(context(request), request.body, deps)),
    );

    app.get(
      '/api/planning/projections/:id',
      {
        schema: {
          tags,
          summary: 'A projection: progress, and its result once finished',
          params: ZId,
          response: { 200: ZProjection, ...errorResponses },
        },
      },
      async (request) => readProjection(context(request), request.params.id, deps),
    );

    app.delete(
      '/api/planning/projections/:id',
      {
        schema: {
          tags,
          summary: 'Cancel a running projection',
          params: ZId,
          response: { 200: ZProjection, ...errorResponses },
        },
      },
      async (request) => cancelProjection(context(request), request.params.id, deps),
    );

    app.get(
      '/api/planning/plan.pdf',
      {
        schema: {
          tags,
          summary:
            'The workforce plan as a PDF: the norm, demand and capacity, queueing figures and the chosen projections, under disclosure control',
          querystring: ZPlanQuery,
          produces: ['application/pdf'],
        },
      },
      async (request, reply) => {
        const plan = await printWorkforcePlan(context(request), request.query, deps);
        return reply
          .headers({
            'content-type': 'application/pdf',
            'content-disposition': `attachment; filename="${plan.filename}"`,
            'cache-control': 'no-store',
          })
          .send(plan.pdf);
      },
    );

    app.get(
      '/api/planning/projections/:id/projection.csv',
      {
        schema: {
          tags,
          summary: "A projection's weekly percentiles as CSV",
          params: ZId,
          response: csvResponse,
        },
      },
      async (request, reply) => {
        const projection = await readProjection(context(request), request.params.id, deps);
        return reply
          .type('text/csv; charset=utf-8')
          .header(
            'content-disposition',
            `attachment; filename="everyday-projection-${projection.id}.csv"`,
          )
          .send(projectionCsv(projection));
      },
    );
  };
}
