import { describe, expect, it } from 'vitest';
import { sectionsForRoles } from './staff-sections.js';

describe('sectionsForRoles', () => {
  it('gives an administrator links to users and the audit log', () => {
    expect(sectionsForRoles(['admin'])).toEqual([
      { id: 'users', href: '/admin/users' },
      { id: 'audit', href: '/admin/audit' },
    ]);
  });

  it('shows the union of several roles, in a stable order, without repeats', () => {
    const ids = sectionsForRoles(['admin', 'navigator', 'admin']).map((section) => section.id);
    expect(ids).toEqual(['recordRequest', 'users', 'audit']);
  });

  it('marks sections that are not built yet as coming soon (no link)', () => {
    expect(sectionsForRoles(['ot']).every((section) => section.href === null)).toBe(true);
  });

  it('shows nothing for someone without a role', () => {
    expect(sectionsForRoles([])).toEqual([]);
  });
});
