/**
 * The evidence dashboard (issue 12): what the service achieved, for whom, over a period, read
 * live from the records as figures without anyone's details. One aggregate read through the
 * access module, scoped to the caller's organisations and audited; core composes the figures
 * (`evidenceDashboard`) and applies the small-number rule when the caller has no patient access
 * (a lead or an admin). With a comparison period, that period's facts are read in the same
 * transaction (the same snapshot) and composed into its headline sections. The web page, the
 * CSV and the service report all read this.
 */
import {
  episodeRecordFacts,
  evidenceDashboard,
  startOfLondonDayMs,
  addCalendarDays,
  type CalendarDate,
  type Clock,
  type EvidenceDashboard,
  type EvidenceFacts,
  type EvidenceQuery,
  type Pathway,
} from '@everyday/core';
import type { AccessContext, AuditedTransaction, PatientAccess } from '../access/patient-access.js';
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
import { decisionOf, entriesByEpisode, groupsOf, isPremExperience } from './evidence-rows.js';

/** The repository's filter for a period (inclusive London dates) and the lead's filters. */
export function evidenceFilter(
  scope: readonly string[],
  period: {
    readonly from: CalendarDate;
    readonly to: CalendarDate;
    readonly practiceId?: string | undefined;
    readonly pathway?: Pathway | undefined;
  },
): EvidenceFilter {
  return {
    scope,
    from: new Date(startOfLondonDayMs(period.from)),
    until: new Date(startOfLondonDayMs(addCalendarDays(period.to, 1))),
    practiceId: period.practiceId ?? null,
    pathway: period.pathway ?? null,
  };
}

type Practices = Awaited<ReturnType<typeof evidencePractices>>;

/** Every fact a period's figures are composed from, and how many rows were read. */
async function readFacts(
  trx: AuditedTransaction,
  filter: EvidenceFilter,
  period: { readonly from: CalendarDate; readonly to: CalendarDate },
  practices: Practices,
  readOn: CalendarDate,
): Promise<{ facts: EvidenceFacts; rows: number }> {
  const requests = await evidenceRequests(trx, filter);
  const appointments = await evidenceAppointments(trx, filter);
  const pairs = await evidenceContactPairs(trx, filter);
  const episodes = await evidenceDischargedEpisodes(trx, filter);
  const entries = await evidenceEntries(trx, filter);
  const prems = await evidencePrems(trx, filter, period);
  const byEpisode = entriesByEpisode(entries);
  const facts: EvidenceFacts = {
    practices: practices.map((p) => ({ id: p.id, name: p.name, listSize: p.list_size })),
    requests: requests.map((r) => ({
      personId: r.person_id,
      receivedOn: r.received_on,
      triagedOn: r.status === 'received' ? null : r.acted_on,
      decision: decisionOf(r.status),
      firstAppointmentOn: r.first_attended_on,
      closedOn: r.closed_on,
      groups: groupsOf(r),
    })),
    appointments: appointments.map((a) => ({
      on: a.on,
      status: a.status,
      otId: a.ot_id,
      groups: groupsOf(a),
    })),
    contactPairs: pairs.map((p) => ({
      first: p.first_on,
      second: p.second_on,
      groups: groupsOf(p),
    })),
    episodes: episodes.map((e) => ({
      // A closed episode has its closing time (the query asks for it).
      dischargedOn: e.closed_on ?? readOn,
      attendedContacts: Number(e.attended ?? 0),
      contactMinutes: {
        contacts: Number(e.minutes_contacts ?? 0),
        minutes: Number(e.minutes_recorded ?? 0),
      },
      record: episodeRecordFacts(byEpisode.get(e.id) ?? []),
      groups: groupsOf(e),
    })),
    prems: prems.map((p) => ({
      on: p.completed_on,
      experience: isPremExperience(p.experience) ? p.experience : null,
      comment: p.why?.trim() ? p.why.trim() : null,
      groups: groupsOf(p),
    })),
  };
  const rows =
    requests.length +
    appointments.length +
    pairs.length +
    episodes.length +
    entries.length +
    prems.length;
  return { facts, rows };
}

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
      const practices = await evidencePractices(trx, scope);
      const main = await readFacts(trx, evidenceFilter(scope, query), query, practices, today);
      const compared =
        query.compareFrom !== undefined && query.compareTo !== undefined
          ? { ...query, from: query.compareFrom, to: query.compareTo }
          : null;
      const comparison = compared
        ? await readFacts(trx, evidenceFilter(scope, compared), compared, practices, today)
        : null;
      const composed = evidenceDashboard(
        main.facts,
        query,
        { patientAccess, today },
        comparison?.facts,
      );
      return {
        value: {
          ...composed,
          readAt,
          practices: practices.map((p) => ({ id: p.id, name: p.name })),
        },
        rows: main.rows + (comparison?.rows ?? 0),
      };
    },
  );
  return value;
}
