// Calls the staff pages make beyond plain GETs: a CSRF refusal is retried once (the API layer
// has fetched a new token by then), and submissions carry an `idempotency-key` header.
import { api, ApiError, setCsrfToken } from '../api.js';
import type { FieldError, SessionResponse } from '../api-types.js';

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null;
}

function readFields(value: unknown): FieldError[] {
  if (!Array.isArray(value)) return [];
  return value.flatMap((item: unknown) =>
    isRecord(item) && typeof item.path === 'string' && typeof item.code === 'string'
      ? [
          {
            path: item.path,
            code: item.code,
            message: typeof item.message === 'string' ? item.message : '',
          },
        ]
      : [],
  );
}

/** `{ error: { code, message, fields?, retryAfterSeconds? } }` → ApiError, as api.ts reads it. */
function readError(status: number, body: unknown): ApiError {
  const error = isRecord(body) && isRecord(body.error) ? body.error : {};
  const code = typeof error.code === 'string' ? error.code : status >= 500 ? 'internal' : 'unknown';
  const message = typeof error.message === 'string' ? error.message : `HTTP ${String(status)}`;
  const retry = typeof error.retryAfterSeconds === 'number' ? error.retryAfterSeconds : null;
  return new ApiError(status, code, message, readFields(error.fields), retry);
}

async function readBody(response: Response): Promise<unknown> {
  const text = await response.text();
  if (text === '') return null;
  try {
    return JSON.parse(text) as unknown;
  } catch {
    return null;
  }
}

async function retryOnCsrf<T>(send: () => Promise<T>): Promise<T> {
  try {
    return await send();
  } catch (error) {
    if (error instanceof ApiError && error.code === 'csrf') return send();
    throw error;
  }
}

/** POST through the shared API layer, retried once after a CSRF refusal. */
export function post<T>(path: string, body: unknown): Promise<T> {
  return retryOnCsrf(() => api.post<T>(path, body));
}

/** DELETE through the shared API layer, retried once after a CSRF refusal. */
export function remove<T>(path: string): Promise<T> {
  return retryOnCsrf(() => api.delete<T>(path));
}

/**
 * POST with an `idempotency-key` header. The shared API layer sends no extra headers, so this
 * takes a fresh CSRF token from the session (and hands it to the API layer too) and calls fetch.
 */
export function postIdempotent<T>(path: string, body: unknown, idempotencyKey: string): Promise<T> {
  return retryOnCsrf(async () => {
    const session = await api.get<SessionResponse>('/api/session');
    setCsrfToken(session.csrfToken);
    let response: Response;
    try {
      response = await fetch(path, {
        method: 'POST',
        credentials: 'same-origin',
        headers: {
          accept: 'application/json',
          'content-type': 'application/json',
          'x-csrf-token': session.csrfToken,
          'idempotency-key': idempotencyKey,
        },
        body: JSON.stringify(body),
      });
    } catch {
      throw new ApiError(0, 'network', 'The service could not be reached');
    }
    const parsed = await readBody(response);
    if (response.ok) return parsed as T;
    throw readError(response.status, parsed);
  });
}
