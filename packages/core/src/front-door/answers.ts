/**
 * The structured information gathered at first contact (DESIGN.md §2.1), the same whichever
 * route a request arrives by: self-referral online, a navigator on the phone or at the desk, a
 * GP or MDT clinician, or another system. Kept free of wording: see question-set.ts.
 */
import type { EthnicityAnswer, GenderIdentity, GenderSameAsSex, PersonSex } from './equality.js';

export const ROUTES = ['self', 'navigator', 'clinician', 'system'] as const;
/** How a request reached the service. */
export type Route = (typeof ROUTES)[number];

export const AREAS = [
  'home_daily_living',
  'falls_mobility',
  'mood_anxiety',
  'work',
  'memory_thinking',
  'caring',
] as const;
/** Areas of everyday life the person finds hard. */
export type Area = (typeof AREAS)[number];

export const DURATIONS = [
  'under_4_weeks',
  '1_to_3_months',
  '3_to_12_months',
  'over_1_year',
] as const;
export type Duration = (typeof DURATIONS)[number];

export const IMPACTS = ['a_little', 'quite_a_lot', 'a_lot', 'cannot_do'] as const;
/** How much it affects everyday life, least to most. */
export type Impact = (typeof IMPACTS)[number];

export const CONTACT_METHODS = ['phone', 'text', 'email', 'letter'] as const;
export type ContactMethod = (typeof CONTACT_METHODS)[number];

export const WORK_STATUSES = [
  'in_work',
  'off_sick',
  'unemployed',
  'not_working',
  'retired',
] as const;
export type WorkStatus = (typeof WORK_STATUSES)[number];

export const FALLS_IN_LAST_YEAR = ['none', 'one', 'two_or_more'] as const;
export type FallsInLastYear = (typeof FALLS_IN_LAST_YEAR)[number];

/** Accessible Information Standard (DCB1605) needs, as categories a service can act on. */
export const ACCESS_NEEDS = [
  'large_print',
  'easy_read',
  'braille',
  'bsl_interpreter',
  'hearing_loop',
  'audio',
  'email_only',
  'someone_with_me',
] as const;
export type AccessNeed = (typeof ACCESS_NEEDS)[number];

export const RED_FLAGS = [
  'self_harm_thoughts',
  'chest_pain',
  'stroke_signs',
  'sudden_confusion',
  'fall_injury',
] as const;
/** Answers that mean the person needs help now, not a place in a queue. */
export type RedFlag = (typeof RED_FLAGS)[number];

export interface PersonDetails {
  readonly givenName: string;
  readonly familyName: string;
  /** YYYY-MM-DD */
  readonly dateOfBirth: string;
  /** Ten digits when given. */
  readonly nhsNumber?: string | undefined;
  readonly postcode: string;
}

/** Where letters go: asked when letter is the way to be contacted. */
export interface PostalAddress {
  readonly line1: string;
  readonly line2?: string | undefined;
  readonly town: string;
  readonly postcode: string;
}

export interface ContactDetails {
  readonly phone?: string | undefined;
  readonly email?: string | undefined;
  readonly preferred: ContactMethod;
  /** Required when `preferred` is letter. */
  readonly address?: PostalAddress | undefined;
}

export interface Referrer {
  /** For a carer or relative: their name and relationship. For a clinician: their name and role. */
  readonly name: string;
  readonly relationship: string;
  readonly phone?: string | undefined;
}

export interface AccessNeeds {
  readonly interpreter: boolean;
  /** The language, when an interpreter is needed. */
  readonly language?: string | undefined;
  readonly needs: readonly AccessNeed[];
  readonly other?: string | undefined;
}

/** Everything asked at first contact. */
export interface RequestAnswers {
  /** Who the request is for: the person themselves, or someone they care for (with agreement). */
  readonly for: 'self' | 'someone_else';
  /** When for someone else: the person has agreed to the request. */
  readonly personAgreed?: boolean | undefined;
  readonly referrer?: Referrer | undefined;
  readonly person: PersonDetails;
  readonly contact: ContactDetails;
  /** The member practice the person is registered with. */
  readonly practiceId: string;
  /** Red flags the person reported; empty when none apply. */
  readonly redFlags: readonly RedFlag[];
  readonly areas: readonly Area[];
  /** What everyday activities are hard, in their own words. */
  readonly difficulties: string;
  readonly since: Duration;
  readonly impact: Impact;
  /** What they hope to achieve, in their own words. */
  readonly goals: string;
  readonly fallsInLastYear?: FallsInLastYear | undefined;
  readonly workStatus?: WorkStatus | undefined;
  /** A GP or MDT clinician's reason for referring. */
  readonly clinicalReason?: string | undefined;
  readonly access: AccessNeeds;
  /** The language to write to them in: the language they used the form in, unless they said otherwise. */
  readonly preferredLanguage?: 'en' | 'cy' | undefined;
  /** Equality monitoring, all optional (issue 11 item 3; front-door/equality.ts). */
  readonly equality?:
    | {
        readonly sex?: PersonSex | undefined;
        readonly genderSameAsSex?: GenderSameAsSex | undefined;
        readonly genderIdentity?: GenderIdentity | undefined;
        readonly ethnicity?: EthnicityAnswer | undefined;
      }
    | undefined;
}

/** Age in whole years on a date, from YYYY-MM-DD strings. */
export function ageOn(dateOfBirth: string, on: string): number {
  const [by, bm, bd] = dateOfBirth.split('-').map(Number) as [number, number, number];
  const [y, m, d] = on.split('-').map(Number) as [number, number, number];
  return y - by - (m < bm || (m === bm && d < bd) ? 1 : 0);
}

/**
 * Whether the falls question ("falls in the last year") is asked and its answer kept: only when the
 * person says falls or mobility is hard. The front door, staff entry, the check-answers page, the
 * request summary and the answers sent to the server all follow this one rule.
 */
export function fallsQuestionApplies(areas: readonly string[] | undefined): boolean {
  return areas?.includes('falls_mobility') ?? false;
}
