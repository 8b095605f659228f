/**
 * The shared queue discipline: class first (crisis, urgent, routine as 0, 1, 2, the order of
 * booking/waiting-list.ts), then longest waiting; pieces split when fewer are wanted; people put
 * back keep their place; withdrawals thin the pieces; the rings grow and wrap without losing order.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { WaitingQueue } from './waiting-queue.js';

type Piece = [cls: number, time: number, tag: number, count: number];

function takeAll(queue: WaitingQueue, wanted: number, from?: number, to?: number): Piece[] {
  const pieces: Piece[] = [];
  queue.take(wanted, (cls, time, tag, count) => pieces.push([cls, time, tag, count]), from, to);
  return pieces;
}

describe('WaitingQueue', () => {
  it('takes crisis, then urgent, then routine, each longest waiting first, splitting a piece', () => {
    const q = new WaitingQueue(3);
    q.push(2, 1, 0, 5);
    q.push(2, 4, 1, 2);
    q.push(1, 3, 0, 1);
    q.push(0, 6, 0, 1);
    expect(q.size).toBe(9);
    expect(q.oldestTime()).toBe(1);
    expect(takeAll(q, 4)).toEqual([
      [0, 6, 0, 1],
      [1, 3, 0, 1],
      [2, 1, 0, 2],
    ]);
    expect(q.size).toBe(5);
    expect(q.sizeOf(2)).toBe(5);
    expect(takeAll(q, 10)).toEqual([
      [2, 1, 0, 3],
      [2, 4, 1, 2],
    ]);
    expect(q.size).toBe(0);
    expect(q.oldestTime()).toBe(Number.POSITIVE_INFINITY);
  });

  it('takes from a range of classes only when asked', () => {
    const q = new WaitingQueue(3);
    q.push(0, 0, 0, 1);
    q.push(2, 0, 0, 1);
    expect(takeAll(q, 5, 1, 2)).toEqual([[2, 0, 0, 1]]);
    expect(q.sizeOf(0)).toBe(1);
  });

  it('puts people back at the head of their class with their wait', () => {
    const q = new WaitingQueue(3);
    q.push(2, 5, 0, 3);
    takeAll(q, 2);
    q.pushFront(2, 5, 0, 1);
    q.pushFront(2, 2, 7, 1);
    expect(takeAll(q, 5)).toEqual([
      [2, 2, 7, 1],
      [2, 5, 0, 1],
      [2, 5, 0, 1],
    ]);
  });

  it('takes one person at a time in the same order', () => {
    const q = new WaitingQueue(2);
    q.push(1, 1, 10);
    q.push(0, 2, 20);
    q.push(1, 3, 30);
    const order: number[] = [];
    while (q.takeOne() >= 0) order.push(q.takenTag);
    expect(order).toEqual([20, 10, 30]);
    expect(q.takeOne()).toBe(-1);
  });

  it('thins pieces for withdrawals and counts those who waited at most a time', () => {
    const q = new WaitingQueue(3);
    q.push(2, 0, 0, 10);
    q.push(2, 7, 0, 10);
    q.push(1, 8, 0, 4);
    const removed = q.thin((count, cls) => (cls === 2 ? count - 3 : count));
    expect(removed).toBe(6);
    expect(q.size).toBe(18);
    expect(q.countSince(7)).toBe(11);
    q.thin((count, _cls, time) => (time === 0 ? 0 : count));
    expect(q.oldestTime()).toBe(7);
  });

  it('grows and wraps without losing the order (property)', () => {
    fc.assert(
      fc.property(fc.array(fc.boolean(), { maxLength: 300 }), (ops) => {
        const q = new WaitingQueue(1, 2);
        const model: number[] = [];
        let time = 0;
        for (const push of ops) {
          if (push || model.length === 0) {
            q.push(0, time, time, 1);
            model.push(time);
            time += 1;
          } else {
            expect(q.takeOne()).toBe(0);
            expect(q.takenTime).toBe(model.shift());
          }
        }
        expect(q.size).toBe(model.length);
        const rest: number[] = [];
        while (q.takeOne() >= 0) rest.push(q.takenTime);
        expect(rest).toEqual(model);
      }),
    );
  });
});
