/**
 * The living demo's writer (issue 11 items 1, 4, 5): plays core's simulator day by day over a
 * period ending now, through the real use cases only — intake, the triage actions and the
 * crisis acknowledgement, clinic templates with their slots kept in step each day, booking,
 * appointment changes, record entries scored by the server, discharge — as the `demo-generator`
 * actor with a clock set to the simulated time. Every write goes through the access module, so
 * it is audited, and through the rules the real paths enforce. Deterministic for a seed.
 */
import { randomBytes } from 'node:crypto';
import {
  addCalendarDays,
  addWorkingDays,
  arrivalKey,
  arrivalsOn,
  attendance,
  chooseSlot,
  crisisArrival,
  DEFAULT_PARAMETERS,
  intakeRouteOf,
  londonDateOf,
  londonWallClockToInstantMs,
  QUESTION_SET_V1,
  Random,
  requestAnswersSchemas,
  outcomeLinkPlan,
  sessionRecord,
  type OutcomeLinkPlan,
  type Arrival,
  type CalendarDate,
  type DemoPractice,
  type HealthWorkReportData,
  type PersonSource,
  type ServiceParameters,
} from '@everyday/core';
import type { Kysely } from 'kysely';
import { PatientAccess, type AccessContext } from '../access/patient-access.js';
import { demoGeneratorActor } from '../auth/actor.js';
import { changeAppointment } from '../booking/change-appointment.js';
import { bookAppointment } from '../booking/book-appointment.js';
import { rollSlotsForward } from '../booking/roll-slots-forward.js';
import { listSlots } from '../booking/slot.repository.js';
import type { Database } from '../db/schema.js';
import { RequestIntake } from '../front-door/intake.js';
import { requestOrganisation } from '../front-door/request.repository.js';
import { AppError } from '../http/app-error.js';
import { acknowledgeRequest } from '../safety-net/acknowledge-request.js';
import { applyAction } from '../triage/actions.js';
import { generatorUser, setUpClinics } from './history/clinic-setup.js';
import { writeStaffRegister } from './history/staff-register.js';
import { RecordWriter, type EpisodeJourney, type HistoryCounts } from './history/record-writer.js';
import { SimulatedClock } from './simulated-clock.js';

export type { HistoryCounts } from './history/record-writer.js';

export interface HistoryOptions {
  readonly seed: string;
  /** Days of history before `endAt`'s date (365 for the demo year). */
  readonly days: number;
  /** The end of the simulation: now, for `npm start`. Today's live state is what is left open. */
  readonly endAt: Date;
  readonly people: PersonSource;
  readonly params?: ServiceParameters;
  readonly publicUrl: string;
  /** Asked before each simulated day: true stops the writing there (the server is stopping). */
  readonly shouldStop?: () => boolean;
  /** Called after each simulated day. */
  readonly onProgress?: (p: HistoryProgress) => void;
}

export interface HistoryProgress {
  readonly day: number;
  readonly days: number;
  readonly counts: HistoryCounts;
}

/** One arrival's progress through the service, as the writer tracks it. */
interface Journey extends EpisodeJourney {
  readonly arrival: Arrival;
  readonly triageOn: CalendarDate;
  state: 'inbox' | 'waiting' | 'in_episode' | 'closed';
  /** When to book the next appointment (a day), while waiting for one. */
  bookFrom: CalendarDate | null;
  attended: number;
  missed: number;
}

/** A PREM link the person holds, and the day they answer it (if they do). */
interface PremDue {
  readonly journey: Journey;
  readonly token: string;
  readonly on: CalendarDate;
}

/** Questionnaires sent by link between sessions, and the day the person answers them. */
interface LinkDue {
  readonly journey: Journey;
  readonly token: string;
  readonly answers: NonNullable<OutcomeLinkPlan['answers']>;
  readonly on: CalendarDate;
}

interface Booked {
  readonly journey: Journey;
  readonly appointmentId: string;
  readonly startsAt: Date;
  readonly endsAt: Date;
  readonly mode: string;
}

const MINUTE = 60_000;

function at(day: CalendarDate, time: string): number {
  return londonWallClockToInstantMs(day, time);
}

/**
 * Write the demo's history into a database holding the demo organisations and users (seed.ts)
 * and no patients. Returns what it wrote.
 */
export async function generateHistory(
  db: Kysely<Database>,
  options: HistoryOptions,
): Promise<HistoryCounts> {
  const params = options.params ?? DEFAULT_PARAMETERS;
  const orgs = await db
    .selectFrom('organisations')
    .select(['id', 'kind', 'list_size', 'ods_code', 'name'])
    .orderBy('ods_code')
    .execute();
  const service = orgs.find((o) => o.kind === 'service');
  const pcn = orgs.find((o) => o.kind === 'pcn');
  const ot = await db
    .selectFrom('users')
    .select(['id', 'name'])
    .where('email', '=', 'ot@demo.everyday.example')
    .executeTakeFirst();
  if (!service || !pcn || !ot) throw new Error('Seed the demo organisations and users first');
  const practices: DemoPractice[] = orgs
    .filter((o) => o.kind === 'practice')
    .map((o) => ({ id: o.id, listSize: o.list_size ?? 1 }));

  const endDay = londonDateOf(options.endAt.getTime());
  const startDay = addCalendarDays(endDay, -options.days);
  const clock = new SimulatedClock(new Date(at(startDay, '07:00')));
  const access = new PatientAccess(db);
  const actor = demoGeneratorActor(
    await generatorUser(db, service.id),
    orgs.map((o) => o.id),
  );
  const context: AccessContext = { principal: { kind: 'staff', actor }, ip: null };
  const intake = new RequestIntake(db, access, randomBytes(32).toString('base64url'), clock);
  const { ZRequestAnswers } = requestAnswersSchemas(() => clock.today());
  const root = new Random(options.seed);
  const ctx = { params, practices, people: options.people };
  const end = options.endAt.getTime();
  const counts: HistoryCounts = {
    requests: 0,
    triaged: 0,
    appointments: 0,
    attended: 0,
    missed: 0,
    cancelled: 0,
    entries: 0,
    discharges: 0,
    premsAnswered: 0,
    questionnairesSent: 0,
    questionnairesAnswered: 0,
  };

  await setUpClinics(db, { access, clock }, context, actor, {
    pcnId: pcn.id,
    otId: ot.id,
    from: startDay,
  });
  await writeStaffRegister(db, actor, { pcnId: pcn.id, otId: ot.id, endAt: options.endAt, endDay });

  const journeys: Journey[] = [];
  const booked: Booked[] = [];
  let nextIndex = 0;

  const writer = new RecordWriter({
    access,
    context,
    actor,
    clock,
    counts,
    params,
    publicUrl: options.publicUrl,
  });
  const prems: PremDue[] = [];
  const links: LinkDue[] = [];
  const practitioner: HealthWorkReportData['practitioner'] = {
    name: ot.name,
    profession: 'occupational_therapist',
    // A placeholder in the register's format (two letters, then digits) that no registrant holds.
    hcpcNumber: 'OT0000000',
    organisation: pcn.name,
    contact: '0161 496 0000',
  };

  const discharge = async (journey: Journey, day: CalendarDate, missed: boolean) => {
    const token = await writer.discharge(journey, day, missed);
    journey.state = 'closed';
    journey.bookFrom = null;
    if (token !== null)
      prems.push({ journey, token, on: addCalendarDays(day, journey.random.int(0, 10)) });
  };

  const session = async (b: Booked, day: CalendarDate) => {
    const j = b.journey;
    const story = j.arrival.story;
    const need = j.arrival.need;
    const outcome = attendance(j.random, params);
    if (outcome === 'cancelled_by_person' || outcome === 'cancelled_by_service') {
      clock.set(b.startsAt.getTime() - 3 * 60 * MINUTE);
      await changeAppointment(
        context,
        {
          appointmentId: b.appointmentId,
          change: {
            kind: 'cancel',
            by: outcome === 'cancelled_by_person' ? 'person' : 'service',
            reason: outcome === 'cancelled_by_person' ? 'Unwell on the day.' : 'OT on leave.',
          },
          by: { userId: actor.userId, roles: actor.roles },
        },
        { access, clock },
      );
      counts.cancelled += 1;
      j.bookFrom = day;
      return;
    }
    clock.set(b.endsAt.getTime() + 5 * MINUTE);
    if (outcome === 'did_not_attend') {
      await changeAppointment(
        context,
        {
          appointmentId: b.appointmentId,
          change: { kind: 'did_not_attend', reason: 'Not at home and not answering the phone.' },
          by: { userId: actor.userId, roles: actor.roles },
        },
        { access, clock },
      );
      counts.missed += 1;
      j.missed += 1;
      if (j.random.chance(params.attendance.rebookAfterMiss.value) && j.missed < 2)
        j.bookFrom = addCalendarDays(day, 2);
      else await discharge(j, day, true);
      return;
    }
    await changeAppointment(
      context,
      {
        appointmentId: b.appointmentId,
        change: { kind: 'attended' },
        by: { userId: actor.userId, roles: actor.roles },
      },
      { access, clock },
    );
    counts.attended += 1;
    j.attended += 1;
    const n = j.attended;
    const record = sessionRecord({
      random: j.random,
      params,
      need,
      crisis: j.arrival.crisis,
      story,
      n,
      day,
      group: b.mode === 'group',
      appointmentId: b.appointmentId,
      sex: personSex(j),
      practitioner,
    });
    if (record.goalIndex !== null) j.gasBaseline = record.gasBaseline;
    clock.set(b.endsAt.getTime() + 10 * MINUTE);
    const ids = await writer.addEntries(j, record.entries);
    if (record.goalIndex !== null) j.goalId = ids[record.goalIndex] ?? null;
    const plan =
      n === 1 ? outcomeLinkPlan(j.random.fork('outcome-link'), params, need, story) : null;
    if (plan) {
      clock.set(b.endsAt.getTime() + 12 * MINUTE);
      const token = await writer.sendOutcomeLink(j, plan.kinds);
      if (token !== null && plan.answers !== null)
        links.push({
          journey: j,
          token,
          answers: plan.answers,
          on: addCalendarDays(day, plan.answerAfterDays),
        });
    }
    if (record.last) {
      clock.set(b.endsAt.getTime() + 15 * MINUTE);
      await discharge(j, day, false);
    } else {
      j.bookFrom = addCalendarDays(
        day,
        j.random.int(params.daysBetweenSessions.min, params.daysBetweenSessions.max),
      );
    }
  };

  const book = async (j: Journey, day: CalendarDate): Promise<boolean> => {
    const accepted = j.arrival.story.triage;
    const group = accepted.kind === 'accept' && accepted.tier === 'targeted';
    clock.set(at(day, '17:00') + j.arrival.index);
    const from = new Date(
      Math.max(at(addCalendarDays(day, 1), '00:00'), at(j.bookFrom ?? day, '00:00')),
    );
    const result = await access.withPatientRecord(
      context,
      {
        action: 'create',
        level: 'clinical',
        resourceType: 'appointment',
        resourceId: null,
        organisation: requestOrganisation(j.requestId),
      },
      async (trx) => {
        const free = await listSlots(trx, {
          from,
          until: new Date(from.getTime() + 28 * 24 * 60 * MINUTE),
          mode: group ? 'group' : 'in_person',
          availableOnly: true,
          limit: 5,
        });
        const slot = chooseSlot(j.random, free);
        if (!slot) return null;
        const made = await bookAppointment(trx, {
          slotId: slot.id,
          noSuchSlot: new AppError('not_found', 'No such slot'),
          requestId: j.requestId,
          via: 'staff',
          bookedBy: actor.userId,
          roles: actor.roles,
          now: clock.now(),
        });
        return { ...made, id: made.appointment.id, slot };
      },
    );
    if (!result) return false;
    counts.appointments += 1;
    j.episodeId = result.episode.id;
    j.state = 'in_episode';
    j.bookFrom = null;
    booked.push({
      journey: j,
      appointmentId: result.appointment.id,
      startsAt: result.slot.starts_at,
      endsAt: result.slot.ends_at,
      mode: result.slot.mode,
    });
    return true;
  };

  const triageOne = async (j: Journey, day: CalendarDate) => {
    const plan = j.arrival.story.triage;
    const arrived = Date.parse(j.arrival.at);
    clock.set(Math.max(arrived + 40 * MINUTE, at(day, '13:00') + j.arrival.index));
    if (clock.now().getTime() > end) return;
    if (j.arrival.crisis) {
      clock.set(arrived + 20 * MINUTE);
      await access.withPatientRecord(
        context,
        {
          action: 'create',
          level: 'clinical',
          resourceType: 'request_acknowledgement',
          resourceId: j.requestId,
          organisation: requestOrganisation(j.requestId),
        },
        (trx) =>
          acknowledgeRequest(trx, {
            requestId: j.requestId,
            body: {
              outcome: 'called_back_safe',
              note: 'Called back within the hour; safe, with a plan agreed for tonight.',
              nextSteps: null,
            },
            by: { id: actor.userId, name: actor.name },
            now: clock.now(),
          }),
      );
      clock.set(arrived + 40 * MINUTE);
    }
    await access.withPatientRecord(
      context,
      {
        action: 'update',
        level: 'clinical',
        resourceType: 'request',
        resourceId: j.requestId,
        organisation: requestOrganisation(j.requestId),
      },
      async (trx) => {
        await applyAction(
          trx,
          j.requestId,
          plan.kind === 'accept'
            ? { action: 'accept', pathway: plan.pathway, tier: plan.tier }
            : plan.kind === 'signpost'
              ? { action: 'signpost', offered: plan.offered, sendToPerson: true }
              : { action: 'redirect', to: 'gp', reason: plan.reason },
          actor.userId,
          clock.now(),
        );
        return { id: j.requestId };
      },
    );
    counts.triaged += 1;
    if (plan.kind === 'accept') {
      j.state = 'waiting';
      j.bookFrom = addCalendarDays(
        day,
        j.random.int(j.arrival.crisis ? 0 : 3, j.arrival.crisis ? 1 : 12),
      );
    } else j.state = 'closed';
  };

  const arrive = async (arrival: Arrival) => {
    clock.set(Date.parse(arrival.at));
    const { route, channel } = intakeRouteOf(arrival.route);
    const result = await intake.submit(context, {
      route,
      channel,
      questionSetVersion: QUESTION_SET_V1.version,
      idempotency: { scope: 'demo-generator', key: arrivalKey(options.seed, arrival.index) },
      answers: ZRequestAnswers.parse(arrival.answers),
      complete: true,
      submittedBy: actor.userId,
      ...(route === 'system' ? { source: { system: channel } } : {}),
    });
    counts.requests += 1;
    const day = londonDateOf(Date.parse(arrival.at));
    journeys.push({
      arrival,
      requestId: result.id,
      random: root.fork(`journey/${String(arrival.index)}`),
      triageOn: addWorkingDays(
        arrival.crisis ? day : addCalendarDays(day, 1),
        arrival.story.triageAfterWorkingDays,
      ),
      state: 'inbox',
      bookFrom: null,
      episodeId: null,
      attended: 0,
      missed: 0,
      goalId: null,
      gasBaseline: null,
      story: arrival.story,
      need: arrival.need,
    });
  };

  const personSex = (j: Journey) => sexOf.get(j.arrival.index) ?? 'female';
  const sexOf = new Map<number, 'male' | 'female'>();
  const people: PersonSource = (random, index, ages) => {
    const p = options.people(random, index, ages);
    sexOf.set(index, p.sex);
    return p;
  };
  const arrivalCtx = { ...ctx, people };

  for (let d = 0; d <= options.days; d += 1) {
    if (options.shouldStop?.() === true) break;
    const day = addCalendarDays(startDay, d);
    const today = day === endDay;
    clock.set(at(day, '06:00'));
    await rollSlotsForward(db, clock);

    // Appointments of the day, in time order: cancelled beforehand, or attended or missed.
    const due = booked
      .filter((b) => londonDateOf(b.startsAt.getTime()) === day && b.endsAt.getTime() <= end)
      .sort(
        (a, b) =>
          a.startsAt.getTime() - b.startsAt.getTime() ||
          a.journey.arrival.index - b.journey.arrival.index,
      );
    for (const b of due) {
      booked.splice(booked.indexOf(b), 1);
      await session(b, day);
    }

    // Questionnaires answered at home from the link, in the evening, while the episode is open.
    for (const due of links.filter((l) => l.on === day)) {
      links.splice(links.indexOf(due), 1);
      clock.set(at(day, '19:30') + due.journey.arrival.index * MINUTE);
      if (clock.now().getTime() <= end && due.journey.state !== 'closed')
        await writer.answerOutcomeLink(due.token, due.answers);
    }

    // PREMs answered from the link the person was sent, in the evening (most never answer).
    for (const due of prems.filter((p) => p.on === day)) {
      prems.splice(prems.indexOf(due), 1);
      clock.set(at(day, '19:00') + due.journey.arrival.index * MINUTE);
      if (clock.now().getTime() <= end) await writer.answerPrem(due.journey, due.token);
    }

    // New requests through the front door.
    const arrivals = arrivalsOn(arrivalCtx, root.fork(`day/${day}`), day, nextIndex);
    nextIndex += arrivals.length;
    if (today && !arrivals.some((a) => a.crisis)) {
      // Today's crisis, waiting to be acknowledged: it arrived a little before now.
      const crisisAt = new Date(Math.max(at(day, '00:05'), end - 40 * MINUTE)).toISOString();
      arrivals.push(crisisArrival(arrivalCtx, root.fork(`crisis/${day}`), crisisAt, nextIndex));
      nextIndex += 1;
    }
    for (const a of arrivals) if (Date.parse(a.at) <= end) await arrive(a);

    // The OT's inbox: decisions due today (a crisis the same day, acknowledged first).
    // Today's are left for the OT: the live inbox.
    if (!today)
      for (const j of journeys.filter((x) => x.state === 'inbox' && x.triageOn <= day))
        await triageOne(j, day);

    // The waiting list: book those due, follow-ups first, then in order of acceptance.
    if (at(day, '17:00') <= end) {
      const ready = journeys
        .filter(
          (j) =>
            j.state !== 'closed' && j.state !== 'inbox' && j.bookFrom !== null && j.bookFrom <= day,
        )
        .sort(
          (a, b) =>
            Number(b.state === 'in_episode') - Number(a.state === 'in_episode') ||
            a.arrival.index - b.arrival.index,
        );
      for (const j of ready) await book(j, day);
    }
    options.onProgress?.({ day: d, days: options.days, counts: { ...counts } });
  }
  return counts;
}
