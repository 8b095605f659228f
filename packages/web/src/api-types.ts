// Shapes of the JSON the server sends, as the web app uses them.

export const roles = ['navigator', 'clinician', 'ot', 'lead', 'admin'] as const;
export type Role = (typeof roles)[number];

export type OrganisationKind = 'service' | 'pcn' | 'practice';

export interface SessionUser {
  id: string;
  email: string;
  name: string;
  roles: Role[];
  organisations: { id: string; name: string; kind: OrganisationKind }[];
}

export interface SessionResponse {
  user: SessionUser | null;
  csrfToken: string;
}

export interface Organisation {
  id: string;
  kind: OrganisationKind;
  name: string;
  parentId: string | null;
  odsCode: string | null;
  listSize: number | null;
  postcode: string | null;
}

export interface AdminUser {
  id: string;
  email: string;
  name: string;
  roles: Role[];
  organisationIds: string[];
  active: boolean;
  /** False until the user has chosen a password from their link. */
  passwordSet: boolean;
  twoFactor: boolean;
  createdAt: string;
}

export const auditActions = ['read', 'create', 'update', 'delete', 'search'] as const;
export type AuditAction = (typeof auditActions)[number];

export const auditOutcomes = ['allowed', 'denied'] as const;
export type AuditOutcome = (typeof auditOutcomes)[number];

export interface AuditEvent {
  id: string;
  at: string;
  userId: string | null;
  userEmail: string | null;
  action: AuditAction;
  resourceType: string;
  resourceId: string | null;
  organisationId: string | null;
  ip: string | null;
  outcome: AuditOutcome;
  reason: string | null;
  /** Whose record the event is about, when it is a person's (named for admins). */
  person: { id: string; name: string } | null;
}

export interface AuditPage {
  events: AuditEvent[];
  /** The people searched by (null when the log was not searched by person). */
  people: { id: string; name: string }[] | null;
  total: number;
  page: number;
  pageSize: number;
}

export interface Health {
  status: string;
  database: string;
  version: string;
}

/** A problem with one field, as the server reports it (and as client-side checks report it). */
export type { FieldError } from '@everyday/core';

/** A GP practice, and GET /api/front-door (docs/api/front-door-contract.md): the contract's. */
export type { FrontDoor, Practice } from '@everyday/core';
