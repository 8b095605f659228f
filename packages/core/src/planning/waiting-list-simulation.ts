/**
 * The waiting-list projection (issue 13 item 4): a seeded, discrete-event simulation of a
 * service's own queue, stepped a day at a time. Each day, in each pool:
 *
 * 1. referrals arrive, by pathway and urgency (Poisson counts, or a renewal process); a share of
 *    routine ones waits for a group;
 * 2. the day's one-to-one slots (0 on a closed day: leave, bank holidays) go first to crisis
 *    referrals, then to the follow-up sessions booked for the day, then to urgent and routine
 *    referrals, each class longest waiting first (waiting-queue.ts, the discipline the
 *    continuous-time validation checks against M/M/1 and M/M/c). A follow-up a crisis displaces,
 *    or that finds no slot, moves to the next day;
 * 3. a booked appointment is cancelled too late to reuse (the person is rebooked: a first
 *    appointment back at the head of the list with their wait, a follow-up a session interval
 *    later), or missed (rebooked in the same way, or else discharged), or attended. The first
 *    attended appointment takes the person off the list ("seen"); their episode then books its
 *    next session a session interval later, until it has had its number of sessions;
 * 4. group courses that start take people from the group list up to their places;
 * 5. at the end of each week people still waiting withdraw with the weekly probability
 *    (reneging), and the week's figures are recorded.
 *
 * People are held as counts (a day's arrivals of one pathway and urgency are one piece), so the
 * work grows with days and pathways, not with people; each step draws its binomial splits from
 * the run's Sampler. Pure: no clock, no I/O; the same input and seed give the same figures.
 */
import type { CompiledInput, CompiledPool } from './simulation-input.js';
import { PRIORITY_CLASSES } from './simulation-input.js';
import { Sampler } from './sampler.js';
import { WaitingQueue, type TakeVisitor, type ThinRule } from './waiting-queue.js';

/** The weekly figures of a run, in this order. */
export const SERIES = [
  /** People waiting (one-to-one and group lists) at the end of the week. */
  'listSize',
  /** Completed weeks waited by the longest waiting person at the end of the week (0 when nobody waits). */
  'longestWaitWeeks',
  /** People seen for the first time in the week (first attended appointment, or a group's start). */
  'seen',
  /** Of those, the proportion who had waited at most the target (null when nobody was seen). */
  'seenWithinTarget',
  /** Of those waiting at the end of the week, the proportion waiting at most the target. */
  'waitingWithinTarget',
  /** Mean wait in weeks of those seen in the week. */
  'meanWaitSeenWeeks',
  'arrivals',
  /** People who withdrew while waiting. */
  'withdrawn',
  /** People taken off the list after missing their first appointment, not rebooked. */
  'dischargedAfterMissed',
  /** One-to-one slots no one was booked into. */
  'unusedSlots',
] as const;
export type SeriesKey = (typeof SERIES)[number];
export const SERIES_COUNT = SERIES.length;

/** Where series `key` starts in a run's buffer of SERIES_COUNT × weeks values. */
export function seriesOffset(key: SeriesKey, weeks: number): number {
  return SERIES.indexOf(key) * weeks;
}

/** Counts a week, over the pools, before they become the series. */
class WeekTotals {
  readonly listSize: Float64Array;
  readonly longestWaitDays: Float64Array;
  readonly seen: Float64Array;
  readonly seenWithin: Float64Array;
  readonly seenWaitDays: Float64Array;
  readonly waitingWithin: Float64Array;
  readonly arrivals: Float64Array;
  readonly withdrawn: Float64Array;
  readonly discharged: Float64Array;
  readonly unusedSlots: Float64Array;

  constructor(weeks: number) {
    this.listSize = new Float64Array(weeks);
    this.longestWaitDays = new Float64Array(weeks);
    this.seen = new Float64Array(weeks);
    this.seenWithin = new Float64Array(weeks);
    this.seenWaitDays = new Float64Array(weeks);
    this.waitingWithin = new Float64Array(weeks);
    this.arrivals = new Float64Array(weeks);
    this.withdrawn = new Float64Array(weeks);
    this.discharged = new Float64Array(weeks);
    this.unusedSlots = new Float64Array(weeks);
  }

  clear(): void {
    for (const a of [
      this.listSize,
      this.longestWaitDays,
      this.seen,
      this.seenWithin,
      this.seenWaitDays,
      this.waitingWithin,
      this.arrivals,
      this.withdrawn,
      this.discharged,
      this.unusedSlots,
    ]) {
      a.fill(0);
    }
  }
}

const TWO_POW_32 = 4_294_967_296;

function add(a: Float64Array, i: number, x: number): void {
  a[i] = (a[i] ?? 0) + x;
}

/** One pool's state through a run; allocated once and reset for each run. */
class PoolRun {
  private readonly queue = new WaitingQueue(PRIORITY_CLASSES, 256);
  private readonly groupQueue = new WaitingQueue(PRIORITY_CLASSES, 64);
  /**
   * Follow-ups due, a row a day: due[day·row + e] with entry e = p·maxSessions + k, k the index
   * (from 0) of the session due; dueOnDay[day] is the row's total, so a day with none is skipped.
   */
  private readonly due: Float64Array;
  private readonly dueOnDay: Float64Array;
  private readonly row: number;
  private readonly span: number;
  /** Renewal streams, and when each one's next referral comes. */
  private readonly renewalStreams: readonly number[];
  private readonly nextArrival: Float64Array;
  /** Poisson streams, most referrals first, drawn as one Poisson count split by binomials. */
  private readonly poissonStreams: readonly number[];
  /** For poissonStreams[j]: its share of the Poisson referrals not in streams before it. */
  private readonly splitShare: Float64Array;
  /** 32-bit cumulative shares of poissonStreams, for sending one referral to its stream. */
  private readonly splitBelow: Float64Array;
  private readonly splitCounts: Float64Array;
  private readonly poissonPerDay: number;
  private readonly expMinusPoissonPerDay: number;
  /** 32-bit thresholds of one appointment's outcomes (see attend). */
  private readonly cancelledBelow: number;
  private readonly dischargedBelow: number;
  private readonly rebookedBelow: number;
  private returned = new Float64Array(64);
  private returnedLength = 0;
  private sampler = new Sampler([1, 2, 3, 4]);
  private day = 0;
  private week = 0;

  constructor(
    private readonly pool: CompiledPool,
    private readonly days: number,
    private readonly targetDays: number,
    private readonly totals: WeekTotals,
  ) {
    this.span = days + pool.daysBetweenSessions + 1;
    this.row = pool.pathways.length * pool.maxSessions;
    this.due = new Float64Array(this.row * this.span);
    this.dueOnDay = new Float64Array(this.span);
    this.nextArrival = new Float64Array(pool.streams.length);
    this.renewalStreams = pool.streams.flatMap((st, i) => (st.gap === null ? [] : [i]));
    const poisson = pool.streams
      .map((st, i) => ({ i, perDay: st.perDay, poisson: st.gap === null }))
      .filter((st) => st.poisson)
      .sort((a, b) => b.perDay - a.perDay || a.i - b.i);
    this.poissonStreams = poisson.map((st) => st.i);
    this.poissonPerDay = poisson.reduce((sum, st) => sum + st.perDay, 0);
    this.expMinusPoissonPerDay = Math.exp(-this.poissonPerDay);
    let rest = this.poissonPerDay;
    this.splitShare = Float64Array.from(poisson, (st) => {
      const share = rest > 0 ? Math.min(1, st.perDay / rest) : 1;
      rest -= st.perDay;
      return share;
    });
    let before = 0;
    this.splitBelow = Float64Array.from(poisson, (st, j) => {
      before += st.perDay;
      return j === poisson.length - 1 ? TWO_POW_32 : (before / this.poissonPerDay) * TWO_POW_32;
    });
    this.splitCounts = new Float64Array(poisson.length);
    const { lateCancellation: c, didNotAttend: m, rebookAfterDidNotAttend: r } = pool.attendance;
    this.cancelledBelow = c * TWO_POW_32;
    this.dischargedBelow = this.cancelledBelow + (1 - c) * m * (1 - r) * TWO_POW_32;
    this.rebookedBelow = this.dischargedBelow + (1 - c) * m * r * TWO_POW_32;
  }

  private reset(sampler: Sampler): void {
    this.sampler = sampler;
    this.queue.clear();
    this.groupQueue.clear();
    this.due.fill(0);
    this.dueOnDay.fill(0);
    this.pool.streams.forEach((s, i) => {
      // A renewal stream's first referral falls uniformly within its first mean gap.
      this.nextArrival[i] = s.gap === null ? 0 : sampler.float() / s.perDay;
    });
    for (const w of this.pool.initial) {
      (w.group ? this.groupQueue : this.queue).push(w.cls, w.time, w.tag, w.count);
    }
  }

  private recordSeen(time: number, count: number): void {
    const wait = this.day - time;
    add(this.totals.seen, this.week, count);
    add(this.totals.seenWaitDays, this.week, wait * count);
    if (wait <= this.targetDays) add(this.totals.seenWithin, this.week, count);
  }

  /** Books `count` follow-ups of entry `e` (pathway · maxSessions + session index) on `day`. */
  private book(e: number, day: number, count: number): void {
    if (count > 0 && day < this.span) {
      const at = day * this.row + e;
      this.due[at] = (this.due[at] ?? 0) + count;
      this.dueOnDay[day] = (this.dueOnDay[day] ?? 0) + count;
    }
  }

  /** Set by the last attend(): rebooked (cancelled late, or missed and booked again)… */
  private rebooked = 0;
  /** …of those who attended, how many go on to another session… */
  private continuing = 0;
  /** …and how many missed and were discharged. */
  private discharged = 0;

  /**
   * Splits `count` booked appointments into attended (returned), and rebooked, continuing and
   * discharged after a miss (set above), given the chance `more` that an attender has
   * another session. For a few people it takes one 32-bit draw each: its place in
   * [0, cancelledBelow) cancelled late, [cancelledBelow, dischargedBelow) missed and not
   * rebooked, [dischargedBelow, rebookedBelow) missed and rebooked, and above that attended,
   * where the draw is still uniform and decides whether they continue. For many, binomials.
   */
  private attend(count: number, more: number): number {
    const s = this.sampler;
    if (count <= 16) {
      const cancelledBelow = this.cancelledBelow;
      const dischargedBelow = this.dischargedBelow;
      const attendedFrom = this.rebookedBelow;
      const continueBelow = attendedFrom + more * (TWO_POW_32 - attendedFrom);
      let attended = 0;
      let continuing = 0;
      let rebooked = 0;
      let gone = 0;
      for (let i = 0; i < count; i++) {
        const u = s.next32() >>> 0;
        if (u < cancelledBelow) rebooked += 1;
        else if (u < dischargedBelow) gone += 1;
        else if (u < attendedFrom) rebooked += 1;
        else {
          attended += 1;
          if (u < continueBelow) continuing += 1;
        }
      }
      this.discharged = gone;
      this.rebooked = rebooked;
      this.continuing = continuing;
      return attended;
    }
    const a = this.pool.attendance;
    const cancelled = s.binomial(count, a.lateCancellation);
    const came = count - cancelled;
    const missed = s.binomial(came, a.didNotAttend);
    const missedRebooked = s.binomial(missed, a.rebookAfterDidNotAttend);
    this.discharged = missed - missedRebooked;
    this.rebooked = cancelled + missedRebooked;
    this.continuing = s.binomial(came - missed, more);
    return came - missed;
  }

  private readonly visitFirst: TakeVisitor = (cls, time, tag, count) => {
    const seen = this.attend(count, this.pool.continuation[tag * this.pool.maxSessions] ?? 0);
    if (this.discharged > 0) add(this.totals.discharged, this.week, this.discharged);
    if (this.rebooked > 0) {
      if (this.returnedLength + 4 > this.returned.length) {
        const grown = new Float64Array(this.returned.length * 2);
        grown.set(this.returned);
        this.returned = grown;
      }
      const r = this.returned;
      const at = this.returnedLength;
      r[at] = cls;
      r[at + 1] = time;
      r[at + 2] = tag;
      r[at + 3] = this.rebooked;
      this.returnedLength += 4;
    }
    if (seen > 0) {
      this.recordSeen(time, seen);
      this.book(
        tag * this.pool.maxSessions + 1,
        this.day + this.pool.daysBetweenSessions,
        this.continuing,
      );
    }
  };

  /** Of a piece still waiting at the week's end, those who do not withdraw. */
  private readonly keepWaiting: ThinRule = (count) =>
    count - this.sampler.binomial(count, this.pool.withdrawPerWeek);

  private readonly visitGroup: TakeVisitor = (_cls, time, _tag, count) => {
    this.recordSeen(time, count);
  };

  /** First appointments for classes from…to in the day's slots; returns the slots used. */
  private serveFirst(slots: number, from: number, to: number): number {
    if (slots <= 0) return 0;
    this.returnedLength = 0;
    const used = this.queue.take(slots, this.visitFirst, from, to);
    for (let i = this.returnedLength - 4; i >= 0; i -= 4) {
      const r = this.returned;
      this.queue.pushFront(r[i] ?? 0, r[i + 1] ?? 0, r[i + 2] ?? 0, r[i + 3] ?? 0);
    }
    return used;
  }

  /** The follow-ups due today in the slots left; the rest move to tomorrow. Returns slots used. */
  private serveFollowUps(slots: number): number {
    const d = this.day;
    if ((this.dueOnDay[d] ?? 0) <= 0) return 0;
    this.dueOnDay[d] = 0;
    const { daysBetweenSessions, continuation } = this.pool;
    const due = this.due;
    const row = this.row;
    const base = d * row;
    let left = slots;
    // Entry e = pathway · maxSessions + k, so e + 1 is the same pathway's next session (the
    // last session's continuation is 0, so nothing is booked past it).
    for (let e = 0; e < row; e++) {
      const count = due[base + e] ?? 0;
      if (count <= 0) continue;
      due[base + e] = 0;
      const served = Math.min(count, left);
      left -= served;
      if (count > served) this.book(e, d + 1, count - served);
      if (served === 0) continue;
      this.attend(served, continuation[e] ?? 0);
      this.book(e, d + daysBetweenSessions, this.rebooked);
      this.book(e + 1, d + daysBetweenSessions, this.continuing);
    }
    return slots - left;
  }

  /** The day's referrals of `n` for stream `i`, a share of routine ones to the group list. */
  private admit(i: number, n: number): void {
    const stream = this.pool.streams[i];
    if (n === 0 || stream === undefined) return;
    add(this.totals.arrivals, this.week, n);
    const toGroup = stream.groupShare > 0 ? this.sampler.binomial(n, stream.groupShare) : 0;
    this.groupQueue.push(stream.cls, this.day, stream.tag, toGroup);
    this.queue.push(stream.cls, this.day, stream.tag, n - toGroup);
  }

  /**
   * The day's referrals. Poisson streams together are one Poisson count (superposition), split
   * between them exactly: a few referrals one 32-bit draw each against the streams' cumulative
   * shares, many by binomials in turn (the multinomial split). A renewal stream steps through
   * its own gaps.
   */
  private arrive(): void {
    const s = this.sampler;
    let remaining = s.poisson(this.poissonPerDay, this.expMinusPoissonPerDay);
    const streams = this.poissonStreams.length;
    if (remaining > 0 && remaining <= 2 * streams) {
      const counts = this.splitCounts;
      const below = this.splitBelow;
      const last = streams - 1;
      counts.fill(0);
      for (let a = 0; a < remaining; a++) {
        const u = s.next32() >>> 0;
        let j = 0;
        while (j < last && u >= (below[j] ?? 0)) j += 1;
        counts[j] = (counts[j] ?? 0) + 1;
      }
      for (let j = 0; j < streams; j++) {
        const n = counts[j] ?? 0;
        if (n > 0) this.admit(this.poissonStreams[j] ?? 0, n);
      }
      remaining = 0;
    }
    for (let j = 0; j < streams && remaining > 0; j++) {
      const n = s.binomial(remaining, this.splitShare[j] ?? 1);
      remaining -= n;
      this.admit(this.poissonStreams[j] ?? 0, n);
    }
    for (const i of this.renewalStreams) {
      const gap = this.pool.streams[i]?.gap;
      if (gap === undefined || gap === null) continue;
      let n = 0;
      let next = this.nextArrival[i] ?? 0;
      while (next < this.day + 1) {
        n += 1;
        next += s.sample(gap);
      }
      this.nextArrival[i] = next;
      this.admit(i, n);
    }
  }

  private endOfWeek(): void {
    if (this.pool.withdrawPerWeek > 0) {
      const keep = this.keepWaiting;
      add(this.totals.withdrawn, this.week, this.queue.thin(keep) + this.groupQueue.thin(keep));
    }
    const waiting = this.queue.size + this.groupQueue.size;
    add(this.totals.listSize, this.week, waiting);
    const since = this.day - this.targetDays;
    add(
      this.totals.waitingWithin,
      this.week,
      this.queue.countSince(since) + this.groupQueue.countSince(since),
    );
    const oldest = Math.min(this.queue.oldestTime(), this.groupQueue.oldestTime());
    const longest = Number.isFinite(oldest) ? this.day - oldest : 0;
    if (longest > (this.totals.longestWaitDays[this.week] ?? 0)) {
      this.totals.longestWaitDays[this.week] = longest;
    }
  }

  run(sampler: Sampler): void {
    this.reset(sampler);
    const { slots, groups } = this.pool;
    for (let d = 0; d < this.days; d++) {
      this.day = d;
      this.week = Math.floor(d / 7);
      this.arrive();
      let left = slots[d] ?? 0;
      if (left > 0) {
        left -= this.serveFirst(left, 0, 0);
        left -= this.serveFollowUps(left);
        left -= this.serveFirst(left, 1, PRIORITY_CLASSES - 1);
        add(this.totals.unusedSlots, this.week, left);
      } else {
        this.serveFollowUps(0);
      }
      for (const g of groups) {
        if (d >= g.firstDay && (d - g.firstDay) % g.everyDays === 0) {
          this.groupQueue.take(g.places, this.visitGroup);
        }
      }
      if (d % 7 === 6) this.endOfWeek();
    }
  }
}

/** Runs a compiled projection; one instance serves many runs without allocating per run. */
export class WaitingListEngine {
  private readonly totals: WeekTotals;
  private readonly pools: PoolRun[];

  constructor(private readonly input: CompiledInput) {
    this.totals = new WeekTotals(input.weeks);
    this.pools = input.pools.map((p) => new PoolRun(p, input.days, input.targetDays, this.totals));
  }

  /** One run with `sampler`, its figures written to `out` (SERIES_COUNT × weeks, at `offset`). */
  run(sampler: Sampler, out: Float64Array, offset = 0): void {
    const t = this.totals;
    t.clear();
    for (const pool of this.pools) pool.run(sampler);
    const weeks = this.input.weeks;
    const put = (key: SeriesKey, w: number, value: number) => {
      out[offset + seriesOffset(key, weeks) + w] = value;
    };
    for (let w = 0; w < weeks; w++) {
      const list = t.listSize[w] ?? 0;
      const seen = t.seen[w] ?? 0;
      put('listSize', w, list);
      put('longestWaitWeeks', w, Math.floor((t.longestWaitDays[w] ?? 0) / 7));
      put('seen', w, seen);
      put('seenWithinTarget', w, seen > 0 ? (t.seenWithin[w] ?? 0) / seen : Number.NaN);
      put('waitingWithinTarget', w, list > 0 ? (t.waitingWithin[w] ?? 0) / list : Number.NaN);
      put('meanWaitSeenWeeks', w, seen > 0 ? (t.seenWaitDays[w] ?? 0) / seen / 7 : Number.NaN);
      put('arrivals', w, t.arrivals[w] ?? 0);
      put('withdrawn', w, t.withdrawn[w] ?? 0);
      put('dischargedAfterMissed', w, t.discharged[w] ?? 0);
      put('unusedSlots', w, t.unusedSlots[w] ?? 0);
    }
  }
}
