import i18next from 'i18next';
import { describe, expect, it } from 'vitest';
import { eventDetails } from './event-details.js';

const i18n = i18next.createInstance();
await i18n.init({ lng: 'en', initAsync: false, showSupportNotice: false, resources: {} });
const t = i18n.t.bind(i18n);
const at = '2026-11-21T10:00:00.000Z';

describe('the details of a history event', () => {
  it('shows what an acceptance decided', () => {
    const rows = eventDetails(t, {
      at,
      action: 'accept',
      by: 'Rhian',
      details: { pathway: 'memory', tier: 'targeted', note: 'Group in March' },
    });
    expect(rows).toEqual([
      { label: 'requestDetail.history.details.pathway', value: 'triage.pathway.memory' },
      { label: 'requestDetail.history.details.tier', value: 'triage.tier.targeted' },
      { label: 'requestDetail.history.details.note', value: 'Group in March' },
    ]);
  });

  it('leaves out what it does not know and never shows objects', () => {
    const rows = eventDetails(t, {
      at,
      action: 'redirect',
      by: null,
      details: { to: 'other_team', team: { evil: true }, reason: 'Wrong service', extra: 1 },
    });
    expect(rows).toEqual([
      { label: 'requestDetail.history.details.reason', value: 'Wrong service' },
    ]);
    expect(eventDetails(t, { at, action: 'received', by: null, details: { x: 1 } })).toEqual([]);
  });

  it('says whether a question was sent to the person', () => {
    expect(
      eventDetails(t, {
        at,
        action: 'request_info',
        by: 'Rhian',
        details: { question: 'Which arm?', sendToPerson: true },
      }).map((row) => row.value),
    ).toEqual(['Which arm?', 'requestDetail.history.yes']);
  });

  it('shows the safety net’s events: a flag cleared, a concern raised, an acknowledgement', () => {
    expect(
      eventDetails(t, {
        at,
        action: 'clear_flag',
        by: 'Rhian',
        details: { flag: 'screen', reason: 'Talking about a film' },
      }),
    ).toEqual([
      { label: 'safetyNet.history.flag', value: 'safetyNet.flags.screen' },
      { label: 'requestDetail.history.details.reason', value: 'Talking about a film' },
    ]);
    expect(
      eventDetails(t, {
        at,
        action: 'acknowledge',
        by: 'Rhian',
        details: { outcome: 'could_not_reach', note: 'No answer', nextSteps: 'Ring at 4' },
      }),
    ).toEqual([
      { label: 'crisis.acknowledge.outcome', value: 'crisis.outcomes.could_not_reach' },
      { label: 'crisis.acknowledge.note', value: 'No answer' },
      { label: 'crisis.acknowledge.nextSteps', value: 'Ring at 4' },
    ]);
    expect(
      eventDetails(t, { at, action: 'acknowledge', by: null, details: { outcome: 'made_up' } }),
    ).toEqual([]);
    expect(
      eventDetails(t, {
        at,
        action: 'mark_safeguarding',
        by: 'Rhian',
        details: { reason: 'Bruises seen', leadName: 'Sam Lead' },
      }),
    ).toEqual([
      { label: 'requestDetail.history.details.reason', value: 'Bruises seen' },
      { label: 'safetyNet.history.routedTo', value: 'Sam Lead' },
    ]);
  });
});
