// The front door's calls (docs/api/front-door-contract.md), through the app's API layer: POSTs
// carry an idempotency key, wait at most 30 seconds, and are sent once more (same key) after a
// refused CSRF token.
import type { AdviceId, RequestAnswers, Urgency } from '@everyday/core';
import type { RequestOptions } from '../api.js';
import { api } from '../api.js';
import type { UrgentAnswers } from './to-answers.js';

/** What the server's safety screen found (docs/api/safety-net-contract.md); newer servers only. */
export interface ScreenReceipt {
  safeguarding?: boolean;
  screen?: { rule: string; category: string; words: string; field: string }[];
  /** It arrived outside opening hours: not seen until the next working day. */
  outOfHours?: boolean;
}

export interface ReferralResult extends ScreenReceipt {
  id: string;
  reference: string;
  urgency: Urgency;
  advice: AdviceId[];
  confirmationSent: boolean;
  /** On a direct-booking pathway (memory, by default): a link to book now. */
  directBooking?: { link: string; expiresAt: string } | null;
}

export interface UrgentResult extends ScreenReceipt {
  id: string;
  reference: string;
  urgency: Urgency;
  advice: AdviceId[];
  completionToken: string;
}

/** How long to wait for the server before saying it could not be reached. */
const TIMEOUT_MS = 30_000;

function options(idempotencyKey: string | null): RequestOptions {
  return {
    retryOnCsrf: true,
    timeoutMs: TIMEOUT_MS,
    ...(idempotencyKey ? { headers: { 'idempotency-key': idempotencyKey } } : {}),
  };
}

export function saveUrgent(
  questionSetVersion: string,
  answers: UrgentAnswers,
  idempotencyKey: string,
): Promise<UrgentResult> {
  return api.post(
    '/api/referrals/urgent',
    { questionSetVersion, answers },
    options(idempotencyKey),
  );
}

export function sendReferral(
  questionSetVersion: string,
  answers: RequestAnswers,
  idempotencyKey: string,
): Promise<ReferralResult> {
  return api.post('/api/referrals', { questionSetVersion, answers }, options(idempotencyKey));
}

export function completeReferral(
  id: string,
  completionToken: string,
  questionSetVersion: string,
  answers: RequestAnswers,
): Promise<ReferralResult> {
  return api.post(
    `/api/referrals/${encodeURIComponent(id)}/complete`,
    { completionToken, questionSetVersion, answers },
    options(null),
  );
}
