// Fetch wrapper for the internal API: JSON in and out, the session cookie, the CSRF token on
// every state-changing request, and one error type (ApiError) for every failure. Calls can add
// headers (an `idempotency-key`), a time limit, and one retry after a refused CSRF token. Errors
// are read with the shared contract's error schema; a GET can check its answer with a response
// schema from the contracts (`api.get(path, ZInbox)`), failing as `invalid_response`.
import { ZReceivedErrorBody, type FieldError, type ResponseSchema } from '@everyday/core';

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
  const parsed = ZReceivedErrorBody.safeParse(body);
  const received = parsed.success ? parsed.data : undefined;
  const error = received?.error;
  const fallbackCode = status >= 500 ? 'internal' : 'unknown';
  const header = retryAfterHeader(retryAfter);
  if (!error) return new ApiError(status, fallbackCode, `HTTP ${String(status)}`, [], header);
  return new ApiError(
    status,
    error.code ?? fallbackCode,
    error.message ?? `HTTP ${String(status)}`,
    error.fields,
    received.retryAfterSeconds ?? error.retryAfterSeconds ?? header,
  );
}

/** The answer checked with `schema`, when there is one; a mismatch is an `invalid_response`. */
function checked<T>(data: unknown, schema: ResponseSchema<T> | undefined, path: string): T {
  if (schema === undefined) return data as T;
  const result = schema.safeParse(data);
  if (result.success) return result.data;
  throw new ApiError(0, 'invalid_response', `Unexpected answer from ${path}`);
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
  /** GET `path`; with a schema, the answer is checked (and typed) by it. */
  get: async <T>(path: string, signal?: AbortSignal, schema?: ResponseSchema<T>): Promise<T> =>
    checked(await request<unknown>('GET', path, undefined, { signal }), schema, path),
  post: <T>(path: string, body?: unknown, options?: RequestOptions): Promise<T> =>
    request<T>('POST', path, body ?? {}, options),
  patch: <T>(path: string, body: unknown, options?: RequestOptions): Promise<T> =>
    request<T>('PATCH', path, body, options),
  put: <T>(path: string, body: unknown, options?: RequestOptions): Promise<T> =>
    request<T>('PUT', path, body, options),
  delete: <T>(path: string, options?: RequestOptions): Promise<T> =>
    request<T>('DELETE', path, undefined, options),
};
