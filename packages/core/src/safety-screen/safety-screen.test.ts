import { describe, expect, it } from 'vitest';
import { withinOneEdit } from './fuzzy.js';
import {
  RED_FLAG_OF_CATEGORY,
  SAFETY_SCREEN_VERSION,
  SCREEN_RULES,
  freeTextOfAnswers,
  screenFields,
  screenText,
} from './safety-screen.js';
import { tokenise } from './tokenise.js';
import { welshForms } from './welsh-mutations.js';

const rulesFound = (text: string): string[] => screenText(text, 'difficulties').map((m) => m.rule);
const categoriesFound = (text: string): string[] =>
  screenText(text, 'difficulties').map((m) => m.category);

describe('every rule, on its own examples (cited in the rule: Samaritans, NICE NG225, BHF, FAST, NICE falls, NHS delirium, Home Office, Care Act, Children Act)', () => {
  for (const rule of SCREEN_RULES) {
    describe(`${rule.id} (${rule.source})`, () => {
      it.each(rule.examples)('finds "%s"', (example) => {
        expect(rulesFound(example)).toContain(rule.id);
      });
      if (rule.nonExamples?.length) {
        it.each(rule.nonExamples)('does not flag "%s" as its category', (text) => {
          expect(categoriesFound(text)).not.toContain(rule.category);
        });
      }
    });
  }

  it('gives every rule an id, a reason in English and Welsh, a source and at least one example', () => {
    expect(new Set(SCREEN_RULES.map((r) => r.id)).size).toBe(SCREEN_RULES.length);
    for (const r of SCREEN_RULES) {
      expect(r.id).toMatch(/^screen\.[a-z_]+\.[a-z_]+(\.cy)?$/u);
      expect(r.reason.en.length).toBeGreaterThan(3);
      expect(r.reason.cy.length).toBeGreaterThan(3);
      expect(r.source.length).toBeGreaterThan(3);
      expect(r.examples.length).toBeGreaterThan(0);
    }
  });
});

describe('a match', () => {
  it('reports the words as written, their offsets, the language, the red flag and the reason', () => {
    const text = 'Some days I think about how to END my life…';
    const [m] = screenText(text, 'goals');
    expect(m).toEqual({
      rule: 'screen.suicide.intent',
      category: 'suicide_self_harm',
      kind: 'clinical',
      field: 'goals',
      words: 'END my life',
      start: 31,
      end: 42,
      language: 'en',
      redFlag: 'self_harm_thoughts',
      reason: {
        en: 'Wants to die or end their life',
        cy: 'Eisiau marw neu roi diwedd ar eu bywyd',
      },
    });
    expect(text.slice(31, 42)).toBe('END my life');
  });

  it('keeps the original accents, curly apostrophes and case in words while matching without them', () => {
    const text = 'Mae FY NGŴR yn fy nharo.';
    const [m] = screenText(text, 'difficulties');
    expect(m?.words).toBe('NGŴR yn fy nharo');
    expect(m?.kind).toBe('safeguarding');
    expect(m?.redFlag).toBeUndefined();
    expect(m?.language).toBe('cy');
  });

  it('maps each clinical category to its red flag', () => {
    expect(RED_FLAG_OF_CATEGORY).toEqual({
      suicide_self_harm: 'self_harm_thoughts',
      chest_pain: 'chest_pain',
      stroke: 'stroke_signs',
      head_injury_fall: 'fall_injury',
      sudden_confusion: 'sudden_confusion',
      safeguarding: undefined,
    });
    expect(screenText('crushing pain in my chest', 'f')[0]?.redFlag).toBe('chest_pain');
    expect(screenText("Dad's face has dropped", 'f')[0]?.redFlag).toBe('stroke_signs');
    expect(screenText('I hit my head when I fell', 'f')[0]?.redFlag).toBe('fall_injury');
    expect(screenText('suddenly confused', 'f')[0]?.redFlag).toBe('sudden_confusion');
  });
});

describe('misspellings (one edit on words of five letters or more)', () => {
  it.each(['I feel suicidel', 'I feel sucidal', 'I took an overdoes', 'crushing pain in my chset'])(
    'finds "%s"',
    (text) => {
      expect(screenText(text, 'f').length).toBeGreaterThan(0);
    },
  );
  it('does not stretch short words or change the first letter', () => {
    expect(withinOneEdit('overdose', 'overdoes')).toBe(true);
    expect(withinOneEdit('suicidal', 'sucidal')).toBe(true);
    expect(withinOneEdit('tight', 'night')).toBe(true); // one edit, but the first letters differ:
    expect(rulesFound('my chest feels light and my night was fine')).toEqual([]);
    expect(rulesFound('there is a noise at night')).toEqual([]); // "noose" is exact-only
  });
});

describe('Welsh mutations', () => {
  it('reads soft, nasal and aspirate forms', () => {
    expect(welshForms('poen')).toEqual(expect.arrayContaining(['poen', 'boen', 'mhoen', 'phoen']));
    expect(welshForms('lladd')).toContain('ladd');
    expect(welshForms('brifo')).toEqual(expect.arrayContaining(['frifo', 'mrifo']));
    expect(welshForms('gwr')).toEqual(expect.arrayContaining(['wr', 'ngwr']));
    expect(welshForms('taro')).toEqual(expect.arrayContaining(['daro', 'nharo', 'tharo']));
  });
  it.each([
    ['eisiau marw', 'screen.suicide.intent.cy'],
    ['lladd fy hun', 'screen.suicide.thoughts.cy'],
    ['meddwl am ladd fy hun', 'screen.suicide.thoughts.cy'],
    ['hunanladdiad', 'screen.suicide.thoughts.cy'],
    ['poen yn y frest', 'screen.chest.pain.cy'],
    ['mae gen i boen yn fy mrest', 'screen.chest.pain.cy'],
    ['wyneb wedi disgyn', 'screen.stroke.face.cy'],
    ['fy ngŵr yn fy nharo', 'screen.safeguarding.domestic_abuse.cy'],
    ['mae fy mhartner yn fy mrifo', 'screen.safeguarding.domestic_abuse.cy'],
  ])('"%s" → %s', (text, rule) => {
    expect(rulesFound(text)).toContain(rule);
  });
});

describe('negation and hedging, with the safety bias', () => {
  it.each([
    'I am not suicidal',
    'no thoughts of self-harm',
    'never had chest pain',
    'denies suicidal thoughts',
    'I have never had any thoughts of self-harm',
    'nid wyf yn hunanladdol',
    'dim meddyliau am hunanladdiad',
    'does dim poen yn y frest',
    'my husband never hurts me',
  ])('sets aside "%s"', (text) => {
    expect(rulesFound(text)).toEqual([]);
  });
  it.each([
    "I'm not sure I want to live",
    'I\u2019m not sure I want to live',
    'not coping and want to die',
    'not coping, want to die',
    'not coping I want to die',
    "I'm not suicidal but I do want to die",
    "I don't know if I'm suicidal",
    'dw i ddim yn siŵr fy mod i eisiau byw',
    'nid wyf yn hunanladdol ond dw i eisiau marw',
    "I can't go a day without thinking about suicide",
    'I keep having negative thoughts about suicide',
  ])('still finds "%s"', (text) => {
    expect(categoriesFound(text)).toContain('suicide_self_harm');
  });
});

describe('idioms are not cues', () => {
  it.each([
    'this job is killing me',
    'my back is killing me',
    "I'm dying to get back to work",
    'dying for a cuppa',
    'I could murder a coffee',
    'it knocked me for six',
    'I was heartbroken',
    'a die-hard fan',
    'I nearly died laughing',
    'I nearly killed myself laughing',
    'mae fy nghefn yn fy lladd i',
  ])('"%s"', (text) => {
    expect(rulesFound(text)).toEqual([]);
  });
});

describe('tokenise', () => {
  it('keeps offsets in the original text and splits on apostrophes except n\u2019t', () => {
    const text = 'I\u2019m sure I can\u2019t, drwy\u2019r nos';
    const tokens = tokenise(text);
    expect(tokens.map((t) => t.norm)).toEqual(['i', 'm', 'sure', 'i', "can't", 'drwy', 'r', 'nos']);
    for (const t of tokens) expect(text.slice(t.start, t.end).length).toBe(t.end - t.start);
    expect(tokens[4] && text.slice(tokens[4].start, tokens[4].end)).toBe('can\u2019t');
    expect(tokens[5]?.clauseBreakBefore).toBe(true);
  });
});

describe('screenFields and freeTextOfAnswers', () => {
  it('screens each field, gives the red flags once in RED_FLAGS order, and marks safeguarding', () => {
    const result = screenFields({
      difficulties: 'my partner hits me and I hit my head when I fell',
      goals: 'I want to die',
      clinicalReason: undefined,
      'access.other': '',
    });
    expect(result.version).toBe(SAFETY_SCREEN_VERSION);
    expect(SAFETY_SCREEN_VERSION).toBe('safety-screen-2026.12.1');
    expect(result.redFlags).toEqual(['self_harm_thoughts', 'fall_injury']);
    expect(result.safeguarding).toBe(true);
    expect(result.matches.map((m) => m.field)).toEqual(['difficulties', 'difficulties', 'goals']);
  });
  it('collects the free text of a request', () => {
    expect(freeTextOfAnswers({ difficulties: 'a', goals: 'b', access: { other: 'c' } })).toEqual({
      difficulties: 'a',
      goals: 'b',
      clinicalReason: undefined,
      'access.other': 'c',
    });
  });
});
