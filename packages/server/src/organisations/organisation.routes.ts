/** The service's organisations: service → PCN or cluster → practice. */
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { requireActor } from '../auth/guards.js';
import { errorResponses } from '../http/schemas.js';
import { listOrganisations, type OrganisationStore } from './organisation.repository.js';

export const ZOrganisation = z.object({
  id: z.uuid(),
  kind: z.enum(['service', 'pcn', 'practice']),
  name: z.string(),
  parentId: z.uuid().nullable(),
  odsCode: z.string().nullable(),
  listSize: z.number().int().nullable(),
  postcode: z.string().nullable(),
});

export function organisationRoutes(db: OrganisationStore): FastifyPluginAsyncZod {
  return async (app) => {
    app.get(
      '/api/organisations',
      {
        schema: {
          tags: ['organisations'],
          summary: 'List organisations',
          response: { 200: z.object({ organisations: z.array(ZOrganisation) }), ...errorResponses },
        },
      },
      async (request) => {
        requireActor(request);
        const rows = await listOrganisations(db);
        return {
          organisations: rows.map((o) => ({
            id: o.id,
            kind: o.kind,
            name: o.name,
            parentId: o.parent_id,
            odsCode: o.ods_code,
            listSize: o.list_size,
            postcode: o.postcode,
          })),
        };
      },
    );
  };
}
