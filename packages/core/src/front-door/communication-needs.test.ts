import { describe, expect, it } from 'vitest';
import { ZCommunicationNeeds } from '../contracts/communication-needs.js';
import { communicationNeedsOf, hasCommunicationNeeds } from './communication-needs.js';

const answers = (access: unknown, preferredLanguage?: 'en' | 'cy') => ({
  for: 'self',
  access,
  ...(preferredLanguage ? { preferredLanguage } : {}),
});

describe('communicationNeedsOf', () => {
  it('reads a request with large print and a Polish interpreter when there is no record', () => {
    const needs = communicationNeedsOf(
      null,
      answers({ interpreter: true, language: 'Polish', needs: ['large_print'], other: ' ' }),
    );
    expect(needs).toEqual({
      needs: ['large_print'],
      interpreterLanguage: 'Polish',
      writtenLanguage: 'en',
      other: null,
      print: 'large',
    });
    expect(ZCommunicationNeeds.parse(needs)).toEqual(needs);
  });

  it("prefers the record's interpreter and written language to the request's", () => {
    const needs = communicationNeedsOf(
      { accessNeeds: [], interpreterLanguage: 'Welsh', preferredLanguage: 'cy' },
      answers({ interpreter: true, language: 'Polish', needs: [] }, 'en'),
    );
    expect(needs.interpreterLanguage).toBe('Welsh');
    expect(needs.writtenLanguage).toBe('cy');
  });

  it('keeps every need named by the record or the request, once, in the question order', () => {
    const needs = communicationNeedsOf(
      {
        accessNeeds: ['hearing_loop', 'large_print'],
        interpreterLanguage: null,
        preferredLanguage: 'en',
      },
      answers({ interpreter: false, needs: ['large_print', 'easy_read', 'bsl_interpreter'] }),
    );
    expect(needs.needs).toEqual(['large_print', 'easy_read', 'bsl_interpreter', 'hearing_loop']);
    expect(needs.print).toBe('large');
  });

  it('takes the interpreter language only when an interpreter was asked for', () => {
    const needs = communicationNeedsOf(
      null,
      answers({ interpreter: false, language: 'Polish', needs: [] }, 'cy'),
    );
    expect(needs.interpreterLanguage).toBeNull();
    expect(needs.writtenLanguage).toBe('cy');
  });

  it("keeps the request's other needs in the person's words", () => {
    expect(
      communicationNeedsOf(
        null,
        answers({ interpreter: false, needs: [], other: ' Ring my daughter first ' }),
      ).other,
    ).toBe('Ring my daughter first');
  });

  it('ignores stored values it does not know, and answers without access at all', () => {
    expect(
      communicationNeedsOf(
        { accessNeeds: ['telepathy'], interpreterLanguage: '  ', preferredLanguage: 'en' },
        answers({ interpreter: 'yes', needs: ['large_print', 7], other: 3 }),
      ),
    ).toEqual({
      needs: ['large_print'],
      interpreterLanguage: null,
      writtenLanguage: 'en',
      other: null,
      print: 'large',
    });
    expect(communicationNeedsOf(undefined, null)).toEqual({
      needs: [],
      interpreterLanguage: null,
      writtenLanguage: 'en',
      other: null,
      print: 'standard',
    });
  });
});

describe('hasCommunicationNeeds', () => {
  it('is false only when there is nothing to tell staff', () => {
    const none = communicationNeedsOf(null, answers({ interpreter: false, needs: [] }));
    expect(hasCommunicationNeeds(none)).toBe(false);
    expect(hasCommunicationNeeds({ ...none, writtenLanguage: 'cy' })).toBe(true);
    expect(hasCommunicationNeeds({ ...none, interpreterLanguage: 'Polish' })).toBe(true);
    expect(hasCommunicationNeeds({ ...none, needs: ['easy_read'] })).toBe(true);
    expect(hasCommunicationNeeds({ ...none, other: 'Slow speech' })).toBe(true);
  });
});
