// What a clinician did about a crisis or safeguarding request: the acknowledge form's checks and
// the body it sends to POST /api/requests/:id/acknowledge (docs/api/safety-net-contract.md).
import type { FieldError } from '../api-types.js';
import { requiredText } from './flags/safety-forms.js';
import type { AcknowledgeOutcome, InboxItem } from '../triage/request-types.js';

import { ACKNOWLEDGEMENT_TEXT_LIMITS } from '@everyday/core';

export interface AcknowledgeValues {
  outcome: AcknowledgeOutcome | '';
  note: string;
  nextSteps: string;
}

export interface AcknowledgeBody {
  outcome: AcknowledgeOutcome;
  note: string;
  nextSteps?: string;
}

/**
 * The outcome and a note are always needed; what happens next is needed when the person could not
 * be reached (someone must try again), and sent whenever it is given.
 */
export function acknowledgeBody(values: AcknowledgeValues): AcknowledgeBody | FieldError[] {
  const nextSteps = values.nextSteps.trim();
  const problems = [
    ...(values.outcome === '' ? [{ path: 'outcome', code: 'required', message: 'required' }] : []),
    ...requiredText('note', values.note, 1, ACKNOWLEDGEMENT_TEXT_LIMITS.note),
    ...(values.outcome === 'could_not_reach' || nextSteps !== ''
      ? requiredText('nextSteps', values.nextSteps, 1, ACKNOWLEDGEMENT_TEXT_LIMITS.nextSteps)
      : []),
  ];
  if (problems.length > 0 || values.outcome === '') return problems;
  return {
    outcome: values.outcome,
    note: values.note.trim(),
    ...(nextSteps !== '' ? { nextSteps } : {}),
  };
}

/** Only crisis and safeguarding requests are acknowledged, once. */
export function needsAcknowledgement(request: InboxItem): boolean {
  const crisis = request.pinned || request.urgency === 'crisis';
  return (crisis || request.safeguarding) && !request.acknowledgement;
}

/** Crisis or safeguarding, acknowledged or not: the acknowledgement panel belongs on the page. */
export function isSafetyNetRequest(request: InboxItem): boolean {
  return request.pinned || request.urgency === 'crisis' || request.safeguarding;
}
