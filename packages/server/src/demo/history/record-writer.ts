/**
 * The demo OT's record keeping (issue 11 item 1), through the use cases an OT's own saves go
 * through: entries prepared, checked and scored by the server (prepareEntry) and written in the
 * episode's audited transaction; the goal reviewed by an edit on its current version; the
 * discharge with what was avoided and the PREM link sent; and the person answering that PREM
 * from the link in the message they were sent (completeQuestionnaire, as the link's holder).
 */
import {
  canAddEntry,
  decideEdit,
  demoGasScore,
  demoPremAnswers,
  type CalendarDate,
  type EntryKind,
  type GasScore,
  type GoalData,
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
}

/** One person's episode as the record writer needs it. */
export interface EpisodeJourney {
  readonly requestId: string;
  readonly random: Random;
  readonly story: Story;
  readonly needsWork: boolean;
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
  async reviewGoal(journey: EpisodeJourney, on: CalendarDate): Promise<GoalData['status']> {
    const { access, context, actor, clock } = this.d;
    const { episodeId, goalId, story } = journey;
    const gasScore: GasScore | null =
      journey.gasBaseline === null
        ? null
        : demoGasScore(journey.random.fork('gas-review'), story, journey.gasBaseline);
    const status: GoalData['status'] =
      gasScore !== null && journey.gasBaseline !== null
        ? gasScore >= 0
          ? 'achieved'
          : gasScore > journey.gasBaseline
            ? 'partly_achieved'
            : 'not_achieved'
        : story.worse
          ? 'not_achieved'
          : story.last.copmPerformance - story.first.copmPerformance >= 2
            ? 'achieved'
            : 'partly_achieved';
    if (episodeId === null || goalId === null) return status;
    await access.withPatientRecord(
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
        const goal = toEntryDto(current).data as GoalData;
        const data: GoalData = {
          ...goal,
          reviews: [
            {
              on,
              gasScore,
              performance: gasScore === null ? story.last.copmPerformance : null,
              satisfaction: gasScore === null ? story.last.copmSatisfaction : null,
              note: 'Reviewed with the person at the last session.',
            },
          ],
          status,
        };
        const prepared = prepareEntry('goal', data, episode.date_of_birth, episode.pathway);
        const decision = decideEdit(current, current.version, prepared.data);
        if (decision.kind !== 'apply') return { id: goalId };
        await updateEntry(trx, {
          entryId: goalId,
          version: current.version + 1,
          ...prepared,
          author: { userId: actor.userId, label: actor.name },
          changed: decision.changed,
          at: clock.now(),
        });
        return { id: goalId };
      },
    );
    return status;
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
          data: {
            dischargedOn: on,
            reason: missed
              ? 'did_not_attend'
              : goalStatus === 'achieved'
                ? 'goals_met'
                : 'self_managing',
            reasonDetail: '',
            avoided: {
              gpAppointments: !missed && story.gpAppointmentsAvoided > 0,
              gpAppointmentsCount:
                !missed && story.gpAppointmentsAvoided > 0 ? story.gpAppointmentsAvoided : null,
              secondaryCareReferral: !missed && story.secondaryCareReferralAvoided,
              medication: false,
            },
            workOutcome:
              journey.needsWork && !missed ? { status: story.last.workStatus, detail: '' } : null,
            adviceForGp: missed
              ? 'Did not attend and did not rebook; happy to see again on a new request.'
              : 'Continue the self-management plan agreed; no GP action needed.',
            measuresNotRepeatedReason: missed ? 'The person did not attend to repeat them.' : '',
            sendPrem: !missed,
          },
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
