// The front door's calls (docs/api/front-door-contract.md). POSTs carry an idempotency key, which
// the app's api.post cannot send, so they are made here: same JSON, CSRF token and ApiError.
import type { AdviceId, QuestionSet, RequestAnswers, Urgency } from '@everyday/core';
import { api, ApiError } from '../api.js';
import type { FieldError, SessionResponse } from '../api-types.js';
import type { UrgentAnswers } from './to-answers.js';

export interface FrontDoorPractice {
  id: string;
  name: string;
  odsCode: string | null;
  postcode: string | null;
}

export interface FrontDoor {
  questionSet: QuestionSet;
  practices: FrontDoorPractice[];
}

export interface ReferralResult {
  id: string;
  reference: string;
  urgency: Urgency;
  advice: AdviceId[];
  confirmationSent: boolean;
}

export interface UrgentResult {
  id: string;
  reference: string;
  urgency: 'crisis';
  advice: AdviceId[];
  completionToken: string;
}

/** How long to wait for the server before saying it could not be reached. */
const TIMEOUT_MS = 30_000;

let csrfToken: string | null = null;

async function token(): Promise<string> {
  csrfToken ??= (await api.get<SessionResponse>('/api/session')).csrfToken;
  return csrfToken;
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null;
}

function fieldErrors(value: unknown): FieldError[] {
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

function toApiError(status: number, body: unknown, retryAfter: string | null): ApiError {
  const error = isRecord(body) && isRecord(body.error) ? body.error : {};
  const code = typeof error.code === 'string' ? error.code : status >= 500 ? 'internal' : 'unknown';
  const message = typeof error.message === 'string' ? error.message : `HTTP ${String(status)}`;
  const header = retryAfter === null ? NaN : Number(retryAfter);
  const retry =
    typeof error.retryAfterSeconds === 'number'
      ? error.retryAfterSeconds
      : Number.isFinite(header)
        ? header
        : null;
  return new ApiError(status, code, message, fieldErrors(error.fields), retry);
}

async function send<T>(path: string, body: unknown, idempotencyKey: string | null): Promise<T> {
  const headers: Record<string, string> = {
    accept: 'application/json',
    'content-type': 'application/json',
    'x-csrf-token': await token(),
  };
  if (idempotencyKey) headers['idempotency-key'] = idempotencyKey;
  const controller = new AbortController();
  const timer = setTimeout(() => {
    controller.abort();
  }, TIMEOUT_MS);
  try {
    const response = await fetch(path, {
      method: 'POST',
      headers,
      credentials: 'same-origin',
      body: JSON.stringify(body),
      signal: controller.signal,
    });
    const text = await response.text();
    let parsed: unknown = null;
    try {
      parsed = text === '' ? null : (JSON.parse(text) as unknown);
    } catch {
      parsed = null;
    }
    if (response.ok) return parsed as T;
    throw toApiError(response.status, parsed, response.headers.get('retry-after'));
  } catch (error) {
    if (error instanceof ApiError) throw error;
    throw new ApiError(0, 'network', 'The service could not be reached');
  } finally {
    clearTimeout(timer);
  }
}

/** POSTs, and after a refused CSRF token fetches a new one and tries once more (same key). */
async function post<T>(path: string, body: unknown, idempotencyKey: string | null): Promise<T> {
  try {
    return await send<T>(path, body, idempotencyKey);
  } catch (error) {
    if (!(error instanceof ApiError) || error.code !== 'csrf') throw error;
    csrfToken = null;
    return send<T>(path, body, idempotencyKey);
  }
}

export function saveUrgent(
  questionSetVersion: string,
  answers: UrgentAnswers,
  idempotencyKey: string,
): Promise<UrgentResult> {
  return post('/api/referrals/urgent', { questionSetVersion, answers }, idempotencyKey);
}

export function sendReferral(
  questionSetVersion: string,
  answers: RequestAnswers,
  idempotencyKey: string,
): Promise<ReferralResult> {
  return post('/api/referrals', { questionSetVersion, answers }, idempotencyKey);
}

export function completeReferral(
  id: string,
  completionToken: string,
  questionSetVersion: string,
  answers: RequestAnswers,
): Promise<ReferralResult> {
  return post(
    `/api/referrals/${encodeURIComponent(id)}/complete`,
    { completionToken, questionSetVersion, answers },
    null,
  );
}
