import type { Role } from './roles.js';

/**
 * Who may do what to patient data. The server's access module asks this policy before every
 * read or write of a patient record, and audits the answer either way.
 */
export const PATIENT_ACTIONS = ['read', 'create', 'update', 'delete', 'search'] as const;
export type PatientAction = (typeof PATIENT_ACTIONS)[number];

/** How much of a record a role may see: demographics only, or the clinical content too. */
export type PatientDataLevel = 'demographics' | 'clinical';

export interface AccessActor {
  readonly userId: string;
  readonly roles: readonly Role[];
  /** Organisations the actor covers (their memberships and everything beneath them). */
  readonly scope: ReadonlySet<string>;
}

export interface AccessTarget {
  readonly action: PatientAction;
  readonly level: PatientDataLevel;
  /** The organisation the record belongs to (a person's registered practice). */
  readonly organisationId: string;
}

export type AccessDenialReason = 'role' | 'organisation';

export type AccessDecision =
  | { readonly allowed: true; readonly role: Role }
  | { readonly allowed: false; readonly reason: AccessDenialReason };

/** What each role may do with patient data, by level. Leads and admins see only aggregates. */
function roleAllows(role: Role, action: PatientAction, level: PatientDataLevel): boolean {
  switch (role) {
    case 'ot':
      return true;
    case 'clinician':
      // GPs and MDT clinicians refer and see a read-only summary; they do not edit OT records.
      return action === 'read' || action === 'search' || action === 'create';
    case 'navigator':
      // Navigators record requests and find people, but see no clinical content.
      return level === 'demographics' && action !== 'delete';
    case 'lead':
    case 'admin':
      return false;
  }
}

/** Decide whether an actor may perform an action on a record, with the reason when not. */
export function decidePatientAccess(actor: AccessActor, target: AccessTarget): AccessDecision {
  const role = actor.roles.find((r) => roleAllows(r, target.action, target.level));
  if (role === undefined) return { allowed: false, reason: 'role' };
  if (!actor.scope.has(target.organisationId)) return { allowed: false, reason: 'organisation' };
  return { allowed: true, role };
}
