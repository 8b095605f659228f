// What the person has typed so far, kept as they typed it (strings, not yet checked), with the
// keys and results that make sending it safe to retry. Stored in sessionStorage (store.ts).
import type {
  AccessNeed,
  Area,
  ContactMethod,
  Duration,
  EthnicGroup,
  EthnicityAnswer,
  GenderIdentity,
  GenderSameAsSex,
  PersonSex,
  FallsInLastYear,
  Impact,
  RedFlag,
  Urgency,
  WorkStatus,
} from '@everyday/core';
import type { AdviceRoute, StepId } from './steps.js';

export interface DraftAnswers {
  for: '' | 'self' | 'someone_else';
  personAgreed: boolean;
  referrerName: string;
  referrerRelationship: string;
  referrerPhone: string;
  givenName: string;
  familyName: string;
  dobDay: string;
  dobMonth: string;
  dobYear: string;
  nhsNumber: string;
  postcode: string;
  practiceId: string;
  /** Shown on check your answers without fetching the list again. */
  practiceName: string;
  phone: string;
  email: string;
  preferred: '' | ContactMethod;
  /** Where letters go, asked when letter is chosen. */
  addressLine1: string;
  addressLine2: string;
  addressTown: string;
  addressPostcode: string;
  /** The language to write to them in (issue 16 item 3). */
  preferredLanguage: '' | 'en' | 'cy';
  redFlags: RedFlag[];
  /** "None of these" on the red-flag question. */
  noRedFlags: boolean;
  areas: Area[];
  fallsInLastYear: '' | FallsInLastYear;
  workStatus: '' | WorkStatus;
  difficulties: string;
  since: '' | Duration;
  impact: '' | Impact;
  goals: string;
  interpreter: '' | 'yes' | 'no';
  interpreterLanguage: string;
  accessNeeds: AccessNeed[];
  accessOther: string;
  /** Equality monitoring (issue 11 item 3): all optional. */
  sex: '' | PersonSex;
  genderSameAsSex: '' | GenderSameAsSex;
  genderIdentity: '' | GenderIdentity;
  /** The ethnic group chosen first; the category is chosen within it. */
  ethnicGroup: '' | EthnicGroup | 'prefer_not_to_say';
  ethnicity: '' | EthnicityAnswer;
}

/** A problem with one answer: the page it is on, the element it is about, and a stable code. */
export interface Problem {
  step: StepId;
  field: string;
  code: string;
  /** The server's wording, used when we have none of our own. */
  message?: string;
  /** For the date of birth: which of day, month and year are wrong. */
  parts?: ('day' | 'month' | 'year')[];
}

/** The request saved as soon as a red flag (ticked, or found in the free text) is known. */
export type UrgentSave =
  | { status: 'saving' }
  | { status: 'failed' }
  | {
      status: 'saved';
      id: string;
      reference: string;
      completionToken: string;
      /** The server's answer: it arrived outside opening hours (absent from older servers). */
      outOfHours?: boolean;
    };

export interface UrgentState {
  /** Its own idempotency key, reused for every retry of the urgent save. */
  idempotencyKey: string;
  save: UrgentSave;
}

export interface Submitted {
  reference: string;
  urgency: Urgency;
  confirmationSent: boolean;
  /** Where to book straight away, on a direct-booking pathway. */
  bookingLink?: string | null;
}

export interface ReferralDraft {
  version: 1;
  answers: DraftAnswers;
  /** Generated once per referral; every retry of the final submit sends it again. */
  idempotencyKey: string;
  /** The page the person was last on. */
  step: StepId | null;
  urgent: UrgentState | null;
  /** Problems found on check your answers (by us or the server), shown on their pages. */
  pending: Problem[];
  /** Set while the advice is shown: the page it was reached from and where the rest goes on. */
  advice: AdviceRoute | null;
  /** The screen's matches already shown as advice (`field:rule`), so each shows once. */
  screenShown: string[];
  /** Set once the request is sent: the answers are cleared, the confirmation kept. */
  submitted: Submitted | null;
}

export const emptyAnswers: DraftAnswers = {
  for: '',
  personAgreed: false,
  referrerName: '',
  referrerRelationship: '',
  referrerPhone: '',
  givenName: '',
  familyName: '',
  dobDay: '',
  dobMonth: '',
  dobYear: '',
  nhsNumber: '',
  postcode: '',
  practiceId: '',
  practiceName: '',
  phone: '',
  email: '',
  preferred: '',
  addressLine1: '',
  addressLine2: '',
  addressTown: '',
  addressPostcode: '',
  preferredLanguage: '',
  redFlags: [],
  noRedFlags: false,
  areas: [],
  fallsInLastYear: '',
  workStatus: '',
  difficulties: '',
  since: '',
  impact: '',
  goals: '',
  interpreter: '',
  interpreterLanguage: '',
  accessNeeds: [],
  accessOther: '',
  sex: '',
  genderSameAsSex: '',
  genderIdentity: '',
  ethnicGroup: '',
  ethnicity: '',
};

export function newDraft(idempotencyKey: string): ReferralDraft {
  return {
    version: 1,
    answers: emptyAnswers,
    idempotencyKey,
    step: null,
    urgent: null,
    pending: [],
    advice: null,
    screenShown: [],
    submitted: null,
  };
}

/** True once the person has answered anything. */
export function hasStarted(draft: ReferralDraft): boolean {
  return JSON.stringify(draft.answers) !== JSON.stringify(emptyAnswers);
}
