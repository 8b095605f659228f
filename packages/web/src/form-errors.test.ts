import { describe, expect, it } from 'vitest';
import { ApiError } from './api.js';
import { apiFormErrors, fieldErrors } from './form-errors.js';
import { translator } from './testing/translator.js';

const t = await translator({
  errors: {
    invalid_credentials: 'Enter a correct email address and password',
    internal: 'Sorry, there is a problem',
    too_many_attempts_one: 'Try again in {{count}} minute.',
    too_many_attempts_other: 'Try again in {{count}} minutes.',
  },
  fieldErrors: {
    required: 'Enter the missing information',
    byField: { email: { required: 'Enter an email address' } },
  },
});

describe('form errors', () => {
  it('uses the field-specific message, then the generic one, then the server message', () => {
    const errors = fieldErrors(t, [
      { path: 'email', code: 'required', message: 'x' },
      { path: 'name', code: 'required', message: 'x' },
      { path: 'roles.0', code: 'brand_new_code', message: 'Server says no' },
    ]);
    expect(errors.fields).toEqual({
      email: 'Enter an email address',
      name: 'Enter the missing information',
      roles: 'Server says no',
    });
    expect(errors.summary.map((item) => item.href)).toEqual(['#email', '#name', '#roles']);
  });

  it('links summary items to the element id given for a field', () => {
    const errors = fieldErrors(t, [{ path: 'password', code: 'required', message: '' }], {
      password: 'new-password',
    });
    expect(errors.summary[0]?.href).toBe('#new-password');
  });

  it('shows a top-level error once, linked to the target field', () => {
    const errors = apiFormErrors(t, new ApiError(401, 'invalid_credentials', 'Bad'), {
      target: 'email',
    });
    expect(errors.summary).toEqual([
      { text: 'Enter a correct email address and password', href: '#email' },
    ]);
  });

  it('says how many minutes to wait after too many attempts, rounding up', () => {
    const errors = apiFormErrors(t, new ApiError(429, 'too_many_attempts', 'Slow down', [], 61));
    expect(errors.summary[0]?.text).toBe('Try again in 2 minutes.');
    const soon = apiFormErrors(t, new ApiError(429, 'too_many_attempts', 'Slow down', [], 5));
    expect(soon.summary[0]?.text).toBe('Try again in 1 minute.');
  });

  it('treats anything that is not an ApiError as a problem with the service', () => {
    expect(apiFormErrors(t, new TypeError('boom')).summary).toEqual([
      { text: 'Sorry, there is a problem' },
    ]);
  });
});
