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
});
