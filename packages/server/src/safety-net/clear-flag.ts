/**
 * An OT clears a flag on a request, with a reason (issue 9, item 2). Clearing `screen` removes
 * the red flags that only the free-text screen found and triages the request again; a red flag
 * the person or a member of staff ticked is never cleared. Clearing `safeguarding` unmarks the
 * request and takes it off its lead. Either way a `clear_flag` event keeps the reason; the
 * access module audits the update. The screen's matches stay stored, as what was found.
 */
import { londonDateOf, triage, type ScreenMatch } from '@everyday/core';
import type { AuditedTransaction } from '../access/patient-access.js';
import { AppError } from '../http/app-error.js';
import { activeRuleSet } from '../triage/rule-sets.js';
import type { TRequestAnswers, TUrgentAnswers } from '../front-door/answers.schema.js';
import { answersForTriage } from '../front-door/intake.js';
import { addRequestEvent } from '../front-door/request.repository.js';
import { lockRequest, setRedFlagsAndTriage, setSafeguarding } from './safety-flags.repository.js';
import { unionOfRedFlags } from '../front-door/screening.js';

export type ClearableFlagName = 'screen' | 'safeguarding';

export interface ClearFlagInput {
  readonly requestId: string;
  readonly flag: ClearableFlagName;
  readonly reason: string;
  readonly userId: string;
  readonly now: Date;
}

/** Statuses in which the OT has not yet acted: triage may still set the working urgency. */
const OPEN = new Set(['received', 'awaiting_info']);

function tickedOf(answers: unknown): string[] {
  const flags = (answers as { redFlags?: unknown } | null)?.redFlags;
  return Array.isArray(flags) ? flags.filter((f): f is string => typeof f === 'string') : [];
}

function screenRedFlagsOf(matches: unknown): string[] {
  if (!Array.isArray(matches)) return [];
  return (matches as ScreenMatch[]).flatMap((m) =>
    m.kind === 'clinical' && m.redFlag ? [m.redFlag] : [],
  );
}

export async function clearFlag(trx: AuditedTransaction, input: ClearFlagInput): Promise<void> {
  const row = await lockRequest(trx, input.requestId);
  if (!row) throw new AppError('not_found', 'No such request');

  if (input.flag === 'safeguarding') {
    if (!row.safeguarding)
      throw new AppError('bad_request', 'This request is not marked as a safeguarding concern.');
    await setSafeguarding(trx, row.id, { safeguarding: false, leadId: null, at: input.now });
    await addRequestEvent(trx, row.id, 'clear_flag', input.userId, {
      flag: 'safeguarding',
      reason: input.reason,
    });
    return;
  }

  const ticked = new Set(tickedOf(row.answers));
  const screenOnly = new Set(screenRedFlagsOf(row.screen_matches).filter((f) => !ticked.has(f)));
  const removed = row.red_flags.filter((f) => screenOnly.has(f));
  if (removed.length === 0)
    throw new AppError(
      'bad_request',
      'The screen found no red flag on this request that was not also ticked. Ticked red flags cannot be cleared.',
    );
  const redFlags = unionOfRedFlags(row.red_flags.filter((f) => !screenOnly.has(f)));
  const rules = await activeRuleSet(trx, row.practice_id);
  const answers = row.answers as TRequestAnswers | TUrgentAnswers;
  const decision = triage(
    {
      answers: { ...answersForTriage(answers), redFlags },
      route: row.route,
      today: londonDateOf(input.now.getTime()),
    },
    rules,
  );
  await setRedFlagsAndTriage(trx, row.id, {
    redFlags,
    suggestion: {
      pathway: decision.pathway,
      urgency: decision.urgency,
      tier: decision.tier,
      reasons: decision.reasons,
      ruleVersion: decision.ruleVersion,
    },
    ...(OPEN.has(row.status) ? { urgency: decision.urgency } : {}),
    at: input.now,
  });
  await addRequestEvent(trx, row.id, 'clear_flag', input.userId, {
    flag: 'screen',
    reason: input.reason,
    redFlagsRemoved: removed,
    urgency: OPEN.has(row.status) ? decision.urgency : row.urgency,
  });
}
