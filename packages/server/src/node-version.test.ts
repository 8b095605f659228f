/**
 * The Node.js version the README promises is enough (issue 16 item 14): it is the one in the
 * root package.json's engines, and every package in the lockfile supports it, so a newcomer on
 * that version meets no EBADENGINE warning and no package that needs a newer Node at run time.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import semver from 'semver';
import { describe, expect, it } from 'vitest';

const root = fileURLToPath(new URL('../../..', import.meta.url));
const read = (path: string): unknown => JSON.parse(readFileSync(join(root, path), 'utf8'));

interface LockPackage {
  readonly version?: string;
  /** An object in today's packages; a few old ones wrote an array, which npm ignores. */
  readonly engines?: { readonly node?: string } | readonly string[];
  readonly optional?: boolean;
}

const stated = /You need Node\.js (\d+\.\d+(?:\.\d+)?) or later/.exec(
  readFileSync(join(root, 'README.md'), 'utf8'),
)?.[1];
const engines = (read('package.json') as { engines: { node: string } }).engines.node;
const lock = read('package-lock.json') as { packages: Record<string, LockPackage> };

describe('the Node.js version (issue 16 item 14)', () => {
  it('is the same in the README and in package.json engines', () => {
    expect(stated).toBeDefined();
    expect(semver.minVersion(engines)?.version).toBe(semver.coerce(stated)?.version);
  });

  it('is supported by every package in the lockfile', () => {
    const minimum = semver.minVersion(engines)?.version ?? 'none';
    const refusing = Object.entries(lock.packages).flatMap(([path, p]) => {
      const range =
        p.engines && !Array.isArray(p.engines) ? (p.engines as { node?: string }).node : undefined;
      return path !== '' && range && !semver.satisfies(minimum, range)
        ? [`${path}@${p.version ?? '?'} needs node ${range}`]
        : [];
    });
    expect(refusing).toEqual([]);
  });

  it('is met by the Node.js running the tests', () => {
    expect(semver.satisfies(process.version, engines)).toBe(true);
  });
});
