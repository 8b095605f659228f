import type { TFunction } from 'i18next';
import { beforeAll, describe, expect, it } from 'vitest';
import en from '../../locales/en.json' with { type: 'json' };
import staffEn from '../../locales/staff.en.json' with { type: 'json' };
import { translator } from '../../testing/translator.js';
import { clearFlagBody, markSafeguardingBody, safetyFormErrors } from './safety-forms.js';

describe('clearFlagBody', () => {
  it('needs the flag and a reason of at least 10 characters', () => {
    expect(clearFlagBody('', '')).toEqual([
      { path: 'flag', code: 'required', message: 'required' },
      { path: 'reason', code: 'required', message: 'required' },
    ]);
    expect(clearFlagBody('screen', ' too short')).toEqual([
      { path: 'reason', code: 'too_short', message: 'too_short' },
    ]);
    expect(clearFlagBody('screen', 'x'.repeat(1001))).toEqual([
      { path: 'reason', code: 'too_long', message: 'too_long' },
    ]);
  });

  it('sends the flag and the trimmed reason', () => {
    expect(clearFlagBody('safeguarding', '  Spoke to her: a film plot  ')).toEqual({
      flag: 'safeguarding',
      reason: 'Spoke to her: a film plot',
    });
  });
});

describe('markSafeguardingBody', () => {
  it('needs a reason', () => {
    expect(markSafeguardingBody(' ')).toEqual([
      { path: 'reason', code: 'required', message: 'required' },
    ]);
    expect(markSafeguardingBody(' Bruises seen ')).toEqual({ reason: 'Bruises seen' });
  });
});

describe('safetyFormErrors', () => {
  let t: TFunction;
  beforeAll(async () => {
    t = await translator({ ...en, ...staffEn });
  });

  it('puts each message beside its field and links the summary to it', () => {
    const errors = safetyFormErrors(t, 'clearFlag', [
      { path: 'reason', code: 'too_short', message: 'x' },
      { path: 'reason', code: 'required', message: 'x' },
    ]);
    expect(errors.fields).toEqual({
      'clear-flag-reason': 'Reason must be at least 10 characters',
    });
    expect(errors.summary).toEqual([
      { text: 'Reason must be at least 10 characters', href: '#clear-flag-reason' },
    ]);
  });

  it('gives next steps its own id and message', () => {
    const errors = safetyFormErrors(t, 'acknowledge', [
      { path: 'nextSteps', code: 'required', message: 'x' },
    ]);
    expect(errors.fields['acknowledge-next-steps']).toBe(
      'Enter what happens next, as they could not be reached',
    );
  });

  it('keeps errors about no field in the summary only, in the server’s words', () => {
    expect(safetyFormErrors(t, 'acknowledge', [{ path: '', code: 'odd', message: 'Odd' }])).toEqual({
      summary: [{ text: 'Odd' }],
      fields: {},
    });
  });
});
