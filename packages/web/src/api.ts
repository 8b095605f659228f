// Fetch wrapper for the internal API: JSON in and out, the session cookie, the CSRF token on
// every state-changing request, and one error type (ApiError) for every failure. Calls can add
// headers (an `idempotency-key`), a time limit, and one retry after a refused CSRF token.
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

/** Seconds from a `Retry-After` header, when it holds a number. */
function retryAfterHeader(value: string | null): number | null {
  const seconds = value === null || value.trim() === '' ? NaN : Number(value);
  return Number.isFinite(seconds) ? seconds : null;
}

/**
 * Reads `{ error: { code, message, fields?, retryAfterSeconds? } }`, tolerating anything else a
 * proxy might send; the wait comes from the body, else from the `Retry-After` header.
 */
function toApiError(status: number, body: unknown, retryAfter: string | null): ApiError {
  const error = isRecord(body) && isRecord(body.error) ? body.error : null;
  const fallbackCode = status >= 500 ? 'internal' : 'unknown';
  const header = retryAfterHeader(retryAfter);
  if (!error) return new ApiError(status, fallbackCode, `HTTP ${status}`, [], header);
  const code = typeof error.code === 'string' ? error.code : fallbackCode;
  const message = typeof error.message === 'string' ? error.message : `HTTP ${status}`;
  const retry =
    isRecord(body) && typeof body.retryAfterSeconds === 'number' ? body.retryAfterSeconds : null;
  const retryInError = typeof error.retryAfterSeconds === 'number' ? error.retryAfterSeconds : null;
  return new ApiError(
    status,
    code,
    message,
    parseFieldErrors(error.fields),
    retry ?? retryInError ?? header,
  );
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

/** What a call can add to the JSON, session cookie and CSRF token every call has. */
export interface RequestOptions {
  /** Extra headers, such as `idempotency-key`. */
  headers?: Readonly<Record<string, string>>;
  /** After the server refused the CSRF token (and a new one was fetched), send once more. */
  retryOnCsrf?: boolean;
  /** Give up after this long, as if the server could not be reached. */
  timeoutMs?: number;
  /** The caller's own cancelling: an abort is thrown as it is, not as an ApiError. */
  signal?: AbortSignal | undefined;
}

/** A controller that aborts after `timeoutMs` or when `signal` does; `done` stops the clock. */
function deadline(signal: AbortSignal | undefined, timeoutMs: number | undefined) {
  if (timeoutMs === undefined) return { signal, done: () => undefined };
  const controller = new AbortController();
  const abort = (): void => {
    controller.abort();
  };
  const timer = setTimeout(abort, timeoutMs);
  signal?.addEventListener('abort', abort);
  return {
    signal: controller.signal,
    done: () => {
      clearTimeout(timer);
      signal?.removeEventListener('abort', abort);
    },
  };
}

async function send<T>(
  method: Method,
  path: string,
  body: unknown,
  options: RequestOptions,
): Promise<T> {
  const headers: Record<string, string> = { accept: 'application/json' };
  if (body !== undefined) headers['content-type'] = 'application/json';
  if (method !== 'GET') headers['x-csrf-token'] = csrfToken;
  const { signal } = options;
  const limit = deadline(signal, options.timeoutMs);
  let response: Response;
  let parsed: unknown;
  try {
    response = await fetch(path, {
      method,
      headers: { ...headers, ...options.headers },
      credentials: 'same-origin',
      body: body === undefined ? null : JSON.stringify(body),
      signal: limit.signal ?? null,
    });
    parsed = await readJson(response);
  } catch (cause) {
    if (signal?.aborted) throw cause;
    throw new ApiError(0, 'network', 'The service could not be reached');
  } finally {
    limit.done();
  }
  if (response.ok) return parsed as T;
  const error = toApiError(response.status, parsed, response.headers.get('retry-after'));
  if (error.code === 'csrf') await hooks.csrfRejected();
  if (error.code === 'unauthenticated' && path !== '/api/session') hooks.unauthenticated();
  throw error;
}

async function request<T>(
  method: Method,
  path: string,
  body: unknown,
  options: RequestOptions = {},
): Promise<T> {
  try {
    return await send<T>(method, path, body, options);
  } catch (error) {
    // The csrfRejected hook has fetched a new token by now.
    if (options.retryOnCsrf && error instanceof ApiError && error.code === 'csrf') {
      return send<T>(method, path, body, options);
    }
    throw error;
  }
}

export const api = {
  get: <T>(path: string, signal?: AbortSignal): Promise<T> =>
    request<T>('GET', path, undefined, { signal }),
  post: <T>(path: string, body?: unknown, options?: RequestOptions): Promise<T> =>
    request<T>('POST', path, body ?? {}, options),
  patch: <T>(path: string, body: unknown, options?: RequestOptions): Promise<T> =>
    request<T>('PATCH', path, body, options),
  put: <T>(path: string, body: unknown, options?: RequestOptions): Promise<T> =>
    request<T>('PUT', path, body, options),
  delete: <T>(path: string, options?: RequestOptions): Promise<T> =>
    request<T>('DELETE', path, undefined, options),
};
