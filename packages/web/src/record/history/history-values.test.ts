import { changedFields } from '@everyday/core';
import { describe, expect, it } from 'vitest';
import {
  fieldLabelKey,
  leafPaths,
  shownFields,
  shownValue,
  valueAtPath,
} from './history-values.js';

const assessment = {
  stage: 'initial',
  notes: 'Low mood',
  phq9: { items: [1, 2, 1, 2, 0, 1, 1, 0, 1] },
  copm: { problems: [{ problem: 'Cooking', importance: 8 }] },
  eq5d5l: null,
};

describe('values of a version', () => {
  it('reads values by the paths changedFields gives', () => {
    expect(valueAtPath(assessment, 'notes')).toBe('Low mood');
    expect(valueAtPath(assessment, 'phq9.items[8]')).toBe(1);
    expect(valueAtPath(assessment, 'copm.problems[0].problem')).toBe('Cooking');
    expect(valueAtPath(assessment, 'missing.path')).toBeUndefined();
    expect(valueAtPath(assessment, '(whole entry)')).toBe(assessment);
  });

  it('agrees with core’s changedFields on what it names', () => {
    const next = { ...assessment, phq9: { items: [1, 2, 1, 2, 0, 1, 1, 0, 3] }, notes: 'Better' };
    for (const path of changedFields(assessment, next))
      expect(valueAtPath(next, path)).not.toEqual(valueAtPath(assessment, path));
  });

  it('lists every leaf for a first version, arrays of plain values as one', () => {
    expect(leafPaths(assessment)).toEqual([
      'stage',
      'notes',
      'phq9.items',
      'copm.problems[0].problem',
      'copm.problems[0].importance',
      'eq5d5l',
    ]);
    expect(shownFields(assessment, ['notes'])).toEqual(['notes']);
    expect(shownFields({ note: 'x' }, [])).toEqual(['note']);
  });

  it('shows nothing, yes or no, or text', () => {
    expect(shownValue(null)).toEqual({ type: 'empty' });
    expect(shownValue('')).toEqual({ type: 'empty' });
    expect(shownValue([])).toEqual({ type: 'empty' });
    expect(shownValue(true)).toEqual({ type: 'boolean', value: true });
    expect(shownValue([1, 2, 3])).toEqual({ type: 'text', text: '1, 2, 3' });
    expect(shownValue({ to: 'none', detail: '' })).toEqual({
      type: 'text',
      text: 'to: none; detail: ',
    });
    expect(shownValue(45)).toEqual({ type: 'text', text: '45' });
  });

  it('labels a field by its last name', () => {
    expect(fieldLabelKey('safetyPlan.warningSigns')).toBe('warningSigns');
    expect(fieldLabelKey('phq9.items[8]')).toBe('items');
    expect(fieldLabelKey('note')).toBe('note');
  });
});
