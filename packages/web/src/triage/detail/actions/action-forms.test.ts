import { describe, expect, it } from 'vitest';
import {
  acceptAction,
  actionErrors,
  declineAction,
  redirectAction,
  requestInfoAction,
  signpostAction,
} from './action-forms.js';
import { translator } from '../../../testing/translator.js';

describe('OT actions', () => {
  it('accepts onto a pathway and tier, sending the urgency only when it changed', () => {
    expect(
      acceptAction(
        { pathway: 'memory', tier: 'targeted', urgency: 'routine', note: ' ' },
        'routine',
      ),
    ).toEqual({ action: 'accept', pathway: 'memory', tier: 'targeted' });
    expect(
      acceptAction(
        { pathway: 'memory', tier: 'targeted', urgency: 'urgent', note: 'ok' },
        'routine',
      ),
    ).toEqual({
      action: 'accept',
      pathway: 'memory',
      tier: 'targeted',
      urgency: 'urgent',
      note: 'ok',
    });
    expect(
      acceptAction({ pathway: '', tier: '', urgency: 'routine', note: '' }, 'routine'),
    ).toEqual([
      { path: 'pathway', code: 'required', message: 'required' },
      { path: 'tier', code: 'required', message: 'required' },
    ]);
  });

  it('needs what was offered, a reason, a team for another team, and a question', () => {
    expect(signpostAction(' Men’s shed ', true)).toEqual({
      action: 'signpost',
      offered: 'Men’s shed',
      sendToPerson: true,
    });
    expect(signpostAction('', false)).toEqual([
      { path: 'offered', code: 'required', message: 'required' },
    ]);
    expect(redirectAction({ to: 'gp', team: 'ignored', reason: 'Needs a GP review' })).toEqual({
      action: 'redirect',
      to: 'gp',
      reason: 'Needs a GP review',
    });
    expect(redirectAction({ to: 'other_team', team: '', reason: '' })).toEqual([
      { path: 'team', code: 'required', message: 'required' },
      { path: 'reason', code: 'required', message: 'required' },
    ]);
    expect(declineAction('x'.repeat(2001))).toEqual([
      { path: 'reason', code: 'too_long', message: 'too_long' },
    ]);
    expect(requestInfoAction('Which arm?', false)).toEqual({
      action: 'request_info',
      question: 'Which arm?',
      sendToPerson: false,
    });
  });

  it('links each problem to its field in its own form', async () => {
    const t = await translator({
      requestDetail: { actions: { errors: { team: { required: 'Enter the team' } } } },
    });
    const errors = actionErrors(t, 'request_info', [
      { path: 'question', code: 'required', message: 'Ask something' },
    ]);
    expect(errors.summary).toEqual([{ text: 'Ask something', href: '#request-info-question' }]);
    expect(
      actionErrors(t, 'redirect', [{ path: 'team', code: 'required', message: '' }]).fields,
    ).toEqual({ 'redirect-team': 'Enter the team' });
  });
});
