/**
 * The demo generator's clock: a Clock (core's interface) whose time the generator sets as it plays
 * the year forward, so every use case it calls reads the simulated time, never the system's.
 */
import { londonDateOf, type CalendarDate, type Clock } from '@everyday/core';

export class SimulatedClock implements Clock {
  private at: number;

  constructor(start: Date) {
    this.at = start.getTime();
  }

  now(): Date {
    return new Date(this.at);
  }

  today(): CalendarDate {
    return londonDateOf(this.at);
  }

  set(instant: Date | number): void {
    this.at = typeof instant === 'number' ? instant : instant.getTime();
  }
}
