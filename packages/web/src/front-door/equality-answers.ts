// The equality questions' answers (issue 11 item 3) as the public form's draft and the staff
// form keep them, and each answer's text key under referral.equality.
import type { DraftAnswers } from './draft.js';

/** The answers these questions hold, as the public form's draft and the staff form keep them. */
export type EqualityValues = Pick<
  DraftAnswers,
  'sex' | 'genderSameAsSex' | 'genderIdentity' | 'ethnicGroup' | 'ethnicity'
>;

export const EMPTY_EQUALITY: EqualityValues = {
  sex: '',
  genderSameAsSex: '',
  genderIdentity: '',
  ethnicGroup: '',
  ethnicity: '',
};

/** Each answer's text key under referral.equality. */
export const EQUALITY_LABEL_KEYS: Readonly<Record<string, string>> = {
  female: 'female',
  male: 'male',
  non_binary: 'nonBinary',
  other: 'other',
  yes: 'yes',
  no: 'no',
  prefer_not_to_say: 'preferNotToSay',
};
