import { parseNhsNumber } from '@everyday/core';
import { useState } from 'react';
import { api } from '../../api.js';
import type { PersonMatch } from '../../triage/request-types.js';
import type { EntryValues } from './entry-values.js';
import { isoDateOf } from './entry-values.js';

export interface MatchQuery {
  givenName: string;
  familyName: string;
  dateOfBirth: string;
  nhsNumber?: string;
}

/** What POST /api/people/matches is asked, or null while the name or date of birth is unusable. */
export function matchQueryOf(values: EntryValues): MatchQuery | null {
  const givenName = values.givenName.trim();
  const familyName = values.familyName.trim();
  const dateOfBirth = isoDateOf(values.dateOfBirth);
  if (givenName === '' || familyName === '' || dateOfBirth === null) return null;
  const nhs = parseNhsNumber(values.nhsNumber);
  return { givenName, familyName, dateOfBirth, ...(nhs.valid ? { nhsNumber: nhs.value } : {}) };
}

/** Two queries are the same check when they differ only in case and spacing. */
export function matchKeyOf(query: MatchQuery | null): string {
  if (query === null) return '';
  const { givenName, familyName, dateOfBirth, nhsNumber } = query;
  return JSON.stringify([
    givenName.toLowerCase(),
    familyName.toLowerCase(),
    dateOfBirth,
    nhsNumber,
  ]);
}

export type CheckState =
  | { status: 'idle' }
  | { status: 'checking'; key: string }
  | { status: 'checked'; key: string; matches: PersonMatch[] };

/** A choice among the matches: a person's id, or `new` for "none of these". */
export const NEW_PERSON = 'new';

export interface DuplicateCheck {
  state: CheckState;
  /** True when the last check was for the name and date of birth now in the form. */
  current: boolean;
  choice: string;
  choose: (choice: string) => void;
  /** Looks for existing records; throws ApiError when the check could not be made. */
  run: (query: MatchQuery) => Promise<PersonMatch[]>;
}

/** The duplicate-person check: it is run by the user (or on submit) and never merges anyone. */
export function useDuplicateCheck(values: EntryValues): DuplicateCheck {
  const [state, setState] = useState<CheckState>({ status: 'idle' });
  const [choice, setChoice] = useState('');
  const key = matchKeyOf(matchQueryOf(values));
  const current = state.status !== 'idle' && state.key === key && key !== '';
  const run = async (query: MatchQuery): Promise<PersonMatch[]> => {
    const queryKey = matchKeyOf(query);
    setState({ status: 'checking', key: queryKey });
    setChoice('');
    try {
      const { matches } = await api.post<{ matches: PersonMatch[] }>('/api/people/matches', query, {
        retryOnCsrf: true,
      });
      setState({ status: 'checked', key: queryKey, matches });
      return matches;
    } catch (error) {
      setState({ status: 'idle' });
      throw error;
    }
  };
  return { state, current, choice, choose: setChoice, run };
}
