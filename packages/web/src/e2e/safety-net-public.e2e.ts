/**
 * The safety net on the public request, in Chromium against the real server (issue 9): what a
 * person writes in their own words is screened, so "I want to end my life" typed without ticking
 * any red flag brings the advice before anything else; a yes to the emergency question (the first
 * after "who needs help") brings it on the very next page; a safeguarding concern written in
 * the person's words brings where to get help now; and the same in Welsh. Axe on every
 * page shown.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { at, answerUpToDifficulties, next, startForSelf } from './safety-net-support.js';
import {
  browserAvailable,
  makeStaff,
  startBrowserHarness,
  type BrowserHarness,
} from './support.js';

describe.runIf(browserAvailable())('the safety net on the public request, in Chromium', () => {
  let h: BrowserHarness;
  let practiceId: string;
  const person = (given: string) => ({
    givenName: given,
    familyName: `Safety-${String(Date.now())}`,
    practiceId,
  });

  beforeAll(async () => {
    h = await startBrowserHarness();
    practiceId = (await makeStaff(h)).tree.practiceIds[0];
  });
  afterAll(async () => {
    await h.close();
  });

  /** The stored requests of a family name. */
  const storedFor = (familyName: string) =>
    h.database.db
      .selectFrom('requests')
      .innerJoin('people', 'people.id', 'requests.person_id')
      .select(['requests.urgency', 'requests.red_flags', 'requests.screen_matches'])
      .where('people.family_name', '=', familyName)
      .execute();

  it('shows the crisis advice when "I want to end my life" is written without a red flag ticked, before any confirmation', async () => {
    const page = await h.newPage();
    const who = person('Nia');
    await startForSelf(page);
    await answerUpToDifficulties(page, who);
    await page.fill('#difficulties', 'I want to end my life');
    await next(page);
    // The very next page is what to do now, not the next question or a confirmation.
    await at(page, '/refer/urgent-advice');
    expect(await page.locator('h1').textContent()).toBe('What to do now');
    const advice = page.locator('#advice-mental_health_now');
    await advice.waitFor();
    expect(await advice.textContent()).toContain('Samaritans');
    expect(await advice.textContent()).toContain('116 123');
    expect(page.url()).not.toContain('confirmation');
    // It is saved at once as a crisis request, the screen's match stored with it.
    await expect.poll(async () => (await storedFor(who.familyName)).length).toBe(1);
    const [stored] = await storedFor(who.familyName);
    expect(stored?.urgency).toBe('crisis');
    expect(stored?.red_flags).toContain('self_harm_thoughts');
    expect(JSON.stringify(stored?.screen_matches)).toContain('end my life');
    await page.context().close();
  });

  it('tells a person who writes that their partner hits them where to get help now, and saves a safeguarding request', async () => {
    const page = await h.newPage();
    const who = person('Elin');
    await startForSelf(page);
    await answerUpToDifficulties(page, who);
    await page.fill(
      '#difficulties',
      'Getting dressed is hard and my partner hits me when I ask for help',
    );
    await next(page);
    await at(page, '/refer/urgent-advice');
    const advice = page.locator('#advice-safeguarding_now');
    await advice.waitFor();
    const text = (await advice.textContent()) ?? '';
    // 999 if in danger; the National Domestic Abuse Helpline; Live Fear Free in Wales.
    expect(text).toContain('999');
    expect(text).toContain('0808 2000 247');
    expect(text).toContain('0808 80 10 800');
    expect(await page.locator('a[href="tel:08082000247"]').count()).toBeGreaterThan(0);
    await expect
      .poll(async () =>
        (
          await h.database.db
            .selectFrom('requests')
            .innerJoin('people', 'people.id', 'requests.person_id')
            .select(['requests.safeguarding'])
            .where('people.family_name', '=', who.familyName)
            .execute()
        ).map((r) => r.safeguarding),
      )
      .toEqual([true]);
    await page.context().close();
  });

  it('asks the emergency question straight after "who needs help", and a yes brings the advice on the next page', async () => {
    const page = await h.newPage();
    await startForSelf(page);
    expect(await page.locator('h1').textContent()).toBe('Do any of these apply right now?');
    await page.check('#red-flags-self_harm_thoughts');
    await next(page);
    await at(page, '/refer/urgent-advice');
    expect(await page.locator('#advice-mental_health_now').textContent()).toContain('Get help now');
    // The details needed to reach the person today come after the advice, not before.
    await page.locator('#give-details').waitFor();
    await page.context().close();
  });

  it('does the same in Welsh: the emergency question second, and advice in Welsh after a yes or what is written', async () => {
    const page = await h.newPage();
    await startForSelf(page, '?lang=cy');
    expect(await page.locator('html').getAttribute('lang')).toBe('cy');
    expect(await page.locator('h1').textContent()).toBe(
      'A oes unrhyw un o’r rhain yn berthnasol ar hyn o bryd?',
    );
    await page.check('#red-flags-self_harm_thoughts');
    await next(page);
    await at(page, '/refer/urgent-advice');
    expect(await page.locator('h1').textContent()).toBe('Beth i’w wneud nawr');
    const advice = page.locator('#advice-mental_health_now');
    expect(await advice.textContent()).toContain('Cael help nawr');
    expect(await advice.textContent()).toContain('116 123');
    await page.context().close();

    // Written in Welsh, on the Welsh pages, without a red flag.
    const second = await h.newPage();
    const who = person('Elin');
    await startForSelf(second, '?lang=cy');
    await answerUpToDifficulties(second, who);
    await second.fill('#difficulties', 'Rwyf eisiau dod â fy mywyd i ben');
    await next(second);
    await at(second, '/refer/urgent-advice');
    expect(await second.locator('h1').textContent()).toBe('Beth i’w wneud nawr');
    expect(await second.locator('#advice-mental_health_now').textContent()).toContain(
      'Cael help nawr',
    );
    await expect.poll(async () => (await storedFor(who.familyName)).length).toBe(1);
    const [stored] = await storedFor(who.familyName);
    expect(stored?.urgency).toBe('crisis');
    expect(JSON.stringify(stored?.screen_matches)).toContain('.cy');
    await second.context().close();
  });
});
