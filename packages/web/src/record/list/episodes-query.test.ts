import { describe, expect, it } from 'vitest';
import {
  defaultEpisodeFilters,
  defaultEpisodeStatus,
  episodesApiQuery,
  episodesQuery,
  readEpisodeFilters,
  readEpisodePage,
} from './episodes-query.js';

describe('episode list filters', () => {
  it('reads status and pathway from the address, ignoring what it does not know', () => {
    expect(readEpisodeFilters(new URLSearchParams('status=closed&pathway=memory'))).toEqual({
      status: 'closed',
      pathway: 'memory',
    });
    expect(readEpisodeFilters(new URLSearchParams('status=deleted&pathway=x'))).toEqual(
      defaultEpisodeFilters,
    );
  });

  it('reads the page, falling back to the first', () => {
    expect(readEpisodePage(new URLSearchParams('page=3'))).toBe(3);
    expect(readEpisodePage(new URLSearchParams('page=0'))).toBe(1);
    expect(readEpisodePage(new URLSearchParams('page=two'))).toBe(1);
  });

  it('puts only what differs from the defaults in the address', () => {
    expect(episodesQuery(defaultEpisodeFilters)).toBe('');
    expect(episodesQuery({ status: 'all', pathway: 'work' }, 2)).toBe(
      'status=all&pathway=work&page=2',
    );
  });

  it('always asks the API for a status and a page', () => {
    expect(episodesApiQuery(defaultEpisodeFilters, 1).toString()).toBe('status=open&page=1');
    expect(episodesApiQuery({ status: 'closed', pathway: 'memory' }, 4).toString()).toBe(
      'status=closed&pathway=memory&page=4',
    );
  });

  it('round-trips through the address', () => {
    const filters = { status: 'closed', pathway: 'frailty_falls' } as const;
    expect(readEpisodeFilters(new URLSearchParams(episodesQuery(filters, 5)))).toEqual(filters);
  });
});

describe('the status a GP sees first (issue 16 item 8)', () => {
  it('is every episode, discharged included, for a clinician, and open ones for an OT', () => {
    expect(defaultEpisodeStatus(false)).toBe('all');
    expect(defaultEpisodeStatus(true)).toBe('open');
    expect(readEpisodeFilters(new URLSearchParams(''), 'all').status).toBe('all');
    expect(episodesQuery({ status: 'all', pathway: '' }, 1, 'all')).toBe('');
    expect(episodesQuery({ status: 'open', pathway: '' }, 1, 'all')).toBe('status=open');
  });
});
