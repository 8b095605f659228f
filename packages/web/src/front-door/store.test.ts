import { describe, expect, it } from 'vitest';
import { emptyAnswers, newDraft } from './draft.js';
import { parseDraft } from './store.js';

describe('stored referral', () => {
  it('reads back what it wrote', () => {
    const draft = {
      ...newDraft('8c1f5e0e-4a6f-4b8e-9d37-1f2a3b4c5d6e'),
      answers: { ...emptyAnswers, givenName: 'Ffion', areas: ['work' as const] },
      step: 'areas' as const,
      urgent: { idempotencyKey: 'k', save: { status: 'failed' as const } },
    };
    expect(parseDraft(JSON.stringify(draft))).toEqual(draft);
  });

  it('starts afresh from nothing, garbage or another version', () => {
    for (const text of [null, '', 'not json', '[]', '{"version":2,"idempotencyKey":"k"}']) {
      const draft = parseDraft(text);
      expect(draft.answers).toEqual(emptyAnswers);
      expect(draft.idempotencyKey).toMatch(/^[0-9a-f-]{36}$/);
    }
  });

  it('drops stored answers of the wrong type and unknown steps', () => {
    const draft = parseDraft(
      JSON.stringify({
        version: 1,
        idempotencyKey: 'k',
        step: 'nowhere',
        answers: { givenName: 42, areas: 'work', familyName: 'Hughes', extra: 'x' },
      }),
    );
    expect(draft.step).toBeNull();
    expect(draft.answers).toEqual({ ...emptyAnswers, familyName: 'Hughes' });
  });
});
