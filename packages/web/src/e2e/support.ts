/**
 * Browser-test support: the real server on a fresh in-memory database with its own users, and
 * helpers to sign in through the page the way a person does.
 */
import type { Page } from 'playwright-core';
import { expect } from 'vitest';
import type { Role } from '@everyday/core';
import { axeViolations, type BrowserHarness } from '../../../server/src/testing/browser.js';
import {
  makeOrganisationTree,
  makeUser,
  type TestTree,
  type TestUser,
} from '../../../server/src/testing/builders.js';

export {
  browserAvailable,
  startBrowserHarness,
  type BrowserHarness,
} from '../../../server/src/testing/browser.js';

export interface Staff {
  readonly tree: TestTree;
  readonly users: Record<Role, TestUser>;
}

/** One user of each role, in a fresh organisation tree. */
export async function makeStaff(h: BrowserHarness): Promise<Staff> {
  const tree = await makeOrganisationTree(h.database.db);
  const at: Record<Role, string> = {
    navigator: tree.practiceIds[0],
    clinician: tree.practiceIds[0],
    ot: tree.pcnId,
    lead: tree.serviceId,
    admin: tree.serviceId,
  };
  const entries = await Promise.all(
    (Object.keys(at) as Role[]).map(
      async (role) =>
        [
          role,
          await makeUser(h.database.db, { roles: [role], organisationIds: [at[role]] }),
        ] as const,
    ),
  );
  return { tree, users: Object.fromEntries(entries) as Record<Role, TestUser> };
}

export async function signIn(page: Page, user: TestUser): Promise<void> {
  await page.goto('/sign-in');
  await page.fill('#email', user.email);
  await page.fill('#password', user.password);
  await page.getByRole('button', { name: 'Sign in' }).click();
  await page.waitForURL('**/staff');
}

/** Assert the page, as it stands, has no axe-core violations. */
export async function expectNoAxeViolations(page: Page, where: string): Promise<void> {
  await page.locator('h1').first().waitFor();
  expect(await axeViolations(page), where).toEqual([]);
}
