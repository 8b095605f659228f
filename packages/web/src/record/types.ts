import type { CommunicationNeedsView } from '@everyday/core';
// Shapes of the clinical record API (docs/api/clinical-record-contract.md) as the web app uses
// them. The entry data, scores and summary types are the domain's own, from @everyday/core.
import type {
  AssessmentScores,
  AssessmentSection,
  EntryDataByKind,
  EntryKind,
  EpisodeSummary,
  LocalisedText,
  Pathway,
  QuestionnaireKind,
  Tier,
} from '@everyday/core';

export type EpisodeStatus = 'open' | 'closed';

/** One row of GET /api/episodes. */
export interface EpisodeListItem {
  id: string;
  name: string;
  pathway: Pathway;
  tier: Tier;
  status: EpisodeStatus;
  openedAt: string;
  closedAt: string | null;
  leadOt: string | null;
  practice: string;
}

export interface EpisodeList {
  episodes: EpisodeListItem[];
  total: number;
  page: number;
  pageSize: number;
}

export interface EpisodeDto {
  id: string;
  pathway: Pathway;
  tier: Tier;
  status: EpisodeStatus;
  openedAt: string;
  closedAt: string | null;
  sessionLimit: number;
  sessionsUsed: number;
  leadOt: string | null;
  reasonForReferral: string | null;
  reference: string | null;
}

export interface PersonDto {
  id: string;
  name: string;
  dateOfBirth: string;
  age: number;
  nhsNumber: string | null;
  practice: string;
  /** Large print, interpreter, written language (issue 16 item 6). */
  communicationNeeds?: CommunicationNeedsView;
}

/** Scores the server computed for an entry: which shape depends on the kind. */
export interface ScoresByKind {
  contact: Record<string, never>;
  assessment: AssessmentScores;
  risk: { suggestedLevel?: string; stayIndependent?: { score: number; atRisk: boolean } };
  goal: Record<string, never>;
  intervention: Record<string, never>;
  health_work_report: Record<string, never>;
  questionnaire: Partial<Pick<AssessmentScores, 'phq9' | 'gad7' | 'eq5d5l' | 'workAbility'>> &
    Record<string, unknown>;
  discharge: Record<string, never>;
}

/** An entry of the record, as the API sends it. */
export interface RecordEntryDto<K extends EntryKind = EntryKind> {
  id: string;
  kind: K;
  version: number;
  data: EntryDataByKind[K];
  scores: ScoresByKind[K];
  createdAt: string;
  createdBy: string;
  updatedAt: string;
  updatedBy: string;
}

export interface AssessmentTemplateDto {
  title: LocalisedText;
  sections: AssessmentSection[];
  required: AssessmentSection[];
}

/** The whole record, for an OT. */
export interface FullRecord {
  view: 'full';
  episode: EpisodeDto;
  person: PersonDto;
  entries: RecordEntryDto[];
  summary: EpisodeSummary;
  template: AssessmentTemplateDto;
  me: { name: string; lastHcpcNumber: string | null; organisation: string };
}

/** The read-only summary, for a GP or MDT clinician of the person's practice. */
export interface SummaryRecord {
  view: 'summary';
  episode: EpisodeDto;
  person: PersonDto;
  summary: EpisodeSummary;
}

/** GET /api/episodes/:episodeId/record */
export type EpisodeRecordResponse = FullRecord | SummaryRecord;

/** Entry kinds that may be written with POST …/entries (discharge has its own endpoint). */
export type WritableKind = Exclude<EntryKind, 'discharge'>;

export interface EntryVersion<K extends EntryKind = EntryKind> {
  version: number;
  data: EntryDataByKind[K];
  changedFields: string[];
  changedBy: string;
  changedAt: string;
}

export interface EntryHistory<K extends EntryKind = EntryKind> {
  versions: EntryVersion<K>[];
}

export interface QuestionnaireLinkRequest {
  kinds: QuestionnaireKind[];
  language: 'en' | 'cy';
  send: boolean;
}

export interface QuestionnaireLinkCreated {
  id: string;
  path: string;
  expiresAt: string;
  sent: boolean;
}

export interface QuestionnaireLink {
  id: string;
  kinds: QuestionnaireKind[];
  language: 'en' | 'cy';
  createdAt: string;
  expiresAt: string;
  completedAt: string | null;
  sent: boolean;
}

export interface DischargeCreated {
  entry: RecordEntryDto<'discharge'>;
  premSent: boolean;
}

/** The entries of one kind, with their data typed. */
export function entriesOfKind<K extends EntryKind>(
  entries: readonly RecordEntryDto[],
  kind: K,
): RecordEntryDto<K>[] {
  return entries.filter((entry): entry is RecordEntryDto<K> => entry.kind === kind);
}
