// The link's own API: what it asks for (GET) and sending the answers (POST). The token is the key.
import type { AdviceId, QuestionnaireKind } from '@everyday/core';
import { api } from '../../api.js';
import type { Language } from '../../i18n.js';

export interface QuestionnaireLink {
  kinds: QuestionnaireKind[];
  language: Language;
  givenName: string;
  expiresAt: string;
}

/** What a page of the flow needs to know about the link it is on. */
export interface Flow {
  token: string;
  link: QuestionnaireLink;
  /** The questionnaires asked, in the link's order (any this app does not know are left out). */
  kinds: QuestionnaireKind[];
}

/** Why a link cannot be used: it does not work (404), or has expired or been used (410). */
export type LinkProblem = 'not_found' | 'gone';

export function linkPath(token: string): string {
  return `/api/questionnaires/${encodeURIComponent(token)}`;
}

export async function sendAnswers(
  token: string,
  language: Language,
  answers: Partial<Record<QuestionnaireKind, unknown>>,
): Promise<QuestionnaireReceipt> {
  return api.post<QuestionnaireReceipt>(
    linkPath(token),
    { language, answers },
    { retryOnCsrf: true },
  );
}

/** What the server answers: advice when PHQ-9 item 9 is above 0 or the free text matched. */
export interface QuestionnaireReceipt {
  readonly advice?: readonly AdviceId[];
  readonly safeguarding?: boolean;
}
