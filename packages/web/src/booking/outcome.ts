// What a change to clinics did, carried to the clinic list (in the router's state) to be shown.
import type { SyncReport } from './clinic-types.js';

export type ClinicOutcomeKind = 'saved' | 'stopped' | 'leave' | 'day';

export interface ClinicOutcome {
  kind: ClinicOutcomeKind;
  /** The clinic's name (none for leave). */
  name: string;
  sync: SyncReport;
}

/** The outcome in a location's state, if it carries one. */
export function outcomeOf(state: unknown): ClinicOutcome | null {
  if (typeof state !== 'object' || state === null || !('outcome' in state)) return null;
  const { outcome } = state;
  if (typeof outcome !== 'object' || outcome === null) return null;
  const o = outcome as Partial<ClinicOutcome>;
  return o.kind && o.sync && typeof o.name === 'string' ? (o as ClinicOutcome) : null;
}

/** A booked slot's key `<template id>:<YYYY-MM-DD>:<HH:MM>` as its parts. */
export function parseSlotKey(
  key: string,
): { templateId: string; date: string; time: string } | null {
  const match = /^([^:]+):(\d{4}-\d{2}-\d{2}):(\d{2}:\d{2})$/.exec(key);
  if (!match) return null;
  return { templateId: match[1] ?? '', date: match[2] ?? '', time: match[3] ?? '' };
}
