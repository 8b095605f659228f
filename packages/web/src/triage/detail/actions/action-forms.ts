// The OT's actions on a request: what each form holds, its checks (with the server's paths and
// codes), and the body it sends to POST /api/requests/:id/actions.
import type { Pathway, Tier, Urgency } from '@everyday/core';
import type { TFunction } from 'i18next';
import type { FieldError } from '../../../api-types.js';
import type { FormErrors } from '../../../form-errors.js';
import type { RequestAction } from '../../request-types.js';

const MAX_TEXT = 2000;

function problem(path: string, code: string): FieldError {
  return { path, code, message: code };
}

function required(path: string, value: string): FieldError[] {
  const trimmed = value.trim();
  if (trimmed === '') return [problem(path, 'required')];
  return trimmed.length > MAX_TEXT ? [problem(path, 'too_long')] : [];
}

function optional(path: string, value: string): FieldError[] {
  return value.trim().length > MAX_TEXT ? [problem(path, 'too_long')] : [];
}

export interface AcceptValues {
  pathway: Pathway | '';
  tier: Tier | '';
  urgency: Urgency;
  note: string;
}

/** Accept onto a pathway and tier (the waiting list); the urgency is sent only when changed. */
export function acceptAction(
  values: AcceptValues,
  currentUrgency: Urgency,
): RequestAction | FieldError[] {
  const problems = [
    ...(values.pathway === '' ? [problem('pathway', 'required')] : []),
    ...(values.tier === '' ? [problem('tier', 'required')] : []),
    ...optional('note', values.note),
  ];
  if (problems.length > 0 || values.pathway === '' || values.tier === '') return problems;
  const note = values.note.trim();
  return {
    action: 'accept',
    pathway: values.pathway,
    tier: values.tier,
    ...(values.urgency !== currentUrgency ? { urgency: values.urgency } : {}),
    ...(note !== '' ? { note } : {}),
  };
}

export function signpostAction(
  offered: string,
  sendToPerson: boolean,
): RequestAction | FieldError[] {
  const problems = required('offered', offered);
  return problems.length > 0
    ? problems
    : { action: 'signpost', offered: offered.trim(), sendToPerson };
}

export interface RedirectValues {
  to: 'gp' | 'other_team' | '';
  team: string;
  reason: string;
}

export function redirectAction(values: RedirectValues): RequestAction | FieldError[] {
  const problems = [
    ...(values.to === '' ? [problem('to', 'required')] : []),
    ...(values.to === 'other_team' ? required('team', values.team) : []),
    ...required('reason', values.reason),
  ];
  if (problems.length > 0 || values.to === '') return problems;
  return {
    action: 'redirect',
    to: values.to,
    ...(values.to === 'other_team' ? { team: values.team.trim() } : {}),
    reason: values.reason.trim(),
  };
}

export function declineAction(reason: string): RequestAction | FieldError[] {
  const problems = required('reason', reason);
  return problems.length > 0 ? problems : { action: 'decline', reason: reason.trim() };
}

export function requestInfoAction(
  question: string,
  sendToPerson: boolean,
): RequestAction | FieldError[] {
  const problems = required('question', question);
  return problems.length > 0
    ? problems
    : { action: 'request_info', question: question.trim(), sendToPerson };
}

/**
 * Field errors of one action's form → the page's error summary and messages beside fields,
 * keyed by element id (`<form>-<field>`, such as `redirect-team` or `request-info-question`). Messages:
 * `requestDetail.actions.errors.<field>.<code>`, then `staffForm.errors.<code>`, then the
 * common `fieldErrors.<code>`, then the server's own message.
 */
export function actionErrors(
  t: TFunction,
  form: RequestAction['action'],
  errors: readonly FieldError[],
): FormErrors {
  const result: FormErrors = { summary: [], fields: {} };
  for (const error of errors) {
    const field = /^[A-Za-z]+/.exec(error.path)?.[0] ?? '';
    const text = t(
      [
        `requestDetail.actions.errors.${field}.${error.code}`,
        `staffForm.errors.${error.code}`,
        `fieldErrors.${error.code}`,
      ],
      { defaultValue: error.message },
    );
    const id = `${form.replace('_', '-')}-${field === 'sendToPerson' ? 'send' : field}`;
    if (field === '' || field === 'action') {
      result.summary.push({ text });
      continue;
    }
    if (result.fields[id] !== undefined) continue;
    result.fields[id] = text;
    result.summary.push({ text, href: `#${id}` });
  }
  return result;
}
