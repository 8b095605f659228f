/**
 * Test support: where the team's shared folder (reference definitions, public data) sits.
 * It is checked out beside the repository (`../shared`); EVERYDAY_SHARED_DIR overrides.
 * Only tests import this file; it is excluded from the build.
 */
import { existsSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

const repoRoot = resolve(dirname(fileURLToPath(import.meta.url)), '../../../..');

export function sharedPath(relative: string): string {
  const base = process.env.EVERYDAY_SHARED_DIR ?? join(repoRoot, '..', 'shared');
  const path = join(base, relative);
  if (!existsSync(path)) {
    throw new Error(
      `Shared reference file not found: ${path}. Check out the shared folder beside the repository or set EVERYDAY_SHARED_DIR.`,
    );
  }
  return path;
}
