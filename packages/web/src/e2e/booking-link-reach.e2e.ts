/**
 * Booking links for people without a mobile or email (issue 16 item 2), in Chromium against the
 * real server, in English and Welsh: an OT sends the link of a landline-only person to their
 * daughter (refused until the person's agreement is ticked), prints the letter (a PDF with the
 * code), and the person types the code at /book and reaches their booking page. Axe on each page.
 */
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { extractPdfText } from '../../../server/src/testing/pdf-text.js';
import { makeAnswers, QUESTION_SET_VERSION } from '../../../server/src/testing/requests.js';
import { heading, openMorningClinic, send, summaryItems } from './booking-support.js';
import {
  browserAvailable,
  expectNoAxeViolations,
  makeStaff,
  signIn,
  startBrowserHarness,
  type BrowserHarness,
  type Staff,
} from './support.js';

const WORDS = {
  en: {
    consentError: 'Confirm the person agrees to their booking link going to this contact',
    sentTo: 'It has been sent to Sian Morgan (Daughter).',
    bookTitle: 'Book your appointment',
    wrongCode: 'This code is not right. Check it and try again, or phone the service',
    chooseTitle: 'Choose a time for your appointment',
    letter: 'Choose a time for your appointment',
  },
  cy: {
    consentError: 'Cadarnhewch fod y person yn cytuno i’w ddolen drefnu fynd at y cyswllt hwn',
    sentTo: 'Mae wedi’i hanfon at Sian Morgan (Daughter).',
    bookTitle: 'Trefnu eich apwyntiad',
    wrongCode:
      'Nid yw’r cod hwn yn gywir. Gwiriwch ef a rhowch gynnig arall arni, neu ffoniwch y gwasanaeth',
    chooseTitle: 'Dewiswch amser ar gyfer eich apwyntiad',
    letter: 'Dewiswch amser ar gyfer eich apwyntiad',
  },
} as const;

describe.runIf(browserAvailable())('booking links for people without a mobile or email', () => {
  let h: BrowserHarness;
  let staff: Staff;
  let ot: Page;

  /** An 87-year-old with a landline, referred by her daughter, who has a mobile. */
  async function landlineOnly(language: 'en' | 'cy') {
    const answers = makeAnswers(staff.tree.practiceIds[0], {
      for: 'someone_else',
      personAgreed: true,
      referrer: { name: 'Sian Morgan', relationship: 'Daughter', phone: '07700 900123' },
      person: { givenName: language === 'cy' ? 'Gwenllian' : 'Gwen', dateOfBirth: '1939-05-01' },
      contact: {
        phone: '01539 720123',
        email: undefined,
        preferred: 'letter',
        address: { line1: '1 Castle Street', town: 'Kendal', postcode: 'LA9 4JE' },
      },
      preferredLanguage: language,
    });
    const { id } = (await send(ot, '/api/requests/staff', {
      channel: 'phone',
      questionSetVersion: QUESTION_SET_VERSION,
      answers,
    })) as { id: string };
    await send(
      ot,
      `/api/requests/${id}/actions`,
      { action: 'accept', pathway: 'daily_living', tier: 'individualised' },
      200,
    );
    return { id, name: `${answers.person.givenName} ${answers.person.familyName}` };
  }

  beforeAll(async () => {
    h = await startBrowserHarness({
      EVERYDAY_SERVICE_PHONE: '01632 960000',
      EVERYDAY_SERVICE_ADDRESS: 'Health Centre, Station Road, Kendal LA9 6BT',
    });
    staff = await makeStaff(h);
    ot = await h.newPage();
    await signIn(ot, staff.users.ot);
    await openMorningClinic(ot, staff.tree.pcnId);
  });
  afterAll(async () => {
    await h.close();
  });

  it.each(['en', 'cy'] as const)(
    'sends the link to a carer with consent, prints a letter and books by code (%s)',
    async (language) => {
      const w = WORDS[language];
      const query = language === 'cy' ? '?lang=cy' : '';
      const person = await landlineOnly(language);

      const page = await h.newPage();
      await signIn(page, staff.users.ot);
      await page.goto(`/clinics/waiting-list${query}`);
      const row = page.locator('#waiting-entries tr', { hasText: person.name });
      await row.locator('button').click();
      const panel = page.locator('#send-link');
      await panel.waitFor();
      await page.locator('#send-link-unreachable').waitFor();
      // Nobody can be chosen by default: the person has no mobile or email.
      expect(await page.locator('#link-recipient-person').count()).toBe(0);
      await expectNoAxeViolations(page, `send a booking link (${language})`);

      await page.locator('#link-recipient-contact').check();
      await panel.locator('button[type=submit]').click();
      expect(await summaryItems(page)).toEqual([w.consentError]);
      await expectNoAxeViolations(page, `send a booking link without consent (${language})`);

      await page.locator('#link-consent').check();
      await panel.locator('button[type=submit]').click();
      const sent = page.locator('#booking-link');
      await sent.waitFor();
      expect((await page.locator('#booking-link-sent-to').textContent())?.trim()).toBe(w.sentTo);
      const shown = ((await page.locator('#booking-code').textContent()) ?? '').trim();
      expect(shown).toMatch(/^[A-HJKMNP-Z2-9]{4}-[A-HJKMNP-Z2-9]{4}$/);
      // The long link is folded away, not the main thing.
      expect(await page.locator('#booking-link-url').isVisible()).toBe(false);
      await expectNoAxeViolations(page, `booking link sent to a carer (${language})`);
      const message = await h.database.db
        .selectFrom('outbox_messages')
        .select(['kind', 'channel', 'recipient', 'language'])
        .where('request_id', '=', person.id)
        .where('kind', '=', 'self_booking_link_contact')
        .executeTakeFirstOrThrow();
      expect(message).toEqual({
        kind: 'self_booking_link_contact',
        channel: 'sms',
        recipient: '07700 900123',
        language,
      });

      // The letter: a PDF in the person's language with a code of its own.
      const href = (await page.locator('#booking-letter').getAttribute('href')) ?? '';
      const letter = await page.request.get(href);
      expect(letter.status()).toBe(200);
      expect(letter.headers()['content-type']).toBe('application/pdf');
      const text = (await extractPdfText(await letter.body())).replace(/\s+/g, ' ');
      expect(text).toContain(w.letter);
      expect(text).toContain('1 Castle Street');
      expect(text).toContain('01632 960000');
      await page.context().close();

      // The person types the code read out to them.
      const booking = await h.newPage();
      await booking.goto(`/book${query}`);
      await expect.poll(() => heading(booking)).toContain(w.bookTitle);
      await expectNoAxeViolations(booking, `enter a booking code (${language})`);
      await booking.fill('#code', 'ABCD-EFGH');
      await booking.locator('form button[type=submit]').click();
      expect(await summaryItems(booking)).toEqual([w.wrongCode]);
      await expectNoAxeViolations(booking, `a wrong booking code (${language})`);
      await booking.fill('#code', shown.toLowerCase());
      await booking.locator('form button[type=submit]').click();
      await expect.poll(() => heading(booking)).toContain(w.chooseTitle);
      expect(new URL(booking.url()).pathname).toMatch(/^\/book\/[^/]+$/);
      await expectNoAxeViolations(booking, `booking page reached by code (${language})`);
      await booking.context().close();
    },
  );
});
