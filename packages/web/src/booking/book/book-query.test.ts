import { describe, expect, it } from 'vitest';
import { filterQuery, readPathway, readSlotFilters, slotsPath } from './book-query.js';

const site = '0b9f8a40-1c2d-4e5f-8a9b-0c1d2e3f4a5b';

describe('the booking page filters', () => {
  it('reads only values it knows', () => {
    const params = new URLSearchParams(`mode=group&siteId=${site}&otId=nope&pathway=memory`);
    expect(readSlotFilters(params)).toEqual({ mode: 'group', siteId: site, otId: '' });
    expect(readPathway(params)).toBe('memory');
    expect(readPathway(new URLSearchParams('pathway=moon'))).toBe('');
    expect(readSlotFilters(new URLSearchParams('mode=teleport'))).toEqual({
      mode: '',
      siteId: '',
      otId: '',
    });
  });

  it('asks for the first free times over four weeks, for the pathway', () => {
    expect(slotsPath({ mode: 'phone', siteId: '', otId: '' }, 'memory', 20)).toBe(
      '/api/slots?available=true&days=28&limit=20&pathway=memory&mode=phone',
    );
    expect(filterQuery({ mode: '', siteId: site, otId: '' }, '')).toBe(`siteId=${site}`);
  });
});
