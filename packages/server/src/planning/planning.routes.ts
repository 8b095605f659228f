/**
 * The staff register (issue 13 item 1): GET /api/planning/staff, the register and who is due,
 * for leads and administrators; GET /api/planning/staff/:userId, one person's page (an OT may
 * read their own); PUT …/profile (leads and administrators), POST …/supervision and …/cpd (they,
 * or the OT for themselves); GET /api/planning/staffing-norm (and .csv), each practice, PCN and
 * the service against the staffing norm (leads and administrators). Each route parses, authorises,
 * calls one use case and serialises.
 */
import {
  ZCpdBody,
  ZStaffMember,
  ZStaffProfile,
  ZStaffProfileBody,
  ZStaffRegister,
  ZStaffingNorm,
  ZStaffingNormQuery,
  ZSupervisionBody,
} from '@everyday/core';
import type { FastifyRequest } from 'fastify';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { requireRole } from '../auth/guards.js';
import { errorResponses } from '../http/schemas.js';
import { listStaffRegister } from './list-staff-register.js';
import { readStaffMember } from './read-staff-member.js';
import { recordCpd } from './record-cpd.js';
import { recordSupervision } from './record-supervision.js';
import type { RegisterContext, RegisterDeps } from './register-context.js';
import { readStaffingNorm } from './read-staffing-norm.js';
import { saveStaffProfile } from './save-staff-profile.js';
import { staffingNormCsv } from './staffing-norm-csv.js';

const ZMemberParams = z.object({ userId: z.uuid() }).strict();
const ZCreated = z.object({ id: z.uuid() });

export function planningRoutes(deps: RegisterDeps): FastifyPluginAsyncZod {
  const context = (request: FastifyRequest): RegisterContext => ({
    actor: requireRole(request, 'ot', 'lead', 'admin'),
    ip: request.ip,
  });
  return async (app) => {
    const tags = ['planning'];
    // Authorise before validating: a navigator or clinician learns nothing about these routes.
    app.addHook('onRequest', async (request) => {
      if (request.url.startsWith('/api/planning/')) requireRole(request, 'ot', 'lead', 'admin');
    });

    app.get(
      '/api/planning/staff',
      {
        schema: {
          tags,
          summary: 'The staff register in your scope, with who is due supervision or HCPC renewal',
          response: { 200: ZStaffRegister, ...errorResponses },
        },
      },
      async (request) => listStaffRegister(context(request), deps),
    );

    app.get(
      '/api/planning/staffing-norm',
      {
        schema: {
          tags,
          summary:
            'Each practice, PCN and the service: registered population and OT sessions a week against the staffing norm, with the gap',
          querystring: ZStaffingNormQuery,
          response: { 200: ZStaffingNorm, ...errorResponses },
        },
      },
      async (request) => readStaffingNorm(context(request), request.query, deps),
    );

    app.get(
      '/api/planning/staffing-norm.csv',
      {
        schema: {
          tags,
          summary: 'The staffing norm table as CSV',
          querystring: ZStaffingNormQuery,
          response: { 200: z.string().describe('text/csv'), ...errorResponses },
        },
      },
      async (request, reply) => {
        const report = await readStaffingNorm(context(request), request.query, deps);
        return reply
          .type('text/csv; charset=utf-8')
          .header(
            'content-disposition',
            `attachment; filename="everyday-staffing-norm-${report.today}.csv"`,
          )
          .send(staffingNormCsv(report));
      },
    );

    app.get(
      '/api/planning/staff/:userId',
      {
        schema: {
          tags,
          summary: 'One member of staff: profile, sessions, leave, supervision and CPD',
          params: ZMemberParams,
          response: { 200: ZStaffMember, ...errorResponses },
        },
      },
      async (request) => readStaffMember(context(request), request.params.userId, deps),
    );

    app.put(
      '/api/planning/staff/:userId/profile',
      {
        schema: {
          tags,
          summary: 'Save a staff profile; refused with 409 if someone saved it since baseVersion',
          params: ZMemberParams,
          body: ZStaffProfileBody,
          response: { 200: z.object({ profile: ZStaffProfile }), ...errorResponses },
        },
      },
      async (request) => ({
        profile: await saveStaffProfile(
          context(request),
          { userId: request.params.userId, body: request.body },
          deps,
        ),
      }),
    );

    app.post(
      '/api/planning/staff/:userId/supervision',
      {
        schema: {
          tags,
          summary: 'Record a supervision held (what was discussed, no patient details)',
          params: ZMemberParams,
          body: ZSupervisionBody,
          response: { 201: ZCreated, ...errorResponses },
        },
      },
      async (request, reply) =>
        reply
          .status(201)
          .send(
            await recordSupervision(
              context(request),
              { userId: request.params.userId, body: request.body },
              deps,
            ),
          ),
    );

    app.post(
      '/api/planning/staff/:userId/cpd',
      {
        schema: {
          tags,
          summary: 'Record a CPD activity',
          params: ZMemberParams,
          body: ZCpdBody,
          response: { 201: ZCreated, ...errorResponses },
        },
      },
      async (request, reply) =>
        reply
          .status(201)
          .send(
            await recordCpd(
              context(request),
              { userId: request.params.userId, body: request.body },
              deps,
            ),
          ),
    );
  };
}
