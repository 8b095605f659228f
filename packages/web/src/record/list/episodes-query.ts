// The episode list's filters live in the page address, so a filtered view can be shared.
import { PATHWAYS } from '@everyday/core';

export const EPISODE_STATUSES = ['open', 'closed', 'all'] as const;
export type EpisodeStatusFilter = (typeof EPISODE_STATUSES)[number];

export interface EpisodeFilters {
  status: EpisodeStatusFilter;
  /** A pathway, or '' for all. */
  pathway: string;
}

export const defaultEpisodeFilters: EpisodeFilters = { status: 'open', pathway: '' };

/**
 * The status shown first: an OT works on open episodes; a GP or other clinician wants to know
 * what happened to their patients, discharged ones included (issue 16 item 8).
 */
export function defaultEpisodeStatus(isOt: boolean): EpisodeStatusFilter {
  return isOt ? 'open' : 'all';
}

/** The filters from the address; anything not recognised is left unfiltered. */
export function readEpisodeFilters(
  params: URLSearchParams,
  defaultStatus: EpisodeStatusFilter = 'open',
): EpisodeFilters {
  const status = params.get('status');
  const pathway = params.get('pathway');
  return {
    status: EPISODE_STATUSES.find((s) => s === status) ?? defaultStatus,
    pathway: PATHWAYS.find((p) => p === pathway) ?? '',
  };
}

/** The page number from `?page=`: a whole number from 1, else 1. */
export function readEpisodePage(params: URLSearchParams): number {
  const page = Number(params.get('page'));
  return Number.isInteger(page) && page >= 1 ? page : 1;
}

/** Query string (without `?`) for the page address: the filters that are set, and the page after 1. */
export function episodesQuery(
  filters: EpisodeFilters,
  page = 1,
  defaultStatus: EpisodeStatusFilter = 'open',
): string {
  const params = new URLSearchParams();
  if (filters.status !== defaultStatus) params.set('status', filters.status);
  if (filters.pathway !== '') params.set('pathway', filters.pathway);
  if (page > 1) params.set('page', String(page));
  return params.toString();
}

/** The query of GET /api/episodes for these filters and page. */
export function episodesApiQuery(filters: EpisodeFilters, page: number): URLSearchParams {
  const params = new URLSearchParams({ status: filters.status });
  if (filters.pathway !== '') params.set('pathway', filters.pathway);
  params.set('page', String(page));
  return params;
}
