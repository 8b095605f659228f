// Fetch wrapper for the internal API: JSON in and out, the session cookie, the CSRF token on
// every state-changing request, and one error type (ApiError) for every failure.
import type { FieldError } from './api-types.js';

type Method = 'GET' | 'POST' | 'PATCH' | 'PUT' | 'DELETE';

/** A failed API call: the server's error code and message, or `network` when it was not reached. */
export class ApiError extends Error {
  constructor(
    readonly status: number,
    readonly code: string,
    message: string,
    readonly fields: FieldError[] = [],
    readonly retryAfterSeconds: number | null = null,
  ) {
    super(message);
    this.name = 'ApiError';
  }
}

interface ApiHooks {
  /** Called after the server refused a CSRF token, before the error is thrown: fetch a new one. */
  csrfRejected: () => Promise<void>;
  /** Called when the server says the session has ended. */
  unauthenticated: () => void;
}

let csrfToken = '';
let hooks: ApiHooks = { csrfRejected: () => Promise.resolve(), unauthenticated: () => undefined };

export function setCsrfToken(token: string): void {
  csrfToken = token;
}

export function setApiHooks(next: ApiHooks): void {
  hooks = next;
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null;
}

function parseFieldErrors(value: unknown): FieldError[] {
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

/** Reads `{ error: { code, message, fields? } }`, tolerating anything else a proxy might send. */
function toApiError(status: number, body: unknown): ApiError {
  const error = isRecord(body) && isRecord(body.error) ? body.error : null;
  const fallbackCode = status >= 500 ? 'internal' : 'unknown';
  if (!error) return new ApiError(status, fallbackCode, `HTTP ${status}`);
  const code = typeof error.code === 'string' ? error.code : fallbackCode;
  const message = typeof error.message === 'string' ? error.message : `HTTP ${status}`;
  const retry =
    isRecord(body) && typeof body.retryAfterSeconds === 'number' ? body.retryAfterSeconds : null;
  const retryInError = typeof error.retryAfterSeconds === 'number' ? error.retryAfterSeconds : null;
  return new ApiError(status, code, message, parseFieldErrors(error.fields), retry ?? retryInError);
}

async function readJson(response: Response): Promise<unknown> {
  const text = await response.text();
  if (text === '') return null;
  try {
    return JSON.parse(text) as unknown;
  } catch {
    return null;
  }
}

async function request<T>(
  method: Method,
  path: string,
  body?: unknown,
  signal?: AbortSignal,
): Promise<T> {
  const headers: Record<string, string> = { accept: 'application/json' };
  if (body !== undefined) headers['content-type'] = 'application/json';
  if (method !== 'GET') headers['x-csrf-token'] = csrfToken;
  let response: Response;
  try {
    response = await fetch(path, {
      method,
      headers,
      credentials: 'same-origin',
      body: body === undefined ? null : JSON.stringify(body),
      signal: signal ?? null,
    });
  } catch (cause) {
    if (signal?.aborted) throw cause;
    throw new ApiError(0, 'network', 'The service could not be reached');
  }
  const parsed = await readJson(response);
  if (response.ok) return parsed as T;
  const error = toApiError(response.status, parsed);
  if (error.code === 'csrf') await hooks.csrfRejected();
  if (error.code === 'unauthenticated' && path !== '/api/session') hooks.unauthenticated();
  throw error;
}

export const api = {
  get: <T>(path: string, signal?: AbortSignal): Promise<T> =>
    request<T>('GET', path, undefined, signal),
  post: <T>(path: string, body?: unknown): Promise<T> => request<T>('POST', path, body ?? {}),
  patch: <T>(path: string, body: unknown): Promise<T> => request<T>('PATCH', path, body),
  delete: <T>(path: string): Promise<T> => request<T>('DELETE', path),
};
