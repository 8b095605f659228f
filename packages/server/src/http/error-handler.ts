/**
 * Turns every failure into the API's one error shape. Validation problems become field-level
 * 400s; malformed or oversized bodies become 4xx; only unexpected faults are 500s, and those are
 * logged without the request body.
 */
import type { FastifyError, FastifyInstance, FastifyRequest } from 'fastify';
import { hasZodFastifySchemaValidationErrors } from 'fastify-type-provider-zod';
import { fieldCodeOf } from '@everyday/core';
import { AppError, errorBody, type FieldError } from './app-error.js';

interface ValidationItem {
  readonly keyword: string;
  readonly instancePath: string;
  readonly message: string;
  readonly params: Record<string, unknown>;
}

const FIELD_MESSAGES: Record<string, string> = {
  required: 'Enter a value',
  invalid_email: 'Enter an email address in the correct format, like name@example.com',
  too_short: 'The value is too short',
  too_long: 'The value is too long',
  invalid_type: 'The value is not of the expected type',
  invalid_value: 'Choose one of the options given',
  invalid_date: 'Enter a real date',
  invalid_nhs_number: 'Enter a valid 10-digit NHS number',
  unknown_field: 'This field is not expected here',
};

function valueAt(root: unknown, path: readonly string[]): unknown {
  let cur = root;
  for (const key of path) {
    if (cur === null || typeof cur !== 'object') return undefined;
    cur = (cur as Record<string, unknown>)[key];
  }
  return cur;
}

/** The field code of a validation item: core's rule for a zod issue (one rule for server and web). */
function fieldCode(item: ValidationItem, value: unknown): string {
  const custom = item.params.params as { code?: unknown } | undefined;
  const format = typeof item.params.format === 'string' ? item.params.format : undefined;
  return fieldCodeOf({ code: item.keyword, format, params: custom }, value);
}

export function toFieldErrors(
  items: readonly ValidationItem[],
  request: FastifyRequest,
  context: string | undefined,
): FieldError[] {
  const source =
    context === 'querystring'
      ? request.query
      : context === 'params'
        ? request.params
        : request.body;
  return items.map((item) => {
    const path = item.instancePath.split('/').filter(Boolean);
    const code = fieldCode(item, valueAt(source, path));
    const keys =
      item.keyword === 'unrecognized_keys' ? (item.params.keys as string[] | undefined) : undefined;
    return {
      path: keys?.join(',') ?? path.join('.'),
      code,
      message: FIELD_MESSAGES[code] ?? item.message,
    };
  });
}

export function registerErrorHandling(app: FastifyInstance): void {
  app.setErrorHandler((error: FastifyError | AppError, request, reply) => {
    if (error instanceof AppError) {
      if (error.extra.retryAfterSeconds !== undefined) {
        void reply.header('retry-after', String(error.extra.retryAfterSeconds));
      }
      return reply.status(error.status).send(errorBody(error));
    }
    if (hasZodFastifySchemaValidationErrors(error)) {
      const fields = toFieldErrors(
        error.validation as ValidationItem[],
        request,
        error.validationContext,
      );
      const appError = new AppError('validation', 'Check the answers shown and try again', {
        fields,
      });
      return reply.status(400).send(errorBody(appError));
    }
    // A plain Error thrown by our own code has no code; it must still reach the 500 below.
    const code: unknown = (error as { code?: unknown }).code;
    if (typeof code === 'string' && code.startsWith('FST_CSRF')) {
      return reply
        .status(403)
        .send(
          errorBody(
            new AppError('csrf', 'Your session has changed. Refresh the page and try again'),
          ),
        );
    }
    const status = error.statusCode ?? 500;
    if (status === 413) {
      return reply
        .status(413)
        .send(errorBody(new AppError('payload_too_large', 'The request is too large')));
    }
    if (status === 415) {
      return reply
        .status(415)
        .send(
          errorBody(new AppError('unsupported_media_type', 'Send the request as application/json')),
        );
    }
    if (status === 429) {
      return reply
        .status(429)
        .send(
          errorBody(new AppError('rate_limited', 'Too many requests. Wait a minute and try again')),
        );
    }
    if (status >= 400 && status < 500) {
      // Malformed JSON, bad content length and the like: the client's fault, said plainly.
      return reply
        .status(status)
        .send(errorBody(new AppError('bad_request', 'The request could not be read')));
    }
    request.log.error({ err: error }, 'unhandled error');
    return reply
      .status(500)
      .send(errorBody(new AppError('internal', 'Sorry, there is a problem with the service')));
  });
}

/**
 * Field errors from a zod parse done inside a handler (data whose schema depends on another
 * field, such as a record entry's kind), in the same shape and wording as request validation.
 */
export function fieldErrorsFromZod(
  issues: readonly { code: string; path: readonly PropertyKey[]; message: string }[],
  source: unknown,
  prefix: readonly string[] = [],
): FieldError[] {
  return issues.map((issue) => {
    const path = [...prefix, ...issue.path.map(String)];
    const item: ValidationItem = {
      keyword: issue.code,
      instancePath: `/${path.join('/')}`,
      message: issue.message,
      params: issue,
    };
    const keys =
      issue.code === 'unrecognized_keys' ? (issue as { keys?: string[] }).keys : undefined;
    const code = fieldCode(item, valueAt(source, issue.path.map(String)));
    const custom = typeof (issue as { params?: { code?: unknown } }).params?.code === 'string';
    return {
      path: keys ? keys.map((k) => [...path, k].join('.')).join(',') : path.join('.'),
      code,
      message: custom ? issue.message : (FIELD_MESSAGES[code] ?? issue.message),
    };
  });
}
