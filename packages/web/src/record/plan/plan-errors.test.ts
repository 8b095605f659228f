import { describe, expect, it } from 'vitest';
import { ApiError } from '../../api.js';
import { translator } from '../../testing/translator.js';
import {
  fieldId,
  formPath,
  isConflict,
  messageKey,
  planFieldErrors,
  planSubmitErrors,
  problem,
} from './plan-errors.js';

const t = await translator({
  errors: { internal: 'Sorry, there is a problem', conflict: 'Someone else saved it' },
  fieldErrors: { invalid_value: 'Select a valid answer' },
  recordPlan: {
    errors: { required: 'Enter the missing information', out_of_range: 'Out of range' },
    risk: {
      errors: {
        level: { required: 'Confirm the level of risk' },
        escalation: { to: { high_needs_escalation: 'A high level must be escalated' } },
      },
    },
    report: {
      errors: { difficulties: { recommendation: { required: 'Enter a recommendation' } } },
    },
  },
});

describe('server paths as the forms name them', () => {
  it('takes `data.` off an entry path and leaves others as they are', () => {
    expect(formPath('data.level')).toBe('level');
    expect(formPath('data.escalation.to')).toBe('escalation.to');
    expect(formPath('level')).toBe('level');
    expect(formPath('avoided.gpAppointmentsCount')).toBe('avoided.gpAppointmentsCount');
    expect(formPath('database')).toBe('database');
    expect(formPath('data')).toBe('');
  });

  it('words a row field the same whichever row it is in', () => {
    expect(messageKey('difficulties.3.recommendation')).toBe('difficulties.recommendation');
    expect(messageKey('escalation.to')).toBe('escalation.to');
  });

  it('links to the field whose id is its path with dashes, unless another id is named', () => {
    expect(fieldId('escalation.to')).toBe('escalation-to');
    expect(fieldId('difficulties.1.difficulty')).toBe('difficulties-1-difficulty');
    expect(fieldId('gas', { gas: 'measure' })).toBe('measure');
  });
});

describe('planFieldErrors', () => {
  it('uses the form’s message, then the pages’ general one, then the app’s, then the server’s', () => {
    const errors = planFieldErrors(t, 'recordPlan.risk.errors', [
      problem('data.level', 'required'),
      problem('data.escalation.to', 'high_needs_escalation'),
      problem('data.thoughts', 'required'),
      problem('data.plans', 'invalid_value'),
      { path: 'data.intent', code: 'brand_new', message: 'The server says no' },
    ]);
    expect(errors.fields).toEqual({
      level: 'Confirm the level of risk',
      'escalation.to': 'A high level must be escalated',
      thoughts: 'Enter the missing information',
      plans: 'Select a valid answer',
      intent: 'The server says no',
    });
    expect(errors.summary.map((item) => item.href)).toEqual([
      '#level',
      '#escalation-to',
      '#thoughts',
      '#plans',
      '#intent',
    ]);
  });

  it('keeps the first problem of a field, and words row problems by their field', () => {
    const errors = planFieldErrors(t, 'recordPlan.report.errors', [
      problem('difficulties.2.recommendation', 'required'),
      problem('difficulties.2.recommendation', 'too_long'),
    ]);
    expect(errors.fields).toEqual({ 'difficulties.2.recommendation': 'Enter a recommendation' });
    expect(errors.summary).toEqual([
      { text: 'Enter a recommendation', href: '#difficulties-2-recommendation' },
    ]);
  });

  it('maps paths the form names differently, and lists a problem with the whole entry unlinked', () => {
    const errors = planFieldErrors(
      t,
      'recordPlan.review.errors',
      [problem('data.reviews.0.on', 'required'), problem('data', 'required')],
      { mapPath: (path) => path.replace(/^reviews\.\d+\./, ''), ids: { on: 'review-on' } },
    );
    expect(errors.summary).toEqual([
      { text: 'Enter the missing information', href: '#review-on' },
      { text: 'Enter the missing information' },
    ]);
  });
});

describe('planSubmitErrors', () => {
  it('shows field problems from a 400 by their fields', () => {
    const error = new ApiError(400, 'validation', 'Invalid', [
      { path: 'data.level', code: 'required', message: 'Enter a value' },
    ]);
    expect(planSubmitErrors(t, 'recordPlan.risk.errors', error).fields).toEqual({
      level: 'Confirm the level of risk',
    });
  });

  it('shows a failure of the whole form in the summary only', () => {
    const conflict = new ApiError(409, 'conflict', 'Changed');
    expect(planSubmitErrors(t, 'x', conflict)).toEqual({
      summary: [{ text: 'Someone else saved it' }],
      fields: {},
    });
    expect(isConflict(conflict)).toBe(true);
    expect(planSubmitErrors(t, 'x', new Error('boom')).summary).toEqual([
      { text: 'Sorry, there is a problem' },
    ]);
    expect(isConflict(new Error('conflict'))).toBe(false);
  });
});
