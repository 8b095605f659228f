// Typed calls to the clinical record API (docs/api/clinical-record-contract.md), shared by the
// record pages and the care-plan pages (record/plan/). Failures are thrown as ApiError.
import type { DischargeData, EntryDataByKind, EntryKind } from '@everyday/core';
import { api } from '../api.js';
import type { Resource } from '../hooks/use-resource.js';
import { useResource } from '../hooks/use-resource.js';
import type {
  DischargeCreated,
  EntryHistory,
  EpisodeList,
  EpisodeRecordResponse,
  QuestionnaireLink,
  QuestionnaireLinkCreated,
  QuestionnaireLinkRequest,
  RecordEntryDto,
  WritableKind,
} from './types.js';

const episodeBase = (episodeId: string): string => `/api/episodes/${encodeURIComponent(episodeId)}`;

const entryBase = (episodeId: string, entryId: string): string =>
  `${episodeBase(episodeId)}/entries/${encodeURIComponent(entryId)}`;

/** Paths of the API, for fetching with useResource or linking to (the PDFs). */
export const recordPaths = {
  episodes: (query: URLSearchParams): string => {
    const search = query.toString();
    return search === '' ? '/api/episodes' : `/api/episodes?${search}`;
  },
  record: (episodeId: string): string => `${episodeBase(episodeId)}/record`,
  entry: entryBase,
  history: (episodeId: string, entryId: string): string =>
    `${entryBase(episodeId, entryId)}/history`,
  questionnaireLinks: (episodeId: string): string =>
    `${episodeBase(episodeId)}/questionnaire-links`,
  dischargeLetter: (episodeId: string): string => `${episodeBase(episodeId)}/discharge-letter.pdf`,
  healthWorkReport: (episodeId: string, entryId: string): string =>
    `${entryBase(episodeId, entryId)}/health-work-report.pdf`,
};

/** Paths of the record pages in the app. */
export const recordPages = {
  list: '/episodes',
  episode: (episodeId: string): string => `/episodes/${encodeURIComponent(episodeId)}`,
  newContact: (episodeId: string): string =>
    `/episodes/${encodeURIComponent(episodeId)}/contacts/new`,
  newAssessment: (episodeId: string, stage: 'initial' | 'review' | 'discharge'): string =>
    `/episodes/${encodeURIComponent(episodeId)}/assessments/new?stage=${stage}`,
  editEntry: (episodeId: string, entryId: string): string =>
    `/episodes/${encodeURIComponent(episodeId)}/entries/${encodeURIComponent(entryId)}/edit`,
  history: (episodeId: string, entryId: string): string =>
    `/episodes/${encodeURIComponent(episodeId)}/entries/${encodeURIComponent(entryId)}/history`,
  plan: (episodeId: string, rest: string): string =>
    `/episodes/${encodeURIComponent(episodeId)}/plan/${rest}`,
};

export function fetchEpisodes(query: URLSearchParams, signal?: AbortSignal): Promise<EpisodeList> {
  return api.get<EpisodeList>(recordPaths.episodes(query), signal);
}

/** GET …/record: the full record for an OT, the summary for a clinician. */
export function fetchRecord(
  episodeId: string,
  signal?: AbortSignal,
): Promise<EpisodeRecordResponse> {
  return api.get<EpisodeRecordResponse>(recordPaths.record(episodeId), signal);
}

export function fetchEntry<K extends EntryKind = EntryKind>(
  episodeId: string,
  entryId: string,
  signal?: AbortSignal,
): Promise<RecordEntryDto<K>> {
  return api.get<RecordEntryDto<K>>(entryBase(episodeId, entryId), signal);
}

export function fetchHistory<K extends EntryKind = EntryKind>(
  episodeId: string,
  entryId: string,
  signal?: AbortSignal,
): Promise<EntryHistory<K>> {
  return api.get<EntryHistory<K>>(recordPaths.history(episodeId, entryId), signal);
}

/** POST …/entries: adds an entry; the server computes its scores. */
export function createEntry<K extends WritableKind>(
  episodeId: string,
  kind: K,
  data: EntryDataByKind[K],
): Promise<RecordEntryDto<K>> {
  return api.post<RecordEntryDto<K>>(
    `${episodeBase(episodeId)}/entries`,
    { kind, data },
    { retryOnCsrf: true },
  );
}

/**
 * PUT …/entries/:entryId: saves a new version made from `baseVersion`. A 409 `conflict` means
 * someone saved since: nothing was saved, and the caller shows both versions.
 */
export function updateEntry<K extends EntryKind>(
  episodeId: string,
  entryId: string,
  baseVersion: number,
  data: EntryDataByKind[K],
): Promise<RecordEntryDto<K>> {
  return api.put<RecordEntryDto<K>>(
    entryBase(episodeId, entryId),
    { baseVersion, data },
    { retryOnCsrf: true },
  );
}

/** POST …/discharge: records the discharge and closes the episode. */
export function dischargeEpisode(
  episodeId: string,
  data: DischargeData,
): Promise<DischargeCreated> {
  return api.post<DischargeCreated>(`${episodeBase(episodeId)}/discharge`, data, {
    retryOnCsrf: true,
  });
}

export function createQuestionnaireLink(
  episodeId: string,
  request: QuestionnaireLinkRequest,
): Promise<QuestionnaireLinkCreated> {
  return api.post<QuestionnaireLinkCreated>(recordPaths.questionnaireLinks(episodeId), request, {
    retryOnCsrf: true,
  });
}

export function fetchQuestionnaireLinks(
  episodeId: string,
  signal?: AbortSignal,
): Promise<{ links: QuestionnaireLink[] }> {
  return api.get<{ links: QuestionnaireLink[] }>(recordPaths.questionnaireLinks(episodeId), signal);
}

/**
 * The episode's record, fetched again on reload(); while it is, the last answer stays shown.
 * `episodeId` undefined (no route parameter) fetches nothing.
 */
export function useRecord(episodeId: string | undefined): Resource<EpisodeRecordResponse> {
  return useResource<EpisodeRecordResponse>(
    episodeId === undefined ? null : recordPaths.record(episodeId),
  );
}
