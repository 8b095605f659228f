/// <reference types="node" />
// Every problem the pages can report has its own words in English and Welsh.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { RED_FLAGS } from '@everyday/core';
import type { DraftAnswers } from './draft.js';
import { emptyAnswers } from './draft.js';
import { STEP_IDS } from './steps.js';
import { makeDraftAnswers } from './test-answers.js';
import { validateStep } from './validate.js';

function messages(language: 'en' | 'cy'): Record<string, Record<string, string>> {
  const file = new URL(`../locales/referral.${language}.json`, import.meta.url);
  const json = JSON.parse(readFileSync(file, 'utf8')) as {
    referral: { errors: Record<string, Record<string, string>> };
  };
  return json.referral.errors;
}

/** Answers that between them trip every check the pages make. */
const wrong: Partial<DraftAnswers>[] = [
  emptyAnswers,
  { ...emptyAnswers, for: 'someone_else', referrerPhone: '12', interpreter: 'yes' },
  {
    nhsNumber: '4865447041',
    postcode: 'nope',
    phone: '12',
    email: 'x',
    dobDay: '31',
    dobMonth: '2',
  },
  { nhsNumber: '0000000000', preferred: 'text', phone: '020 7946 0000', dobYear: '51' },
  { nhsNumber: '1', preferred: 'email', email: '', dobYear: '1899', dobMonth: '12', dobDay: '31' },
  { preferred: 'phone', phone: '', dobDay: '', dobMonth: '', givenName: 'x'.repeat(101) },
  { dobDay: '', dobYear: '', difficulties: 'x'.repeat(2001), accessOther: 'x'.repeat(501) },
  { dobMonth: '', dobYear: '', dobDay: '1', redFlags: [...RED_FLAGS].slice(0, 1) },
  { dobDay: '1', dobMonth: '1', dobYear: '2999', email: `${'x'.repeat(250)}@example.com` },
];

describe('referral error messages', () => {
  const found = new Set<string>();
  for (const overrides of wrong) {
    const answers = makeDraftAnswers({ ...overrides, areas: ['falls_mobility', 'work'] });
    for (const step of STEP_IDS) {
      for (const problem of validateStep(step, answers, '2026-11-21')) {
        found.add(`${problem.field}.${problem.code}`);
      }
    }
  }

  it.each(['en', 'cy'] as const)('has a %s message for every problem', (language) => {
    const texts = messages(language);
    const missing = [...found].filter((key) => {
      const [field, code] = key.split('.') as [string, string];
      return !texts[field]?.[code];
    });
    expect(found.size).toBeGreaterThan(30);
    expect(missing).toEqual([]);
  });
});
