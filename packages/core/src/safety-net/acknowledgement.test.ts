import { describe, expect, it } from 'vitest';
import {
  ACKNOWLEDGEMENT_OUTCOMES,
  acknowledgementDueAt,
  checkAcknowledgement,
  crisisKindOf,
  isAcknowledgementOverdue,
  needsAcknowledgement,
  outcomeNeedsNextSteps,
} from './acknowledgement.js';

// The outcomes and the rule that "could not reach" needs what happens next: issue 9, item 5.
describe('checkAcknowledgement', () => {
  it('needs next steps only when the person could not be reached', () => {
    expect(ACKNOWLEDGEMENT_OUTCOMES.filter(outcomeNeedsNextSteps)).toEqual(['could_not_reach']);
    const refused = checkAcknowledgement({ outcome: 'could_not_reach', note: 'Rang twice' });
    expect(refused).toEqual({
      ok: false,
      problems: [expect.objectContaining({ field: 'nextSteps', code: 'required' })],
    });
    const blank = checkAcknowledgement({
      outcome: 'could_not_reach',
      note: 'Rang twice',
      nextSteps: '   ',
    });
    expect(blank.ok).toBe(false);
    expect(
      checkAcknowledgement({
        outcome: 'could_not_reach',
        note: 'Rang twice',
        nextSteps: 'GP to visit this afternoon',
      }),
    ).toEqual({
      ok: true,
      acknowledgement: {
        outcome: 'could_not_reach',
        note: 'Rang twice',
        nextSteps: 'GP to visit this afternoon',
      },
    });
  });

  it('always needs a note, trims text and stores no empty next steps', () => {
    expect(checkAcknowledgement({ outcome: 'handed_999', note: ' ' })).toEqual({
      ok: false,
      problems: [expect.objectContaining({ field: 'note', code: 'required' })],
    });
    expect(
      checkAcknowledgement({ outcome: 'called_back_safe', note: '  Spoke to her, safe.  ' }),
    ).toEqual({
      ok: true,
      acknowledgement: {
        outcome: 'called_back_safe',
        note: 'Spoke to her, safe.',
        nextSteps: null,
      },
    });
  });

  it('refuses text over 2000 characters', () => {
    const check = checkAcknowledgement({ outcome: 'handed_gp', note: 'x'.repeat(2001) });
    expect(check).toEqual({
      ok: false,
      problems: [expect.objectContaining({ field: 'note', code: 'too_long' })],
    });
  });
});

describe('which requests need acknowledging, and why', () => {
  it('is every crisis request and every safeguarding request', () => {
    expect(needsAcknowledgement({ urgency: 'crisis', safeguarding: false })).toBe(true);
    expect(needsAcknowledgement({ urgency: 'routine', safeguarding: true })).toBe(true);
    expect(needsAcknowledgement({ urgency: 'urgent', safeguarding: false })).toBe(false);
  });

  it('names a ticked red flag first, then the screen, then safeguarding', () => {
    const base = { urgency: 'crisis' as const, safeguarding: true };
    expect(
      crisisKindOf({ ...base, tickedRedFlags: ['chest_pain'], screenRedFlags: ['suicidal'] }),
    ).toBe('red_flag');
    expect(crisisKindOf({ ...base, tickedRedFlags: [], screenRedFlags: ['suicidal'] })).toBe(
      'screen',
    );
    expect(
      crisisKindOf({
        urgency: 'routine',
        safeguarding: true,
        tickedRedFlags: [],
        screenRedFlags: [],
      }),
    ).toBe('safeguarding');
  });
});

describe('acknowledgementDueAt and isAcknowledgementOverdue', () => {
  it('is due 60 working minutes after arrival and overdue from that instant on', () => {
    // Friday 4 December 2026 18:00 GMT → Monday 7 December 08:30 GMT (see working-time.test.ts).
    const dueAt = acknowledgementDueAt('2026-12-04T18:00:00.000Z', 60, 'england');
    expect(dueAt).toBe('2026-12-07T08:30:00.000Z');
    expect(isAcknowledgementOverdue(dueAt, '2026-12-07T08:29:59.999Z')).toBe(false);
    expect(isAcknowledgementOverdue(dueAt, '2026-12-07T08:30:00.000Z')).toBe(true);
  });
});
