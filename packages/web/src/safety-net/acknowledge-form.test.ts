import { describe, expect, it } from 'vitest';
import { acknowledgeBody, isSafetyNetRequest, needsAcknowledgement } from './acknowledge-form.js';
import type { InboxItem } from '../triage/request-types.js';

describe('acknowledgeBody', () => {
  it('asks for the outcome and a note', () => {
    expect(acknowledgeBody({ outcome: '', note: '  ', nextSteps: '' })).toEqual([
      { path: 'outcome', code: 'required', message: 'required' },
      { path: 'note', code: 'required', message: 'required' },
    ]);
  });

  it('needs next steps when the person could not be reached', () => {
    expect(
      acknowledgeBody({ outcome: 'could_not_reach', note: 'Rang twice', nextSteps: ' ' }),
    ).toEqual([{ path: 'nextSteps', code: 'required', message: 'required' }]);
    expect(
      acknowledgeBody({ outcome: 'could_not_reach', note: 'Rang twice', nextSteps: 'Ring at 4pm' }),
    ).toEqual({ outcome: 'could_not_reach', note: 'Rang twice', nextSteps: 'Ring at 4pm' });
  });

  it('sends trimmed text, and next steps only when given', () => {
    expect(
      acknowledgeBody({ outcome: 'called_back_safe', note: ' Spoke to her ', nextSteps: '' }),
    ).toEqual({
      outcome: 'called_back_safe',
      note: 'Spoke to her',
    });
    expect(
      acknowledgeBody({ outcome: 'handed_gp', note: 'GP told', nextSteps: ' GP to visit ' }),
    ).toEqual({ outcome: 'handed_gp', note: 'GP told', nextSteps: 'GP to visit' });
  });

  it('refuses a note over 2,000 characters', () => {
    expect(
      acknowledgeBody({ outcome: 'handed_999', note: 'x'.repeat(2001), nextSteps: '' }),
    ).toEqual([{ path: 'note', code: 'too_long', message: 'too_long' }]);
  });
});

describe('needsAcknowledgement', () => {
  const base = { pinned: false, urgency: 'routine', safeguarding: false, acknowledgement: null };
  const item = (overrides: Partial<InboxItem>) => ({ ...base, ...overrides }) as InboxItem;

  it('is true for an unacknowledged crisis or safeguarding request only', () => {
    expect(needsAcknowledgement(item({}))).toBe(false);
    expect(needsAcknowledgement(item({ urgency: 'urgent' }))).toBe(false);
    expect(needsAcknowledgement(item({ pinned: true, urgency: 'crisis' }))).toBe(true);
    expect(needsAcknowledgement(item({ safeguarding: true }))).toBe(true);
    const acknowledgement = {
      outcome: 'handed_111',
      note: 'n',
      nextSteps: null,
      by: { id: '00000000-0000-4000-8000-000000000001', name: 'A' },
      at: '2026-12-01T10:00:00Z',
    } as const;
    expect(needsAcknowledgement(item({ safeguarding: true, acknowledgement }))).toBe(false);
    expect(isSafetyNetRequest(item({ safeguarding: true, acknowledgement }))).toBe(true);
  });
});
