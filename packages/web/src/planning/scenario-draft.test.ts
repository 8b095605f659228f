import type { ScenarioResponse } from '@everyday/core';
import { ZScenarioBody } from '@everyday/core';
import { createInstance } from 'i18next';
import { describe, expect, it } from 'vitest';
import common from '../locales/en.json' with { type: 'json' };
import cy from '../locales/planning.cy.json' with { type: 'json' };
import en from '../locales/planning.en.json' with { type: 'json' };
import {
  CHANGE_FIELDS,
  CHANGE_KINDS,
  draftOf,
  emptyDraft,
  errorTarget,
  fieldId,
  newChange,
  scenarioBody,
  scenarioErrors,
  typedSignedNumber,
  type ScenarioDraft,
} from './scenario-draft.js';

const i18n = createInstance();
await i18n.init({
  lng: 'en',
  resources: { en: { translation: { ...common, ...en } }, cy: { translation: cy } },
  interpolation: { escapeValue: false },
  showSupportNotice: false,
});
const t = i18n.getFixedT('en');

const withChange = (kind: (typeof CHANGE_KINDS)[number], values: Record<string, string> = {}) => {
  const change = newChange(kind, 'k');
  return {
    ...emptyDraft(6),
    name: 'Two more sessions',
    changes: [{ ...change, values: { ...change.values, ...values } }],
  } satisfies ScenarioDraft;
};

describe('a scenario as typed and as the API takes it', () => {
  it('reads numbers as typed, with a sign or a typographic minus, and nothing else', () => {
    expect(['2', '-1.5', '−3', '+4', '.5', ' 7 '].map(typedSignedNumber)).toEqual([
      2, -1.5, -3, 4, 0.5, 7,
    ]);
    expect(['', 'two', '1,5', '1e3', '--1'].map(typedSignedNumber)).toEqual([
      null,
      null,
      null,
      null,
      null,
    ]);
  });

  it('turns “two more sessions a week” into the contract’s body', () => {
    const checked = scenarioBody(withChange('sessions', { sessionsPerWeek: '2' }));
    expect(checked).toEqual({
      body: {
        name: 'Two more sessions',
        changes: [
          { kind: 'sessions', sessionsPerWeek: 2, fromWeek: 0, practiceId: null, pathway: null },
        ],
        target: null,
      },
    });
    if ('body' in checked) expect(ZScenarioBody.safeParse(checked.body).success).toBe(true);
  });

  it('starts each kind with defaults the contract accepts once its required boxes are filled', () => {
    const filled: Record<string, string> = {
      sessionsPerWeek: '1',
      percent: '10',
      groupShare: '30',
      selfHelpShare: '20',
      relativeReduction: '30',
    };
    for (const kind of CHANGE_KINDS) {
      const values = Object.fromEntries(
        CHANGE_FIELDS[kind]
          .filter((f) => f.name in filled)
          .map((f) => [f.name, filled[f.name] ?? '']),
      );
      const checked = scenarioBody({ ...withChange(kind, values), hasTarget: true });
      expect('body' in checked, kind).toBe(true);
      if ('body' in checked) expect(ZScenarioBody.safeParse(checked.body).success, kind).toBe(true);
    }
  });

  it('sends percentages as shares: a new OT’s 11.4% vacancy risk by default, a 90% target', () => {
    const checked = scenarioBody({ ...withChange('new_ot'), hasTarget: true });
    expect(checked).toEqual({
      body: {
        name: 'Two more sessions',
        changes: [
          { kind: 'new_ot', wte: 1, leadTimeWeeks: 12, vacancyRisk: 0.114, practiceId: null },
        ],
        target: { withinWeeks: 6, share: 0.9 },
      },
    });
  });

  it('finds every problem at once, each at its box, with the form’s own words', () => {
    const draft: ScenarioDraft = {
      ...emptyDraft(6),
      name: ' ',
      changes: [
        {
          ...newChange('sessions', 'a'),
          values: { ...newChange('sessions', 'a').values, sessionsPerWeek: '0' },
        },
        {
          ...newChange('tiered', 'b'),
          values: {
            ...newChange('tiered', 'b').values,
            groupShare: '60',
            selfHelpShare: '50',
            groupPlaces: '2.5',
          },
        },
      ],
      hasTarget: true,
      share: '',
    };
    const checked = scenarioBody(draft);
    expect('problems' in checked && checked.problems.map((p) => `${p.path} ${p.code}`)).toEqual([
      'name required',
      'changes.0.sessionsPerWeek invalid',
      'changes.1.groupPlaces invalid',
      'changes.1.selfHelpShare shares_over_all',
      'target.share required',
    ]);
    if (!('problems' in checked)) return;
    const errors = scenarioErrors(t, checked.problems, draft);
    expect(errors.summary).toEqual([
      { text: 'Enter a name for the scenario', href: '#scenario-name' },
      {
        text: 'Sessions a week must be a number from -100 to 100, not 0',
        href: '#scenario-changes-0-sessionsPerWeek',
      },
      {
        text: 'The places in a group must be a whole number from 1 to 50',
        href: '#scenario-changes-1-groupPlaces',
      },
      {
        text: 'The shares to groups and to self-help together cannot be more than 100',
        href: '#scenario-changes-1-selfHelpShare',
      },
      { text: 'Enter the share of people to be seen in time', href: '#scenario-target-share' },
    ]);
    expect(errors.fields['scenario-changes-1-groupPlaces']).toBe(
      'The places in a group must be a whole number from 1 to 50',
    );
  });

  it('puts the API’s field errors at their boxes, and one about a whole change at the change', () => {
    const draft = withChange('sessions', { sessionsPerWeek: '2' });
    const errors = scenarioErrors(
      t,
      [
        { path: 'changes.0.sessionsPerWeek', code: 'too_long', message: 'Too big' },
        { path: 'changes.0.kind', code: 'invalid_value', message: 'Invalid' },
        { path: 'name', code: 'too_long', message: 'The answer is too long' },
        { path: 'somethingElse', code: 'weird', message: 'Said by the server' },
      ],
      draft,
    );
    expect(errors.summary.map((s) => [s.href, s.text])).toEqual([
      [
        '#scenario-changes-0-sessionsPerWeek',
        'Sessions a week must be a number from -100 to 100, not 0',
      ],
      ['#scenario-changes-0', 'Choose a kind of change'],
      ['#scenario-name', 'The name must be 120 characters or fewer'],
    ]);
    expect(errorTarget('target.share', new Set())).toBe(fieldId('hasTarget'));
    expect(errorTarget('changes', new Set())).toBe('scenario-changes');
  });

  it('shows a saved scenario back as it was typed, shares as percentages', () => {
    const saved: ScenarioResponse = {
      id: '00000000-0000-4000-8000-000000000001',
      name: 'Groups',
      changes: [
        {
          kind: 'tiered',
          groupShare: 0.3,
          selfHelpShare: 0.114,
          groupPlaces: 8,
          groupEveryWeeks: 6,
          pathway: 'mental_health',
        },
        { kind: 'sessions', sessionsPerWeek: -1, fromWeek: 4, practiceId: null, pathway: null },
      ],
      target: { withinWeeks: 18, share: 0.92 },
      createdBy: 'lead',
      createdAt: '2026-12-01T10:00:00Z',
      updatedAt: '2026-12-01T10:00:00Z',
      latestProjectionId: null,
    };
    const draft = draftOf(saved, (i) => `k${String(i)}`);
    expect(draft.changes[0]?.values).toEqual({
      groupShare: '30',
      selfHelpShare: '11.4',
      groupPlaces: '8',
      groupEveryWeeks: '6',
      pathway: 'mental_health',
    });
    expect(draft.changes[1]?.values).toEqual({
      sessionsPerWeek: '-1',
      fromWeek: '4',
      practiceId: '',
      pathway: '',
    });
    expect([draft.hasTarget, draft.withinWeeks, draft.share]).toEqual([true, '18', '92']);
    const back = scenarioBody(draft);
    expect('body' in back && back.body.changes).toEqual(saved.changes);
    expect('body' in back && back.body.target).toEqual(saved.target);
  });
});
