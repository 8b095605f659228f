/** The episode and person as the record API shows them. */
import { z } from 'zod';
import {
  ageOn,
  communicationNeedsOf,
  londonDateOf,
  PATHWAYS,
  ZCommunicationNeeds,
  type CommunicationNeedsView,
  type Pathway,
} from '@everyday/core';
import type { episodeForRecord } from './episode.repository.js';

type EpisodeRecordRow = NonNullable<Awaited<ReturnType<typeof episodeForRecord>>>;

export const ZEpisode = z.object({
  id: z.uuid(),
  pathway: z.string(),
  tier: z.string(),
  status: z.enum(['open', 'closed']),
  openedAt: z.string(),
  closedAt: z.string().nullable(),
  sessionLimit: z.number(),
  sessionsUsed: z.number(),
  leadOt: z.string().nullable(),
  reasonForReferral: z.string().nullable(),
  reference: z.string().nullable(),
});

export const ZPerson = z.object({
  id: z.uuid(),
  name: z.string(),
  /** Null (and so the age) when the person was saved urgently and never gave it. */
  dateOfBirth: z.string().nullable(),
  age: z.number().nullable(),
  nhsNumber: z.string().nullable(),
  practice: z.string(),
  /** How to speak and write to them: their record first, then the request's answers. */
  communicationNeeds: ZCommunicationNeeds,
});

/** The person's communication needs, from the columns of their record and the request's answers. */
export function communicationNeedsOfRow(row: {
  readonly access_needs: readonly string[];
  readonly interpreter_language: string | null;
  readonly preferred_language: 'en' | 'cy';
  readonly answers: unknown;
}): CommunicationNeedsView {
  const needs = communicationNeedsOf(
    {
      accessNeeds: row.access_needs,
      interpreterLanguage: row.interpreter_language,
      preferredLanguage: row.preferred_language,
    },
    row.answers,
  );
  return { ...needs, needs: [...needs.needs] };
}

/** An episode's pathway as stored; anything unknown is treated as advice and signposting. */
export function pathwayOf(value: string): Pathway {
  return (PATHWAYS as readonly string[]).includes(value) ? (value as Pathway) : 'signpost';
}

/** What the person or their referrer said they needed help with. */
export function reasonForReferral(answers: unknown): string | null {
  if (typeof answers !== 'object' || answers === null) return null;
  const a = answers as { clinicalReason?: unknown; difficulties?: unknown };
  const parts = [a.clinicalReason, a.difficulties].filter(
    (t): t is string => typeof t === 'string' && t.trim() !== '',
  );
  return parts.length > 0 ? parts.join('\n\n') : null;
}

export function episodeDto(row: EpisodeRecordRow, now: Date) {
  return {
    episode: {
      id: row.id,
      pathway: row.pathway,
      tier: row.tier,
      status: row.status,
      openedAt: new Date(row.opened_at).toISOString(),
      closedAt: row.closed_at ? new Date(row.closed_at).toISOString() : null,
      sessionLimit: row.session_limit,
      sessionsUsed: row.sessions_used ?? 0,
      leadOt: row.lead_ot,
      reasonForReferral: reasonForReferral(row.answers),
      reference: row.reference,
    },
    person: {
      id: row.person_id,
      name: `${row.given_name} ${row.family_name}`,
      dateOfBirth: row.date_of_birth,
      age:
        row.date_of_birth === null ? null : ageOn(row.date_of_birth, londonDateOf(now.getTime())),
      nhsNumber: row.nhs_number,
      practice: row.practice_name,
      communicationNeeds: communicationNeedsOfRow(row),
    },
  };
}
