/** Kysely's view of the tables in `migrations/`. Keep in step with the SQL. */
import type { ColumnType, Generated, Insertable, Selectable } from 'kysely';
import type { OrganisationKind, Role } from '@everyday/core';

type Timestamp = ColumnType<Date, Date | string | undefined, Date | string>;

export interface OrganisationsTable {
  id: Generated<string>;
  kind: OrganisationKind;
  name: string;
  parent_id: string | null;
  ods_code: string | null;
  list_size: number | null;
  postcode: string | null;
  nation: ColumnType<'england' | 'wales', 'england' | 'wales' | undefined>;
  created_at: Timestamp;
}

export interface UsersTable {
  id: Generated<string>;
  email: string;
  name: string;
  password_hash: string;
  roles: ColumnType<Role[], Role[] | undefined, Role[]>;
  active: ColumnType<boolean, boolean | undefined, boolean>;
  is_demo: ColumnType<boolean, boolean | undefined, boolean>;
  created_at: Timestamp;
  updated_at: Timestamp;
}

export interface UserOrganisationsTable {
  user_id: string;
  organisation_id: string;
}

export interface SessionsTable {
  token_hash: string;
  user_id: string;
  created_at: Timestamp;
  last_seen_at: Timestamp;
  expires_at: Timestamp;
}

export interface RateLimitCountersTable {
  key: string;
  window_start: Timestamp;
  count: number;
  expires_at: Timestamp;
}

export interface AppSecretsTable {
  name: string;
  value: string;
  created_at: Timestamp;
}

export interface PeopleTable {
  id: Generated<string>;
  nhs_number: string | null;
  given_name: string;
  family_name: string;
  /** ISO date, YYYY-MM-DD: dates are read as text on both engines. */
  date_of_birth: string;
  registered_practice_id: string;
  created_by: string | null;
  created_at: Timestamp;
  updated_at: Timestamp;
}

export interface AuditEventsTable {
  id: Generated<number>;
  at: Timestamp;
  user_id: string | null;
  actor_label: string;
  action: 'read' | 'create' | 'update' | 'delete' | 'search';
  resource_type: string;
  resource_id: string | null;
  organisation_id: string | null;
  ip: string | null;
  outcome: 'allowed' | 'denied';
  reason: string | null;
}

export interface SchemaMigrationsTable {
  version: number;
  name: string;
  checksum: string;
  applied_at: Timestamp;
}

export interface Database {
  organisations: OrganisationsTable;
  users: UsersTable;
  user_organisations: UserOrganisationsTable;
  sessions: SessionsTable;
  rate_limit_counters: RateLimitCountersTable;
  app_secrets: AppSecretsTable;
  people: PeopleTable;
  audit_events: AuditEventsTable;
  schema_migrations: SchemaMigrationsTable;
}

export type OrganisationRow = Selectable<OrganisationsTable>;
export type UserRow = Selectable<UsersTable>;
export type PersonRow = Selectable<PeopleTable>;
export type NewPerson = Insertable<PeopleTable>;
export type AuditEventRow = Selectable<AuditEventsTable>;
