/**
 * Issue 13 item 1 in Chromium: a lead opens the staff register, sees an OT's supervision
 * overdue (in the row and in "who is due"), records a supervision by keyboard — first with a
 * required answer missing, so the error summary shows and nothing typed is lost — and sees the
 * flag cleared. Then (item 2) the lead opens the staffing norm from the register, sees each
 * practice's gap as counted by hand and downloads the CSV. Zero axe violations on every page.
 */
import { readFile } from 'node:fs/promises';
import { addCalendarDays, londonDateOf } from '@everyday/core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { unique } from '../../../server/src/testing/builders.js';
import {
  browserAvailable,
  expectNoAxeViolations,
  makeStaff,
  signIn,
  startBrowserHarness,
  type BrowserHarness,
  type Staff,
} from './support.js';

describe.runIf(browserAvailable())('the staff register, in Chromium', () => {
  let h: BrowserHarness;
  let staff: Staff;

  beforeAll(async () => {
    h = await startBrowserHarness();
    staff = await makeStaff(h);
    const today = londonDateOf(Date.now());
    const ot = staff.users.ot.id;
    await h.database.db
      .insertInto('staff_profiles')
      .values({
        user_id: ot,
        profession: 'occupational_therapist',
        band: '7',
        hcpc_number: 'OT73519',
        hcpc_renewal_on: addCalendarDays(today, 400),
        wte_hundredths: 80,
        started_on: addCalendarDays(today, -700),
        updated_by: staff.users.lead.id,
      })
      .execute();
    // The last supervision two months ago: overdue on a monthly interval.
    await h.database.db
      .insertInto('supervision_records')
      .values({
        user_id: ot,
        held_on: addCalendarDays(today, -60),
        supervisor_name: 'Dr Sian Morgan',
        kind: 'individual',
        duration_minutes: 60,
        topics: ['caseload'],
        summary: '',
        actions: '',
        recorded_by: staff.users.lead.id,
      })
      .execute();
  });
  afterAll(async () => {
    await h.close();
  });

  it('a lead sees an overdue supervision, records one, and sees the flag cleared', async () => {
    const page = await h.newPage();
    await signIn(page, staff.users.lead);
    await page.locator('#nav-staffRegister').click();
    await page.waitForURL('**/planning/staff');
    await expect.poll(() => page.locator('h1').textContent()).toBe('Staff register');
    const row = page.locator(`tr[data-user-id="${staff.users.ot.id}"]`);
    await row.waitFor();
    expect(await row.locator('.nhsuk-tag').first().textContent()).toBe('Overdue');
    const due = page.locator('ul[aria-labelledby="who-is-due"]');
    expect(await due.textContent()).toContain('Supervision overdue');
    await expectNoAxeViolations(page, 'register');

    await row.getByRole('link').click();
    await page.locator('#supervision-standing').waitFor();
    expect(await page.locator('#supervision-standing .nhsuk-tag').textContent()).toBe('Overdue');
    await expectNoAxeViolations(page, 'member page');

    await page.getByRole('link', { name: 'Record a supervision' }).click();
    await page.locator('#supervisor-name').waitFor();
    // By keyboard: type the supervisor and the summary, leave the topics, send.
    await page.locator('#supervisor-name').focus();
    await page.keyboard.type('Dr Sian Morgan (GP supervisor)');
    await page.locator('#summary').focus();
    await page.keyboard.type('Caseload and waits on the work pathway.');
    await page.locator('#summary').press('Tab');
    await page.keyboard.press('Tab');
    await page.keyboard.press('Enter');
    const summary = page.locator('.nhsuk-error-summary');
    await summary.waitFor();
    expect(await summary.textContent()).toContain('Select what was discussed');
    await expectNoAxeViolations(page, 'supervision form with errors');
    // Nothing typed was lost.
    expect(await page.locator('#supervisor-name').inputValue()).toBe(
      'Dr Sian Morgan (GP supervisor)',
    );
    expect(await page.locator('#summary').inputValue()).toBe(
      'Caseload and waits on the work pathway.',
    );
    // The summary's link takes the keyboard to the topics.
    await summary.getByRole('link', { name: 'Select what was discussed' }).click();
    await page.keyboard.press('Space');
    expect(await page.locator('#topics-caseload').isChecked()).toBe(true);
    await page.getByRole('button', { name: 'Record supervision' }).press('Enter');

    await page.getByText('Supervision recorded.').waitFor();
    expect(await page.locator('#supervision-standing .nhsuk-tag').textContent()).toBe('Up to date');
    await expectNoAxeViolations(page, 'member page after recording');

    await page.getByRole('link', { name: 'Back to the staff register' }).click();
    await row.waitFor();
    expect(await row.locator('.nhsuk-tag').first().textContent()).toBe('Up to date');
    expect(await page.locator('main').textContent()).not.toContain('Supervision overdue');
  });
  it('a lead sees each practice’s gap against the staffing norm and downloads it as CSV', async () => {
    const today = londonDateOf(Date.now());
    const [p1, p2] = staff.tree.practiceIds;
    const clinic = async (organisationId: string, weekdays: number[]) => {
      const site = await h.database.db
        .insertInto('sites')
        .values({ organisation_id: organisationId, name: unique('site') })
        .returning('id')
        .executeTakeFirstOrThrow();
      await h.database.db
        .insertInto('clinic_templates')
        .values({
          ot_id: staff.users.ot.id,
          site_id: site.id,
          name: unique('clinic'),
          weekdays,
          start_time: '09:00',
          end_time: '13:00',
          mode: 'in_person',
          slot_minutes: 30,
          capacity: 1,
          nation: 'england',
          gpad_national_category: 'x',
          gpad_service_setting: 'x',
          gpad_mode: 'x',
          valid_from: addCalendarDays(today, -7),
          active: true,
        })
        .execute();
    };
    // By hand, at one session per 5,000: practice 1 (8,000) needs 1.6, has Mon 09:00–13:00 = 1,
    // gap 0.6 = 0.06 WTE; practice 2 (12,000) needs 2.4, has Tue + Thu = 2, gap 0.4 = 0.04 WTE;
    // the other PCN's practice (5,000) needs 1, has none, gap 1 = 0.1 WTE. Service: gap 2 = 0.2.
    await clinic(p1, [1]);
    await clinic(p2, [2, 4]);

    const page = await h.newPage();
    await signIn(page, staff.users.lead);
    await page.goto('/planning/staff');
    await page.locator('#staffing-norm-link').click();
    await page.waitForURL('**/planning/norm');
    await expect.poll(() => page.locator('h1').textContent()).toBe('Staffing norm');
    const cells = async (id: string) =>
      page.locator(`tr[data-practice-id="${id}"] td`).allTextContents();
    await page.locator(`tr[data-practice-id="${p1}"]`).waitFor();
    expect(await cells(p1)).toEqual(['8,000', '1', '1.6', '0.6', '0.06']);
    expect(await cells(p2)).toEqual(['12,000', '2', '2.4', '0.4', '0.04']);
    expect(await cells(staff.tree.otherPcnPracticeId)).toEqual(['5,000', '0', '1', '1', '0.1']);
    expect(await page.locator('#norm-service td').allTextContents()).toEqual([
      '25,000',
      '3',
      '5',
      '2',
      '0.2',
    ]);
    expect(await page.locator('#norm-source').textContent()).toContain(
      'at least one session per 5000 population',
    );
    await expectNoAxeViolations(page, 'staffing norm');

    const [file] = await Promise.all([
      page.waitForEvent('download'),
      page.locator('#norm-csv').click(),
    ]);
    expect(file.suggestedFilename()).toBe(`everyday-staffing-norm-${today}.csv`);
    const csv = (await readFile(await file.path())).toString('utf8');
    const rows = csv
      .trim()
      .split('\n')
      .map((line) => line.split(','));
    expect(rows.find((r) => r[0] === 'service')?.slice(6, 11)).toEqual([
      '25000',
      '3',
      '5',
      '2',
      '0.2',
    ]);
    expect(rows.filter((r) => r[0] === 'practice')).toHaveLength(3);
  });
});
