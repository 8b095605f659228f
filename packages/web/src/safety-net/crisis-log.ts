// The crisis log as the lead's page shows it: the entries however the API names them, the minutes
// to acknowledge, who acknowledged, the summary (how many, how many acknowledged, the medians) and
// the CSV link.
import type { CrisisLog, CrisisLogEntry, MinutesToAcknowledge } from './crisis-types.js';

/** The log's entries, under `entries` (or `items`). */
export function logEntries(log: CrisisLog | null): CrisisLogEntry[] {
  return log?.entries ?? log?.items ?? [];
}

/** Working and wall-clock minutes to acknowledge; a bare number is taken as working minutes. */
export function minutesOf(entry: CrisisLogEntry): MinutesToAcknowledge | null {
  const minutes = entry.minutesToAcknowledge;
  if (minutes === null) return null;
  return typeof minutes === 'number' ? { working: minutes, wallClock: minutes } : minutes;
}

export function acknowledgedByName(entry: CrisisLogEntry): string {
  const by = entry.acknowledgedBy;
  if (by === null) return '';
  return typeof by === 'string' ? by : by.name;
}

/** The median of some numbers (the mean of the middle two for an even count), or null for none. */
export function median(values: readonly number[]): number | null {
  if (values.length === 0) return null;
  const sorted = [...values].sort((a, b) => a - b);
  const middle = Math.floor(sorted.length / 2);
  const upper = sorted[middle] ?? 0;
  if (sorted.length % 2 === 1) return upper;
  return ((sorted[middle - 1] ?? upper) + upper) / 2;
}

export interface CrisisLogSummary {
  count: number;
  acknowledged: number;
  escalated: number;
  medianWorking: number | null;
  medianWallClock: number | null;
}

/** How many requests, acknowledged and escalated, and the median minutes of those acknowledged. */
export function summariseLog(entries: readonly CrisisLogEntry[]): CrisisLogSummary {
  const minutes = entries.flatMap((entry) => {
    const m = entry.acknowledgedAt === null ? null : minutesOf(entry);
    return m === null ? [] : [m];
  });
  return {
    count: entries.length,
    acknowledged: entries.filter((entry) => entry.acknowledgedAt !== null).length,
    escalated: entries.filter((entry) => entry.escalatedAt !== null).length,
    medianWorking: median(minutes.map((m) => m.working)),
    medianWallClock: median(minutes.map((m) => m.wallClock)),
  };
}

/** `/api/crisis/log` for a period (the server's default, the last 30 days, when none is given). */
export function crisisLogPath(
  period: { from: string; to: string } | null,
  format: 'json' | 'csv' = 'json',
): string {
  const query = new URLSearchParams();
  if (period) {
    query.set('from', period.from);
    query.set('to', period.to);
  }
  if (format === 'csv') query.set('format', 'csv');
  const text = query.toString();
  return text === '' ? '/api/crisis/log' : `/api/crisis/log?${text}`;
}

/** Minutes as "1 h 05 min" style parts: whole hours and the minutes left (rounded). */
export function hoursAndMinutes(minutes: number): { hours: number; minutes: number } {
  const whole = Math.max(0, Math.round(minutes));
  return { hours: Math.floor(whole / 60), minutes: whole % 60 };
}
