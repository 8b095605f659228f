import { describe, expect, it } from 'vitest';
import {
  defaultInboxFilters,
  inboxApiPath,
  inboxQuery,
  readInboxFilters,
  readInboxPage,
} from './inbox-query.js';

const practiceId = '0b6f3c1e-8a2d-4c5b-9e7f-1a2b3c4d5e6f';

describe('inbox filters in the address', () => {
  it('shows open requests by default and keeps the address clean', () => {
    expect(readInboxFilters(new URLSearchParams(''))).toEqual(defaultInboxFilters);
    expect(inboxQuery(defaultInboxFilters)).toBe('');
  });

  it('reads and writes every filter and the page', () => {
    const query = `status=all&pathway=memory&practiceId=${practiceId}&route=clinician&ageBand=65_plus&page=3`;
    const params = new URLSearchParams(query);
    const filters = readInboxFilters(params);
    expect(filters).toEqual({
      status: 'all',
      pathway: 'memory',
      practiceId,
      route: 'clinician',
      ageBand: '65_plus',
    });
    expect(readInboxPage(params)).toBe(3);
    expect(inboxQuery(filters, 3)).toBe(query);
  });

  it('ignores values it does not know rather than sending them on', () => {
    const filters = readInboxFilters(
      new URLSearchParams('status=maybe&pathway=nope&practiceId=1%27%3B&route=x&ageBand=old'),
    );
    expect(filters).toEqual(defaultInboxFilters);
    expect(readInboxPage(new URLSearchParams('page=-2'))).toBe(1);
    expect(readInboxPage(new URLSearchParams('page=1.5'))).toBe(1);
  });

  it('always asks the API for a status and a page', () => {
    expect(inboxApiPath(defaultInboxFilters, 1)).toBe('/api/inbox?status=open&page=1');
    expect(inboxApiPath({ ...defaultInboxFilters, route: 'self' }, 2)).toBe(
      '/api/inbox?status=open&route=self&page=2',
    );
  });
});
