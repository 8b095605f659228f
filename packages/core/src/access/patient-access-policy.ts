import type { Role } from './roles.js';

/**
 * Who may do what to patient data. The server's access module asks this policy before every
 * read or write of a patient record, and audits the answer either way.
 */
export const PATIENT_ACTIONS = ['read', 'create', 'update', 'delete', 'search'] as const;
export type PatientAction = (typeof PATIENT_ACTIONS)[number];

/**
 * How much of a record: demographics only; the clinical content of requests and episodes (the
 * summary a GP sees); or the OT's episode record itself (notes, assessments, risk, care plan).
 */
export type PatientDataLevel = 'demographics' | 'clinical' | 'record';

/** A member of staff, signed in. */
export interface AccessActor {
  readonly kind?: 'staff';
  readonly userId: string;
  readonly roles: readonly Role[];
  /** Organisations the actor covers (their memberships and everything beneath them). */
  readonly scope: ReadonlySet<string>;
}

/** Another system (a practice's online consultation tool, a GP system) holding an API key. */
export interface SystemPrincipal {
  readonly kind: 'system';
  readonly keyId: string;
  /** The key's organisation and everything beneath it. */
  readonly scope: ReadonlySet<string>;
}

/** A member of the public asking for help for themselves or someone they care for. */
export interface PublicPrincipal {
  readonly kind: 'public';
}

/** Everyday itself doing scheduled work (sending messages, reminders). */
export interface ServicePrincipal {
  readonly kind: 'service';
  readonly task: string;
}

/** A person holding a signed, expiring link to their own request (self-booking, questionnaires). */
export interface LinkPrincipal {
  readonly kind: 'link';
  /** The request (self-booking) or questionnaire link the person holds. */
  readonly linkId: string;
}

export type AccessPrincipal =
  AccessActor | SystemPrincipal | PublicPrincipal | ServicePrincipal | LinkPrincipal;

export interface AccessTarget {
  readonly action: PatientAction;
  readonly level: PatientDataLevel;
  /** The organisation the record belongs to (a person's registered practice). */
  readonly organisationId: string;
}

export type AccessDenialReason = 'role' | 'organisation';

export type AccessDecision =
  | { readonly allowed: true; readonly role: Role | 'system' | 'public' | 'service' | 'link' }
  | { readonly allowed: false; readonly reason: AccessDenialReason };

/** What each role may do with patient data, by level. Leads and admins see only aggregates. */
function roleAllows(role: Role, action: PatientAction, level: PatientDataLevel): boolean {
  switch (role) {
    case 'ot':
      return true;
    case 'clinician':
      // GPs and MDT clinicians refer and see a read-only summary; they do not read or edit
      // the OT's record itself.
      if (level === 'record') return false;
      return action === 'read' || action === 'search' || action === 'create';
    case 'navigator':
      // Navigators record requests (what the person tells them) and find people, but cannot
      // read clinical content back.
      if (level === 'record') return false;
      return action === 'create' || (level === 'demographics' && action !== 'delete');
    case 'lead':
    case 'admin':
      return false;
  }
}

/**
 * Decide whether a principal may perform an action on a record, with the reason when not.
 * Systems may only create (a request), within their organisation; the public may create a
 * request and complete its own. The server checks that a public request names a member practice.
 */
export function decidePatientAccess(
  principal: AccessPrincipal,
  target: AccessTarget,
): AccessDecision {
  switch (principal.kind) {
    case 'public':
      // A person may create a request, and add to one they started (the server checks the
      // completion token that proves it is theirs); they can never read or search.
      return target.action === 'create' || target.action === 'update'
        ? { allowed: true, role: 'public' }
        : { allowed: false, reason: 'role' };
    case 'system':
      if (target.action !== 'create') return { allowed: false, reason: 'role' };
      return principal.scope.has(target.organisationId)
        ? { allowed: true, role: 'system' }
        : { allowed: false, reason: 'organisation' };
    case 'link':
      // The server has checked the link's signature and that the record is the link's own.
      return target.action === 'read' || target.action === 'create' || target.action === 'update'
        ? { allowed: true, role: 'link' }
        : { allowed: false, reason: 'role' };
    case 'service':
      // Scheduled work reads and updates what it must (a message's recipient); it never deletes.
      return target.action === 'delete'
        ? { allowed: false, reason: 'role' }
        : { allowed: true, role: 'service' };
    case undefined:
    case 'staff':
      return decideStaffAccess(principal, target);
  }
}

function decideStaffAccess(actor: AccessActor, target: AccessTarget): AccessDecision {
  const role = actor.roles.find((r) => roleAllows(r, target.action, target.level));
  if (role === undefined) return { allowed: false, reason: 'role' };
  if (!actor.scope.has(target.organisationId)) return { allowed: false, reason: 'organisation' };
  return { allowed: true, role };
}
