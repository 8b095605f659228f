/**
 * GET /api/service-contact: the service's own address, phone and email as configured
 * (EVERYDAY_SERVICE_ADDRESS, _PHONE, _EMAIL), for the public contact page. Public: it is what
 * the service prints on its letters.
 */
import { ZServiceContact } from '@everyday/core';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import type { ServiceContact } from '../config.js';

export function serviceContactRoutes(contact: ServiceContact): FastifyPluginAsyncZod {
  return async (app) => {
    app.get(
      '/api/service-contact',
      {
        schema: {
          tags: ['organisations'],
          summary: "The service's address, phone number and email, as configured",
          response: { 200: ZServiceContact },
        },
      },
      async (_request, reply) => {
        void reply.header('cache-control', 'public, max-age=300');
        return {
          addressLines: (contact.address ?? '')
            .split(',')
            .map((line) => line.trim())
            .filter((line) => line !== ''),
          phone: contact.phone,
          email: contact.email,
        };
      },
    );
  };
}
