/** Kysely's view of the tables in `migrations/`. Keep in step with the SQL. */
import type { ColumnType, Generated, Insertable, Selectable } from 'kysely';
import type {
  AppointmentStatus,
  ClinicMode,
  RequestStatus as CoreRequestStatus,
  OrganisationKind,
  Pathway,
  Role,
  Route,
  Tier,
  Urgency,
} from '@everyday/core';
import type {
  AfcBand,
  CpdActivity,
  StaffProfession,
  SupervisionKind,
  SupervisionTopic,
} from '@everyday/core';
import type {
  DeprivationIndex,
  EthnicCategory,
  GenderIdentity,
  GenderSameAsSex,
  PersonSex,
} from '@everyday/core';

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
  /** Null until the owner of an account an administrator added sets a password (0011). */
  password_hash: ColumnType<string | null, string | null | undefined, string | null>;
  roles: ColumnType<Role[], Role[] | undefined, Role[]>;
  active: ColumnType<boolean, boolean | undefined, boolean>;
  is_demo: ColumnType<boolean, boolean | undefined, boolean>;
  created_at: Timestamp;
  updated_at: Timestamp;
  /** Two-factor sign-in (0011): secrets encrypted, the last time step accepted. */
  totp_secret: ColumnType<string | null, string | null | undefined, string | null>;
  totp_pending_secret: ColumnType<string | null, string | null | undefined, string | null>;
  totp_enabled_at: ColumnType<Date | null, Date | null | undefined, Date | null>;
  totp_last_step: ColumnType<number | null, number | null | undefined, number | null>;
}

/** One-time links to set or reset a password (0011): the SHA-256 of the link's token. */
export interface PasswordTokensTable {
  token_hash: string;
  user_id: string;
  purpose: 'reset' | 'set';
  created_at: Date;
  expires_at: Date;
  used_at: ColumnType<Date | null, Date | null | undefined, Date | null>;
}

/** Two-factor recovery codes (0011), each usable once. */
export interface RecoveryCodesTable {
  user_id: string;
  code_hash: string;
  used_at: ColumnType<Date | null, Date | null | undefined, Date | null>;
}

/** A password accepted, waiting for the two-factor code (0011). */
export interface SignInChallengesTable {
  token_hash: string;
  user_id: string;
  created_at: Date;
  expires_at: Date;
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
  postcode: ColumnType<string | null, string | null | undefined, string | null>;
  phone: ColumnType<string | null, string | null | undefined, string | null>;
  email: ColumnType<string | null, string | null | undefined, string | null>;
  preferred_contact: ColumnType<string | null, string | null | undefined, string | null>;
  /** Where letters go: the lines as given (first line, second line, town); empty when none. */
  address_lines: ColumnType<string[], string[] | undefined, string[]>;
  address_postcode: ColumnType<string | null, string | null | undefined, string | null>;
  preferred_language: ColumnType<'en' | 'cy', 'en' | 'cy' | undefined, 'en' | 'cy'>;
  interpreter_language: ColumnType<string | null, string | null | undefined, string | null>;
  access_needs: ColumnType<string[], string[] | undefined, string[]>;
  given_name: string;
  family_name: string;
  /** ISO date, YYYY-MM-DD: dates are read as text on both engines. Null until an urgent save is completed. */
  date_of_birth: string | null;
  registered_practice_id: string;
  /** Equality monitoring (migration 0012): NHS Data Dictionary codes; null when not asked. */
  sex: ColumnType<PersonSex | null, PersonSex | null | undefined, PersonSex | null>;
  gender_same_as_sex: ColumnType<
    GenderSameAsSex | null,
    GenderSameAsSex | null | undefined,
    GenderSameAsSex | null
  >;
  gender_identity: ColumnType<
    GenderIdentity | null,
    GenderIdentity | null | undefined,
    GenderIdentity | null
  >;
  ethnicity: ColumnType<
    EthnicCategory | null,
    EthnicCategory | null | undefined,
    EthnicCategory | null
  >;
  /** The postcode's 2011 LSOA and its deprivation, resolved at intake (migration 0012). */
  lsoa_code: ColumnType<string | null, string | null | undefined, string | null>;
  imd_decile: ColumnType<number | null, number | null | undefined, number | null>;
  imd_rank: ColumnType<number | null, number | null | undefined, number | null>;
  deprivation_index: ColumnType<
    DeprivationIndex | null,
    DeprivationIndex | null | undefined,
    DeprivationIndex | null
  >;
  postcode_lookup_version: ColumnType<string | null, string | null | undefined, string | null>;
  created_by: string | null;
  created_at: Timestamp;
  updated_at: Timestamp;
}

/** Reference data (migration 0012): postcode → 2011 LSOA. */
export interface PostcodeLsoaTable {
  postcode: string;
  lsoa_code: string;
  source_version: string;
}

/** Reference data (migration 0012): each LSOA's deprivation under its nation's index. */
export interface LsoaDeprivationTable {
  lsoa_code: string;
  index: DeprivationIndex;
  decile: number;
  rank: number;
  /** numeric: read as text by pg; null where the index publishes no score (IMD 2019 here). */
  score: ColumnType<string | null, string | number | null | undefined, string | number | null>;
  source: string;
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

export interface ApiKeysTable {
  id: Generated<string>;
  organisation_id: string;
  name: string;
  key_hash: string;
  key_prefix: string;
  created_by: string | null;
  created_at: Timestamp;
  last_used_at: Date | null;
  revoked_at: Date | null;
}

export interface TriageRuleSetsTable {
  id: Generated<string>;
  service_id: string;
  version: string;
  rules: ColumnType<unknown, string, string>;
  active: ColumnType<boolean, boolean | undefined, boolean>;
  created_by: string | null;
  created_at: Timestamp;
}

/** A request's status: core's list (contracts/requests.ts), the same as the web's. */
export type RequestStatus = CoreRequestStatus;

export interface RequestsTable {
  id: Generated<string>;
  reference: string;
  idempotency_scope: string;
  idempotency_key: string;
  route: Route;
  channel: string;
  status: ColumnType<RequestStatus, RequestStatus | undefined, RequestStatus>;
  person_id: string;
  practice_id: string;
  /** JSON written as text; read back parsed. */
  answers: ColumnType<unknown, string, string>;
  question_set_version: string;
  red_flags: ColumnType<string[], string[] | undefined, string[]>;
  complete: ColumnType<boolean, boolean | undefined, boolean>;
  suggested_pathway: Pathway;
  suggested_urgency: Urgency;
  suggested_tier: Tier;
  triage_reasons: ColumnType<unknown, string, string>;
  triage_rule_version: string;
  urgency: Urgency;
  pathway: Pathway | null;
  tier: Tier | null;
  possible_duplicate_ids: ColumnType<string[], string[] | undefined, string[]>;
  submitted_by: string | null;
  api_key_id: string | null;
  source_system: string | null;
  external_id: string | null;
  received_at: Timestamp;
  acted_at: Date | null;
  updated_at: Timestamp;
  /** ScreenMatch[] written as JSON text; read back parsed (migration 0005). */
  screen_matches: ColumnType<unknown, string | undefined, string>;
  screen_version: ColumnType<string | null, string | null | undefined, string | null>;
  safeguarding: ColumnType<boolean, boolean | undefined, boolean>;
  safeguarding_lead_id: ColumnType<string | null, string | null | undefined, string | null>;
  /** Crisis follow-through (migration 0006). */
  acknowledged_at: ColumnType<Date | null, Date | string | null | undefined, Date | string | null>;
  acknowledged_by: ColumnType<string | null, string | null | undefined, string | null>;
  /** core's Acknowledgement written as JSON text; read back parsed. */
  acknowledgement: ColumnType<unknown, string | null | undefined, string | null>;
  escalated_at: ColumnType<Date | null, Date | string | null | undefined, Date | string | null>;
}

export type RequestEventAction =
  | 'received'
  | 'completed'
  | 'accept'
  | 'signpost'
  | 'redirect'
  | 'decline'
  | 'request_info'
  | 'booked'
  | 'clear_flag'
  | 'mark_safeguarding'
  | 'acknowledge'
  | 'escalate'
  | 'hand_over'
  | 'acknowledge_handover'
  | 'booking_link_sent'
  | 'return_to_triage';

/** A short code for a request's booking link, kept as its SHA-256 (migration 0009, issue 16 item 2). */
export interface BookingCodesTable {
  id: Generated<string>;
  request_id: string;
  code_hash: string;
  language: 'en' | 'cy';
  created_by: string | null;
  created_at: Date;
  expires_at: Date;
}

/** A request handed over to its practice by a redirect (migration 0008, issue 16 item 4). */
export interface HandoversTable {
  id: Generated<string>;
  request_id: string;
  practice_id: string;
  receiver: 'gp' | 'other_team';
  team: string | null;
  handed_over_by: string | null;
  handed_over_at: Date;
  acknowledged_at: Date | null;
  acknowledged_by: string | null;
}

export interface RequestEventsTable {
  id: Generated<number>;
  request_id: string;
  at: Timestamp;
  user_id: string | null;
  action: RequestEventAction;
  details: ColumnType<unknown, string | undefined, string>;
}

export interface OutboxMessagesTable {
  id: Generated<string>;
  created_at: Timestamp;
  kind: string;
  channel: 'email' | 'sms' | 'letter';
  language: 'en' | 'cy';
  recipient: string;
  payload: ColumnType<unknown, string, string>;
  request_id: string | null;
  status: ColumnType<
    'pending' | 'sending' | 'sent' | 'failed' | 'dead',
    'pending' | undefined,
    'pending' | 'sending' | 'sent' | 'failed' | 'dead'
  >;
  attempts: ColumnType<number, number | undefined, number>;
  next_attempt_at: Timestamp;
  last_error: string | null;
  sent_at: Date | null;
}

export interface SitesTable {
  id: Generated<string>;
  organisation_id: string;
  name: string;
  address: string | null;
  created_at: Timestamp;
}

export interface ClinicTemplatesTable {
  id: Generated<string>;
  ot_id: string;
  site_id: string;
  name: string;
  weekdays: number[];
  start_time: string;
  end_time: string;
  slot_minutes: number;
  mode: ClinicMode;
  capacity: number;
  pathway: Pathway | null;
  nation: 'england' | 'wales';
  gpad_national_category: string;
  gpad_service_setting: string;
  gpad_mode: string;
  valid_from: string;
  valid_until: string | null;
  active: ColumnType<boolean, boolean | undefined, boolean>;
  created_by: string | null;
  created_at: Timestamp;
  updated_at: Timestamp;
}

export interface TemplateExceptionsTable {
  id: Generated<string>;
  template_id: string;
  date: string;
  kind: 'cancelled' | 'moved';
  start_time: string | null;
  end_time: string | null;
  reason: string | null;
}

export interface StaffLeaveTable {
  id: Generated<string>;
  ot_id: string;
  starts_on: string;
  ends_on: string;
  reason: string | null;
  created_at: Timestamp;
}

export interface SlotsTable {
  id: Generated<string>;
  key: string;
  template_id: string | null;
  ot_id: string;
  site_id: string;
  starts_at: Timestamp;
  ends_at: Timestamp;
  mode: ClinicMode;
  capacity: number;
  pathway: Pathway | null;
  gpad_national_category: string;
  gpad_service_setting: string;
  gpad_mode: string;
  withdrawn_at: Date | null;
  created_at: Timestamp;
}

export interface EpisodesTable {
  id: Generated<string>;
  person_id: string;
  request_id: string | null;
  practice_id: string;
  pathway: Pathway;
  tier: Tier;
  lead_ot_id: string | null;
  session_limit: ColumnType<number, number | undefined, number>;
  status: ColumnType<'open' | 'closed', 'open' | 'closed' | undefined, 'open' | 'closed'>;
  review_flagged_at: Date | null;
  review_reason: string | null;
  opened_at: Timestamp;
  closed_at: Date | null;
}

/** An appointment's status: core's list (booking/appointment-status.ts). */
export type AppointmentStatusValue = AppointmentStatus;

export interface AppointmentsTable {
  id: Generated<string>;
  slot_id: string;
  starts_at: Timestamp;
  ends_at: Timestamp;
  seat: number;
  slot_capacity: number;
  episode_id: string | null;
  person_id: string;
  practice_id: string;
  status: ColumnType<
    AppointmentStatusValue,
    AppointmentStatusValue | undefined,
    AppointmentStatusValue
  >;
  booked_via: 'staff' | 'self' | 'direct';
  booked_by: string | null;
  booked_at: Timestamp;
  over_limit_reason: string | null;
  status_reason: string | null;
  status_changed_at: Date | null;
  status_changed_by: string | null;
  reminder_due_at: Date | null;
  reminded_at: Date | null;
}

export interface RecordEntriesTable {
  id: Generated<string>;
  episode_id: string;
  kind: string;
  version: ColumnType<number, number | undefined, number>;
  data: ColumnType<unknown, string, string>;
  scores: ColumnType<unknown, string | undefined, string>;
  created_by: string | null;
  created_by_label: string;
  created_at: Timestamp;
  updated_by: string | null;
  updated_by_label: string;
  updated_at: Timestamp;
}

export interface RecordEntryVersionsTable {
  entry_id: string;
  version: number;
  data: ColumnType<unknown, string, never>;
  scores: ColumnType<unknown, string, never>;
  changed_fields: string[];
  changed_by: string | null;
  changed_by_label: string;
  changed_at: Timestamp;
}

export interface QuestionnaireLinksTable {
  id: Generated<string>;
  episode_id: string;
  kinds: string[];
  language: 'en' | 'cy';
  token_hash: string;
  purpose: ColumnType<'outcomes' | 'prem', 'outcomes' | 'prem' | undefined, never>;
  sent: ColumnType<boolean, boolean | undefined, boolean>;
  created_by: string | null;
  created_at: Timestamp;
  expires_at: Timestamp;
  completed_at: Date | null;
}

export interface SchemaMigrationsTable {
  version: number;
  name: string;
  checksum: string;
  applied_at: Timestamp;
}

/** Per organisation: safeguarding lead, acknowledgement time, practice email (migration 0005). */
export interface SafetySettingsTable {
  organisation_id: string;
  safeguarding_lead_user_id: ColumnType<string | null, string | null | undefined, string | null>;
  acknowledge_within_minutes: ColumnType<number, number | undefined, number>;
  practice_email: ColumnType<string | null, string | null | undefined, string | null>;
  updated_at: Timestamp;
  updated_by: ColumnType<string | null, string | null | undefined, string | null>;
}

/** The duty clinician of each practice on each London date (migration 0006). */
export interface DutyRotaTable {
  organisation_id: string;
  /** A London date, YYYY-MM-DD (dates are read as text on both engines). */
  date: string;
  user_id: string;
  updated_by: ColumnType<string | null, string | null | undefined, string | null>;
  updated_at: Timestamp;
}

/** A member of staff on the register (migration 0015): one row per user. */
export interface StaffProfilesTable {
  user_id: string;
  profession: StaffProfession;
  band: AfcBand;
  hcpc_number: string | null;
  /** A London date, YYYY-MM-DD. */
  hcpc_renewal_on: string | null;
  /** Whole-time equivalent in hundredths (0.8 is 80). */
  wte_hundredths: number;
  started_on: string;
  supervision_interval_months: ColumnType<number, number | undefined, number>;
  version: ColumnType<number, number | undefined, number>;
  updated_at: Timestamp;
  updated_by: string | null;
}

/** A supervision held (migration 0015): what was discussed, at the level a lead needs. */
export interface SupervisionRecordsTable {
  id: Generated<string>;
  user_id: string;
  held_on: string;
  supervisor_name: string;
  kind: SupervisionKind;
  duration_minutes: number;
  topics: SupervisionTopic[];
  summary: string;
  actions: string;
  recorded_by: string;
  recorded_at: Timestamp;
}

/** A CPD activity (migration 0015); hours kept in minutes. */
export interface CpdRecordsTable {
  id: Generated<string>;
  user_id: string;
  completed_on: string;
  title: string;
  activity: CpdActivity;
  minutes: number;
  learning: string;
  recorded_by: string;
  recorded_at: Timestamp;
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
  api_keys: ApiKeysTable;
  triage_rule_sets: TriageRuleSetsTable;
  requests: RequestsTable;
  request_events: RequestEventsTable;
  outbox_messages: OutboxMessagesTable;
  sites: SitesTable;
  clinic_templates: ClinicTemplatesTable;
  template_exceptions: TemplateExceptionsTable;
  staff_leave: StaffLeaveTable;
  slots: SlotsTable;
  episodes: EpisodesTable;
  appointments: AppointmentsTable;
  record_entries: RecordEntriesTable;
  record_entry_versions: RecordEntryVersionsTable;
  questionnaire_links: QuestionnaireLinksTable;
  safety_settings: SafetySettingsTable;
  duty_rota: DutyRotaTable;
  handovers: HandoversTable;
  booking_codes: BookingCodesTable;
  postcode_lsoa: PostcodeLsoaTable;
  lsoa_deprivation: LsoaDeprivationTable;
  password_tokens: PasswordTokensTable;
  recovery_codes: RecoveryCodesTable;
  sign_in_challenges: SignInChallengesTable;
  staff_profiles: StaffProfilesTable;
  supervision_records: SupervisionRecordsTable;
  cpd_records: CpdRecordsTable;
  planning_scenarios: PlanningScenariosTable;
  planning_projections: PlanningProjectionsTable;
}

/** A lead's planning scenario (migration 0016): changes to the service, checked by core's contract. */
export interface PlanningScenariosTable {
  id: Generated<string>;
  organisation_ids: string[];
  name: string;
  /** JSON: ScenarioChangeBody[]; written as a string, read parsed. */
  changes: ColumnType<unknown, string, string>;
  /** JSON: the workforce target, or null. */
  target: ColumnType<unknown, string | null, string | null>;
  created_by: string;
  created_at: Generated<Date>;
  updated_by: string;
  updated_at: ColumnType<Date, Date | undefined, Date>;
}

/** A finished projection (migration 0016): modelled figures, never a person. */
export interface PlanningProjectionsTable {
  id: string;
  organisation_ids: string[];
  scenario_id: string | null;
  scenario_name: string | null;
  changes: ColumnType<unknown, string, string>;
  target: ColumnType<unknown, string | null, string | null>;
  seed: string;
  runs_requested: number;
  /** JSON: ProjectionResultBody. */
  result: ColumnType<unknown, string, string>;
  created_by: string;
  started_at: Date;
  finished_at: Date;
}

export type SlotRow = Selectable<SlotsTable>;
export type ClinicTemplateRow = Selectable<ClinicTemplatesTable>;
export type AppointmentRow = Selectable<AppointmentsTable>;
export type EpisodeRow = Selectable<EpisodesTable>;

export type RequestRow = Selectable<RequestsTable>;

export type OrganisationRow = Selectable<OrganisationsTable>;
export type UserRow = Selectable<UsersTable>;
export type PersonRow = Selectable<PeopleTable>;
export type NewPerson = Insertable<PeopleTable>;
export type AuditEventRow = Selectable<AuditEventsTable>;
