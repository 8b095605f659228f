/**
 * The demo OT's record keeping (issue 11 item 1), through the use cases an OT's own saves go
 * through: entries prepared, checked and scored by the server (prepareEntry) and written in the
 * episode's audited transaction; the goal reviewed by an edit on its current version; the
 * discharge with what was avoided and the PREM link sent; questionnaires sent by link between
 * sessions (sendQuestionnaireLink); and the person answering those and the PREM from the link in
 * the message they were sent (completeQuestionnaire, as the link's holder).
 */
import {
  canAddEntry,
  decideEdit,
  demoPremAnswers,
  dischargeData,
  reviewedGoal,
  type CalendarDate,
  type EntryKind,
  type GoalData,
  type GoalStatus,
  type NeedPathway,
  type QuestionnaireKind,
  type Random,
  type ServiceParameters,
  type Story,
} from '@everyday/core';
import type { AccessContext, PatientAccess } from '../../access/patient-access.js';
import type { Actor } from '../../auth/actor.js';
import { AppError } from '../../http/app-error.js';
import { completeQuestionnaire } from '../../record/complete-questionnaire.js';
import { dischargeEpisode } from '../../record/discharge-episode.js';
import { prepareEntry, toEntryDto } from '../../record/entry-service.js';
import { episodeForRecord, episodeOrganisation } from '../../record/episode.repository.js';
import { latestLinkSentFor } from '../../record/questionnaire.repository.js';
import { findEntry, insertEntry, updateEntry } from '../../record/record.repository.js';
import { sendQuestionnaireLink } from '../../record/send-questionnaire-link.js';
import type { SimulatedClock } from '../simulated-clock.js';

/** What the generator has written so far. */
export interface HistoryCounts {
  requests: number;
  triaged: number;
  appointments: number;
  attended: number;
  missed: number;
  cancelled: number;
  entries: number;
  discharges: number;
  premsAnswered: number;
  /** Outcome questionnaires sent by link between sessions, and answered from it. */
  questionnairesSent: number;
  questionnairesAnswered: number;
}

/** One person's episode as the record writer needs it. */
export interface EpisodeJourney {
  readonly requestId: string;
  readonly random: Random;
  readonly story: Story;
  readonly need: NeedPathway;
  episodeId: string | null;
  goalId: string | null;
  /** The GAS baseline when the goal is measured by GAS, else null (COPM). */
  gasBaseline: -1 | -2 | null;
}

export interface RecordWriterDeps {
  readonly access: PatientAccess;
  readonly context: AccessContext;
  readonly actor: Actor;
  readonly clock: SimulatedClock;
  readonly counts: HistoryCounts;
  readonly params: ServiceParameters;
  readonly publicUrl: string;
}

export class RecordWriter {
  constructor(private readonly d: RecordWriterDeps) {}

  /** Add entries to the episode in one audited transaction; returns their ids in order. */
  async addEntries(
    journey: EpisodeJourney,
    entries: readonly { kind: EntryKind; data: unknown }[],
  ): Promise<string[]> {
    const { access, context, actor, clock, counts } = this.d;
    const episodeId = journey.episodeId;
    if (episodeId === null) return [];
    const ids = await access.withPatientRecord(
      context,
      {
        action: 'create',
        level: 'record',
        resourceType: 'record_entry',
        resourceId: null,
        organisation: episodeOrganisation(episodeId),
      },
      async (trx) => {
        const row = await episodeForRecord(trx, episodeId);
        if (!row) throw new AppError('not_found', 'There is no such episode');
        const made: string[] = [];
        for (const e of entries) {
          if (!canAddEntry(e.kind, row.status))
            throw new AppError('conflict', 'This episode is closed');
          const prepared = prepareEntry(e.kind, e.data, row.date_of_birth, row.pathway);
          const entry = await insertEntry(trx, {
            episodeId,
            kind: e.kind,
            ...prepared,
            author: { userId: actor.userId, label: actor.name },
            at: clock.now(),
          });
          made.push(entry.id);
        }
        return { id: episodeId, made };
      },
    );
    counts.entries += ids.made.length;
    return ids.made;
  }

  /** Review the goal at the last session (COPM or GAS), by an edit of its current version. */
  async reviewGoal(journey: EpisodeJourney, on: CalendarDate): Promise<GoalStatus> {
    const { access, context, actor, clock } = this.d;
    const { episodeId, goalId, story } = journey;
    if (episodeId === null || goalId === null) return 'discontinued';
    const reviewed = await access.withPatientRecord(
      context,
      {
        action: 'update',
        level: 'record',
        resourceType: 'record_entry',
        resourceId: goalId,
        organisation: episodeOrganisation(episodeId),
      },
      async (trx) => {
        const episode = await episodeForRecord(trx, episodeId);
        const current = await findEntry(trx, episodeId, goalId, true);
        if (!episode || !current) throw new AppError('not_found', 'There is no such entry');
        const data = reviewedGoal(
          toEntryDto(current).data as GoalData,
          story,
          journey.gasBaseline,
          journey.random.fork('gas-review'),
          on,
        );
        const prepared = prepareEntry('goal', data, episode.date_of_birth, episode.pathway);
        const decision = decideEdit(current, current.version, prepared.data);
        if (decision.kind !== 'apply') return { id: goalId, status: data.status };
        await updateEntry(trx, {
          entryId: goalId,
          version: current.version + 1,
          ...prepared,
          author: { userId: actor.userId, label: actor.name },
          changed: decision.changed,
          at: clock.now(),
        });
        return { id: goalId, status: data.status };
      },
    );
    return reviewed.status;
  }

  /**
   * Discharge the episode (goals reviewed first unless the person stopped coming). Returns the
   * PREM link's token when one was sent to the person, for them to answer later.
   */
  async discharge(
    journey: EpisodeJourney,
    on: CalendarDate,
    missed: boolean,
  ): Promise<string | null> {
    const { access, context, actor, clock, counts, publicUrl } = this.d;
    const episodeId = journey.episodeId;
    if (episodeId === null) return null;
    const story = journey.story;
    const goalStatus = missed ? 'discontinued' : await this.reviewGoal(journey, on);
    const token = await access.withPatientRecord(
      context,
      {
        action: 'update',
        level: 'record',
        resourceType: 'episode_discharge',
        resourceId: episodeId,
        organisation: episodeOrganisation(episodeId),
      },
      async (trx) => {
        const made = await dischargeEpisode(trx, {
          episodeId,
          data: dischargeData(story, journey.need, on, missed, goalStatus, true),
          by: { userId: actor.userId, name: actor.name },
          at: clock.now(),
          publicUrl,
        });
        // The person's copy of the link: what the message they were sent holds.
        const link = made.premSent
          ? await latestLinkSentFor(trx, journey.requestId, 'prem_link')
          : null;
        return { id: episodeId, token: link?.split('/').pop() ?? null };
      },
    );
    counts.discharges += 1;
    return token.token;
  }

  /**
   * The OT sends the person the pathway's questionnaires by link, by their preferred route.
   * Returns the link's token when it reached them (nobody to send it to: null).
   */
  async sendOutcomeLink(
    journey: EpisodeJourney,
    kinds: readonly QuestionnaireKind[],
  ): Promise<string | null> {
    const { access, context, actor, clock, counts, publicUrl } = this.d;
    if (journey.episodeId === null) return null;
    const link = await sendQuestionnaireLink({ access, clock, publicUrl }, context, {
      episodeId: journey.episodeId,
      kinds,
      language: 'en',
      send: true,
      by: { userId: actor.userId },
    });
    if (!link.sent) return null;
    counts.questionnairesSent += 1;
    return link.path.split('/').pop() ?? null;
  }

  /** The person answers the questionnaires from the link, at home, as anyone would. */
  async answerOutcomeLink(
    token: string,
    answers: Readonly<Partial<Record<QuestionnaireKind, Record<string, unknown>>>>,
  ): Promise<void> {
    const { access, clock, counts } = this.d;
    await completeQuestionnaire({ access, clock }, { token, ip: null, language: 'en', answers });
    counts.questionnairesAnswered += 1;
  }

  /**
   * The person opens the PREM link they were sent and answers it, or not (most do not). Through
   * completeQuestionnaire as the link's holder: scored, screened and saved like anyone's.
   */
  async answerPrem(journey: EpisodeJourney, token: string): Promise<boolean> {
    const { access, clock, counts, params } = this.d;
    const answers = demoPremAnswers(journey.random.fork('prem'), params, journey.story);
    if (answers === null) return false;
    await completeQuestionnaire(
      { access, clock },
      {
        token,
        ip: null,
        language: 'en',
        answers: { prem: answers.why === '' ? { experience: answers.experience } : answers },
      },
    );
    counts.premsAnswered += 1;
    return true;
  }
}
