/**
 * The bulk generator's simulation (issue 11 item 6): core's planner (arrivalsOn, the stories,
 * attendance, chooseSlot, assessmentAnswers, contactNote) played day by day over N practices,
 * as the demo's writer (../generate-history.ts) plays it for one PCN, but in memory: slots are
 * allocated here so no seat is ever taken twice and no person is booked twice at once, the
 * triage decision is core's triage with the default rules and the safety screen the server's
 * own, and every score is the server's own scoring (record/entry-service.ts prepareEntry).
 * Each row goes to the spool once it is final (a request, episode or appointment when its
 * journey ends or at the end); cli.ts/generate-bulk.ts copy the spool into PostgreSQL.
 */
import {
  arrivalKey,
  dischargeData,
  reviewedGoal,
  sessionRecord,
  addCalendarDays,
  addWorkingDays,
  arrivalsOn,
  attendance,
  checkSessionBooking,
  chooseSlot,
  countSessionsUsed,
  decideEdit,
  DEFAULT_PARAMETERS,
  DEFAULT_TRIAGE_RULES,
  defaultGpadFor,
  drawPerson,
  generateSlots,
  intakeRouteOf,
  londonDateOf,
  londonWallClockToInstantMs,
  makeReference,
  planReminder,
  QUESTION_SET_V1,
  Random,
  sessionLimitFor,
  triage,
  type Arrival,
  type CalendarDate,
  type ClinicTemplate,
  type DemoPractice,
  type EntryKind,
  type GoalData,
  type PersonSource,
  type PopulationArea,
  type ServiceParameters,
  SYNTHETIC_NHS_NUMBER_CAPACITY,
} from '@everyday/core';
import { answersForTriage } from '../../front-door/intake.js';
import { freeTextOfRequest, screenRequest } from '../../front-door/screening.js';
import type { TRequestAnswers } from '../../front-door/answers.schema.js';
import { prepareEntry } from '../../record/entry-service.js';
import { json, type CopyValue } from './copy-format.js';
import { IdSource } from './ids.js';
import type { Spool } from './spool.js';

export interface BulkOptions {
  readonly seed: string;
  readonly practices: number;
  /** People on the practices' lists (at least every referred person). */
  readonly people: number | null;
  readonly years: number;
  /** The last day simulated (a London date): the service's "today". */
  readonly endDay: CalendarDate;
  /** Requests a week across the whole service. */
  readonly arrivalsPerWeek: number;
  readonly area: PopulationArea;
  readonly params?: ServiceParameters;
  readonly onDay?: (p: BulkProgress) => void;
}

export interface BulkCounts {
  organisations: number;
  users: number;
  slots: number;
  people: number;
  requests: number;
  appointments: number;
  contacts: number;
  entries: number;
  discharges: number;
}

export interface BulkProgress {
  readonly day: number;
  readonly days: number;
  readonly counts: BulkCounts;
}

/** Numbers naming each kind of row in its uuid (ids.ts). */
const T = {
  organisation: 1,
  user: 2,
  site: 3,
  template: 4,
  slot: 5,
  person: 6,
  request: 7,
  episode: 8,
  appointment: 9,
  entry: 10,
  handover: 11,
} as const;

/** The England median registered list, NHS Digital, Patients Registered at a GP Practice, January 2021. */
export const ENGLAND_MEDIAN_LIST_SIZE = 7930;
const PRACTICES_PER_PCN = 5;
const MINUTE = 60_000;
const DAY = 24 * 60 * MINUTE;
const GENERATOR = 'Bulk generator';
export const BULK_GENERATOR_EMAIL = 'bulk-generator@bulk.everyday.example';

interface Slot {
  readonly id: string;
  readonly startMs: number;
  readonly endMs: number;
  readonly otId: string;
  readonly capacity: number;
  readonly mode: 'in_person' | 'group';
  /** Its place in its SlotList. */
  readonly index: number;
  /** Seats taken by a live appointment, as a bitmask (capacity ≤ 10). */
  seats: number;
}

/**
 * A PCN's slots of one mode in start order, with a skip list over the full ones (a disjoint-set
 * "next slot with a free seat", with path compression): a booking finds its first free slots
 * without walking the weeks already full. A seat freed by a cancellation is in a slot of the
 * current day, before every later search's start, so a full slot is never needed again.
 */
class SlotList {
  readonly slots: Slot[] = [];
  private skip = new Int32Array(0);

  seal(): void {
    this.skip = Int32Array.from({ length: this.slots.length + 1 }, (_, i) => i);
  }

  /** The first slot at or after index `i` with a free seat (slots.length when none). */
  private nextFree(i: number): number {
    let root = i;
    while ((this.skip[root] ?? root) !== root) root = this.skip[root] ?? root;
    let k = i;
    while (k !== root) {
      const next = this.skip[k] ?? root;
      this.skip[k] = root;
      k = next;
    }
    return root;
  }

  /** Up to `n` slots with a free seat starting in [fromMs, untilMs), in start order. */
  free(fromMs: number, untilMs: number, n: number): Slot[] {
    const out: Slot[] = [];
    let i = this.nextFree(firstFrom(this.slots, fromMs));
    while (out.length < n) {
      const s = this.slots[i];
      if (s === undefined || s.startMs >= untilMs) break;
      out.push(s);
      i = this.nextFree(i + 1);
    }
    return out;
  }

  /** Take seat `seat` of the slot at `slot`; a slot with no seat left is skipped from now on. */
  take(slot: Slot, seat: number): void {
    slot.seats |= 1 << seat;
    if (freeSeat(slot) === undefined) this.skip[slot.index] = slot.index + 1;
  }
}

interface Pcn {
  readonly id: string;
  readonly oneToOne: SlotList;
  readonly group: SlotList;
}

interface RequestState {
  readonly values: CopyValue[];
  status: string;
  pathway: string | null;
  tier: string | null;
  actedAt: Date | null;
  updatedAt: Date;
  acknowledgedAt: Date | null;
  acknowledgement: unknown;
}

interface AppointmentState {
  readonly id: string;
  readonly slot: Slot;
  readonly seat: number;
  readonly bookedAt: Date;
  readonly reminderDueAt: Date | null;
  readonly overLimitReason: string | null;
  status: 'booked' | 'attended' | 'did_not_attend' | 'cancelled_by_person' | 'cancelled_by_service';
  statusReason: string | null;
  statusChangedAt: Date | null;
}

interface Journey {
  readonly arrival: Arrival;
  readonly requestId: string;
  readonly personId: string;
  readonly practiceId: string;
  readonly pcn: Pcn;
  readonly dateOfBirth: string;
  readonly sex: 'male' | 'female';
  readonly random: Random;
  readonly request: RequestState;
  readonly triageOn: CalendarDate;
  state: 'inbox' | 'waiting' | 'in_episode' | 'closed';
  bookFrom: CalendarDate | null;
  episode: { id: string; otId: string; openedAt: Date; limit: number } | null;
  appointments: AppointmentState[];
  attended: number;
  missed: number;
  goal: { id: string; data: GoalData; scores: unknown; at: Date } | null;
  /** The GAS baseline when the goal is measured by GAS, else null (COPM). */
  gasBaseline: -1 | -2 | null;
}

/** Who signs the bulk services' Health and Work Reports (a placeholder no registrant holds). */
const PRACTITIONER = {
  name: 'Bulk service OT',
  profession: 'occupational_therapist',
  hcpcNumber: 'OT0000000',
  organisation: 'Bulk generated PCN',
  contact: '0161 496 0000',
} as const;

interface Booked {
  readonly journey: Journey;
  readonly appointment: AppointmentState;
}

function at(day: CalendarDate, time: string): number {
  return londonWallClockToInstantMs(day, time);
}

/** The first index of `slots` (sorted by start) starting at or after `ms`. */
function firstFrom(slots: readonly Slot[], ms: number): number {
  let lo = 0;
  let hi = slots.length;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    if ((slots[mid]?.startMs ?? Infinity) < ms) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

function freeSeat(slot: Slot): number | undefined {
  for (let s = 1; s <= slot.capacity; s += 1) if ((slot.seats & (1 << s)) === 0) return s;
  return undefined;
}

/** Share of arrivals that reach an appointment, and appointments per episode (for sizing clinics). */
function demandPerArrival(params: ServiceParameters): { oneToOne: number; group: number } {
  const t = params.triage;
  const accepted = 1 - t.signposted.value - t.redirected.value;
  const a = params.attendance;
  const attendedShare =
    1 - a.didNotAttend.value - a.cancelledByPerson.value - a.cancelledByService.value;
  const appointments = params.sessions.mean.value / attendedShare;
  const individualised = t.individualisedOfAccepted.value;
  return {
    oneToOne: accepted * individualised * appointments,
    group: accepted * (1 - individualised) * appointments,
  };
}

/**
 * Plays the service and writes every row to `spool`. Deterministic: the same options give the
 * same rows, uuids included.
 */
export function simulateBulk(options: BulkOptions, spool: Spool): BulkCounts {
  const params: ServiceParameters = {
    ...(options.params ?? DEFAULT_PARAMETERS),
    arrivalsPerWeek: {
      value: options.arrivalsPerWeek,
      source: 'Chosen for the benchmark service (bulk generator)',
    },
  };
  const ids = new IdSource(options.seed);
  const root = new Random(options.seed);
  const setup = root.fork('setup');
  const counts: BulkCounts = {
    organisations: 0,
    users: 0,
    slots: 0,
    people: 0,
    requests: 0,
    appointments: 0,
    contacts: 0,
    entries: 0,
    discharges: 0,
  };
  const days = Math.round(365.25 * options.years);
  const endDay = options.endDay;
  const startDay = addCalendarDays(endDay, -days);
  const endMs = at(endDay, '17:30');
  const createdAt = new Date(at(startDay, '07:00'));
  const postcodes = options.area.postcodes;

  // Organisations: one service, PCNs of five practices, practices with synthetic ODS-like codes.
  const serviceId = ids.next(T.organisation);
  spool.write('organisations', [
    serviceId,
    'service',
    'Bulk benchmark service',
    null,
    'Y90000',
    null,
    null,
    'england',
    createdAt,
  ]);
  counts.organisations += 1;
  const generatorId = ids.next(T.user);
  spool.write('users', [
    generatorId,
    BULK_GENERATOR_EMAIL,
    GENERATOR,
    null,
    ['ot'],
    false,
    true,
    createdAt,
    createdAt,
  ]);
  spool.write('user_organisations', [generatorId, serviceId]);
  counts.users += 1;

  const demand = demandPerArrival(params);
  const practices: (DemoPractice & { pcn: Pcn })[] = [];
  const pcnCount = Math.ceil(options.practices / PRACTICES_PER_PCN);
  const listSizes = Array.from({ length: options.practices }, () =>
    Math.round(setup.clampedNormal(ENGLAND_MEDIAN_LIST_SIZE, 3500, 1500, 30000)),
  );
  const totalList = listSizes.reduce((s, n) => s + n, 0);
  const slotHorizonEnd = addCalendarDays(endDay, 28);
  let otNumber = 0;
  for (let p = 0; p < pcnCount; p += 1) {
    const pcnId = ids.next(T.organisation);
    const code = String(p + 1).padStart(3, '0');
    spool.write('organisations', [
      pcnId,
      'pcn',
      `Bulk PCN ${code}`,
      serviceId,
      `Y9P${code}`,
      null,
      setup.pick(postcodes),
      'england',
      createdAt,
    ]);
    counts.organisations += 1;
    const members = listSizes.slice(p * PRACTICES_PER_PCN, (p + 1) * PRACTICES_PER_PCN);
    const pcnList = members.reduce((s, n) => s + n, 0);
    // Clinics sized to the PCN's expected demand with a margin of a quarter: each OT holds a
    // one-to-one clinic every weekday morning (7 slots) and a group every afternoon (10 seats).
    const weekly = (options.arrivalsPerWeek * pcnList) / totalList;
    const ots = Math.max(
      1,
      Math.ceil((weekly * demand.oneToOne * 1.25) / 35),
      Math.ceil((weekly * demand.group * 1.25) / 50),
    );
    const siteId = ids.next(T.site);
    spool.write('sites', [siteId, pcnId, `Bulk PCN ${code}, OT rooms`, null, createdAt]);
    const templates: ClinicTemplate[] = [];
    for (let o = 0; o < ots; o += 1) {
      otNumber += 1;
      const otId = ids.next(T.user);
      const n = String(otNumber).padStart(4, '0');
      spool.write('users', [
        otId,
        `ot-${n}@bulk.everyday.example`,
        `Bulk OT ${n}`,
        null,
        ['ot'],
        true,
        true,
        createdAt,
        createdAt,
      ]);
      spool.write('user_organisations', [otId, pcnId]);
      counts.users += 1;
      const base = {
        otId,
        siteId,
        weekdays: [1, 2, 3, 4, 5] as const,
        validFrom: startDay,
        nation: 'england' as const,
      };
      templates.push(
        {
          ...base,
          id: ids.next(T.template),
          startTime: '09:00',
          endTime: '12:30',
          slotMinutes: 30,
          mode: 'in_person',
          capacity: 1,
          gpad: defaultGpadFor('in_person'),
        },
        {
          ...base,
          id: ids.next(T.template),
          startTime: '13:30',
          endTime: '15:30',
          slotMinutes: 120,
          mode: 'group',
          capacity: 10,
          gpad: defaultGpadFor('group'),
        },
      );
    }
    for (const t of templates)
      spool.write('clinic_templates', [
        t.id,
        t.otId,
        t.siteId,
        t.mode === 'group' ? 'Living well group' : 'OT clinic',
        t.weekdays.map(String),
        t.startTime,
        t.endTime,
        t.slotMinutes,
        t.mode,
        t.capacity,
        t.nation,
        t.gpad.nationalCategory,
        t.gpad.serviceSetting,
        t.gpad.mode,
        t.validFrom,
        generatorId,
        createdAt,
        createdAt,
      ]);
    const pcn: Pcn = { id: pcnId, oneToOne: new SlotList(), group: new SlotList() };
    // Core's slot generation, a year (its longest horizon) at a time.
    for (let from = startDay; from <= slotHorizonEnd; from = addCalendarDays(from, 366)) {
      const horizon = Math.min(
        366,
        Math.round((Date.parse(slotHorizonEnd) - Date.parse(from)) / DAY) + 1,
      );
      for (const s of generateSlots({ templates, from, horizonDays: horizon })) {
        const list = s.mode === 'group' ? pcn.group : pcn.oneToOne;
        const slot: Slot = {
          id: ids.next(T.slot),
          index: list.slots.length,
          startMs: Date.parse(s.start),
          endMs: Date.parse(s.end),
          otId: s.otId,
          capacity: s.capacity,
          mode: s.mode === 'group' ? 'group' : 'in_person',
          seats: 0,
        };
        list.slots.push(slot);
        spool.write('slots', [
          slot.id,
          s.key,
          s.templateId,
          s.otId,
          s.siteId,
          new Date(slot.startMs),
          new Date(slot.endMs),
          s.mode,
          s.capacity,
          s.gpad.nationalCategory,
          s.gpad.serviceSetting,
          s.gpad.mode,
          createdAt,
        ]);
        counts.slots += 1;
      }
    }
    pcn.oneToOne.seal();
    pcn.group.seal();
    members.forEach((listSize, i) => {
      const id = ids.next(T.organisation);
      const number = String(p * PRACTICES_PER_PCN + i + 1).padStart(3, '0');
      spool.write('organisations', [
        id,
        'practice',
        `Bulk practice ${number}`,
        pcnId,
        `Y91${number}`,
        listSize,
        setup.pick(postcodes),
        'england',
        createdAt,
      ]);
      counts.organisations += 1;
      practices.push({ id, listSize, pcn });
    });
  }
  const practiceById = new Map(practices.map((p) => [p.id, p]));

  // One audit event per day and kind of write, as the generator (a system actor).
  const audit = new Map<string, number>();
  const audited = (action: 'create' | 'update', resource: string, n = 1) => {
    const key = `${action}:${resource}`;
    audit.set(key, (audit.get(key) ?? 0) + n);
  };
  const flushAudit = (day: CalendarDate) => {
    for (const [key, n] of [...audit.entries()].sort()) {
      const [action = 'create', resource = ''] = key.split(':');
      spool.write('audit_events', [
        new Date(at(day, '23:59')),
        generatorId,
        'service:bulk-generate',
        action,
        resource,
        null,
        serviceId,
        null,
        'allowed',
        `bulk-generate: ${String(n)} rows on ${day}`,
      ]);
    }
    audit.clear();
  };

  const area = options.area;
  const references = new Set<string>();
  const referenceRandom = root.fork('references');
  const newReference = () => {
    for (;;) {
      const bytes = Uint8Array.from({ length: 8 }, () => referenceRandom.int(0, 255));
      const ref = makeReference(bytes);
      if (!references.has(ref)) {
        references.add(ref);
        return ref;
      }
    }
  };
  const screens = new Map<string, ReturnType<typeof screenRequest>>();

  const event = (requestId: string, when: Date, action: string, details: unknown) => {
    spool.write('request_events', [requestId, when, generatorId, action, json(details)]);
  };

  const writeRequest = (j: Journey) => {
    const r = j.request;
    spool.write('requests', [
      ...r.values,
      r.status,
      r.pathway,
      r.tier,
      r.actedAt,
      r.updatedAt,
      r.acknowledgedAt,
      r.acknowledgedAt === null ? null : generatorId,
      r.acknowledgement === null ? null : json(r.acknowledgement),
    ]);
  };
  const writeAppointments = (j: Journey) => {
    const episode = j.episode;
    if (episode === null) return;
    for (const a of j.appointments)
      spool.write('appointments', [
        a.id,
        a.slot.id,
        new Date(a.slot.startMs),
        new Date(a.slot.endMs),
        a.seat,
        a.slot.capacity,
        episode.id,
        j.personId,
        j.practiceId,
        a.status,
        'staff',
        generatorId,
        a.bookedAt,
        a.overLimitReason,
        a.statusReason,
        a.statusChangedAt,
        a.statusChangedAt === null ? null : generatorId,
        a.reminderDueAt,
      ]);
  };
  const writeEpisode = (j: Journey, closedAt: Date | null) => {
    const e = j.episode;
    if (e === null) return;
    spool.write('episodes', [
      e.id,
      j.personId,
      j.requestId,
      j.practiceId,
      j.request.pathway ?? 'daily_living',
      j.request.tier ?? 'individualised',
      e.otId,
      e.limit,
      closedAt === null ? 'open' : 'closed',
      e.openedAt,
      closedAt,
    ]);
  };
  const writeEntry = (
    episodeId: string,
    id: string,
    kind: EntryKind,
    data: unknown,
    scores: unknown,
    when: Date,
    versions: { data: unknown; scores: unknown; changed: readonly string[]; at: Date }[],
  ) => {
    const last = versions[versions.length - 1];
    spool.write('record_entries', [
      id,
      episodeId,
      kind,
      versions.length + 1,
      json(last?.data ?? data),
      json(last?.scores ?? scores),
      generatorId,
      GENERATOR,
      when,
      generatorId,
      GENERATOR,
      last?.at ?? when,
    ]);
    const all = [{ data, scores, changed: [] as readonly string[], at: when }, ...versions];
    all.forEach((v, i) => {
      spool.write('record_entry_versions', [
        id,
        i + 1,
        json(v.data),
        json(v.scores),
        v.changed,
        generatorId,
        GENERATOR,
        v.at,
      ]);
    });
    counts.entries += 1;
    audited(versions.length > 0 ? 'update' : 'create', 'record_entry');
  };
  const addEntries = (
    j: Journey,
    when: Date,
    entries: readonly { kind: EntryKind; data: unknown }[],
  ): void => {
    const episode = j.episode;
    if (episode === null) return;
    for (const e of entries) {
      const prepared = prepareEntry(e.kind, e.data, j.dateOfBirth, j.arrival.need);
      const id = ids.next(T.entry);
      if (e.kind === 'goal') {
        j.goal = { id, data: prepared.data as GoalData, scores: prepared.scores, at: when };
        continue;
      }
      if (e.kind === 'contact') counts.contacts += 1;
      writeEntry(episode.id, id, e.kind, prepared.data, prepared.scores, when, []);
    }
  };

  const close = (j: Journey) => {
    j.state = 'closed';
    j.bookFrom = null;
    writeRequest(j);
    writeAppointments(j);
  };

  const reviewGoal = (j: Journey, on: CalendarDate, when: Date): GoalData['status'] => {
    const goal = j.goal;
    const episode = j.episode;
    if (goal === null || episode === null) return 'discontinued';
    const next = reviewedGoal(
      goal.data,
      j.arrival.story,
      j.gasBaseline,
      j.random.fork('gas-review'),
      on,
    );
    const prepared = prepareEntry('goal', next, j.dateOfBirth, j.arrival.need);
    const decision = decideEdit({ version: 1, data: goal.data }, 1, prepared.data);
    writeEntry(
      episode.id,
      goal.id,
      'goal',
      goal.data,
      goal.scores,
      goal.at,
      decision.kind === 'apply'
        ? [{ data: prepared.data, scores: prepared.scores, changed: decision.changed, at: when }]
        : [],
    );
    j.goal = null;
    return next.status;
  };

  const writeOpenGoal = (j: Journey) => {
    const goal = j.goal;
    if (goal === null || j.episode === null) return;
    writeEntry(j.episode.id, goal.id, 'goal', goal.data, goal.scores, goal.at, []);
    j.goal = null;
  };

  const discharge = (j: Journey, on: CalendarDate, when: Date, missed: boolean) => {
    const episode = j.episode;
    if (episode === null) return;
    const story = j.arrival.story;
    const goalStatus = missed ? 'discontinued' : reviewGoal(j, on, when);
    if (missed) writeOpenGoal(j);
    const data = dischargeData(story, j.arrival.need, on, missed, goalStatus, false);
    const prepared = prepareEntry('discharge', data, j.dateOfBirth, j.arrival.need);
    writeEntry(episode.id, ids.next(T.entry), 'discharge', prepared.data, {}, when, []);
    writeEpisode(j, when);
    audited('update', 'episode_discharge');
    counts.discharges += 1;
    close(j);
  };

  const booked = new Map<CalendarDate, Booked[]>();
  const session = (b: Booked, day: CalendarDate) => {
    const j = b.journey;
    const a = b.appointment;
    const story = j.arrival.story;
    const need = j.arrival.need;
    const outcome = attendance(j.random, params);
    audited('update', 'appointment');
    if (outcome === 'cancelled_by_person' || outcome === 'cancelled_by_service') {
      a.status = outcome;
      a.statusReason = outcome === 'cancelled_by_person' ? 'Unwell on the day.' : 'OT on leave.';
      a.statusChangedAt = new Date(a.slot.startMs - 180 * MINUTE);
      a.slot.seats &= ~(1 << a.seat);
      j.bookFrom = day;
      return;
    }
    if (outcome === 'did_not_attend') {
      a.status = 'did_not_attend';
      a.statusReason = 'Not at home and not answering the phone.';
      a.statusChangedAt = new Date(a.slot.endMs + 5 * MINUTE);
      j.missed += 1;
      if (j.random.chance(params.attendance.rebookAfterMiss.value) && j.missed < 2)
        j.bookFrom = addCalendarDays(day, 2);
      else discharge(j, day, new Date(a.slot.endMs + 15 * MINUTE), true);
      return;
    }
    a.status = 'attended';
    a.statusChangedAt = new Date(a.slot.endMs + 5 * MINUTE);
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
      group: a.slot.mode === 'group',
      appointmentId: a.id,
      sex: j.sex,
      practitioner: PRACTITIONER,
    });
    if (record.goalIndex !== null) j.gasBaseline = record.gasBaseline;
    const last = record.last;
    addEntries(j, new Date(a.slot.endMs + 10 * MINUTE), record.entries);
    if (last) discharge(j, day, new Date(a.slot.endMs + 15 * MINUTE), false);
    else
      j.bookFrom = addCalendarDays(
        day,
        j.random.int(params.daysBetweenSessions.min, params.daysBetweenSessions.max),
      );
  };

  const book = (j: Journey, day: CalendarDate): boolean => {
    const plan = j.arrival.story.triage;
    const group = plan.kind === 'accept' && plan.tier === 'targeted';
    const now = new Date(at(day, '17:00') + (j.arrival.index % 1000));
    const fromMs = Math.max(at(addCalendarDays(day, 1), '00:00'), at(j.bookFrom ?? day, '00:00'));
    const untilMs = fromMs + 28 * DAY;
    const list = group ? j.pcn.group : j.pcn.oneToOne;
    const free = list.free(fromMs, untilMs, 5);
    const slot = chooseSlot(j.random, free);
    if (!slot) return false;
    const seat = freeSeat(slot);
    if (seat === undefined) return false;
    if (j.episode === null) {
      j.episode = {
        id: ids.next(T.episode),
        otId: slot.otId,
        openedAt: now,
        limit: sessionLimitFor(j.arrival.need),
      };
      audited('create', 'episode');
    }
    const decision = checkSessionBooking({
      sessionsUsed: countSessionsUsed(j.appointments),
      limit: j.episode.limit,
      overrideByRoles: ['ot'],
    });
    // The planner never asks for more sessions than the limit; a booking that would exceed it
    // without an OT's reason is refused, as the real path refuses it.
    if (!decision.allowed) return false;
    list.take(slot, seat);
    const reminder = planReminder({
      appointmentStart: new Date(slot.startMs).toISOString(),
      bookedAt: now.toISOString(),
    });
    const appointment: AppointmentState = {
      id: ids.next(T.appointment),
      slot,
      seat,
      bookedAt: now,
      reminderDueAt: reminder.send ? new Date(reminder.dueAt) : null,
      overLimitReason: null,
      status: 'booked',
      statusReason: null,
      statusChangedAt: null,
    };
    j.appointments.push(appointment);
    counts.appointments += 1;
    audited('create', 'appointment');
    if (j.request.status !== 'booked') {
      j.request.status = 'booked';
      j.request.updatedAt = now;
    }
    event(j.requestId, now, 'booked', {
      appointmentId: appointment.id,
      startsAt: new Date(slot.startMs).toISOString(),
    });
    j.state = 'in_episode';
    j.bookFrom = null;
    const onDay = londonDateOf(slot.startMs);
    const list2 = booked.get(onDay) ?? [];
    list2.push({ journey: j, appointment });
    booked.set(onDay, list2);
    return true;
  };

  const triageOne = (j: Journey, day: CalendarDate) => {
    const plan = j.arrival.story.triage;
    const arrived = Date.parse(j.arrival.at);
    const now = new Date(
      Math.max(arrived + 40 * MINUTE, at(day, '13:00') + (j.arrival.index % 1000)),
    );
    if (now.getTime() > endMs) return false;
    if (j.arrival.crisis) {
      const ackAt = new Date(arrived + 20 * MINUTE);
      const acknowledgement = {
        outcome: 'called_back_safe',
        note: 'Called back within the hour; safe, with a plan agreed for tonight.',
        nextSteps: null,
      };
      j.request.acknowledgedAt = ackAt;
      j.request.acknowledgement = acknowledgement;
      j.request.updatedAt = ackAt;
      event(j.requestId, ackAt, 'acknowledge', acknowledgement);
    }
    const r = j.request;
    r.actedAt = now;
    r.updatedAt = now;
    audited('update', 'request');
    if (plan.kind === 'accept') {
      r.status = 'waiting';
      r.pathway = plan.pathway;
      r.tier = plan.tier;
      event(j.requestId, now, 'accept', { pathway: plan.pathway, tier: plan.tier });
      j.state = 'waiting';
      j.bookFrom = addCalendarDays(
        day,
        j.random.int(j.arrival.crisis ? 0 : 3, j.arrival.crisis ? 1 : 12),
      );
      return true;
    }
    if (plan.kind === 'signpost') {
      r.status = 'signposted';
      event(j.requestId, now, 'signpost', { offered: plan.offered, sendToPerson: true });
    } else {
      r.status = 'redirected';
      event(j.requestId, now, 'redirect', { to: 'gp', reason: plan.reason });
      spool.write('handovers', [
        ids.next(T.handover),
        j.requestId,
        j.practiceId,
        'gp',
        null,
        generatorId,
        now,
      ]);
      audited('create', 'handover');
    }
    close(j);
    return true;
  };

  let nextPerson = 0;
  const writePerson = (
    index: number,
    practiceId: string,
    p: ReturnType<typeof drawPerson>,
    preferred: string | null,
    when: Date,
  ): string => {
    const id = ids.next(T.person);
    spool.write('people', [
      id,
      index < SYNTHETIC_NHS_NUMBER_CAPACITY ? p.nhsNumber : null,
      p.givenName,
      p.familyName,
      p.dateOfBirth,
      practiceId,
      generatorId,
      when,
      when,
      p.postcode,
      p.phone,
      p.email,
      preferred,
      p.preferredLanguage,
      p.sex,
      p.ethnicity,
    ]);
    counts.people += 1;
    nextPerson = Math.max(nextPerson, index + 1);
    return id;
  };

  const arrive = (arrival: Arrival): Journey => {
    const when = new Date(Date.parse(arrival.at));
    const answers = arrival.answers as TRequestAnswers;
    const practice = practiceById.get(answers.practiceId);
    if (!practice) throw new Error(`no practice ${answers.practiceId}`);
    const { route, channel } = intakeRouteOf(arrival.route);
    const freeText = JSON.stringify(freeTextOfRequest(answers));
    let screen = screens.get(freeText);
    if (!screen) {
      screen = screenRequest(answers);
      screens.set(freeText, screen);
    }
    const redFlags = [...new Set([...answers.redFlags, ...screen.redFlags])];
    const decision = triage(
      {
        answers: { ...answersForTriage(answers), redFlags },
        route,
        today: londonDateOf(when.getTime()),
      },
      DEFAULT_TRIAGE_RULES,
    );
    const drawnPerson = drawn.get(arrival.index);
    drawn.delete(arrival.index);
    if (!drawnPerson) throw new Error(`no person drawn for arrival ${String(arrival.index)}`);
    const personId = writePerson(
      arrival.index,
      practice.id,
      drawnPerson,
      answers.contact.preferred,
      when,
    );
    const requestId = ids.next(T.request);
    const values: CopyValue[] = [
      requestId,
      newReference(),
      'bulk-generator',
      arrivalKey(options.seed, arrival.index),
      route,
      channel,
      personId,
      practice.id,
      json(answers),
      QUESTION_SET_V1.version,
      redFlags,
      true,
      decision.pathway,
      decision.urgency,
      decision.tier,
      json(decision.reasons),
      decision.ruleVersion,
      decision.urgency,
      generatorId,
      route === 'system' ? channel : null,
      when,
      json(screen.matches),
      screen.version,
    ];
    event(requestId, when, 'received', { route, channel, complete: true });
    counts.requests += 1;
    audited('create', 'request');
    const day = londonDateOf(when.getTime());
    return {
      arrival,
      requestId,
      personId,
      practiceId: practice.id,
      pcn: practice.pcn,
      dateOfBirth: answers.person.dateOfBirth,
      sex: drawnPerson.sex,
      random: root.fork(`journey/${String(arrival.index)}`),
      request: {
        values,
        status: 'received',
        pathway: null,
        tier: null,
        actedAt: null,
        updatedAt: when,
        acknowledgedAt: null,
        acknowledgement: null,
      },
      state: 'inbox',
      bookFrom: null,
      episode: null,
      appointments: [],
      attended: 0,
      missed: 0,
      goal: null,
      gasBaseline: null,
      triageOn: addWorkingDays(
        arrival.crisis ? day : addCalendarDays(day, 1),
        arrival.story.triageAfterWorkingDays,
      ),
    };
  };

  const drawn = new Map<number, ReturnType<typeof drawPerson>>();
  const peopleWithMemo: PersonSource = (random, index, ages) => {
    const p = drawPerson(random, area, endDay, index, { minAge: ages.min, maxAge: ages.max });
    drawn.set(index, p);
    return p;
  };
  const ctx = { params, practices, people: peopleWithMemo };

  const triageByDay = new Map<CalendarDate, Journey[]>();
  const open = new Set<Journey>();
  let ready: Journey[] = [];
  let nextIndex = 0;
  for (let d = 0; d <= days; d += 1) {
    const day = addCalendarDays(startDay, d);
    const today = day === endDay;
    const due = (booked.get(day) ?? [])
      .filter((b) => b.appointment.slot.endMs <= endMs)
      .sort(
        (a, b) =>
          a.appointment.slot.startMs - b.appointment.slot.startMs ||
          a.journey.arrival.index - b.journey.arrival.index,
      );
    booked.delete(day);
    for (const b of due) {
      session(b, day);
      if (b.journey.state === 'closed') open.delete(b.journey);
      else if (b.journey.bookFrom !== null) ready.push(b.journey);
    }

    const arrivals = arrivalsOn(ctx, root.fork(`day/${day}`), day, nextIndex);
    nextIndex += arrivals.length;
    for (const a of arrivals) {
      if (Date.parse(a.at) > endMs) {
        drawn.delete(a.index);
        continue;
      }
      const j = arrive(a);
      open.add(j);
      const list = triageByDay.get(j.triageOn) ?? [];
      list.push(j);
      triageByDay.set(j.triageOn, list);
    }

    if (!today) {
      const inbox = triageByDay.get(day) ?? [];
      triageByDay.delete(day);
      const left: Journey[] = [];
      for (const j of inbox) {
        if (!triageOne(j, day)) left.push(j);
        else if (j.state === 'closed') open.delete(j);
        else ready.push(j);
      }
      if (left.length > 0) triageByDay.set(addCalendarDays(day, 1), left);
    } else {
      // Today's decisions are left for the OT: the live inbox.
      const inbox = triageByDay.get(day) ?? [];
      triageByDay.delete(day);
      triageByDay.set(addCalendarDays(day, 1), inbox);
    }

    if (at(day, '17:00') <= endMs) {
      const candidates = ready
        .filter((j) => j.state !== 'closed' && j.bookFrom !== null)
        .sort(
          (a, b) =>
            Number(b.state === 'in_episode') - Number(a.state === 'in_episode') ||
            a.arrival.index - b.arrival.index,
        );
      const next: Journey[] = [];
      for (const j of candidates) {
        if (j.bookFrom !== null && j.bookFrom > day) next.push(j);
        else if (!book(j, day)) next.push(j);
      }
      ready = next;
    }
    flushAudit(day);
    options.onDay?.({ day: d, days, counts: { ...counts } });
  }

  // Today's live state: what is still open is written as it stands.
  for (const j of open) {
    if (j.state === 'closed') continue;
    writeOpenGoal(j);
    writeEpisode(j, null);
    writeRequest(j);
    writeAppointments(j);
  }

  // The rest of the practices' registered lists: people not referred this period.
  const wanted = options.people ?? totalList;
  const population = root.fork('population');
  const weights = practices.map((p) => [p, p.listSize] as const);
  for (let index = nextPerson; counts.people < wanted; index += 1) {
    const practice = population.weighted(weights);
    const p = drawPerson(population, area, endDay, index % SYNTHETIC_NHS_NUMBER_CAPACITY);
    writePerson(index, practice.id, p, null, createdAt);
  }
  audited('create', 'person', counts.people);
  flushAudit(endDay);
  return counts;
}
