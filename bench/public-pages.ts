/**
 * Public pages on a phone (issue 9 item 7): what the first page of the self-referral (/refer), a
 * self-booking link (/book/:token) and a questionnaire link (/questionnaire/:token) make a phone
 * download, and when their largest contentful paint comes, on Lighthouse's "Slow 4G" (150 ms
 * RTT, 1.6 Mbps down, 750 Kbps up, CPU slowed four times). The real server (`everyday serve`,
 * a process of its own) serves a production build of the web app; Chromium loads each page in a
 * fresh context (empty cache) BENCH_PAGE_RUNS times (5 unless told) and the median is kept.
 * The floor, measured the same way in the same run, is a static HTML page with one paragraph
 * served by the same server. Targets: at most 150 KB of JavaScript transferred for /refer, and
 * LCP under 2.5 s.
 *
 * The web app is built into a folder of its own first, unless BENCH_WEB_DIR names a build.
 */
import { execFileSync } from 'node:child_process';
import { randomUUID } from 'node:crypto';
import { cpSync, existsSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { cpus, loadavg, tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { chromium, type APIRequestContext, type Browser } from 'playwright-core';
import { addCalendarDays, londonDateOf } from '@everyday/core';
import { openDatabase } from '../packages/server/src/db/database.js';
import { migrate } from '../packages/server/src/db/migrate.js';
import { makeOrganisationTree, makeUser } from '../packages/server/src/testing/builders.js';
import { makeAnswers, QUESTION_SET_VERSION } from '../packages/server/src/testing/requests.js';
import { startServerProcess } from '../packages/server/src/testing/server-process.js';
import { writeSection } from './results.js';

const RUNS = Math.max(1, Number(process.env.BENCH_PAGE_RUNS ?? 5));
const CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
const ROOT = fileURLToPath(new URL('..', import.meta.url));

/** Lighthouse's mobile "Slow 4G" throttling, applied by DevTools (bytes per second). */
export const SLOW_4G = {
  offline: false,
  latency: 150,
  downloadThroughput: (1.6 * 1024 * 1024) / 8,
  uploadThroughput: (750 * 1024) / 8,
} as const;
export const CPU_SLOWDOWN = 4;
export const JS_BUDGET_BYTES = 150 * 1024;
export const LCP_BUDGET_MS = 2500;

const FLOOR_PAGE = '/bench-floor.html';
const FLOOR_HTML = `<!doctype html>
<html lang="en"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1"><title>Floor</title></head>
<body><p>A static page with one paragraph, served by the same server: the floor of this benchmark.</p></body></html>
`;

export interface PageLoad {
  readonly js: number;
  readonly css: number;
  readonly total: number;
  readonly requests: number;
  readonly lcp: number;
}

interface PageFigures extends PageLoad {
  readonly name: string;
  readonly path: string;
  readonly note: string;
}

export function median(values: readonly number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  const mid = Math.floor(sorted.length / 2);
  if (sorted.length === 0) return Number.NaN;
  return sorted.length % 2 === 1
    ? (sorted[mid] ?? Number.NaN)
    : ((sorted[mid - 1] ?? 0) + (sorted[mid] ?? 0)) / 2;
}

function webBuild(): { dir: string; cleanUp: () => void } {
  const given = process.env.BENCH_WEB_DIR;
  const dir = mkdtempSync(join(tmpdir(), 'everyday-bench-web-'));
  if (given) {
    if (!existsSync(join(given, 'index.html'))) throw new Error(`No web build in ${given}`);
    cpSync(given, dir, { recursive: true });
  } else {
    process.stdout.write('Building the web app…\n');
    execFileSync('npx', ['vite', 'build', 'packages/web', '--outDir', dir, '--logLevel', 'warn'], {
      cwd: ROOT,
      stdio: 'inherit',
    });
  }
  writeFileSync(join(dir, FLOOR_PAGE), FLOOR_HTML);
  return {
    dir,
    cleanUp: () => {
      rmSync(dir, { recursive: true, force: true });
    },
  };
}

/** JSON to the API as whoever is signed in on `api`, with a fresh CSRF token. */
async function post(api: APIRequestContext, path: string, body: unknown, expected = 201) {
  const session = (await (await api.get('/api/session')).json()) as { csrfToken: string };
  const response = await api.post(path, {
    headers: { 'x-csrf-token': session.csrfToken, 'idempotency-key': randomUUID() },
    data: body,
  });
  if (response.status() !== expected)
    throw new Error(`${path}: ${String(response.status())} ${await response.text()}`);
  return (await response.json()) as Record<string, unknown>;
}

/**
 * Real links, made the way staff make them: a clinic, two people recorded by phone and accepted;
 * one is sent a booking link, the other is booked (which opens an episode) and sent a
 * questionnaire link for PHQ-9 and GAD-7.
 */
async function seedLinks(
  browser: Browser,
  baseURL: string,
  ot: { email: string; password: string },
  tree: { pcnId: string; practiceId: string },
): Promise<{ booking: string; questionnaire: string }> {
  const context = await browser.newContext({ baseURL });
  try {
    const api = context.request;
    await post(api, '/api/session', { email: ot.email, password: ot.password }, 200);
    const { id: siteId } = (await post(api, '/api/sites', {
      name: 'Kendal health centre',
      organisationId: tree.pcnId,
    })) as { id: string };
    await post(api, '/api/clinic-templates', {
      siteId,
      name: 'Morning clinic',
      weekdays: [1, 2, 3, 4, 5],
      startTime: '09:00',
      endTime: '12:00',
      mode: 'in_person',
      validFrom: addCalendarDays(londonDateOf(Date.now()), 1),
    });
    const waiting = async (givenName: string) => {
      const { id } = (await post(api, '/api/requests/staff', {
        channel: 'phone',
        questionSetVersion: QUESTION_SET_VERSION,
        answers: makeAnswers(tree.practiceId, { person: { givenName } }),
      })) as { id: string };
      await post(
        api,
        `/api/requests/${id}/actions`,
        { action: 'accept', pathway: 'daily_living', tier: 'individualised' },
        200,
      );
      return id;
    };
    const toBook = await waiting('Alys');
    const { link } = (await post(api, `/api/requests/${toBook}/booking-link`, {
      send: false,
    })) as { link: string };

    const booked = await waiting('Ceri');
    const slots = (await (
      await api.get('/api/slots?available=true&days=28&limit=1&pathway=daily_living')
    ).json()) as { slots: { id: string }[] };
    const slotId = slots.slots[0]?.id;
    if (!slotId) throw new Error('The clinic has no free slot');
    const { appointment } = (await post(api, '/api/appointments', {
      slotId,
      requestId: booked,
    })) as { appointment: { episodeId: string } };
    const { path } = (await post(
      api,
      `/api/episodes/${appointment.episodeId}/questionnaire-links`,
      {
        kinds: ['phq9', 'gad7'],
        language: 'en',
        send: false,
      },
    )) as { path: string };
    return { booking: new URL(link).pathname, questionnaire: path };
  } finally {
    await context.close();
  }
}

/** One cold load of `path` on Slow 4G with the CPU slowed: bytes by kind, and the LCP. */
async function loadOnce(browser: Browser, baseURL: string, path: string): Promise<PageLoad> {
  const context = await browser.newContext({
    baseURL,
    locale: 'en-GB',
    viewport: { width: 412, height: 823 },
    deviceScaleFactor: 1.75,
    isMobile: true,
    hasTouch: true,
  });
  try {
    const page = await context.newPage();
    await page.addInitScript(() => {
      const w = window as unknown as { __lcp: number };
      w.__lcp = 0;
      new PerformanceObserver((list) => {
        for (const entry of list.getEntries()) w.__lcp = entry.startTime;
      }).observe({ type: 'largest-contentful-paint', buffered: true });
    });
    const cdp = await context.newCDPSession(page);
    await cdp.send('Network.enable');
    await cdp.send('Network.setCacheDisabled', { cacheDisabled: true });
    await cdp.send('Network.emulateNetworkConditions', SLOW_4G);
    await cdp.send('Emulation.setCPUThrottlingRate', { rate: CPU_SLOWDOWN });
    const types = new Map<string, string>();
    const sizes = { js: 0, css: 0, total: 0, requests: 0 };
    cdp.on('Network.responseReceived', (e) => {
      types.set(e.requestId, e.type);
    });
    cdp.on('Network.loadingFinished', (e) => {
      const type = types.get(e.requestId);
      sizes.total += e.encodedDataLength;
      sizes.requests += 1;
      if (type === 'Script') sizes.js += e.encodedDataLength;
      if (type === 'Stylesheet') sizes.css += e.encodedDataLength;
    });
    await page.goto(path, { waitUntil: 'networkidle', timeout: 60_000 });
    await page.locator('h1, p').first().waitFor({ timeout: 30_000 });
    // Let a last paint land, then read the latest LCP candidate.
    await page.waitForTimeout(500);
    const lcp = await page.evaluate(() => (window as unknown as { __lcp: number }).__lcp);
    await cdp.detach();
    return { ...sizes, lcp };
  } finally {
    await context.close();
  }
}

async function measurePage(
  browser: Browser,
  baseURL: string,
  name: string,
  path: string,
  note: string,
): Promise<PageFigures> {
  const loads: PageLoad[] = [];
  for (let i = 0; i < RUNS; i++) loads.push(await loadOnce(browser, baseURL, path));
  const of = (key: keyof PageLoad) => median(loads.map((l) => l[key]));
  return {
    name,
    path,
    note,
    js: of('js'),
    css: of('css'),
    total: of('total'),
    requests: of('requests'),
    lcp: of('lcp'),
  };
}

const kb = (bytes: number) => (bytes / 1024).toFixed(1);

export async function runPublicPagesBench(): Promise<void> {
  const web = webBuild();
  const dataDir = mkdtempSync(join(tmpdir(), 'everyday-bench-'));
  const password = 'bench password 1';
  let server: Awaited<ReturnType<typeof startServerProcess>> | undefined;
  let browser: Browser | undefined;
  try {
    const h = await openDatabase({ kind: 'embedded', dataDir });
    await migrate(h.db);
    const tree = await makeOrganisationTree(h.db);
    const ot = await makeUser(h.db, { roles: ['ot'], organisationIds: [tree.pcnId], password });
    await h.close();
    server = await startServerProcess({
      EVERYDAY_DATA_DIR: dataDir,
      EVERYDAY_WEB_DIR: web.dir,
      LOG_LEVEL: 'silent',
      EVERYDAY_PUBLIC_RATE_LIMIT: '100000000',
    });
    browser = await chromium.launch({
      executablePath: CHROMIUM,
      headless: true,
      args: [
        '--headless',
        '--no-sandbox',
        '--disable-gpu',
        '--disable-background-networking',
        '--disable-component-update',
        '--disable-sync',
        '--no-first-run',
      ],
    });
    const links = await seedLinks(browser, server.url, ot, {
      pcnId: tree.pcnId,
      practiceId: tree.practiceIds[0],
    });
    const pages: [string, string, string][] = [
      ['floor: static page, one paragraph', FLOOR_PAGE, ''],
      ['/refer (start page)', '/refer', 'target'],
      ['/refer?lang=cy (start page, in Welsh)', '/refer?lang=cy', 'target'],
      ['/book/:token (a real link)', links.booking, ''],
      ['/book/:token (not a real link)', '/book/not-a-real-link', ''],
      ['/questionnaire/:token (a real link)', links.questionnaire, ''],
    ];
    const loadBefore = loadavg()[0] ?? 0;
    const figures: PageFigures[] = [];
    for (const [name, path, note] of pages) {
      const f = await measurePage(browser, server.url, name, path, note);
      process.stdout.write(
        `${name}: JS ${kb(f.js)} KB, CSS ${kb(f.css)} KB, total ${kb(f.total)} KB, LCP ${f.lcp.toFixed(0)} ms\n`,
      );
      figures.push(f);
    }
    const loadAfter = loadavg()[0] ?? 0;
    const verdict = (f: PageFigures) => {
      if (f.path === FLOOR_PAGE) return '(floor)';
      const lcpOk = f.lcp < LCP_BUDGET_MS;
      const jsOk = f.note !== 'target' || f.js <= JS_BUDGET_BYTES;
      return `${jsOk && lcpOk ? 'pass' : 'FAIL'}${f.note === 'target' ? ` (JS ${jsOk ? '≤' : '>'} 150 KB)` : ''}, LCP ${lcpOk ? '<' : '≥'} 2.5 s`;
    };
    const body = [
      `Each page loaded ${String(RUNS)} times, each in a fresh Chromium context (empty cache), on Lighthouse's "Slow 4G" emulated through DevTools (150 ms RTT, 1.6 Mbps down, 750 Kbps up) with the CPU slowed ${String(CPU_SLOWDOWN)}×, a 412×823 phone viewport; medians shown. Bytes are as transferred (CDP \`Network.loadingFinished\` encodedDataLength, headers included; the server sends the build's precompressed brotli files). LCP is the last \`largest-contentful-paint\` entry after the network has been idle for 500 ms. The server is \`everyday serve\` (from source with tsx, PGlite) serving a production build; the links are real ones made through the API by an OT (a booking link for a request on the waiting list; a PHQ-9 and GAD-7 link for a booked person). The floor is a static HTML page with one paragraph from the same server. Targets (issue 9): /refer at most 150 KB of JavaScript transferred; LCP under 2.5 s on every public page. LCP depends on the CPU: the machine's one-minute load average was ${loadBefore.toFixed(1)} before the pages were measured and ${loadAfter.toFixed(1)} after, on ${String(cpus().length)} cores (other work shares this machine), so compare LCP with the floor of the same run.`,
      '',
      '| page | JS KB | CSS KB | total KB | requests | LCP ms | verdict |',
      '| --- | --- | --- | --- | --- | --- | --- |',
      ...figures.map(
        (f) =>
          `| ${f.name} | ${kb(f.js)} | ${kb(f.css)} | ${kb(f.total)} | ${f.requests.toFixed(0)} | ${f.lcp.toFixed(0)} | ${verdict(f)} |`,
      ),
    ].join('\n');
    writeSection('public pages on a phone', body);
    process.stdout.write(`${body}\n`);
  } finally {
    await browser?.close();
    await server?.stop();
    rmSync(dataDir, { recursive: true, force: true });
    web.cleanUp();
  }
}
