/**
 * The evidence reads' rows turned into core's facts (evidence-facts.ts): the groups a person
 * falls in, London dates, and a request's status as a triage decision. Shared by the dashboard
 * and the list of people behind a figure, so both count by the same rules.
 */
import {
  ageOn,
  londonDateOf,
  PREM_EXPERIENCES,
  type DeprivationIndex,
  type EthnicCategory,
  type FactGroups,
  type Pathway,
  type PersonSex,
  type PremExperience,
  type RequestDecision,
  type RequestStatus,
  type Route,
} from '@everyday/core';

export interface GroupColumns {
  readonly practice_id: string;
  readonly pathway: Pathway | null;
  readonly route: Route | null;
  readonly channel: string | null;
  readonly received_at: Date | string | null;
  readonly sex: PersonSex | null;
  readonly ethnicity: EthnicCategory | null;
  readonly date_of_birth: string | null;
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
    ageAtRequest:
      row.date_of_birth !== null && row.received_at !== null
        ? ageOn(row.date_of_birth, dateOf(row.received_at))
        : null,
    deprivation:
      row.imd_decile !== null && row.deprivation_index !== null
        ? { index: row.deprivation_index, decile: row.imd_decile }
        : null,
  };
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
