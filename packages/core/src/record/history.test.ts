import { describe, expect, it } from 'vitest';
import { changedFields, decideEdit } from './history.js';

describe('changedFields (H-304)', () => {
  it('names nested fields that changed, and nothing else', () => {
    expect(
      changedFields(
        { note: 'a', minutes: 30, plan: { warningSigns: 'x', coping: 'y' }, items: [1, 2] },
        { note: 'b', minutes: 30, plan: { warningSigns: 'x', coping: 'z' }, items: [1, 3] },
      ),
    ).toEqual(['items[1]', 'note', 'plan.coping']);
  });
  it('treats added, removed and resized values as changes', () => {
    expect(changedFields({ a: 1 }, { a: 1, b: null })).toEqual(['b']);
    expect(changedFields({ a: [1] }, { a: [1, 2] })).toEqual(['a']);
    expect(changedFields({ a: 1 }, { a: 1 })).toEqual([]);
  });
});

describe('decideEdit (H-304)', () => {
  const current = { version: 3, data: { note: 'a' } };
  it('refuses an edit made against an older version', () => {
    expect(decideEdit(current, 2, { note: 'b' })).toEqual({ kind: 'conflict', currentVersion: 3 });
  });
  it('applies an edit against the current version, naming what changed', () => {
    expect(decideEdit(current, 3, { note: 'b' })).toEqual({ kind: 'apply', changed: ['note'] });
    expect(decideEdit(current, 3, { note: 'a' })).toEqual({ kind: 'unchanged' });
  });
});
