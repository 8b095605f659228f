import { describe, expect, it } from 'vitest';
import { safeNextPath } from './safe-next.js';

describe('safeNextPath', () => {
  it('keeps a path on this site, with its query', () => {
    expect(safeNextPath('/admin/audit?action=read')).toBe('/admin/audit?action=read');
  });

  it.each([
    null,
    '',
    'https://evil.example/',
    '//evil.example',
    '/\\evil.example',
    'staff',
    '/sign-in?next=/x',
  ])('falls back to /staff for %j', (next) => {
    expect(safeNextPath(next)).toBe('/staff');
  });
});
