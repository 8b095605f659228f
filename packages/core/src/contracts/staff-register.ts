/**
 * The staff register's API (issue 13 item 1): a profile to save, supervision and CPD to record,
 * and what the register and a staff member's page read. The server validates with these and the
 * web derives its types and checks its reads with them (ADR 0012).
 */
import { z } from 'zod';
import {
  AFC_BANDS,
  CPD_ACTIVITIES,
  DUE_REASONS,
  STAFF_PROFESSIONS,
  SUPERVISION_KINDS,
  SUPERVISION_TOPICS,
} from '../planning/staff-register.js';
import { isoDate } from './dates.js';

const notes = z.string().trim().max(2000);

/** PUT /api/planning/staff/:userId/profile. `baseVersion` is the version read (null for none yet). */
export const ZStaffProfileBody = z
  .object({
    baseVersion: z.number().int().min(1).nullable(),
    profession: z.enum(STAFF_PROFESSIONS),
    band: z.enum(AFC_BANDS),
    hcpcNumber: z.string().trim().toUpperCase().min(1).max(20).nullable(),
    hcpcRenewalOn: isoDate.nullable(),
    wte: z.number().min(0.01).max(1),
    startedOn: isoDate,
    supervisionIntervalMonths: z.number().int().min(1).max(12).default(1),
  })
  .strict();
export type TStaffProfileBody = z.infer<typeof ZStaffProfileBody>;

/** POST /api/planning/staff/:userId/supervision. */
export const ZSupervisionBody = z
  .object({
    heldOn: isoDate,
    supervisorName: z.string().trim().min(1).max(200),
    kind: z.enum(SUPERVISION_KINDS),
    durationMinutes: z.number().int().min(15).max(480),
    topics: z.array(z.enum(SUPERVISION_TOPICS)).min(1),
    summary: notes.default(''),
    actions: notes.default(''),
  })
  .strict();
export type TSupervisionBody = z.infer<typeof ZSupervisionBody>;

/** POST /api/planning/staff/:userId/cpd. */
export const ZCpdBody = z
  .object({
    completedOn: isoDate,
    title: z.string().trim().min(1).max(200),
    activity: z.enum(CPD_ACTIVITIES),
    hours: z.number().min(0.25).max(100),
    learning: notes.default(''),
  })
  .strict();
export type TCpdBody = z.infer<typeof ZCpdBody>;

export const ZStaffProfile = z.object({
  profession: z.enum(STAFF_PROFESSIONS),
  band: z.enum(AFC_BANDS),
  hcpcNumber: z.string().nullable(),
  hcpcRenewalOn: z.string().nullable(),
  wte: z.number(),
  startedOn: z.string(),
  supervisionIntervalMonths: z.number(),
  version: z.number(),
  updatedAt: z.string(),
  updatedBy: z.string().nullable(),
});
export type StaffProfile = z.infer<typeof ZStaffProfile>;

export const ZSupervisionStanding = z.object({
  status: z.enum(['up_to_date', 'due_soon', 'overdue', 'never_recorded']),
  lastOn: z.string().nullable(),
  dueOn: z.string().nullable(),
  daysOverdue: z.number(),
});

export const ZHcpcStanding = z.object({
  status: z.enum(['not_required', 'not_recorded', 'current', 'renewal_due', 'lapsed']),
  renewalOn: z.string().nullable(),
  daysLeft: z.number().nullable(),
});

export const ZPracticeSessions = z.object({
  organisationId: z.uuid(),
  organisationName: z.string(),
  hours: z.number(),
  sessions: z.number(),
  clinics: z.number(),
});

const ZLeavePeriod = z.object({ startsOn: z.string(), endsOn: z.string() });

export const ZLeaveStanding = z.object({
  current: ZLeavePeriod.nullable(),
  upcoming: z.array(ZLeavePeriod),
  workingDaysAhead: z.number(),
});

/** One row of the register. */
export const ZStaffRegisterEntry = z.object({
  userId: z.uuid(),
  name: z.string(),
  profile: ZStaffProfile.nullable(),
  sessions: z.array(ZPracticeSessions),
  sessionsPerWeek: z.number(),
  leave: ZLeaveStanding,
  supervision: ZSupervisionStanding,
  hcpc: ZHcpcStanding,
  reasons: z.array(z.enum(DUE_REASONS)),
});
export type StaffRegisterEntry = z.infer<typeof ZStaffRegisterEntry>;

/** GET /api/planning/staff: the register of everyone in the caller's scope, and who is due. */
export const ZStaffRegister = z.object({
  today: z.string(),
  staff: z.array(ZStaffRegisterEntry),
  due: z.array(
    z.object({ userId: z.uuid(), name: z.string(), reasons: z.array(z.enum(DUE_REASONS)) }),
  ),
});
export type StaffRegister = z.infer<typeof ZStaffRegister>;

export const ZSupervisionRecord = z.object({
  id: z.uuid(),
  heldOn: z.string(),
  supervisorName: z.string(),
  kind: z.enum(SUPERVISION_KINDS),
  durationMinutes: z.number(),
  topics: z.array(z.enum(SUPERVISION_TOPICS)),
  summary: z.string(),
  actions: z.string(),
  recordedBy: z.string(),
  recordedAt: z.string(),
});
export type SupervisionRecord = z.infer<typeof ZSupervisionRecord>;

export const ZCpdRecord = z.object({
  id: z.uuid(),
  completedOn: z.string(),
  title: z.string(),
  activity: z.enum(CPD_ACTIVITIES),
  hours: z.number(),
  learning: z.string(),
  recordedBy: z.string(),
  recordedAt: z.string(),
});
export type CpdRecord = z.infer<typeof ZCpdRecord>;

/** GET /api/planning/staff/:userId: one staff member's page; `canManage` says whether the caller may edit the profile. */
export const ZStaffMember = z.object({
  today: z.string(),
  entry: ZStaffRegisterEntry,
  supervision: z.array(ZSupervisionRecord),
  cpd: z.array(ZCpdRecord),
  /** CPD hours in the twelve months to today. */
  cpdHoursLastYear: z.number(),
  canManage: z.boolean(),
});
export type StaffMember = z.infer<typeof ZStaffMember>;
