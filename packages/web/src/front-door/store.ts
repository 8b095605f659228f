// The referral in progress, kept in sessionStorage (`everyday.referral`) so Back, a refresh or a
// mistake lose nothing; read with useDraft(), changed with updateDraft()/updateAnswers().
import { useSyncExternalStore } from 'react';
import type { DraftAnswers, ReferralDraft, Submitted } from './draft.js';
import { emptyAnswers, newDraft } from './draft.js';
import { newIdempotencyKey } from '../idempotency-key.js';
import type { AdviceRoute } from './steps.js';
import { isStepId } from './steps.js';

export const STORAGE_KEY = 'everyday.referral';

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/** Keeps each stored answer only when it has the type the form expects. */
function readAnswers(stored: unknown): DraftAnswers {
  if (!isRecord(stored)) return emptyAnswers;
  const answers: Record<string, unknown> = { ...emptyAnswers };
  for (const [key, empty] of Object.entries(emptyAnswers)) {
    const value = stored[key];
    const sameType = Array.isArray(empty)
      ? Array.isArray(value) && value.every((item) => typeof item === 'string')
      : typeof value === typeof empty;
    if (sameType) answers[key] = value;
  }
  return answers as unknown as DraftAnswers;
}

function readAdvice(stored: unknown): AdviceRoute | null {
  return isRecord(stored) && isStepId(stored.from) && isStepId(stored.then)
    ? { from: stored.from, then: stored.then }
    : null;
}

/** Reads a stored draft, tolerating anything (an old version, a hand edit) by starting afresh. */
export function parseDraft(text: string | null): ReferralDraft {
  let stored: unknown = null;
  try {
    stored = text === null ? null : (JSON.parse(text) as unknown);
  } catch {
    stored = null;
  }
  if (!isRecord(stored) || stored.version !== 1 || typeof stored.idempotencyKey !== 'string') {
    return newDraft(newIdempotencyKey());
  }
  const draft = stored as unknown as ReferralDraft;
  return {
    version: 1,
    answers: readAnswers(stored.answers),
    idempotencyKey: draft.idempotencyKey,
    step: isStepId(stored.step) ? stored.step : null,
    urgent: isRecord(stored.urgent) ? draft.urgent : null,
    pending: Array.isArray(stored.pending) ? draft.pending : [],
    advice: readAdvice(stored.advice),
    screenShown: Array.isArray(stored.screenShown)
      ? stored.screenShown.filter((key): key is string => typeof key === 'string')
      : [],
    submitted: isRecord(stored.submitted) ? draft.submitted : null,
  };
}

function readStored(): string | null {
  try {
    return window.sessionStorage.getItem(STORAGE_KEY);
  } catch {
    return null;
  }
}

function writeStored(draft: ReferralDraft): void {
  try {
    window.sessionStorage.setItem(STORAGE_KEY, JSON.stringify(draft));
  } catch {
    // Storage can be unavailable (private browsing, full): the answers then last for this page.
  }
}

let current: ReferralDraft | null = null;
const listeners = new Set<() => void>();

export function getDraft(): ReferralDraft {
  current ??= parseDraft(readStored());
  return current;
}

export function updateDraft(change: (draft: ReferralDraft) => ReferralDraft): void {
  const before = getDraft();
  const next = change(before);
  if (next === before) return;
  current = next;
  writeStored(next);
  for (const listener of listeners) listener();
}

export function updateAnswers(patch: Partial<DraftAnswers>): void {
  updateDraft((draft) => ({ ...draft, answers: { ...draft.answers, ...patch } }));
}

/** A fresh referral with a new idempotency key (after the last one was sent). */
export function startNewReferral(): void {
  updateDraft(() => newDraft(newIdempotencyKey()));
}

/** The request is sent: forget the answers and keys, keep what the confirmation page shows. */
export function markSubmitted(submitted: Submitted): void {
  updateDraft((draft) => ({ ...newDraft(draft.idempotencyKey), submitted }));
}

function subscribe(listener: () => void): () => void {
  listeners.add(listener);
  return () => listeners.delete(listener);
}

export function useDraft(): ReferralDraft {
  return useSyncExternalStore(subscribe, getDraft);
}
