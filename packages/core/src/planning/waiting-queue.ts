/**
 * The queue discipline both simulations share (issue 13 item 4): people wait in priority classes
 * (0 first: crisis, then urgent, then routine, as booking/waiting-list.ts orders the live list)
 * and within a class the longest waiting is taken first. The waiting-list projection keeps one
 * piece per day and pathway holding a count of people; the continuous-time validation keeps one
 * piece per person. Both take people through the same `take` and `takeOne`, so validating the
 * one against M/M/1 and M/M/c checks the order the other serves in.
 *
 * Each class is a ring buffer of typed arrays (time, tag, count), grown by doubling, so a year
 * of a large service makes no object per person.
 */

class ClassRing {
  times = new Float64Array(0);
  tags = new Int32Array(0);
  counts = new Float64Array(0);
  head = 0;
  length = 0;
  /** People in the class (the sum of counts). */
  total = 0;

  constructor(capacity: number) {
    this.allocate(capacity);
  }

  private allocate(capacity: number): void {
    const times = new Float64Array(capacity);
    const tags = new Int32Array(capacity);
    const counts = new Float64Array(capacity);
    const mask = this.times.length - 1;
    for (let i = 0; i < this.length; i++) {
      const from = (this.head + i) & mask;
      times[i] = this.times[from] ?? 0;
      tags[i] = this.tags[from] ?? 0;
      counts[i] = this.counts[from] ?? 0;
    }
    this.times = times;
    this.tags = tags;
    this.counts = counts;
    this.head = 0;
  }

  private ensureRoom(): void {
    if (this.length === this.times.length) this.allocate(this.times.length * 2);
  }

  slot(i: number): number {
    return (this.head + i) & (this.times.length - 1);
  }

  pushBack(time: number, tag: number, count: number): void {
    this.ensureRoom();
    const at = this.slot(this.length);
    this.times[at] = time;
    this.tags[at] = tag;
    this.counts[at] = count;
    this.length += 1;
    this.total += count;
  }

  pushFront(time: number, tag: number, count: number): void {
    this.ensureRoom();
    this.head = (this.head - 1) & (this.times.length - 1);
    this.times[this.head] = time;
    this.tags[this.head] = tag;
    this.counts[this.head] = count;
    this.length += 1;
    this.total += count;
  }

  /** Drops empty pieces at the head; the head is then the longest waiting, if anyone waits. */
  settle(): void {
    while (this.length > 0 && (this.counts[this.head] ?? 0) <= 0) {
      this.head = (this.head + 1) & (this.times.length - 1);
      this.length -= 1;
    }
  }

  clear(): void {
    this.head = 0;
    this.length = 0;
    this.total = 0;
  }
}

/** Called with each piece taken: its class, when its wait began, its tag and how many. */
export type TakeVisitor = (cls: number, time: number, tag: number, count: number) => void;

/** Returns how many of a piece's `count` people remain (reneging): a whole number 0…count. */
export type ThinRule = (count: number, cls: number, time: number, tag: number) => number;

export class WaitingQueue {
  private readonly rings: ClassRing[];
  /** After takeOne: when the person's wait began and their tag. */
  takenTime = 0;
  takenTag = 0;

  /** `classes` priority classes, 0 served first; `capacity` pieces a class to start (a power of 2). */
  constructor(
    readonly classes: number,
    capacity = 64,
  ) {
    let size = 1;
    while (size < capacity) size *= 2;
    this.rings = Array.from({ length: classes }, () => new ClassRing(size));
  }

  private ring(cls: number): ClassRing {
    const ring = this.rings[cls];
    if (ring === undefined) throw new RangeError(`no priority class ${String(cls)}`);
    return ring;
  }

  /** People waiting, all classes. */
  get size(): number {
    let total = 0;
    for (const ring of this.rings) total += ring.total;
    return total;
  }

  /** People waiting in one class. */
  sizeOf(cls: number): number {
    return this.ring(cls).total;
  }

  clear(): void {
    for (const ring of this.rings) ring.clear();
  }

  /** Adds `count` people whose wait began at `time` (not earlier than the class's last piece). */
  push(cls: number, time: number, tag: number, count = 1): void {
    if (count > 0) this.ring(cls).pushBack(time, tag, count);
  }

  /**
   * Puts people back at the head of their class (a cancelled or missed first appointment that is
   * rebooked keeps its place and its wait); `time` must not be later than the class's head.
   */
  pushFront(cls: number, time: number, tag: number, count = 1): void {
    if (count > 0) this.ring(cls).pushFront(time, tag, count);
  }

  /**
   * Takes up to `wanted` people in order, classes `fromClass`…`toClass` (all by default), each
   * class longest waiting first, calling `visit` for each piece taken; returns how many.
   */
  take(wanted: number, visit: TakeVisitor, fromClass = 0, toClass = this.classes - 1): number {
    let taken = 0;
    for (let cls = fromClass; cls <= toClass && taken < wanted; cls++) {
      const ring = this.ring(cls);
      while (taken < wanted && ring.total > 0) {
        ring.settle();
        const at = ring.head;
        const count = ring.counts[at] ?? 0;
        const n = Math.min(count, wanted - taken);
        ring.counts[at] = count - n;
        ring.total -= n;
        taken += n;
        visit(cls, ring.times[at] ?? 0, ring.tags[at] ?? 0, n);
      }
      ring.settle();
    }
    return taken;
  }

  /**
   * Takes the one person first in order: returns their class (and sets takenTime, takenTag), or
   * −1 when nobody waits. The same order as `take`, without a callback, for the per-person engine.
   */
  takeOne(): number {
    for (let cls = 0; cls < this.classes; cls++) {
      const ring = this.ring(cls);
      if (ring.total <= 0) continue;
      ring.settle();
      const at = ring.head;
      this.takenTime = ring.times[at] ?? 0;
      this.takenTag = ring.tags[at] ?? 0;
      ring.counts[at] = (ring.counts[at] ?? 0) - 1;
      ring.total -= 1;
      ring.settle();
      return cls;
    }
    return -1;
  }

  /** When the longest wait began, over all classes; Infinity when nobody waits. */
  oldestTime(): number {
    let oldest = Number.POSITIVE_INFINITY;
    for (const ring of this.rings) {
      if (ring.total <= 0) continue;
      ring.settle();
      const time = ring.times[ring.head] ?? oldest;
      if (time < oldest) oldest = time;
    }
    return oldest;
  }

  /** People whose wait began at `since` or later (so have waited at most now − since). */
  countSince(since: number): number {
    let n = 0;
    for (const ring of this.rings) {
      for (let i = 0; i < ring.length; i++) {
        const at = ring.slot(i);
        if ((ring.times[at] ?? 0) >= since) n += ring.counts[at] ?? 0;
      }
    }
    return n;
  }

  /** Applies `keep` to every piece (people withdrawing while they wait); returns how many left. */
  thin(keep: ThinRule): number {
    let removed = 0;
    for (let cls = 0; cls < this.classes; cls++) {
      const ring = this.ring(cls);
      for (let i = 0; i < ring.length; i++) {
        const at = ring.slot(i);
        const count = ring.counts[at] ?? 0;
        if (count <= 0) continue;
        const kept = keep(count, cls, ring.times[at] ?? 0, ring.tags[at] ?? 0);
        ring.counts[at] = kept;
        ring.total -= count - kept;
        removed += count - kept;
      }
      ring.settle();
    }
    return removed;
  }
}
