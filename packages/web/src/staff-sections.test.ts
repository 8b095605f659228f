import { describe, expect, it } from 'vitest';
import { sectionsForRoles } from './staff-sections.js';

describe('sectionsForRoles', () => {
  it('gives an administrator links to users, the audit log and API keys', () => {
    expect(sectionsForRoles(['admin'])).toEqual([
      { id: 'users', href: '/admin/users' },
      { id: 'audit', href: '/admin/audit' },
      { id: 'apiKeys', href: '/admin/api-keys' },
    ]);
  });

  it('links navigators and clinicians to the request form, and OTs to the triage inbox', () => {
    expect(sectionsForRoles(['navigator'])).toEqual([
      { id: 'recordRequest', href: '/requests/new' },
    ]);
    expect(sectionsForRoles(['clinician'])[0]).toEqual({ id: 'refer', href: '/requests/new' });
    expect(sectionsForRoles(['ot'])[0]).toEqual({ id: 'triage', href: '/requests' });
  });

  it('shows the union of several roles, in a stable order, without repeats', () => {
    const ids = sectionsForRoles(['admin', 'navigator', 'admin']).map((section) => section.id);
    expect(ids).toEqual(['recordRequest', 'users', 'audit', 'apiKeys']);
  });

  it('marks sections that are not built yet as coming soon (no link)', () => {
    const ot = sectionsForRoles(['ot']).filter((section) => section.id !== 'triage');
    expect(ot.every((section) => section.href === null)).toBe(true);
    expect(sectionsForRoles(['lead']).every((section) => section.href === null)).toBe(true);
  });

  it('shows nothing for someone without a role', () => {
    expect(sectionsForRoles([])).toEqual([]);
  });
});
