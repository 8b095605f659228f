/**
 * A minimal person record, read and written through the access module. Later capabilities
 * (requests, episodes) build on it.
 */
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { parseNhsNumber } from '@everyday/core';
import type { PatientAccess } from '../access/patient-access.js';
import { requireActor, accessContext } from '../auth/guards.js';
import type { PersonRow } from '../db/schema.js';
import { AppError } from '../http/app-error.js';
import { errorResponses } from '../http/schemas.js';
import { findPerson, insertPerson, nhsNumberInUse, practiceOfPerson } from './person.repository.js';
import { ZCreatePersonBody, ZPerson, ZPersonParams, type TPerson } from './person.schema.js';

function toPerson(row: PersonRow): TPerson {
  return {
    id: row.id,
    nhsNumber: row.nhs_number,
    givenName: row.given_name,
    familyName: row.family_name,
    dateOfBirth: row.date_of_birth,
    practiceId: row.registered_practice_id,
    createdAt: row.created_at.toISOString(),
  };
}

export function personRoutes(access: PatientAccess): FastifyPluginAsyncZod {
  return async (app) => {
    app.post(
      '/api/people',
      {
        schema: {
          tags: ['people'],
          summary: 'Create a person record',
          body: ZCreatePersonBody,
          response: { 201: ZPerson, ...errorResponses },
        },
      },
      async (request, reply) => {
        const actor = requireActor(request);
        const body = request.body;
        const nhs =
          body.nhsNumber && body.nhsNumber.trim() !== ''
            ? parseNhsNumber(body.nhsNumber)
            : undefined;
        const nhsNumber = nhs?.valid ? nhs.value : null;
        const row = await access.withPatientRecord(
          accessContext(request, actor),
          {
            action: 'create',
            level: 'demographics',
            resourceType: 'person',
            resourceId: null,
            organisation: { id: body.practiceId },
          },
          async (trx) => {
            if (nhsNumber !== null && (await nhsNumberInUse(trx, nhsNumber))) {
              throw new AppError('conflict', 'A person with this NHS number is already recorded', {
                fields: [
                  {
                    path: 'nhsNumber',
                    code: 'nhs_number_in_use',
                    message: 'This NHS number is already recorded',
                  },
                ],
              });
            }
            return insertPerson(trx, { ...body, nhsNumber }, actor.userId);
          },
        );
        return reply.status(201).send(toPerson(row));
      },
    );

    app.get(
      '/api/people/:id',
      {
        schema: {
          tags: ['people'],
          summary: 'Read a person record',
          params: ZPersonParams,
          response: { 200: ZPerson, ...errorResponses },
        },
      },
      async (request) => {
        const actor = requireActor(request);
        const { id } = request.params;
        const row = await access.withPatientRecord(
          accessContext(request, actor),
          {
            action: 'read',
            level: 'demographics',
            resourceType: 'person',
            resourceId: id,
            organisation: { lookup: (trx) => practiceOfPerson(trx, id) },
          },
          (trx) => findPerson(trx, id),
        );
        if (!row) throw new AppError('not_found', 'No such record');
        return toPerson(row);
      },
    );
  };
}
