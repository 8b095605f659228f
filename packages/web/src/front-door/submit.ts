// Sending: the urgent save (as soon as a red flag, ticked or found by the screen, has the name,
// phone and practice to go with it), and the final submit (a new request, or the rest of the
// answers added to the urgent one). Each reuses its idempotency key on every retry.
import { QUESTION_SET_V1 } from '@everyday/core';
import { ApiError } from '../api.js';
import { localToday } from './date-of-birth.js';
import type { Submitted, UrgentState } from './draft.js';
import { newIdempotencyKey } from '../idempotency-key.js';
import { completeReferral, saveUrgent, sendReferral } from './referral-api.js';
import { getDraft, updateDraft } from './store.js';
import { urgentNeeded } from './screen.js';
import type { Language } from './to-answers.js';
import { toRequestAnswers, toUrgentAnswers } from './to-answers.js';
import { urgentDetailsComplete } from './validate.js';

const VERSION = QUESTION_SET_V1.version;

function setUrgent(urgent: UrgentState): void {
  updateDraft((draft) => ({ ...draft, urgent }));
}

let urgentInFlight: Promise<ApiError | null> | null = null;

/** Resolves with what went wrong, or null when saved. */
async function attemptUrgentSave(language: Language): Promise<ApiError | null> {
  const draft = getDraft();
  const urgent = draft.urgent ?? {
    idempotencyKey: newIdempotencyKey(),
    save: { status: 'saving' },
  };
  if (urgent.save.status === 'saved') return null;
  setUrgent({ ...urgent, save: { status: 'saving' } });
  const today = localToday();
  const a = draft.answers;
  if (!urgentDetailsComplete(a, today)) {
    // Without a name, phone and practice there is nothing to save: the advice still shows, with
    // the message that nothing was saved.
    setUrgent({ ...urgent, save: { status: 'failed' } });
    return new ApiError(400, 'validation', 'The urgent save needs a name, phone and practice');
  }
  try {
    const result = await saveUrgent(
      VERSION,
      toUrgentAnswers(a, language, today),
      urgent.idempotencyKey,
    );
    setUrgent({
      ...urgent,
      save: {
        status: 'saved',
        id: result.id,
        reference: result.reference,
        completionToken: result.completionToken,
        ...(typeof result.outOfHours === 'boolean' ? { outOfHours: result.outOfHours } : {}),
      },
    });
    return null;
  } catch (error) {
    setUrgent({ ...urgent, save: { status: 'failed' } });
    return error instanceof ApiError ? error : new ApiError(0, 'internal', String(error));
  }
}

/**
 * Saves the request at the red-flag question, without waiting for it: the advice page shows at
 * once and follows the save's progress in the draft. One save at a time; a saved one is kept.
 */
export function startUrgentSave(language: Language): Promise<ApiError | null> {
  urgentInFlight ??= attemptUrgentSave(language).finally(() => {
    urgentInFlight = null;
  });
  return urgentInFlight;
}

/**
 * Starts the urgent save once it is needed (a red flag ticked or found), its advice has been
 * shown and it has a name, phone and practice; never a second time (a failed one is tried again
 * from the advice page, or on sending).
 */
export function startUrgentSaveWhenReady(language: Language): void {
  const draft = getDraft();
  if (draft.urgent !== null || draft.advice === null || urgentSaveInFlight()) return;
  if (!urgentNeeded(draft.answers) || !urgentDetailsComplete(draft.answers, localToday())) return;
  void startUrgentSave(language);
}

/** True while an urgent save started on this page load is under way. */
export function urgentSaveInFlight(): boolean {
  return urgentInFlight !== null;
}

/**
 * Sends the whole request. With an urgent request already saved, completes it; with an urgent
 * save that failed, tries that again first (so a save that did reach the server is not doubled),
 * falling back to a new request only when the server refused the urgent save's answers.
 * Throws ApiError when it was not sent.
 */
export async function submitReferral(language: Language): Promise<Submitted> {
  const today = localToday();
  const draft = getDraft();
  const answers = toRequestAnswers(draft.answers, language, today);
  if (draft.urgent && draft.urgent.save.status !== 'saved' && urgentNeeded(draft.answers)) {
    const problem = await startUrgentSave(language);
    // Not reached: do not risk a second request beside one the server may have saved.
    if (problem && notSent(problem)) throw problem;
  }
  const urgent = getDraft().urgent?.save;
  const result =
    urgent?.status === 'saved'
      ? await completeReferral(urgent.id, urgent.completionToken, VERSION, answers)
      : await sendReferral(VERSION, answers, draft.idempotencyKey);
  return {
    reference: result.reference,
    urgency: result.urgency,
    confirmationSent: result.confirmationSent,
    bookingLink: result.directBooking?.link ?? null,
  };
}

/** Whether a failed submit left the answers unsent because of the network or the server. */
export function notSent(error: unknown): boolean {
  return !(error instanceof ApiError) || error.code === 'network' || error.status >= 500;
}
