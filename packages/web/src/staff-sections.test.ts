import { describe, expect, it } from 'vitest';
import { sectionsForRoles } from './staff-sections.js';

describe('sectionsForRoles', () => {
  it('gives an administrator links to users, the audit log and API keys', () => {
    expect(sectionsForRoles(['admin'])).toEqual([
      { id: 'users', href: '/admin/users' },
      { id: 'audit', href: '/admin/audit' },
      { id: 'apiKeys', href: '/admin/api-keys' },
      { id: 'messages', href: '/clinics/messages' },
      // Issue 13 item 6: administrators and leads plan the workforce and the waiting list.
      { id: 'planning', href: '/planning' },
      // Issue 13 item 1: administrators and leads keep the staff register.
      { id: 'staffRegister', href: '/planning/staff' },
      { id: 'staffingNorm', href: '/planning/norm' },
      { id: 'crisis', href: '/crisis' },
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
    expect(ids).toEqual([
      'recordRequest',
      'users',
      'audit',
      'apiKeys',
      'messages',
      'planning',
      'staffRegister',
      'staffingNorm',
      'crisis',
    ]);
  });

  it('links OTs to their clinics, and leads and OTs to the impact and equity dashboard', () => {
    expect(sectionsForRoles(['ot']).map((s) => s.href)).toEqual([
      '/requests',
      '/clinics/waiting-list',
      '/clinics/diary',
      '/clinics/caseload',
      '/episodes',
      '/clinics/templates',
      '/evidence',
      '/planning/me',
      '/crisis',
    ]);
    expect(sectionsForRoles(['lead'])).toEqual([
      // Issue 12 item 2: the impact and equity dashboard.
      { id: 'impact', href: '/evidence' },
      // Issue 16 item 10: leads see the waiting list as figures.
      { id: 'waitingFigures', href: '/clinics/waiting-figures' },
      { id: 'workforce', href: '/clinics/capacity' },
      { id: 'planning', href: '/planning' },
      { id: 'staffRegister', href: '/planning/staff' },
      { id: 'staffingNorm', href: '/planning/norm' },
      { id: 'crisis', href: '/crisis' },
    ]);
  });

  it('links OTs and clinicians to the episodes they may see, once for someone with both roles', () => {
    expect(sectionsForRoles(['clinician'])).toContainEqual({ id: 'episodes', href: '/episodes' });
    expect(sectionsForRoles(['ot'])).toContainEqual({ id: 'episodes', href: '/episodes' });
    const both = sectionsForRoles(['clinician', 'ot']).filter((s) => s.id === 'episodes');
    expect(both).toHaveLength(1);
  });

  it('shows nothing for someone without a role', () => {
    expect(sectionsForRoles([])).toEqual([]);
  });
});
