// The English and Welsh texts, in one file per area of the app so areas can be worked on apart:
// common (en.json, cy.json), the public referral (referral.*.json), staff work (staff.*.json),
// clinics and booking (booking.*.json), the clinical record (record.*.json, record-plan.*.json)
// the public questionnaire (questionnaire.*.json), the evidence dashboard (evidence.*.json) and
// planning, the staff register (planning.*.json).
// Each file holds its own top-level keys; locales.test.ts checks they never collide.
//
// The common texts (header, footer, errors, sign-in, admin) are in the app's first script in both
// languages. Each other area is its own small file, fetched in the language in use when a page
// that needs it is first shown (ADR 0010): a person on /refer downloads the referral's texts in
// one language, not the staff pages' in two.
import cy from './cy.json';
import en from './en.json';

export type Language = 'en' | 'cy';
export type Texts = Record<string, unknown>;

export const LOCALE_AREAS = [
  'referral',
  'staff',
  'booking',
  'record',
  'record-plan',
  'questionnaire',
  'info',
  'account',
  'evidence',
  'planning',
] as const;
export type LocaleArea = (typeof LOCALE_AREAS)[number];

export const commonTexts: Record<Language, Texts> = { en, cy };

type Load = () => Promise<{ default: Texts }>;

// Literal paths, so the bundler makes one file of each.
const loaders: Record<Language, Record<LocaleArea, Load>> = {
  en: {
    referral: () => import('./referral.en.json'),
    staff: () => import('./staff.en.json'),
    booking: () => import('./booking.en.json'),
    record: () => import('./record.en.json'),
    'record-plan': () => import('./record-plan.en.json'),
    questionnaire: () => import('./questionnaire.en.json'),
    info: () => import('./info.en.json'),
    account: () => import('./account.en.json'),
    evidence: () => import('./evidence.en.json'),
    planning: () => import('./planning.en.json'),
  },
  cy: {
    referral: () => import('./referral.cy.json'),
    staff: () => import('./staff.cy.json'),
    booking: () => import('./booking.cy.json'),
    record: () => import('./record.cy.json'),
    'record-plan': () => import('./record-plan.cy.json'),
    questionnaire: () => import('./questionnaire.cy.json'),
    info: () => import('./info.cy.json'),
    account: () => import('./account.cy.json'),
    evidence: () => import('./evidence.cy.json'),
    planning: () => import('./planning.cy.json'),
  },
};

export async function loadAreaTexts(language: Language, area: LocaleArea): Promise<Texts> {
  return (await loaders[language][area]()).default;
}

/**
 * The public pages, each with the only areas its code uses (besides common);
 * `locale-areas.test.ts` checks this against the keys named in their source.
 */
export const PUBLIC_PAGE_AREAS: readonly {
  readonly path: RegExp;
  readonly areas: readonly LocaleArea[];
}[] = [
  { path: /^\/refer(\/|$)/, areas: ['referral'] },
  { path: /^\/book\/[^/]+\/?$/, areas: ['booking'] },
  // Typing the short code from a letter or phone call (issue 16 item 2).
  { path: /^\/book\/?$/, areas: ['booking'] },
  { path: /^\/questionnaire\/[^/]+\/?$/, areas: ['questionnaire'] },
  // The footer's privacy notice, accessibility statement and contact page.
  { path: /^\/(privacy|accessibility|contact)\/?$/, areas: ['info'] },
  // Asking for a link to reset a password, and choosing one from it (issue 16 item 12).
  { path: /^\/(forgot-password|set-password)\/?$/, areas: ['account'] },
  // Signing in and out use common texts only.
  { path: /^\/(sign-in|signed-out)?\/?$/, areas: [] },
];

/** Whether the page at this path is one of the public pages (which carry the phase banner). */
export function isPublicPath(pathname: string): boolean {
  return PUBLIC_PAGE_AREAS.some(({ path }) => path.test(pathname));
}

/** The areas the page at this path needs: a public page its own, any other page all of them. */
export function areasForPath(pathname: string): readonly LocaleArea[] {
  return PUBLIC_PAGE_AREAS.find(({ path }) => path.test(pathname))?.areas ?? LOCALE_AREAS;
}
