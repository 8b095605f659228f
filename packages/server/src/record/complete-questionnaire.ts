/**
 * A person answers the questionnaires a link holds (issue 5 item 7): as the link's holder, with
 * no account, the answers are checked all at once, scored, screened, saved to the episode and the
 * link completed, in one audited transaction; a crisis or safeguarding concern in them becomes a
 * request in that same transaction. The public route and the demo generator (a synthetic person
 * answering the PREM sent at discharge) both call it.
 */
import { ageOn, type Clock, type QuestionnaireKind } from '@everyday/core';
import type { AuditedTransaction, PatientAccess } from '../access/patient-access.js';
import { AppError } from '../http/app-error.js';
import { scoreAnswers } from './entry-service.js';
import { raiseQuestionnaireCrisis } from './questionnaire-crisis.js';
import { hashQuestionnaireToken } from './questionnaire-link.js';
import {
  completeQuestionnaireLink,
  questionnaireLinkByHash,
  questionnaireLinkForUpdate,
} from './questionnaire.repository.js';
import { questionnaireSafety, screenQuestionnaire } from './questionnaire-screening.js';
import { insertEntry } from './record.repository.js';

export type QuestionnaireLinkRow = NonNullable<
  Awaited<ReturnType<typeof questionnaireLinkForUpdate>>
>;

export interface QuestionnaireLinkDeps {
  readonly access: PatientAccess;
  readonly clock: Clock;
}

/** Check a token and run `work` on its link, as the person holding it. */
export async function withQuestionnaireLink<T>(
  { access, clock }: QuestionnaireLinkDeps,
  token: string,
  ip: string | null,
  action: 'read' | 'create',
  work: (trx: AuditedTransaction, link: QuestionnaireLinkRow) => Promise<T>,
): Promise<T> {
  const hash = hashQuestionnaireToken(token);
  return access.withPatientRecord(
    { principal: { kind: 'link', linkId: `questionnaire:${hash.slice(0, 12)}` }, ip },
    {
      action,
      level: 'record',
      resourceType: 'questionnaire_link',
      resourceId: null,
      organisation: {
        lookup: async (trx) => (await questionnaireLinkByHash(trx, hash))?.practice_id,
      },
    },
    async (trx) => {
      const link = await questionnaireLinkForUpdate(trx, hash);
      if (!link) throw new AppError('not_found', 'This link does not work');
      if (link.completed_at !== null)
        throw new AppError('gone', 'These questionnaires have already been completed');
      if (new Date(link.expires_at).getTime() < clock.now().getTime())
        throw new AppError('gone', 'This link has expired');
      return work(trx, link);
    },
  );
}

export interface QuestionnaireAnswers {
  readonly token: string;
  readonly ip: string | null;
  readonly language: 'en' | 'cy';
  readonly answers: Readonly<Record<string, unknown>>;
}

/** Save the person's answers; returns the advice and safeguarding flag to show them. */
export async function completeQuestionnaire(
  deps: QuestionnaireLinkDeps,
  input: QuestionnaireAnswers,
) {
  const { clock } = deps;
  const { language, answers } = input;
  return withQuestionnaireLink(deps, input.token, input.ip, 'create', async (trx, link) => {
    const today = clock.today();
    const age = link.date_of_birth === null ? null : ageOn(link.date_of_birth, today);
    // Check every questionnaire first, so the person hears of every problem at once.
    const scored: { kind: QuestionnaireKind; answers: unknown; scores: unknown }[] = [];
    const problems: AppError[] = [];
    for (const kind of link.kinds as QuestionnaireKind[]) {
      try {
        scored.push({
          kind,
          ...scoreAnswers(kind, answers[kind] ?? {}, age, `answers.${kind}`, language),
        });
      } catch (error) {
        if (!(error instanceof AppError)) throw error;
        problems.push(error);
      }
    }
    if (problems.length > 0)
      throw new AppError('validation', 'Answer every question', {
        fields: problems.flatMap((p) => p.extra.fields ?? []),
      });
    // The free text is screened; a match flags the entry for the OT, as item 9 does.
    const screened = scored.map(screenQuestionnaire);
    for (const s of screened)
      await insertEntry(trx, {
        episodeId: link.episode_id,
        kind: 'questionnaire',
        data: { kind: s.kind, answers: s.answers, language, completedOn: today, source: 'link' },
        scores: s.scores,
        author: { userId: null, label: 'The person (questionnaire link)' },
        at: clock.now(),
      });
    await completeQuestionnaireLink(trx, link.id, clock.now());
    const safety = questionnaireSafety(screened);
    // A crisis or safeguarding concern becomes a request, in this same transaction, so it
    // reaches the crisis banner, acknowledgement, escalation and the crisis log.
    await raiseQuestionnaireCrisis(trx, {
      link,
      safety,
      answers: Object.fromEntries(screened.map((s) => [s.kind, s.answers])),
      language,
      at: clock.now(),
    });
    return { id: link.id, ...safety };
  });
}
