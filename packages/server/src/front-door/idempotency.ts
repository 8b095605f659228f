/** The Idempotency-Key header every submission carries, checked as a field. */
import type { FastifyRequest } from 'fastify';
import { AppError } from '../http/app-error.js';

const KEY = /^[A-Za-z0-9_-]{8,100}$/;

export function idempotencyKey(request: FastifyRequest): string {
  const value = request.headers['idempotency-key'];
  const key = Array.isArray(value) ? value[0] : value;
  if (key === undefined || key === '') {
    throw new AppError('validation', 'Send an Idempotency-Key header with each submission', {
      fields: [
        {
          path: 'idempotency-key',
          code: 'required',
          message: 'Send an Idempotency-Key header with each submission',
        },
      ],
    });
  }
  if (!KEY.test(key)) {
    throw new AppError('validation', 'The Idempotency-Key header is not valid', {
      fields: [
        {
          path: 'idempotency-key',
          code: 'invalid_value',
          message: 'Use 8 to 100 letters, digits, hyphens or underscores',
        },
      ],
    });
  }
  return key;
}
