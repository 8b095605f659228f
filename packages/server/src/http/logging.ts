/**
 * Structured logs (pino through Fastify). Requests are logged by route pattern, never by the
 * raw URL (which may carry identifiers in its path or query), and credentials, cookies and
 * patient identifiers are redacted wherever they appear.
 */
import type { FastifyRequest, FastifyServerOptions } from 'fastify';

export const REDACT_PATHS = [
  'req.headers.cookie',
  'req.headers.authorization',
  'req.headers["x-api-key"]',
  'req.headers["x-csrf-token"]',
  'res.headers["set-cookie"]',
  '*.password',
  '*.nhsNumber',
  '*.nhs_number',
  '*.givenName',
  '*.familyName',
  '*.dateOfBirth',
  '*.email',
  '*.phone',
  '*.postcode',
];

export function loggerOptions(
  level: string,
  stream?: NodeJS.WritableStream,
): FastifyServerOptions['logger'] {
  return {
    level,
    ...(stream ? { stream } : {}),
    redact: { paths: REDACT_PATHS, censor: '[redacted]' },
    serializers: {
      req(request: FastifyRequest) {
        return {
          method: request.method,
          route:
            request.routeOptions.url ??
            (request.url.split('?')[0] ?? '')
              .replace(/[0-9a-f-]{36}/gi, ':id')
              .replace(/\d{6,}/g, ':n'),
          requestId: request.id,
        };
      },
    },
  };
}
