import type { TFunction } from 'i18next';
import { describe, expect, it } from 'vitest';
import { ApiError } from '../api.js';
import {
  fieldId,
  formPath,
  itemNumber,
  linkTarget,
  messageKey,
  problem,
  recordFieldErrors,
  recordSubmitErrors,
} from './record-errors.js';

/** A t() that says which key it found first (of those given), with the item number. */
const known = new Set([
  'record.errors.fields.phq9.items.required',
  'record.errors.required',
  'record.errors.out_of_range',
]);
const t = ((keys: string | string[], options?: { defaultValue?: string; n?: number }) => {
  const list = Array.isArray(keys) ? keys : [keys];
  const found = list.find((key) => known.has(key));
  if (found === undefined) return options?.defaultValue ?? list[0];
  return options?.n === undefined ? found : `${found} #${String(options.n)}`;
}) as unknown as TFunction;

describe('paths of fields', () => {
  it('drops the data. prefix of server paths', () => {
    expect(formPath('data.phq9.items.8')).toBe('phq9.items.8');
    expect(formPath('data')).toBe('');
    expect(formPath('baseVersion')).toBe('baseVersion');
    expect(formPath('database.x')).toBe('database.x');
  });

  it('finds messages by the field, rows and items left out', () => {
    expect(messageKey('copm.problems.2.importance')).toBe('copm.problems.importance');
    expect(messageKey('phq9.items.8')).toBe('phq9.items');
  });

  it('makes element ids and item numbers from paths', () => {
    expect(fieldId('phq9.items.8')).toBe('phq9-items-8');
    expect(itemNumber('phq9.items.8')).toBe(9);
    expect(itemNumber('copm.problems.0.importance')).toBe(1);
    expect(itemNumber('note')).toBeUndefined();
  });

  it('links to the nearest part of the page that exists', () => {
    const ids = new Set(['eq5d5l', 'phq9-items-8']);
    const exists = (id: string): boolean => ids.has(id);
    expect(linkTarget('phq9.items.8', exists)).toBe('phq9-items-8');
    expect(linkTarget('eq5d5l.profile', exists)).toBe('eq5d5l');
    expect(linkTarget('unknown.field', exists)).toBeNull();
  });
});

describe('form errors', () => {
  const exists = (): boolean => true;

  it('shows the field’s own message, with the item number, beside the field and in the summary', () => {
    const errors = recordFieldErrors(t, [problem('data.phq9.items.8', 'required')], { exists });
    expect(errors.fields).toEqual({
      'phq9.items.8': 'record.errors.fields.phq9.items.required #9',
    });
    expect(errors.summary).toEqual([
      { text: 'record.errors.fields.phq9.items.required #9', href: '#phq9-items-8' },
    ]);
  });

  it('falls back to the general message, then the server’s words, and keeps one per field', () => {
    const errors = recordFieldErrors(
      t,
      [
        problem('minutes', 'out_of_range'),
        problem('minutes', 'required'),
        { path: 'note', code: 'mystery', message: 'Server says no' },
      ],
      { exists },
    );
    expect(errors.fields).toEqual({
      minutes: 'record.errors.out_of_range',
      note: 'Server says no',
    });
    expect(errors.summary).toHaveLength(2);
  });

  it('lists a problem with no field, or no element, without a link', () => {
    const errors = recordFieldErrors(t, [problem('data', 'required')], { exists: () => false });
    expect(errors.summary).toEqual([{ text: 'record.errors.required' }]);
  });

  it('turns a failed save into errors: fields when given, else the error code’s message', () => {
    const validation = new ApiError(400, 'validation', 'Check', [
      problem('data.phq9.items.8', 'required'),
    ]);
    expect(recordSubmitErrors(t, validation, { exists }).fields).toHaveProperty(['phq9.items.8']);
    expect(recordSubmitErrors(t, new ApiError(403, 'forbidden', 'No')).summary).toEqual([
      { text: 'No' },
    ]);
    expect(recordSubmitErrors(t, new Error('boom')).summary).toEqual([{ text: 'errors.internal' }]);
  });
});
