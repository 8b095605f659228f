/**
 * The staffing norm as CSV, through the server's one CSV writer: a row per practice, a total row
 * per PCN and one for the service, with the norm used in every row. An unknown list size (and so
 * an unknown need and gap) is an empty cell, never 0.
 */
import type { StaffingNorm, StaffingNormFiguresBody } from '@everyday/core';
import { toCsv } from '../http/csv.js';

const COLUMNS = [
  'level',
  'pcn',
  'practice',
  'ods_code',
  'practices',
  'list_size_unknown',
  'registered_population',
  'sessions_per_week_delivered',
  'sessions_per_week_needed',
  'gap_sessions',
  'gap_wte',
  'population_per_session',
  'sessions_per_wte',
] as const;

type Row = Record<(typeof COLUMNS)[number], string | number>;

const cell = (v: number | null): string | number => v ?? '';

function row(
  norm: StaffingNorm['norm'],
  level: 'practice' | 'pcn' | 'service',
  names: { pcn: string; practice: string; ods: string },
  f: StaffingNormFiguresBody,
): Row {
  return {
    level,
    pcn: names.pcn,
    practice: names.practice,
    ods_code: names.ods,
    practices: f.practices,
    list_size_unknown: f.unknownListSize,
    registered_population: cell(f.listSize),
    sessions_per_week_delivered: f.sessionsDelivered,
    sessions_per_week_needed: cell(f.sessionsNeeded),
    gap_sessions: cell(f.gapSessions),
    gap_wte: cell(f.gapWte),
    population_per_session: norm.populationPerSession,
    sessions_per_wte: norm.sessionsPerWte,
  };
}

export function staffingNormCsv(report: StaffingNorm): string {
  const rows: Row[] = [];
  for (const pcn of report.pcns) {
    const pcnName = pcn.pcnName ?? '';
    for (const p of pcn.practices) {
      rows.push(
        row(report.norm, 'practice', { pcn: pcnName, practice: p.name, ods: p.odsCode ?? '' }, p),
      );
    }
    rows.push(row(report.norm, 'pcn', { pcn: pcnName, practice: '', ods: '' }, pcn.totals));
  }
  rows.push(
    row(
      report.norm,
      'service',
      { pcn: '', practice: report.serviceName ?? '', ods: '' },
      report.service,
    ),
  );
  return toCsv(rows, COLUMNS);
}
