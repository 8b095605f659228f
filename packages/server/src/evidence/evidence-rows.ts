/**
 * The evidence reads' rows turned into core's facts (evidence-facts.ts): the groups a person
 * falls in, London dates, and a request's status as a triage decision. Shared by the dashboard
 * and the list of people behind a figure, so both count by the same rules.
 */
import {
  londonDateOf,
  PREM_EXPERIENCES,
  type DeprivationIndex,
  type EntryKind,
  type EthnicCategory,
  type FactGroups,
  type Pathway,
  type PersonSex,
  type PremExperience,
  type RecordEntryContent,
  type RequestDecision,
  type RequestStatus,
  type Route,
} from '@everyday/core';

export interface GroupColumns {
  readonly practice_id: string;
  readonly pathway: Pathway | null;
  readonly route: Route | null;
  readonly channel: string | null;
  readonly sex: PersonSex | null;
  readonly ethnicity: EthnicCategory | null;
  /** Whole years on the London date of the request, computed in the query (core's `ageOn`). */
  readonly age_at_request: number | null;
  readonly imd_decile: number | null;
  readonly deprivation_index: DeprivationIndex | null;
}

export const dateOf = (at: Date | string): string => londonDateOf(new Date(at).getTime());

export function groupsOf(row: GroupColumns): FactGroups {
  return {
    practiceId: row.practice_id,
    route: row.route,
    channel: row.channel,
    pathway: row.pathway,
    sex: row.sex,
    ethnicity: row.ethnicity,
    ageAtRequest: row.age_at_request,
    deprivation:
      row.imd_decile !== null && row.deprivation_index !== null
        ? { index: row.deprivation_index, decile: row.imd_decile }
        : null,
  };
}

/** An entry as the evidence reads it (`evidenceEntries`): what it says, for core's facts. */
export function entryContentOf(row: {
  readonly kind: string;
  readonly data: unknown;
  readonly scores: unknown;
}): RecordEntryContent {
  return { kind: row.kind as EntryKind, data: row.data as never, scores: row.scores };
}

/**
 * Entries as `evidenceEntries` reads them, grouped by episode, each episode's oldest first (by
 * when written, then id, as the record orders them), as what they say.
 */
export function entriesByEpisode(
  rows: readonly {
    readonly id: string;
    readonly episode_id: string;
    readonly kind: string;
    readonly data: unknown;
    readonly scores: unknown;
    readonly written_at: string;
  }[],
): ReadonlyMap<string, readonly RecordEntryContent[]> {
  const grouped = new Map<string, (typeof rows)[number][]>();
  for (const row of rows) {
    const list = grouped.get(row.episode_id);
    if (list) list.push(row);
    else grouped.set(row.episode_id, [row]);
  }
  const byEpisode = new Map<string, readonly RecordEntryContent[]>();
  for (const [episodeId, list] of grouped) {
    list.sort((a, b) =>
      a.written_at === b.written_at
        ? a.id < b.id
          ? -1
          : a.id > b.id
            ? 1
            : 0
        : a.written_at < b.written_at
          ? -1
          : 1,
    );
    byEpisode.set(episodeId, list.map(entryContentOf));
  }
  return byEpisode;
}

export function decisionOf(status: RequestStatus): RequestDecision {
  switch (status) {
    case 'received':
      return 'untriaged';
    case 'awaiting_info':
      return 'awaiting_info';
    case 'waiting':
    case 'booked':
      return 'accepted';
    case 'signposted':
      return 'signposted';
    case 'redirected':
      return 'redirected';
    case 'declined':
      return 'declined';
  }
}

export const isPremExperience = (v: string | null): v is PremExperience =>
  v !== null && (PREM_EXPERIENCES as readonly string[]).includes(v);
