import type { Role } from './api-types.js';
import { roles } from './api-types.js';

export type StaffSectionId =
  | 'recordRequest'
  | 'refer'
  | 'episodes'
  | 'handovers'
  | 'triage'
  | 'waitingList'
  | 'waitingFigures'
  | 'diary'
  | 'caseload'
  | 'impact'
  | 'workforce'
  | 'planning'
  | 'staffRegister'
  | 'staffingNorm'
  | 'mySupervision'
  | 'users'
  | 'audit'
  | 'apiKeys'
  | 'templates'
  | 'messages'
  | 'crisis';

export interface StaffSection {
  id: StaffSectionId;
  /** Where the section lives, or null while it is not built yet. */
  href: string | null;
}

const sectionsByRole: Record<Role, StaffSection[]> = {
  navigator: [{ id: 'recordRequest', href: '/requests/new' }],
  clinician: [
    { id: 'refer', href: '/requests/new' },
    { id: 'handovers', href: '/handovers' },
    { id: 'episodes', href: '/episodes' },
  ],
  ot: [
    { id: 'triage', href: '/requests' },
    { id: 'waitingList', href: '/clinics/waiting-list' },
    { id: 'diary', href: '/clinics/diary' },
    { id: 'caseload', href: '/clinics/caseload' },
    { id: 'episodes', href: '/episodes' },
    { id: 'templates', href: '/clinics/templates' },
    { id: 'impact', href: '/evidence' },
    { id: 'mySupervision', href: '/planning/me' },
    { id: 'crisis', href: '/crisis' },
  ],
  lead: [
    { id: 'impact', href: '/evidence' },
    { id: 'waitingFigures', href: '/clinics/waiting-figures' },
    { id: 'workforce', href: '/clinics/capacity' },
    { id: 'planning', href: '/planning' },
    { id: 'staffRegister', href: '/planning/staff' },
    { id: 'staffingNorm', href: '/planning/norm' },
    { id: 'crisis', href: '/crisis' },
  ],
  admin: [
    { id: 'users', href: '/admin/users' },
    { id: 'audit', href: '/admin/audit' },
    { id: 'apiKeys', href: '/admin/api-keys' },
    { id: 'messages', href: '/clinics/messages' },
    { id: 'planning', href: '/planning' },
    { id: 'staffRegister', href: '/planning/staff' },
    { id: 'staffingNorm', href: '/planning/norm' },
    { id: 'crisis', href: '/crisis' },
  ],
};

/** The sections a member of staff sees on their home page: the union over all their roles. */
export function sectionsForRoles(userRoles: readonly Role[]): StaffSection[] {
  const seen = new Set<StaffSectionId>();
  return roles
    .filter((role) => userRoles.includes(role))
    .flatMap((role) => sectionsByRole[role])
    .filter((section) => {
      if (seen.has(section.id)) return false;
      seen.add(section.id);
      return true;
    });
}
