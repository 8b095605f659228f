/**
 * The demo's staff register (issue 13 item 1), written through the register's use cases as the
 * demo generator: the demo OT and two colleagues in the PCN (who cannot sign in: no password),
 * each with a profile (fictional HCPC numbers in the register's format), a year of monthly
 * supervision and some CPD. One colleague's supervision is overdue and the other's HCPC renewal
 * falls due, so a newcomer signing in as the lead sees the register doing its job.
 */
import {
  addCalendarDays,
  addCalendarMonths,
  fixedClock,
  SUPERVISION_TOPICS,
  type AfcBand,
  type CalendarDate,
} from '@everyday/core';
import type { Kysely } from 'kysely';
import type { Actor } from '../../auth/actor.js';
import type { Database } from '../../db/schema.js';
import { recordCpd } from '../../planning/record-cpd.js';
import { recordSupervision } from '../../planning/record-supervision.js';
import { saveStaffProfile } from '../../planning/save-staff-profile.js';
import { insertUser } from '../../users/user.repository.js';

interface DemoStaff {
  readonly userId: string;
  readonly band: AfcBand;
  readonly hcpcNumber: string;
  /** Days from the demo's last day to the HCPC renewal date. */
  readonly renewalInDays: number;
  readonly wte: number;
  /** Months before the last day that they started. */
  readonly startedMonthsAgo: number;
  /** Days before the last day that their last supervision was held. */
  readonly lastSupervisionDaysAgo: number;
  readonly supervisor: string;
}

const SUMMARIES = [
  'Caseload size and mix; waits on the work pathway.',
  'Group programme: numbers and what people say about it.',
  'Reflection on a complex case in general terms; agreed when to seek advice.',
  'Workload and protected time for notes.',
  'CPD plan for the year and the HCPC standards.',
  'Links with the practices’ care coordinators.',
];

async function colleague(db: Kysely<Database>, pcnId: string, name: string, email: string) {
  return db.transaction().execute((trx) =>
    insertUser(trx, {
      email,
      name,
      roles: ['ot'],
      organisationIds: [pcnId],
      // No password: on the register, not a sign-in.
      passwordHash: null,
    }),
  );
}

export async function writeStaffRegister(
  db: Kysely<Database>,
  actor: Actor,
  o: {
    readonly pcnId: string;
    readonly otId: string;
    readonly endAt: Date;
    readonly endDay: CalendarDate;
  },
): Promise<void> {
  const deps = { db, clock: fixedClock(o.endAt) };
  const context = { actor, ip: null };
  const rhys = await colleague(db, o.pcnId, 'Rhys Jenkins', 'rhys.jenkins@demo.everyday.example');
  const megan = await colleague(db, o.pcnId, 'Megan Hughes', 'megan.hughes@demo.everyday.example');
  const staff: DemoStaff[] = [
    {
      userId: o.otId,
      band: '8a',
      hcpcNumber: 'OT48213',
      renewalInDays: 420,
      wte: 1,
      startedMonthsAgo: 30,
      lastSupervisionDaysAgo: 9,
      supervisor: 'Dr Sian Morgan (GP supervisor)',
    },
    {
      userId: rhys,
      band: '7',
      hcpcNumber: 'OT61734',
      renewalInDays: 300,
      wte: 0.6,
      startedMonthsAgo: 18,
      // Overdue: the last was seven weeks ago.
      lastSupervisionDaysAgo: 49,
      supervisor: 'Olwen Thomas (advanced practitioner)',
    },
    {
      userId: megan,
      band: '7',
      hcpcNumber: 'OT57092',
      // Renewal due within 60 days.
      renewalInDays: 41,
      wte: 0.8,
      startedMonthsAgo: 14,
      lastSupervisionDaysAgo: 20,
      supervisor: 'Olwen Thomas (advanced practitioner)',
    },
  ];
  for (const s of staff) {
    await saveStaffProfile(
      context,
      {
        userId: s.userId,
        body: {
          baseVersion: null,
          profession: 'occupational_therapist',
          band: s.band,
          hcpcNumber: s.hcpcNumber,
          hcpcRenewalOn: addCalendarDays(o.endDay, s.renewalInDays),
          wte: s.wte,
          startedOn: addCalendarMonths(o.endDay, -s.startedMonthsAgo),
          supervisionIntervalMonths: 1,
        },
      },
      deps,
    );
    const last = addCalendarDays(o.endDay, -s.lastSupervisionDaysAgo);
    for (let month = 11; month >= 0; month -= 1) {
      const topicA = SUPERVISION_TOPICS[month % SUPERVISION_TOPICS.length] ?? 'caseload';
      await recordSupervision(
        context,
        {
          userId: s.userId,
          body: {
            heldOn: addCalendarMonths(last, -month),
            supervisorName: s.supervisor,
            kind: month % 4 === 3 ? 'group' : 'individual',
            durationMinutes: 60,
            topics: topicA === 'caseload' ? ['caseload'] : ['caseload', topicA],
            summary: SUMMARIES[month % SUMMARIES.length] ?? '',
            actions: month % 3 === 0 ? 'Review again next month.' : '',
          },
        },
        deps,
      );
    }
    await recordCpd(
      context,
      {
        userId: s.userId,
        body: {
          completedOn: addCalendarDays(o.endDay, -75),
          title: 'Vocational rehabilitation and the fit note (e-learning)',
          activity: 'e_learning',
          hours: 2,
          learning: 'Writing work-focused advice the person can take to their employer.',
        },
      },
      deps,
    );
    await recordCpd(
      context,
      {
        userId: s.userId,
        body: {
          completedOn: addCalendarDays(o.endDay, -160),
          title: 'Falls prevention in primary care (study day)',
          activity: 'course',
          hours: 6.5,
          learning: 'Screening questions and when to refer on.',
        },
      },
      deps,
    );
  }
}
