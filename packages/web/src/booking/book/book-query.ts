// The booking page's filters, kept in its address (?pathway=&mode=&siteId=&otId=), and the slot
// searches they make.
import type { ClinicMode, Pathway } from '@everyday/core';
import { CLINIC_MODES, PATHWAYS } from '@everyday/core';

export interface SlotFilters {
  mode: ClinicMode | '';
  siteId: string;
  otId: string;
}

const isMode = (value: string): value is ClinicMode =>
  (CLINIC_MODES as readonly string[]).includes(value);
const isPathway = (value: string): value is Pathway =>
  (PATHWAYS as readonly string[]).includes(value);
const isId = (value: string): boolean => /^[0-9a-f-]{36}$/i.test(value);

export function readSlotFilters(params: URLSearchParams): SlotFilters {
  const mode = params.get('mode') ?? '';
  const siteId = params.get('siteId') ?? '';
  const otId = params.get('otId') ?? '';
  return {
    mode: isMode(mode) ? mode : '',
    siteId: isId(siteId) ? siteId : '',
    otId: isId(otId) ? otId : '',
  };
}

export function readPathway(params: URLSearchParams): Pathway | '' {
  const pathway = params.get('pathway') ?? '';
  return isPathway(pathway) ? pathway : '';
}

/** The first free times over the four weeks clinics are open for booking. */
export function slotsPath(filters: SlotFilters, pathway: Pathway | '', limit: number): string {
  const query = new URLSearchParams({ available: 'true', days: '28', limit: String(limit) });
  if (pathway) query.set('pathway', pathway);
  if (filters.mode) query.set('mode', filters.mode);
  if (filters.siteId) query.set('siteId', filters.siteId);
  if (filters.otId) query.set('otId', filters.otId);
  return `/api/slots?${query.toString()}`;
}

/** The page's own query for a pathway and filters. */
export function filterQuery(filters: SlotFilters, pathway: Pathway | ''): string {
  const query = new URLSearchParams();
  if (pathway) query.set('pathway', pathway);
  if (filters.mode) query.set('mode', filters.mode);
  if (filters.siteId) query.set('siteId', filters.siteId);
  if (filters.otId) query.set('otId', filters.otId);
  return query.toString();
}
