/**
 * The evidence dashboard (issue 12): what the service achieved, for whom, over a period, read
 * live from the records as figures without anyone's details. One aggregate read through the
 * access module, scoped to the caller's organisations and audited; core composes the figures
 * (`evidenceDashboard`) and applies the small-number rule when the caller has no patient access
 * (a lead or an admin). The web page, the CSV and the service report all read this.
 */
import {
  ageOn,
  episodeRecordFacts,
  evidenceDashboard,
  londonDateOf,
  startOfLondonDayMs,
  addCalendarDays,
  PREM_EXPERIENCES,
  type Clock,
  type DeprivationIndex,
  type EthnicCategory,
  type EvidenceDashboard,
  type EvidenceFacts,
  type EvidenceQuery,
  type FactGroups,
  type Pathway,
  type PersonSex,
  type PremExperience,
  type RequestDecision,
  type RequestStatus,
  type Route,
} from '@everyday/core';
import type { AccessContext, PatientAccess } from '../access/patient-access.js';
import { toEntryDto } from '../record/entry-service.js';
import {
  evidenceAppointments,
  evidenceContactPairs,
  evidenceDischargedEpisodes,
  evidenceEntries,
  evidencePractices,
  evidencePrems,
  evidenceRequests,
  type EvidenceFilter,
} from './evidence.repository.js';

interface GroupColumns {
  readonly practice_id: string;
  readonly pathway: Pathway | null;
  readonly route: Route | null;
  readonly received_at: Date | string | null;
  readonly sex: PersonSex | null;
  readonly ethnicity: EthnicCategory | null;
  readonly date_of_birth: string | null;
  readonly imd_decile: number | null;
  readonly deprivation_index: DeprivationIndex | null;
}

const dateOf = (at: Date | string): string => londonDateOf(new Date(at).getTime());

function groupsOf(row: GroupColumns): FactGroups {
  return {
    practiceId: row.practice_id,
    route: row.route,
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

function decisionOf(status: RequestStatus): RequestDecision {
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

const isPremExperience = (v: string | null): v is PremExperience =>
  v !== null && (PREM_EXPERIENCES as readonly string[]).includes(v);

/** The dashboard for the caller's organisations, a period and the lead's filters. */
export async function readEvidenceDashboard(
  access: PatientAccess,
  context: AccessContext,
  query: EvidenceQuery,
  clock: Clock,
): Promise<EvidenceDashboard> {
  const today = clock.today();
  const readAt = clock.now().toISOString();
  const { value } = await access.withAggregateFigures(
    context,
    { resourceType: 'evidence', purpose: 'evidence dashboard' },
    async (trx, scope, patientAccess) => {
      const filter: EvidenceFilter = {
        scope,
        from: new Date(startOfLondonDayMs(query.from)),
        until: new Date(startOfLondonDayMs(addCalendarDays(query.to, 1))),
        practiceId: query.practiceId ?? null,
        pathway: query.pathway ?? null,
      };
      const practices = await evidencePractices(trx, scope);
      const requests = await evidenceRequests(trx, filter);
      const appointments = await evidenceAppointments(trx, filter);
      const pairs = await evidenceContactPairs(trx, filter);
      const episodes = await evidenceDischargedEpisodes(trx, filter);
      const entries = await evidenceEntries(trx, filter);
      const prems = await evidencePrems(trx, filter, query);
      const byEpisode = new Map<string, (typeof entries)[number][]>();
      for (const e of entries) {
        const list = byEpisode.get(e.episode_id);
        if (list) list.push(e);
        else byEpisode.set(e.episode_id, [e]);
      }
      const facts: EvidenceFacts = {
        practices: practices.map((p) => ({ id: p.id, name: p.name, listSize: p.list_size })),
        requests: requests.map((r) => ({
          personId: r.person_id,
          receivedOn: dateOf(r.received_at),
          triagedOn: r.status === 'received' || r.acted_at === null ? null : dateOf(r.acted_at),
          decision: decisionOf(r.status),
          firstAppointmentOn: r.first_attended_at === null ? null : dateOf(r.first_attended_at),
          closedOn: r.closed_at === null ? null : dateOf(r.closed_at),
          groups: groupsOf(r),
        })),
        appointments: appointments.map((a) => ({
          on: dateOf(a.starts_at),
          status: a.status,
          groups: groupsOf(a),
        })),
        contactPairs: pairs.map((p) => ({
          first: dateOf(p.first_at),
          second: p.second_at === null ? null : dateOf(p.second_at),
          groups: groupsOf(p),
        })),
        episodes: episodes.map((e) => ({
          dischargedOn: dateOf(e.closed_at ?? e.received_at ?? readAt),
          attendedContacts: Number(e.attended ?? 0),
          record: episodeRecordFacts((byEpisode.get(e.id) ?? []).map(toEntryDto)),
          groups: groupsOf(e),
        })),
        prems: prems.map((p) => ({
          on: p.completed_on,
          experience: isPremExperience(p.experience) ? p.experience : null,
          comment: p.why?.trim() ? p.why.trim() : null,
          groups: groupsOf(p),
        })),
      };
      const composed = evidenceDashboard(facts, query, { patientAccess, today });
      return {
        value: {
          ...composed,
          readAt,
          practices: practices.map((p) => ({ id: p.id, name: p.name })),
        },
        rows:
          requests.length +
          appointments.length +
          pairs.length +
          episodes.length +
          entries.length +
          prems.length,
      };
    },
  );
  return value;
}
