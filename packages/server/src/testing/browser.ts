/**
 * Test support for browser tests: the real app (built web app + API) on an in-memory PGlite,
 * listening on a free port, and Debian's Chromium driven by playwright-core. With CI=true a
 * missing Chromium fails the run; locally the tests are skipped with how to get it.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { AxeBuilder } from '@axe-core/playwright';
import type { FastifyInstance } from 'fastify';
import { chromium, type Browser, type Page } from 'playwright-core';
import { buildApp } from '../app.js';
import { loadConfig } from '../config.js';
import { openDatabase, type DatabaseHandle } from '../db/database.js';
import { migrate } from '../db/migrate.js';

export const CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
/** The built web app; EVERYDAY_TEST_WEB_DIR points elsewhere (a build of one's own, say). */
const WEB_DIR =
  process.env.EVERYDAY_TEST_WEB_DIR ??
  fileURLToPath(new URL('../../../web/dist/', import.meta.url));

/** True when browser tests can run here; throws in CI when they cannot. */
export function browserAvailable(): boolean {
  const problems: string[] = [];
  if (!existsSync(CHROMIUM))
    problems.push(
      `Chromium not found at ${CHROMIUM}: install it with \`apt-get install chromium\` (or set CHROMIUM_PATH).`,
    );
  if (!existsSync(`${WEB_DIR}/index.html`))
    problems.push('The web app is not built: run `npm run build -w @everyday/web`.');
  if (problems.length === 0) return true;
  if (process.env.CI === 'true')
    throw new Error(`Browser tests cannot run in CI: ${problems.join(' ')}`);
  process.stderr.write(`[everyday tests] Browser tests skipped. ${problems.join(' ')}\n`);
  return false;
}

export interface BrowserHarness {
  readonly baseUrl: string;
  readonly database: DatabaseHandle;
  readonly app: FastifyInstance;
  readonly browser: Browser;
  newPage(): Promise<Page>;
  close(): Promise<void>;
}

/** `env`: settings as the environment would give them (e.g. the service's phone number). */
export async function startBrowserHarness(
  env: Record<string, string> = {},
): Promise<BrowserHarness> {
  const database = await openDatabase({ kind: 'embedded', dataDir: 'memory' });
  await migrate(database.db);
  const config = {
    ...loadConfig({ ...env, EVERYDAY_WEB_DIR: WEB_DIR }, '0.0.0-e2e'),
    port: 0,
    host: '127.0.0.1',
  };
  const app = await buildApp({ config, database, logLevel: 'silent' });
  const address = await app.listen({ port: 0, host: '127.0.0.1' });
  const browser = await chromium.launch({
    executablePath: CHROMIUM,
    headless: true,
    args: [
      '--no-sandbox',
      '--disable-gpu',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
      '--no-first-run',
      '--disable-quic',
    ],
  });
  return {
    baseUrl: address,
    database,
    app,
    browser,
    async newPage() {
      const context = await browser.newContext({ baseURL: address, locale: 'en-GB' });
      return context.newPage();
    },
    async close() {
      await browser.close();
      await app.close();
      await database.close();
    },
  };
}

/** Run axe-core on the page as it stands and return its violations, summarised. */
export async function axeViolations(page: Page): Promise<string[]> {
  const results = await new AxeBuilder({ page })
    .withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa', 'best-practice'])
    .analyze();
  return [
    ...results.violations.map(
      (v) => `${v.id}: ${v.help} (${v.nodes.map((n) => n.target.join(' ')).join(', ')})`,
    ),
    ...(await untranslatedKeys(page)).map((key) => `untranslated-key: the page shows ${key}`),
  ];
}

/** The top-level sections of the English locale files (`triage`, `booking`, ...). */
const LOCALES = fileURLToPath(new URL('../../../web/src/locales/', import.meta.url));
const KEY_SECTIONS = [
  ...new Set(
    readdirSync(LOCALES)
      .filter((f) => f.endsWith('en.json'))
      .flatMap((f) => Object.keys(JSON.parse(readFileSync(`${LOCALES}${f}`, 'utf8')) as object)),
  ),
];
/** A message key as i18next shows it when it has no text: `triage.status.booked`. */
const RAW_KEY = new RegExp(
  `(?<![\\w@./-])(?:${KEY_SECTIONS.join('|')})(?:\\.[A-Za-z0-9_]+)+(?![\\w@/-])`,
  'g',
);

/**
 * Message keys shown instead of words (issue 16 item 8), in the page's text and in the
 * attributes people hear or see (labels, titles, placeholders, alternative text).
 */
export async function untranslatedKeys(page: Page): Promise<string[]> {
  const text = await page.evaluate(() => {
    const attributes = ['aria-label', 'title', 'placeholder', 'alt', 'aria-description'];
    const values = Array.from(document.querySelectorAll('*')).flatMap((el) =>
      attributes.map((a) => el.getAttribute(a) ?? ''),
    );
    return [document.title, document.body.innerText, ...values].join('\n');
  });
  return [...new Set(text.match(RAW_KEY) ?? [])];
}
