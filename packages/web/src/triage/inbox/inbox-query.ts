// The triage inbox's filters live in the page address, so a filtered view can be shared.
import { PATHWAYS, ROUTES } from '@everyday/core';

/** `confirm`: booked directly from the referral form, waiting for an OT to confirm (issue 16 item 1). */
export const INBOX_STATUSES = ['open', 'confirm', 'closed', 'all'] as const;
export type InboxStatus = (typeof INBOX_STATUSES)[number];

export const AGE_BANDS = ['under_18', '18_to_64', '65_plus'] as const;

export interface InboxFilters {
  status: InboxStatus;
  pathway: string;
  practiceId: string;
  route: string;
  ageBand: string;
}

export const defaultInboxFilters: InboxFilters = {
  status: 'open',
  pathway: '',
  practiceId: '',
  route: '',
  ageBand: '',
};

function oneOf(value: string | null, allowed: readonly string[]): string {
  return value !== null && allowed.includes(value) ? value : '';
}

/** The filters from the address; anything not recognised is left unfiltered. */
export function readInboxFilters(params: URLSearchParams): InboxFilters {
  const status = params.get('status');
  const practiceId = params.get('practiceId')?.trim() ?? '';
  return {
    status: INBOX_STATUSES.find((s) => s === status) ?? 'open',
    pathway: oneOf(params.get('pathway'), PATHWAYS),
    practiceId: /^[0-9a-f-]{36}$/i.test(practiceId) ? practiceId : '',
    route: oneOf(params.get('route'), ROUTES),
    ageBand: oneOf(params.get('ageBand'), AGE_BANDS),
  };
}

/** The page number from `?page=`: a whole number from 1, else 1. */
export function readInboxPage(params: URLSearchParams): number {
  const page = Number(params.get('page'));
  return Number.isInteger(page) && page >= 1 ? page : 1;
}

/** Query string (without `?`) for the address: the filters that are set, and the page after 1. */
export function inboxQuery(filters: InboxFilters, page = 1): string {
  const params = new URLSearchParams();
  if (filters.status !== 'open') params.set('status', filters.status);
  for (const name of ['pathway', 'practiceId', 'route', 'ageBand'] as const) {
    if (filters[name] !== '') params.set(name, filters[name]);
  }
  if (page > 1) params.set('page', String(page));
  return params.toString();
}

/** The address of GET /api/inbox for these filters and page. */
export function inboxApiPath(filters: InboxFilters, page: number): string {
  const params = new URLSearchParams({ status: filters.status });
  for (const name of ['pathway', 'practiceId', 'route', 'ageBand'] as const) {
    if (filters[name] !== '') params.set(name, filters[name]);
  }
  params.set('page', String(page));
  return `/api/inbox?${params.toString()}`;
}
