// PUT for the clinic template API. The app's fetch wrapper (../api.ts) has no PUT, so this sends
// one itself: a fresh CSRF token from /api/session (shared back with the wrapper), the session
// cookie, JSON in and out, and failures as the same ApiError.
import { api, ApiError, setCsrfToken } from '../api.js';
import type { FieldError, SessionResponse } from '../api-types.js';

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null;
}

function fieldsOf(value: unknown): FieldError[] {
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

function toError(status: number, body: unknown): ApiError {
  const error = isRecord(body) && isRecord(body.error) ? body.error : null;
  const fallback = status >= 500 ? 'internal' : 'unknown';
  if (!error) return new ApiError(status, fallback, `HTTP ${String(status)}`);
  return new ApiError(
    status,
    typeof error.code === 'string' ? error.code : fallback,
    typeof error.message === 'string' ? error.message : `HTTP ${String(status)}`,
    fieldsOf(error.fields),
  );
}

/** PUT JSON to the internal API and return the JSON answer. */
export async function putJson<T>(path: string, body: unknown): Promise<T> {
  const { csrfToken } = await api.get<SessionResponse>('/api/session');
  setCsrfToken(csrfToken);
  let response: Response;
  let parsed: unknown = null;
  try {
    response = await fetch(path, {
      method: 'PUT',
      headers: {
        accept: 'application/json',
        'content-type': 'application/json',
        'x-csrf-token': csrfToken,
      },
      credentials: 'same-origin',
      body: JSON.stringify(body),
    });
    const text = await response.text();
    if (text !== '') parsed = JSON.parse(text) as unknown;
  } catch {
    throw new ApiError(0, 'network', 'The service could not be reached');
  }
  if (!response.ok) throw toError(response.status, parsed);
  return parsed as T;
}
