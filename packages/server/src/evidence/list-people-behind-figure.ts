/**
 * The people behind a number on the evidence dashboard (issue 12 item 2): for an OT, who was
 * counted in a figure's numerator over a period, filters and optionally one breakdown row, so
 * they can open those records. A search over patient records at the OT record's level through
 * the access module: leads, admins, navigators and GPs are refused (and the refusal audited),
 * and one audit event names the figure, the group, the period and how many were listed. Core's
 * `figurePeople` decides who is counted, by the dashboard's own rules.
 */
import {
  episodeRecordFacts,
  figurePeople,
  type Clock,
  type EvidencePeople,
  type EvidencePeopleQuery,
  type EvidencePerson,
  type FigurePeopleFacts,
} from '@everyday/core';
import type { AccessContext, AuditedTransaction, PatientAccess } from '../access/patient-access.js';
import {
  evidenceEntries,
  evidencePeopleDischarged,
  evidencePeopleMissed,
  evidencePeopleRequests,
  type EvidenceFilter,
} from './evidence.repository.js';
import { dateOf, entriesByEpisode, groupsOf } from './evidence-rows.js';
import { evidenceFilter } from './read-evidence-dashboard.js';

interface Identity {
  readonly person_id: string;
  readonly given_name: string;
  readonly family_name: string;
  readonly nhs_number: string | null;
}

const person = (
  row: Identity,
  ids: { requestId: string | null; episodeId: string | null },
  on: string,
): EvidencePerson => ({
  personId: row.person_id,
  name: `${row.given_name} ${row.family_name}`,
  nhsNumber: row.nhs_number,
  ...ids,
  on,
});

/** The facts the figure counts, each with the person it is about. */
async function factsFor(
  trx: AuditedTransaction,
  filter: EvidenceFilter,
  figure: EvidencePeopleQuery['figure'],
): Promise<FigurePeopleFacts<EvidencePerson>> {
  const none: FigurePeopleFacts<EvidencePerson> = { requests: [], appointments: [], episodes: [] };
  switch (figure) {
    case 'requests': {
      const rows = await evidencePeopleRequests(trx, filter);
      return {
        ...none,
        requests: rows.map((r) => {
          const on = dateOf(r.received_at);
          return {
            personId: r.person_id,
            receivedOn: on,
            triagedOn: null,
            decision: 'untriaged',
            firstAppointmentOn: null,
            closedOn: null,
            groups: groupsOf(r),
            subject: person(r, { requestId: r.request_id, episodeId: null }, on),
          };
        }),
      };
    }
    case 'dna-rate': {
      const rows = await evidencePeopleMissed(trx, filter);
      return {
        ...none,
        appointments: rows.map((a) => {
          const on = dateOf(a.starts_at);
          return {
            on,
            status: a.status,
            otId: a.ot_id,
            groups: groupsOf(a),
            subject: person(a, { requestId: a.request_id, episodeId: a.episode_id }, on),
          };
        }),
      };
    }
    case 'episodes-discharged':
    case 'improved-main-measure':
    case 'reliable-improvement-phq9': {
      const rows = await evidencePeopleDischarged(trx, filter);
      // Outcomes need the record; a count of discharges does not.
      const entries = figure === 'episodes-discharged' ? [] : await evidenceEntries(trx, filter);
      const byEpisode = entriesByEpisode(entries);
      return {
        ...none,
        episodes: rows.map((e) => {
          const on = dateOf(e.closed_at ?? e.received_at ?? filter.from);
          return {
            dischargedOn: on,
            attendedContacts: Number(e.attended ?? 0),
            contactMinutes: { contacts: 0, minutes: 0 },
            record: episodeRecordFacts(byEpisode.get(e.episode_id) ?? []),
            groups: groupsOf(e),
            subject: person(e, { requestId: e.request_id, episodeId: e.episode_id }, on),
          };
        }),
      };
    }
  }
}

/** The people counted in one figure, for an OT; audited as a search naming the figure. */
export async function listPeopleBehindFigure(
  access: PatientAccess,
  context: AccessContext,
  query: EvidencePeopleQuery,
  clock: Clock,
): Promise<EvidencePeople> {
  const readAt = clock.now().toISOString();
  const filters = [
    query.group ? `group ${query.group}` : null,
    query.index ? `index ${query.index}` : null,
    query.practiceId ? `practice ${query.practiceId}` : null,
    query.pathway ? `pathway ${query.pathway}` : null,
  ].filter((x) => x !== null);
  const purpose = `people behind evidence figure ${query.figure}, ${query.from} to ${query.to}${filters.length > 0 ? ` (${filters.join(', ')})` : ''}`;
  let index: EvidencePeople['query']['index'] = null;
  const people = await access.withPatientSearch(
    context,
    { level: 'record', resourceType: 'evidence', purpose },
    async (trx, scope) => {
      const facts = await factsFor(trx, evidenceFilter(scope, query), query.figure);
      const chosen = figurePeople(facts, query);
      index = chosen.index;
      return chosen.subjects;
    },
  );
  return {
    figure: query.figure,
    query: {
      from: query.from,
      to: query.to,
      practiceId: query.practiceId ?? null,
      pathway: query.pathway ?? null,
      group: query.group ?? null,
      index,
    },
    readAt,
    people: [...people],
  };
}
