/**
 * The system clock: the one place the server reads the time of day. Everything else is handed a
 * `Clock` (core's), so tests and the demo generator can fix or move it; "today" is always the
 * Europe/London date (ADR 0006).
 */
import { clockFrom, type Clock } from '@everyday/core';

export const systemClock: Clock = clockFrom(() => new Date());
