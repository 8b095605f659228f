import { randomUUID } from 'node:crypto';
import type { FastifyInstance } from 'fastify';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { RequestAnswers } from '@everyday/core';
import { makeOrganisationTree, type TestTree } from '../testing/builders.js';
import { makeAnswers, QUESTION_SET_VERSION } from '../testing/requests.js';
import { makeApp, TestClient } from '../testing/test-app.js';
import { testEngines, type TestDatabase } from '../testing/test-database.js';

const NOW = new Date('2026-11-03T10:15:00Z');

/** Memory concerns: a pathway that books directly from the referral form. */
const MEMORY = {
  areas: ['memory_thinking'],
  since: '3_to_12_months',
  impact: 'quite_a_lot',
  person: { dateOfBirth: '1952-05-01' },
} as const;

describe.each(testEngines())(
  'the language and the address asked by the public form (issue 16 item 3) on $name',
  (engine) => {
    let t: TestDatabase;
    let app: FastifyInstance;
    let tree: TestTree;
    let person: TestClient;

    beforeAll(async () => {
      t = await engine.create();
      app = await makeApp(
        t,
        { publicRateLimit: 100000, directBookingPathways: ['memory'] },
        () => NOW,
      );
      tree = await makeOrganisationTree(t.db);
      person = new TestClient(app, '10.9.3.1');
      await person.refreshSession();
    });
    afterAll(async () => {
      await app.close();
      await t.destroy();
    });

    function refer(answers: RequestAnswers) {
      return person.request({
        method: 'POST',
        url: '/api/referrals',
        headers: { 'idempotency-key': randomUUID() },
        payload: { questionSetVersion: QUESTION_SET_VERSION, answers },
      });
    }

    it('gives a Welsh self-referral a booking link that opens the self-booking page in Welsh (issue 16 item 3)', async () => {
      const res = await refer(
        makeAnswers(tree.practiceIds[0], { ...MEMORY, preferredLanguage: 'cy' }),
      );
      expect(res.statusCode).toBe(201);
      const receipt = res.json<{ id: string; directBooking: { link: string } | null }>();
      expect(receipt.directBooking?.link).toMatch(/^\/book\/[^?]+\?lang=cy$/);
      const stored = await t.db
        .selectFrom('requests')
        .innerJoin('people', 'people.id', 'requests.person_id')
        .select('people.preferred_language')
        .where('requests.id', '=', receipt.id)
        .executeTakeFirstOrThrow();
      expect(stored.preferred_language).toBe('cy');

      // The link still books: the token is the path, the language its query.
      const token = receipt.directBooking?.link.split('/book/')[1]?.split('?')[0] ?? '';
      const view = await app.inject({ method: 'GET', url: `/api/book/${token}` });
      expect(view.statusCode).toBe(200);

      const english = await refer(
        makeAnswers(tree.practiceIds[0], { ...MEMORY, preferredLanguage: 'en' }),
      );
      expect(
        english.json<{ directBooking: { link: string } | null }>().directBooking?.link,
      ).toMatch(/^\/book\/[^?]+$/);
    });

    it('stores the address on the person when letter is the way to be contacted (issue 16 item 3)', async () => {
      const res = await refer(
        makeAnswers(tree.practiceIds[0], {
          contact: {
            preferred: 'letter',
            address: { line1: '2 Heol y Castell', town: 'Caerdydd', postcode: 'cf10 1aa' },
          },
        }),
      );
      expect(res.statusCode).toBe(201);
      const { id } = res.json<{ id: string }>();
      const stored = await t.db
        .selectFrom('requests')
        .innerJoin('people', 'people.id', 'requests.person_id')
        .select(['people.address_lines', 'people.address_postcode', 'people.preferred_contact'])
        .where('requests.id', '=', id)
        .executeTakeFirstOrThrow();
      expect(stored).toEqual({
        address_lines: ['2 Heol y Castell', 'Caerdydd'],
        address_postcode: 'CF10 1AA',
        preferred_contact: 'letter',
      });
    });

    it('keeps the language and the address asked after an urgent save when the request is completed (issue 16 item 3)', async () => {
      const a = makeAnswers(tree.practiceIds[0]);
      const urgent = await person.request({
        method: 'POST',
        url: '/api/referrals/urgent',
        headers: { 'idempotency-key': randomUUID() },
        payload: {
          questionSetVersion: QUESTION_SET_VERSION,
          answers: {
            for: 'self',
            person: { givenName: a.person.givenName, familyName: a.person.familyName },
            contact: { phone: '07912 345678', preferred: 'phone' },
            practiceId: a.practiceId,
            redFlags: ['chest_pain'],
            preferredLanguage: 'en',
          },
        },
      });
      expect(urgent.statusCode).toBe(201);
      const saved = urgent.json<{ id: string; completionToken: string; advice: string[] }>();
      expect(saved.advice).toEqual(['call_999']);
      const done = await person.post(`/api/referrals/${saved.id}/complete`, {
        completionToken: saved.completionToken,
        questionSetVersion: QUESTION_SET_VERSION,
        answers: {
          ...a,
          redFlags: [],
          preferredLanguage: 'cy',
          contact: {
            phone: '07912 345678',
            preferred: 'letter',
            address: { line1: '5 Stryd y Farchnad', town: 'Aberystwyth', postcode: 'SY23 1DL' },
          },
        },
      });
      expect(done.statusCode, done.body).toBe(200);
      const stored = await t.db
        .selectFrom('requests')
        .innerJoin('people', 'people.id', 'requests.person_id')
        .select(['people.preferred_language', 'people.address_lines', 'people.address_postcode'])
        .where('requests.id', '=', saved.id)
        .executeTakeFirstOrThrow();
      expect(stored).toEqual({
        preferred_language: 'cy',
        address_lines: ['5 Stryd y Farchnad', 'Aberystwyth'],
        address_postcode: 'SY23 1DL',
      });
    });

    it('refuses letter without an address, naming the field (issue 16 item 3)', async () => {
      const res = await refer(
        makeAnswers(tree.practiceIds[0], { contact: { preferred: 'letter' } }),
      );
      expect(res.statusCode).toBe(400);
      const body = res.json<{ error: { fields: { path: string; code: string }[] } }>();
      expect(body.error.fields).toContainEqual(
        expect.objectContaining({
          path: 'answers.contact.address',
          code: 'required_for_preferred',
        }),
      );
    });
  },
);
