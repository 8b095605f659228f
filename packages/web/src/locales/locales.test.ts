/// <reference types="node" />
// The English and Welsh texts must cover the same keys, none empty, and every t('key') in the
// source must exist. Keys built at run time (t(`roles.${role}`), 'errors.' + code) are exempt.
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';

const here = fileURLToPath(new URL('.', import.meta.url));
const sourceRoot = join(here, '..');
const pluralSuffixes = ['_zero', '_one', '_two', '_few', '_many', '_other'];

/** Files per area (common, referral, staff); each language has the same files. */
const AREAS = [
  '',
  'referral.',
  'staff.',
  'booking.',
  'record.',
  'record-plan.',
  'questionnaire.',
  'info.',
  'account.',
  'evidence.',
  'planning.',
];

function loadFile(name: string): Record<string, unknown> {
  return JSON.parse(readFileSync(join(here, name), 'utf8')) as Record<string, unknown>;
}

function load(language: string): unknown {
  return Object.assign({}, ...AREAS.map((area) => loadFile(`${area}${language}.json`))) as unknown;
}

/** Every leaf of a nested object as [dotted key, value]. */
function leaves(node: unknown, prefix = ''): [string, unknown][] {
  if (typeof node !== 'object' || node === null || Array.isArray(node)) return [[prefix, node]];
  return Object.entries(node).flatMap(([key, value]) =>
    leaves(value, prefix ? `${prefix}.${key}` : key),
  );
}

function sourceFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) return sourceFiles(path);
    return /\.tsx?$/.test(entry.name) && !entry.name.endsWith('.test.ts') ? [path] : [];
  });
}

const en = new Map(leaves(load('en')));
const cy = new Map(leaves(load('cy')));

describe('locales', () => {
  it('keeps each area of the app to its own top-level keys', () => {
    for (const language of ['en', 'cy']) {
      const seen = new Map<string, string>();
      for (const area of AREAS) {
        for (const key of Object.keys(loadFile(`${area}${language}.json`))) {
          expect(seen.get(key), `${key} in ${area}${language}.json`).toBeUndefined();
          seen.set(key, area);
        }
      }
    }
  });

  it('English and Welsh have exactly the same keys', () => {
    expect([...cy.keys()].sort()).toEqual([...en.keys()].sort());
  });

  it.each([
    ['en', en],
    ['cy', cy],
  ])('every %s text is a non-empty string', (_language, texts) => {
    const bad = [...texts].filter(([, value]) => typeof value !== 'string' || value.trim() === '');
    expect(bad).toEqual([]);
  });

  it('gives every counted Welsh text all six of Welsh’s plural forms', () => {
    // i18next picks the form by Intl.PluralRules('cy'): 0 zero, 1 one, 2 two, 3 few, 6 many,
    // else other. A missing form shows the raw key (as the crisis banner did for two requests).
    expect(['zero', 'one', 'two', 'few', 'many', 'other']).toEqual(
      [0, 1, 2, 3, 6, 4].map((n) => new Intl.PluralRules('cy').select(n)),
    );
    const counted = [...cy.keys()].filter((k) => k.endsWith('_one')).map((k) => k.slice(0, -4));
    expect(counted.length).toBeGreaterThan(10);
    const missing = counted.flatMap((base) =>
      pluralSuffixes.filter((suffix) => !cy.has(`${base}${suffix}`)).map((s) => `${base}${s}`),
    );
    expect(missing).toEqual([]);
  });

  it('every key used as t("…") in the source exists in en.json', () => {
    const used = new Set<string>();
    for (const file of sourceFiles(sourceRoot)) {
      const text = readFileSync(file, 'utf8');
      for (const match of text.matchAll(/\bt\(\s*(['"])([^'"`]+)\1/g)) used.add(match[2]!);
    }
    expect(used.size).toBeGreaterThan(50);
    const exists = (key: string): boolean =>
      en.has(key) || pluralSuffixes.some((suffix) => en.has(`${key}${suffix}`));
    expect([...used].filter((key) => !exists(key))).toEqual([]);
  });
});
