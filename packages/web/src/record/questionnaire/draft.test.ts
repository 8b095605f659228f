import { describe, expect, it } from 'vitest';
import { completedDraft, emptyDraft, parseDraft, storageKey, withAnswer } from './draft.js';

describe('questionnaire drafts', () => {
  it('keeps answers, problems and flags through storage', () => {
    const draft = {
      ...withAnswer(withAnswer(emptyDraft, 'phq9', 'q1', '2'), 'eq5d5l', 'vas', '7'),
      languageSet: true,
      pending: [{ kind: 'phq9' as const, item: 'q2' }],
    };
    expect(parseDraft(JSON.stringify(draft))).toEqual(draft);
  });

  it('starts afresh from anything it cannot read, and drops what does not fit', () => {
    expect(parseDraft(null)).toEqual(emptyDraft);
    expect(parseDraft('{not json')).toEqual(emptyDraft);
    expect(parseDraft(JSON.stringify({ version: 2 }))).toEqual(emptyDraft);
    const odd = {
      version: 1,
      values: { phq9: { q1: 3, q99: '1', q2: { no: true } }, unknown: { a: '1' } },
      pending: [{ kind: 'phq9', item: 'q1' }, { kind: 'nope', item: 'q1' }, 'x'],
      languageSet: 'yes',
      completed: 1,
    };
    expect(parseDraft(JSON.stringify(odd))).toEqual({
      ...emptyDraft,
      values: { phq9: { q1: '3' } },
      pending: [{ kind: 'phq9', item: 'q1' }],
    });
  });

  it('forgets the answers once sent, keeping that they were sent', () => {
    const sent = completedDraft({
      ...withAnswer(emptyDraft, 'prem', 'why', 'Kind'),
      languageSet: true,
    });
    expect(sent).toEqual({ ...emptyDraft, languageSet: true, completed: true });
  });

  it('keys each link’s draft by its token', () => {
    expect(storageKey('abc')).toBe('everyday.questionnaire.abc');
  });
});
