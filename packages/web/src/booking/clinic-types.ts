import type { CommunicationNeedsView } from '@everyday/core';
// Shapes of the clinic, waiting-list and view JSON the staff pages use (the booking API contract).
import type { ClinicMode, Pathway, Tier, Urgency } from '@everyday/core';

export type Nation = 'england' | 'wales';

export interface Site {
  id: string;
  name: string;
  organisationId: string;
  address: string | null;
}

export interface ClinicTemplate {
  id: string;
  otId: string;
  otName: string;
  siteId: string;
  siteName: string;
  name: string;
  /** ISO weekdays, 1 = Monday … 7 = Sunday. */
  weekdays: number[];
  startTime: string;
  endTime: string;
  slotMinutes: number;
  mode: ClinicMode;
  capacity: number;
  pathway: Pathway | null;
  nation: Nation;
  gpad: { nationalCategory: string; serviceSetting: string; mode: string };
  validFrom: string;
  validUntil: string | null;
  active: boolean;
}

/** What a change to clinics did to the slots. */
export interface SyncReport {
  created: number;
  withdrawn: number;
  /** Keys (`<template>:<date>:<time>`) of booked slots that no longer fit: rebook these people. */
  orphanedBookings: string[];
}

export interface WaitingEntry {
  requestId: string;
  reference: string;
  person: { id: string; givenName: string; familyName: string; dateOfBirth: string };
  practice: { id: string; name: string };
  pathway: Pathway;
  tier: Tier;
  urgency: Urgency;
  waitingSince: string;
  weeksWaited: number;
  /** Another live request may be this person's (issue 16 item 1). */
  possibleDuplicate: boolean;
  /** Booked directly from the referral form and not yet confirmed by an OT. */
  needsConfirmation: boolean;
  /** Large print, interpreter, written language (issue 16 item 6). */
  communicationNeeds?: CommunicationNeedsView;
}

export interface WaitingList {
  entries: WaitingEntry[];
  summary: { pathway: Pathway; tier: Tier; count: number; longestWeeks: number }[];
  longestWeeks: number;
  total: number;
}

export interface BookingLink {
  link: string;
  expiresAt: string;
  sent: boolean;
}

/** A diary's slots and appointments (the shared contract's; GET /api/diary is `ZDiary`). */
export type { DiaryAppointment, DiarySlot } from '@everyday/core';

export interface CaseloadEpisode {
  id: string;
  name: string;
  pathway: string;
  tier: string;
  sessionsUsed: number;
  sessionLimit: number;
  nextAppointment: string | null;
  reviewFlagged: boolean;
  reviewReason: string | null;
}

export interface Caseload {
  episodes: CaseloadEpisode[];
  contactsThisWeek: number;
  target: number;
}

/** A count about people: null when the small-number rule suppressed it (1 to 7). */
export type DisclosedCount = number | null;

export interface CapacityWeek {
  weekStarting: string;
  /** Places, not people: never suppressed. */
  offered: number;
  booked: DisclosedCount;
  unused: DisclosedCount;
  attended: DisclosedCount;
  didNotAttend: DisclosedCount;
  /** 0 to 1; null while nothing has been attended or missed, or when it cannot be shown. */
  didNotAttendRate: number | null;
}

/** GET /api/capacity: the weeks, what the figures mean, and the small-number rule if applied. */
export interface CapacityView {
  weeks: CapacityWeek[];
  definitions: { offered: string; booked: string; didNotAttendRate: string; source: string };
  /** Set when the viewer has no patient access and the small-number rule was applied. */
  disclosure: { rule: string; summary: string } | null;
}

export const MESSAGE_STATUSES = ['dead', 'failed', 'pending'] as const;
export type MessageStatus = (typeof MESSAGE_STATUSES)[number];

export interface OutboxMessage {
  id: string;
  kind: string;
  channel: string;
  language: string;
  status: string;
  attempts: number;
  lastError: string | null;
  createdAt: string;
  nextAttemptAt: string;
  reference: string | null;
}
