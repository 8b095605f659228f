/**
 * The small evidence cohort the dashboard and the people-behind-a-figure tests share, every
 * figure of which is worked out by hand in evidence/dashboard.test.ts. Period Monday 5 January
 * 2026 to Sunday 18 January 2026; today Tuesday 20 January.
 */
import type { EvidenceQuery } from '../contracts/evidence.js';
import type { OutcomeSeries } from '../record/record-view.js';
import type {
  EpisodeFact,
  EpisodeRecordFacts,
  EvidenceFacts,
  FactGroups,
  RequestFact,
} from '../evidence/evidence-facts.js';

export const Q: EvidenceQuery = { from: '2026-01-05', to: '2026-01-18' };
export const TODAY = '2026-01-20';

export function groups(o: Partial<FactGroups>): FactGroups {
  return {
    practiceId: 'P1',
    route: 'self',
    channel: 'online',
    pathway: 'mental_health',
    sex: null,
    ethnicity: null,
    ageAtRequest: null,
    deprivation: null,
    ...o,
  };
}
export const imd = (decile: number) => ({ index: 'IMD2019' as const, decile });

export function series(
  measure: OutcomeSeries['measure'],
  values: number[],
  qualifier: string | null = null,
): OutcomeSeries {
  const points = values.map((value, i) => ({ on: `2026-01-0${String(i + 1)}`, value, qualifier }));
  const first = points[0];
  const last = points.at(-1);
  if (!first || !last) throw new Error('no points');
  return { measure, points, first, last, change: null };
}

export const NO_RECORD: EpisodeRecordFacts = {
  outcomes: [],
  eq5dStates: null,
  gas: null,
  interventions: [],
  avoided: null,
  workAtStart: null,
  workAtDischarge: null,
  healthWorkReports: 0,
};

// People and their groups.
export const G1 = groups({ deprivation: imd(1), sex: 'female', ageAtRequest: 40, ethnicity: 'A' });
export const G2 = groups({
  deprivation: imd(2),
  sex: 'male',
  ageAtRequest: 70,
  ethnicity: 'B',
  route: 'navigator',
  channel: 'phone',
  pathway: 'frailty_falls',
});
export const G3 = groups({
  practiceId: 'P2',
  route: 'system',
  channel: 'community-care-record',
  deprivation: imd(5),
  sex: 'female',
  ageAtRequest: 25,
  ethnicity: 'A',
  pathway: 'daily_living',
});
export const G4 = groups({
  practiceId: 'P2',
  route: 'clinician',
  channel: 'clinician_referral',
  deprivation: imd(10),
  pathway: 'daily_living',
});
export const G5 = groups({ deprivation: imd(3), sex: 'female', ageAtRequest: 50, ethnicity: 'A' });
export const G6 = groups({
  practiceId: 'P2',
  pathway: 'work',
  deprivation: imd(9),
  sex: 'male',
  ageAtRequest: 45,
  ethnicity: 'C',
});

export function request(
  o: Partial<RequestFact> & Pick<RequestFact, 'personId' | 'receivedOn' | 'groups'>,
): RequestFact {
  return { triagedOn: null, decision: 'untriaged', firstAppointmentOn: null, closedOn: null, ...o };
}

export const E5: EpisodeFact = {
  dischargedOn: '2026-01-17',
  attendedContacts: 2,
  // One of the two contacts recorded as 45 minutes; the other at the default 30.
  contactMinutes: { contacts: 1, minutes: 45 },
  groups: G5,
  record: {
    ...NO_RECORD,
    outcomes: [series('phq9', [15, 8]), series('gad7', [12, 6])],
    interventions: ['self_management'],
    avoided: {
      gpAppointments: true,
      gpAppointmentsCount: 2,
      secondaryCareReferral: true,
      medication: true,
    },
  },
};
export const E6: EpisodeFact = {
  dischargedOn: '2026-01-10',
  attendedContacts: 1,
  contactMinutes: { contacts: 0, minutes: 0 },
  groups: G6,
  record: {
    ...NO_RECORD,
    outcomes: [series('work_ability', [3, 7]), series('eq5d_index', [0.5, 0.8], 'england_2018')],
    eq5dStates: { first: '32211', last: '21111' },
    avoided: {
      gpAppointments: false,
      gpAppointmentsCount: null,
      secondaryCareReferral: false,
      medication: false,
    },
    workAtStart: 'sick_leave_fit_note',
    workAtDischarge: 'in_work',
    healthWorkReports: 1,
  },
};

export const FACTS: EvidenceFacts = {
  requests: [
    request({
      personId: 'p1',
      receivedOn: '2026-01-05',
      triagedOn: '2026-01-06',
      decision: 'accepted',
      firstAppointmentOn: '2026-01-12',
      groups: G1,
    }),
    request({
      personId: 'p2',
      receivedOn: '2026-01-05',
      triagedOn: '2026-01-08',
      decision: 'accepted',
      groups: G2,
    }),
    request({
      personId: 'p3',
      receivedOn: '2026-01-06',
      triagedOn: '2026-01-06',
      decision: 'signposted',
      groups: G3,
    }),
    request({ personId: 'p4', receivedOn: '2026-01-07', groups: G4 }),
    // Received before the period, first seen in it, discharged on 17 January.
    request({
      personId: 'p5',
      receivedOn: '2025-12-01',
      triagedOn: '2025-12-02',
      decision: 'accepted',
      firstAppointmentOn: '2026-01-13',
      closedOn: '2026-01-17',
      groups: G5,
    }),
  ],
  appointments: [
    { on: '2026-01-12', status: 'attended', otId: 'ot-a', groups: G1 },
    { on: '2026-01-14', status: 'cancelled_by_person', otId: 'ot-a', groups: G1 },
    { on: '2026-01-13', status: 'attended', otId: 'ot-a', groups: G5 },
    { on: '2026-01-15', status: 'did_not_attend', otId: 'ot-b', groups: G5 },
    { on: '2026-01-16', status: 'attended', otId: 'ot-b', groups: G5 },
  ],
  contactPairs: [
    { first: '2026-01-12', second: null, groups: G1 },
    { first: '2026-01-13', second: '2026-01-16', groups: G5 },
  ],
  episodes: [E5, E6],
  prems: [
    { on: '2026-01-18', experience: 'very_good', comment: 'Really helped', groups: G5 },
    { on: '2026-01-11', experience: 'poor', comment: null, groups: G6 },
  ],
  practices: [
    { id: 'P1', name: 'Oak Practice', listSize: 1000 },
    { id: 'P2', name: 'Ash Practice', listSize: 2000 },
  ],
};
