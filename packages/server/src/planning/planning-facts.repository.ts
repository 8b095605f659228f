/**
 * The planning page's facts (issue 13 items 3–5) read from the record for the practices in
 * `scope`: the waiting list's joins and removals, what became of one-to-one appointments, how
 * many sessions closed episodes had and how far apart, the rota with its leave, and the past
 * window's slots day by day. Counts and London dates only, never who anyone is. Only the access
 * module opens the transaction these take (an aggregate read); the same SQL runs on PGlite and
 * PostgreSQL, and every timestamp is turned into its Europe/London date by the database.
 */
import { sql } from 'kysely';
import {
  addCalendarDays,
  minutesOfDay,
  SEAT_HOLDING_STATUSES,
  SESSION_MINUTES,
  startOfLondonDayMs,
  type CalendarDate,
  type IsoWeekday,
  type ListEntryFact,
  type Pathway,
  type PlanningFacts,
  type RotaPatternFact,
  type SlotDayFact,
  type Tier,
  type Urgency,
} from '@everyday/core';
import type { AuditedTransaction } from '../access/patient-access.js';

/** The window [from, today], both London days whole, and the practices it is read for. */
interface FactsWindow {
  readonly scope: string[];
  readonly today: CalendarDate;
  readonly from: CalendarDate;
  /** The first instant of `from` and the first instant after `today`. */
  readonly start: Date;
  readonly end: Date;
}

/** A timestamp's Europe/London date, 'YYYY-MM-DD' (as the evidence repository converts). */
const londonDate = (column: string) =>
  sql<string>`to_char(${sql.ref(column)} at time zone 'Europe/London', 'YYYY-MM-DD')`;

/** Less than this before its start, a cancellation loses the slot (AttendanceFacts.lateCancelled). */
const LATE_CANCELLATION = sql`interval '24 hours'`;

const ISO_WEEKDAYS: readonly number[] = [1, 2, 3, 4, 5, 6, 7];
const isIsoWeekday = (day: number): day is IsoWeekday => ISO_WEEKDAYS.includes(day);

/**
 * Everything PlanningFacts holds, for the practices in `scope`, over the `windowWeeks` weeks to
 * `today` (from = today − windowWeeks × 7 days), and how many rows the queries returned.
 */
export async function readPlanningFacts(
  trx: AuditedTransaction,
  scope: readonly string[],
  today: CalendarDate,
  windowWeeks = 26,
): Promise<{ facts: PlanningFacts; rows: number }> {
  const from = addCalendarDays(today, -windowWeeks * 7);
  const w: FactsWindow = {
    scope: [...scope],
    today,
    from,
    start: new Date(startOfLondonDayMs(from)),
    end: new Date(startOfLondonDayMs(addCalendarDays(today, 1))),
  };
  if (w.scope.length === 0) {
    return {
      facts: {
        today,
        from,
        listEntries: [],
        attendance: { attended: 0, didNotAttend: 0, lateCancelled: 0, didNotAttendRebooked: 0 },
        sessionsPerEpisode: [],
        daysBetweenSessions: null,
        rota: [],
        slotDays: slotDaysOf(w, []),
      },
      rows: 0,
    };
  }
  const current = await currentListEntries(trx, w);
  const returned = await returnedListEntries(trx, w);
  const attendance = await attendanceOf(trx, w);
  const sessions = await sessionsPerClosedEpisode(trx, w);
  const gaps = await daysBetweenAttended(trx, w);
  const rota = await rotaOf(trx, w);
  const slots = await slotsByDay(trx, w);
  const listEntries = [...current, ...returned]
    .map((entry) => asOfToday(entry, today))
    .filter(
      (e) => e.joinedOn <= today && (e.joinedOn >= from || e.leftOn === null || e.leftOn >= from),
    )
    .sort(
      (a, b) =>
        a.joinedOn.localeCompare(b.joinedOn) || (a.leftOn ?? '~').localeCompare(b.leftOn ?? '~'),
    );
  return {
    facts: {
      today,
      from,
      listEntries,
      attendance: attendance.facts,
      sessionsPerEpisode: sessions.histogram,
      daysBetweenSessions: gaps.median,
      rota: rota.patterns,
      slotDays: slotDaysOf(w, slots),
    },
    rows:
      current.length +
      returned.length +
      attendance.rows +
      sessions.rows +
      gaps.rows +
      rota.rows +
      slots.length,
  };
}

/** A removal after `today` has not happened yet as of the facts' date. */
function asOfToday(entry: ListEntryFact, today: CalendarDate): ListEntryFact {
  return entry.leftOn !== null && entry.leftOn > today
    ? { ...entry, leftOn: null, leftBy: null }
    : entry;
}

/**
 * Requests on the list now or taken off it by a booking: status `waiting` or `booked`, joined
 * at `acted_at` (set when accepted, kept by the booking), left at the first appointment of its
 * episodes booked since then. A `booked` request with no such appointment left when it was last
 * updated (markRequestBooked sets both).
 */
async function currentListEntries(
  trx: AuditedTransaction,
  w: FactsWindow,
): Promise<ListEntryFact[]> {
  const rows = await trx
    .selectFrom('requests')
    .leftJoinLateral(
      (eb) =>
        eb
          .selectFrom('appointments')
          .innerJoin('episodes', 'episodes.id', 'appointments.episode_id')
          .select((b) => b.fn.min('appointments.booked_at').as('booked_at'))
          .whereRef('episodes.request_id', '=', 'requests.id')
          .whereRef('appointments.booked_at', '>=', 'requests.acted_at')
          .as('first_booking'),
      (join) => join.onTrue(),
    )
    .select([
      sql<Pathway>`coalesce(requests.pathway, requests.suggested_pathway)`.as('pathway'),
      sql<Tier>`coalesce(requests.tier, requests.suggested_tier)`.as('tier'),
      'requests.urgency',
      'requests.practice_id',
      londonDate('requests.acted_at').as('joined_on'),
      sql<string | null>`to_char(coalesce(first_booking.booked_at,
        case when requests.status = 'booked' then requests.updated_at end)
        at time zone 'Europe/London', 'YYYY-MM-DD')`.as('booked_on'),
    ])
    .where('requests.practice_id', 'in', w.scope)
    .where('requests.status', 'in', ['waiting', 'booked'])
    .where('requests.acted_at', 'is not', null)
    .where('requests.acted_at', '<', w.end)
    .execute();
  return rows.map((r) => ({
    pathway: r.pathway,
    tier: r.tier,
    urgency: r.urgency,
    practiceId: r.practice_id,
    joinedOn: r.joined_on,
    leftOn: r.booked_on,
    leftBy: r.booked_on === null ? null : 'booked',
  }));
}

/**
 * Time on the list that a return to triage ended (return-to-triage.ts: a request the front door
 * accepted for direct booking that an OT did not confirm). Such a request's `acted_at` is moved
 * on, so its time on the list is read from its history: joined at the latest `accept` before the
 * return (an OT's confirmation of a direct booking is not a join), onto the pathway and tier that
 * accept recorded; left when its first appointment was booked in between, or else at the return,
 * without one (`withdrawn`). Requests cannot otherwise leave the list unbooked: the inbox's
 * signpost, redirect and decline act only on requests not yet accepted.
 */
async function returnedListEntries(
  trx: AuditedTransaction,
  w: FactsWindow,
): Promise<ListEntryFact[]> {
  const result = await sql<{
    pathway: Pathway;
    tier: Tier;
    urgency: Urgency;
    practice_id: string;
    joined_on: string;
    booked_on: string | null;
    returned_on: string;
  }>`select
      coalesce(accepted.details->>'pathway', r.pathway, r.suggested_pathway) as pathway,
      coalesce(accepted.details->>'tier', r.tier, r.suggested_tier) as tier,
      coalesce(accepted.details->>'urgency', r.urgency) as urgency,
      r.practice_id,
      to_char(accepted.at at time zone 'Europe/London', 'YYYY-MM-DD') as joined_on,
      to_char(first_booking.booked_at at time zone 'Europe/London', 'YYYY-MM-DD') as booked_on,
      to_char(returned.at at time zone 'Europe/London', 'YYYY-MM-DD') as returned_on
    from request_events returned
    join requests r on r.id = returned.request_id
    join lateral (
      select a.at, a.details from request_events a
      where a.request_id = returned.request_id and a.action = 'accept' and a.at <= returned.at
        and coalesce(a.details->>'confirmsDirectBooking', 'false') <> 'true'
      order by a.at desc, a.id desc limit 1) accepted on true
    left join lateral (
      select min(ap.booked_at) as booked_at from appointments ap
      join episodes e on e.id = ap.episode_id
      where e.request_id = returned.request_id
        and ap.booked_at >= accepted.at and ap.booked_at <= returned.at) first_booking on true
    where returned.action = 'return_to_triage'
      and r.practice_id in (${sql.join(w.scope)})
      and accepted.at < ${w.end}
      and returned.at >= ${w.start}`.execute(trx);
  return result.rows.map((r) => ({
    pathway: r.pathway,
    tier: r.tier,
    urgency: r.urgency,
    practiceId: r.practice_id,
    joinedOn: r.joined_on,
    leftOn: r.booked_on ?? r.returned_on,
    leftBy: r.booked_on === null ? 'withdrawn' : 'booked',
  }));
}

/**
 * One-to-one appointments (a slot not of a group clinic) starting in the window: attended, did
 * not attend, and cancelled (by the person or the service) when the cancellation was recorded
 * less than 24 hours before the start or after it. The record keeps when a status was set
 * (`status_changed_at`), not when the person rang, so that is the cancellation's time.
 */
async function attendanceOf(trx: AuditedTransaction, w: FactsWindow) {
  const row = await trx
    .selectFrom('appointments')
    .innerJoin('slots', 'slots.id', 'appointments.slot_id')
    .select([
      sql<number>`(count(*) filter (where appointments.status = 'attended'))::int`.as('attended'),
      sql<number>`(count(*) filter (where appointments.status = 'did_not_attend'))::int`.as(
        'did_not_attend',
      ),
      sql<number>`(count(*) filter (
        where appointments.status in ('cancelled_by_person', 'cancelled_by_service')
          and appointments.status_changed_at > appointments.starts_at - ${LATE_CANCELLATION}))::int`.as(
        'late_cancelled',
      ),
      sql<number>`(count(*) filter (
        where appointments.status = 'did_not_attend' and exists (
          select 1 from appointments later
          where later.episode_id = appointments.episode_id
            and later.starts_at > appointments.starts_at)))::int`.as('did_not_attend_rebooked'),
    ])
    .where('appointments.practice_id', 'in', w.scope)
    .where('slots.mode', '<>', 'group')
    .where('appointments.starts_at', '>=', w.start)
    .where('appointments.starts_at', '<', w.end)
    .executeTakeFirstOrThrow();
  return {
    facts: {
      attended: row.attended,
      didNotAttend: row.did_not_attend,
      lateCancelled: row.late_cancelled,
      didNotAttendRebooked: row.did_not_attend_rebooked,
    },
    rows: 1,
  };
}

/** Episodes closed in the window, counted by their attended one-to-one appointments. */
async function sessionsPerClosedEpisode(trx: AuditedTransaction, w: FactsWindow) {
  const closed = trx
    .selectFrom('episodes')
    .select(
      sql<number>`(select count(*) from appointments a join slots s on s.id = a.slot_id
        where a.episode_id = episodes.id and a.status = 'attended' and s.mode <> 'group')::int`.as(
        'sessions',
      ),
    )
    .where('episodes.practice_id', 'in', w.scope)
    .where('episodes.status', '=', 'closed')
    .where('episodes.closed_at', '>=', w.start)
    .where('episodes.closed_at', '<', w.end)
    .as('closed');
  const rows = await trx
    .selectFrom(closed)
    .select(['closed.sessions', sql<number>`count(*)::int`.as('episodes')])
    .where('closed.sessions', '>', 0)
    .groupBy('closed.sessions')
    .execute();
  const most = rows.reduce((m, r) => Math.max(m, r.sessions), 0);
  const histogram = Array.from({ length: most }, () => 0);
  for (const r of rows) histogram[r.sessions - 1] = r.episodes;
  return { histogram, rows: rows.length };
}

/**
 * The median of the days (London dates apart) between each attended one-to-one appointment of
 * an episode starting in the window and the attended one before it, whenever that was.
 */
async function daysBetweenAttended(trx: AuditedTransaction, w: FactsWindow) {
  const result = await sql<{ median: number | null; gaps: number }>`select
      percentile_cont(0.5) within group (order by g.gap) as median, count(*)::int as gaps
    from (
      select a.starts_at,
        (a.starts_at at time zone 'Europe/London')::date
          - lag((a.starts_at at time zone 'Europe/London')::date)
              over (partition by a.episode_id order by a.starts_at, a.id) as gap
      from appointments a join slots s on s.id = a.slot_id
      where a.status = 'attended' and a.episode_id is not null and s.mode <> 'group'
        and a.practice_id in (${sql.join(w.scope)}) and a.starts_at < ${w.end}) g
    where g.gap is not null and g.starts_at >= ${w.start}`.execute(trx);
  const row = result.rows[0];
  const median = row === undefined || row.gaps === 0 ? null : Number(row.median);
  return { median, rows: result.rows.length };
}

/**
 * Clinic templates still running (active, not ended before today) at sites of the practices in
 * scope, with their clinician's leave that ends on or after today and the template's own
 * cancelled days from today as time away. A day moved to other times still runs; it keeps the
 * weekly pattern's slots here.
 */
async function rotaOf(trx: AuditedTransaction, w: FactsWindow) {
  const templates = await trx
    .selectFrom('clinic_templates as t')
    .innerJoin('sites as s', 's.id', 't.site_id')
    .select([
      't.id',
      't.ot_id',
      's.organisation_id',
      't.pathway',
      't.mode',
      't.capacity',
      't.weekdays',
      't.start_time',
      't.end_time',
      't.slot_minutes',
      't.valid_from',
      't.valid_until',
    ])
    .where('s.organisation_id', 'in', w.scope)
    .where('t.active', '=', true)
    .where((eb) => eb.or([eb('t.valid_until', 'is', null), eb('t.valid_until', '>=', w.today)]))
    .orderBy('t.valid_from')
    .orderBy('t.id')
    .execute();
  if (templates.length === 0) return { patterns: [], rows: 0 };
  const otIds = [...new Set(templates.map((t) => t.ot_id))];
  const leave = await trx
    .selectFrom('staff_leave')
    .select(['ot_id', 'starts_on', 'ends_on'])
    .where('ot_id', 'in', otIds)
    .where('ends_on', '>=', w.today)
    .orderBy('starts_on')
    .execute();
  const cancelled = await trx
    .selectFrom('template_exceptions')
    .select(['template_id', 'date'])
    .where(
      'template_id',
      'in',
      templates.map((t) => t.id),
    )
    .where('kind', '=', 'cancelled')
    .where('date', '>=', w.today)
    .orderBy('date')
    .execute();
  const patterns = templates.map((t): RotaPatternFact => {
    const minutes = minutesOfDay(t.end_time) - minutesOfDay(t.start_time);
    const weekdays = [...new Set(t.weekdays)].filter(isIsoWeekday).sort((a, b) => a - b);
    const slots = Math.floor(minutes / t.slot_minutes);
    const group = t.mode === 'group';
    const away = [
      ...leave
        .filter((l) => l.ot_id === t.ot_id)
        .map((l) => ({ from: l.starts_on, to: l.ends_on })),
      ...cancelled.filter((c) => c.template_id === t.id).map((c) => ({ from: c.date, to: c.date })),
    ].sort((a, b) => a.from.localeCompare(b.from) || a.to.localeCompare(b.to));
    return {
      templateId: t.id,
      otId: t.ot_id,
      organisationId: t.organisation_id,
      pathway: t.pathway,
      group,
      // A group clinic's places: its slots (usually one, the whole clinic) × people in each.
      slotsPerClinic: group ? slots * t.capacity : slots,
      weekdays,
      sessionsPerWeek: (minutes * weekdays.length) / SESSION_MINUTES,
      validFrom: t.valid_from,
      validUntil: t.valid_until,
      away,
    };
  });
  return { patterns, rows: templates.length + leave.length + cancelled.length };
}

/**
 * One-to-one slots (not of a group clinic, not withdrawn) at sites of the practices in scope
 * starting on each London day of the window, and how many hold a seat (booked, attended or did
 * not attend: not cancelled), whoever's practice the person is of.
 */
async function slotsByDay(trx: AuditedTransaction, w: FactsWindow) {
  return trx
    .selectFrom('slots')
    .innerJoin('sites', 'sites.id', 'slots.site_id')
    .select([
      londonDate('slots.starts_at').as('on'),
      sql<number>`count(*)::int`.as('slots'),
      sql<number>`(count(*) filter (where exists (
        select 1 from appointments a where a.slot_id = slots.id
          and a.status in (${sql.join([...SEAT_HOLDING_STATUSES])}))))::int`.as('booked'),
    ])
    .where('sites.organisation_id', 'in', w.scope)
    .where('slots.mode', '<>', 'group')
    .where('slots.withdrawn_at', 'is', null)
    .where('slots.starts_at', '>=', w.start)
    .where('slots.starts_at', '<', w.end)
    .groupBy(sql`1`)
    .execute();
}

/** Every London day of the window, with the slots read (none on a day without). */
function slotDaysOf(
  w: FactsWindow,
  rows: readonly { readonly on: string; readonly slots: number; readonly booked: number }[],
): SlotDayFact[] {
  const byDay = new Map(rows.map((r) => [r.on, r]));
  const days: SlotDayFact[] = [];
  for (let on = w.from; on <= w.today; on = addCalendarDays(on, 1)) {
    const row = byDay.get(on);
    days.push({ on, slots: row?.slots ?? 0, booked: row?.booked ?? 0 });
  }
  return days;
}
