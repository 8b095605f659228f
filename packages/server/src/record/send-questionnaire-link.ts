/**
 * An OT makes a questionnaire link for the person in an episode (issue 5 item 7), and sends it by
 * the person's preferred route in the same transaction when asked: the route's use case, and the
 * demo writer's when its OT sends questionnaires between sessions.
 */
import type { Clock, QuestionnaireKind } from '@everyday/core';
import type { AccessContext, PatientAccess } from '../access/patient-access.js';
import { AppError } from '../http/app-error.js';
import { episodeForRecord, practiceOfEpisode } from './episode.repository.js';
import { messageRouteFor } from './message-route.js';
import { createQuestionnaireLink } from './questionnaire-link.js';

export interface SendQuestionnaireLink {
  readonly episodeId: string;
  readonly kinds: readonly QuestionnaireKind[];
  readonly language: 'en' | 'cy';
  /** Send it to the person now, or only make it (to hand over). */
  readonly send: boolean;
  readonly by: { readonly userId: string };
}

export function sendQuestionnaireLink(
  deps: { readonly access: PatientAccess; readonly clock: Clock; readonly publicUrl: string },
  context: AccessContext,
  l: SendQuestionnaireLink,
) {
  return deps.access.withPatientRecord(
    context,
    {
      action: 'create',
      level: 'record',
      resourceType: 'questionnaire_link',
      resourceId: null,
      organisation: { lookup: (trx) => practiceOfEpisode(trx, l.episodeId) },
    },
    async (trx) => {
      const row = await episodeForRecord(trx, l.episodeId);
      if (!row) throw new AppError('not_found', 'There is no such episode');
      return createQuestionnaireLink(trx, {
        episodeId: l.episodeId,
        kinds: [...new Set(l.kinds)],
        language: l.language,
        purpose: 'outcomes',
        route: l.send ? messageRouteFor(row) : undefined,
        createdBy: l.by.userId,
        publicUrl: deps.publicUrl,
        now: deps.clock.now(),
      });
    },
  );
}
