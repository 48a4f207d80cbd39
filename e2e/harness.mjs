// Shared pieces of the end-to-end journeys: the site and browser of a `describe`, a page with everything recorded,
// the quiz driver, axe.
//
// Every journey file sets up the same way, once per `describe`:
//
//   describe('my journeys', () => {
//     const site = useSite(PLAIN_PAGES);            // or [{ prefix: '/', dir: someSite, headers: STRICT_CSP_HEADERS }]
//     it('does something', async () => {
//       const { page, context, log } = await site.open('/pages/two.html');   // a fresh context, recorded: see open()
//       ...
//       await context.close();
//     });
//   });
//
// `useSite(mounts)` serves `mounts` (see server.mjs) and launches Chromium before the describe's tests and closes
// both after them. What it returns is filled in before the first test: `site.origin`, `site.url(path)` (the origin
// plus `path`), `site.open(path, options)` ({@link open} on that URL), `site.browser` (for a context of your own)
// and `site.served` (every path the server answered, in order).
//
// The browser is Debian's Chromium (`/usr/bin/chromium`, or $CHROMIUM): playwright-core never downloads one.

import { readdirSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import { createRequire } from 'node:module';
import { delimiter, dirname, resolve } from 'node:path';
import { after, before } from 'node:test';
import { fileURLToPath } from 'node:url';
import assert from 'node:assert/strict';
import { chromium } from 'playwright-core';
import { serve, STRICT_CSP_HEADERS } from './server.mjs';

export const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '..');
export const path = (...parts) => resolve(ROOT, ...parts);

/** The plain host pages (e2e/pages) at /pages/ and the embed files (dist/embed) at /embed/, under the strict CSP. */
export const PLAIN_PAGES = [
  { prefix: '/pages/', dir: path('e2e/pages'), headers: STRICT_CSP_HEADERS },
  { prefix: '/embed/', dir: path('dist/embed'), headers: STRICT_CSP_HEADERS },
];

/** The builds of the example Hugo site to run on: $HUGO_SITES (separated like PATH), else examples/hugo-blog/public. */
export const HUGO_SITES = (process.env.HUGO_SITES || path('examples/hugo-blog/public')).split(delimiter).filter(Boolean);

/** Serves `mounts` and launches the browser for the enclosing `describe` (see the top of this file). */
export function useSite(mounts) {
  const site = {
    url: (where) => site.origin + where,
    open: (where, options) => open(site.browser, site.url(where), options),
  };
  let server;
  before(async () => {
    server = await serve(mounts);
    site.origin = server.origin;
    site.served = server.served;
    site.browser = await launch();
  });
  after(async () => {
    await site.browser?.close();
    await server?.close();
  });
  return site;
}

export const HOST = '[data-skin-analysis], skin-analysis';

/**
 * The name a quiz file is published under in `dir` (dist/embed, or a site's /skin-analysis/): `cargo xtask dist`
 * versions every file the loader fetches by content, `skin-analysis-boot.js` → `skin-analysis-boot.1a2b3c4d.js`
 * (the loader has such a copy beside its plain name). Hugo Pipes names the loader and the intro's stylesheet by their
 * whole SHA-256: `digits` 64.
 */
export function published(name, dir = path('dist/embed'), digits = 8) {
  const dot = name.indexOf('.');
  const escape = (text) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
  const pattern = new RegExp(`^${escape(name.slice(0, dot))}\\.[0-9a-f]{${digits}}${escape(name.slice(dot))}$`);
  const found = readdirSync(dir).filter((file) => pattern.test(file));
  assert.equal(found.length, 1, `one versioned ${name} in ${dir}: ${found}`);
  return found[0];
}

/** Flags for every Chromium we start (Playwright's here, Lighthouse's in bench-article.mjs). */
export const CHROMIUM_ARGS = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
];

/** Issue 10's slow link (also what Lighthouse's mobile preset simulates), for `Network.emulateNetworkConditions`. */
export const SLOW_LINK = { offline: false, latency: 150, downloadThroughput: 1.6e6 / 8, uploadThroughput: 750e3 / 8 };

/** Debian's Chromium with {@link CHROMIUM_ARGS} and `extraArgs`. */
export function launch(extraArgs = []) {
  return chromium.launch({ executablePath: process.env.CHROMIUM || '/usr/bin/chromium', args: [...CHROMIUM_ARGS, ...extraArgs] });
}

// Runs in every page before its own scripts (injected by the browser, so a page's CSP does not apply to it):
// records layout shifts, the quiz's DOM events as they reach `document` (which also proves they bubble out of the
// shadow root), and CSP violations.
const RECORDER = () => {
  window.__cls = 0;
  window.__shifts = [];
  window.__events = [];
  window.__cspViolations = [];
  const record = (entries) => {
    for (const entry of entries) {
      if (entry.hadRecentInput) continue;
      window.__cls += entry.value;
      window.__shifts.push({
        value: entry.value,
        sources: (entry.sources || []).map((s) => (s.node ? s.node.nodeName + (s.node.id ? '#' + s.node.id : '') : '?')),
      });
    }
  };
  const shifts = new PerformanceObserver((list) => record(list.getEntries()));
  shifts.observe({ type: 'layout-shift', buffered: true });
  // The shifts of every frame painted so far: two more frames, then what the observer has not delivered yet.
  window.__settledShifts = () =>
    new Promise((resolve) => requestAnimationFrame(() => requestAnimationFrame(resolve))).then(() =>
      record(shifts.takeRecords()),
    );
  for (const type of ['skin-analysis:start', 'skin-analysis:step', 'skin-analysis:complete', 'skin-analysis:checkin', 'skin-analysis:product', 'skin-analysis:kept']) {
    document.addEventListener(type, (event) => {
      const hosts = Array.from(document.querySelectorAll('[data-skin-analysis], skin-analysis'));
      window.__events.push({
        type,
        host: hosts.indexOf(event.target),
        bubbles: event.bubbles,
        composed: event.composed,
        detail: JSON.parse(JSON.stringify(event.detail)),
      });
    });
  }
  document.addEventListener('securitypolicyviolation', (event) => {
    window.__cspViolations.push(`${event.violatedDirective}: ${event.blockedURI}`);
  });
};

/**
 * Opens `url` in a fresh context and records console messages, uncaught errors and every request (`loading` holds
 * those not answered yet: see {@link settled}).
 * @returns {Promise<{page, context, log: {errors: string[], warnings: string[], pageErrors: string[], requests: string[], loading: Set}}>}
 */
export async function open(browser, url, { viewport = { width: 800, height: 900 }, before } = {}) {
  const context = await browser.newContext({ viewport, locale: 'en-US' });
  return { ...(await openTab(context, url, { before })), context };
}

/** Opens `url` in another tab of `context` (same storage), recorded like {@link open}. */
export async function openTab(context, url, { before } = {}) {
  const page = await context.newPage();
  const log = { errors: [], warnings: [], pageErrors: [], requests: [], loading: new Set() };
  page.on('console', (message) => {
    if (message.type() === 'error') log.errors.push(message.text());
    if (message.type() === 'warning') log.warnings.push(message.text());
  });
  page.on('pageerror', (error) => log.pageErrors.push(String(error)));
  page.on('request', (request) => {
    log.requests.push(request.url());
    log.loading.add(request);
  });
  for (const answered of ['requestfinished', 'requestfailed']) page.on(answered, (request) => log.loading.delete(request));
  await page.addInitScript(RECORDER);
  if (before) await before(page);
  await page.goto(url);
  return { page, log };
}

/** Polls `check()` (sync or async) until it returns a truthy value, and returns it; fails after `timeout` ms. */
async function poll(check, { timeout = 15000, what = 'condition' } = {}) {
  const deadline = Date.now() + timeout;
  for (;;) {
    const value = await check();
    if (value) return value;
    if (Date.now() > deadline) throw new Error(`timed out waiting for ${typeof what === 'function' ? what() : what}`);
    await new Promise((r) => setTimeout(r, 50));
  }
}

/** Polls `fn(arg)` in the page until it returns a truthy value (no `eval`: works under a strict CSP). */
export const until = (page, fn, arg, options) => poll(() => page.evaluate(fn, arg), options);

/** Two more frames painted: the rendering of everything before it, its observers' reports and its layout shifts. */
export const frames = (page) => page.evaluate(() => new Promise((r) => requestAnimationFrame(() => requestAnimationFrame(r))));

/**
 * Waits until the page has settled: every request it made answered, then two frames painted with no new request
 * (what arrived has been rendered, and any layout shift it caused has happened). For asserting that nothing moved.
 */
export async function settled(page, log, options) {
  await poll(
    async () => {
      if (log.loading.size > 0) return false;
      const seen = log.requests.length;
      await frames(page);
      return log.loading.size === 0 && log.requests.length === seen;
    },
    { what: () => `the page to settle (loading ${[...log.loading].map((r) => r.url()).join(', ')})`, ...options },
  );
}

/**
 * Waits until the loader has looked at the page as it is now and decided whether the reader is near a quiz: it has
 * watched every placeholder (each carries the scheme attribute it sets then), and its IntersectionObserver has
 * reported (one made now has: a document's observers report in the order they were made), then two frames for what
 * that report started. Past this, a reader who does nothing gets no more of the quiz: assert what was requested.
 */
export async function loaderDecided(page) {
  await until(
    page,
    (selector) => Array.from(document.querySelectorAll(selector)).every((h) => h.hasAttribute('data-skin-analysis-scheme')),
    HOST,
    { what: 'the loader watching every placeholder' },
  );
  await page.evaluate((selector) => {
    window.__loaderDecided = false;
    const observer = new IntersectionObserver(() => {
      observer.disconnect();
      requestAnimationFrame(() => requestAnimationFrame(() => (window.__loaderDecided = true)));
    });
    observer.observe(document.querySelector(selector));
  }, HOST);
  await until(page, () => window.__loaderDecided, undefined, { what: "the loader's observer to report" });
}

/**
 * In the page: true when nothing is animating, in the page or in a quiz's shadow root (the palette's colour
 * transitions have ended). A plain function, so WebDriver runs it too: `return (${still})();`.
 */
export function still() {
  const quizzes = Array.from(document.querySelectorAll('[data-skin-analysis], skin-analysis'), (quiz) => quiz.shadowRoot);
  return [document, ...quizzes.filter(Boolean)].every((root) => root.getAnimations().every((a) => a.playState !== 'running'));
}

/**
 * Holds the quiz's wasm back until `release()`: `before` routes it (pass it as {@link open}'s `before`), `release`
 * waits for two painted frames, then lets it through. So the page is on screen without the quiz for as long as the
 * test needs, however fast the quiz would have come.
 */
export function holdWasm() {
  let page;
  let letThrough;
  const released = new Promise((resolve) => (letThrough = resolve));
  return {
    before: (p) => {
      page = p;
      return p.route('**/*.wasm', async (route) => {
        await released;
        await route.continue();
      });
    },
    release: async () => {
      await frames(page);
      letThrough();
    },
  };
}

/** Waits until `count` placeholders are mounted and showing their intro. */
export async function waitForMounted(page, count) {
  await until(
    page,
    (n) => {
      const hosts = Array.from(document.querySelectorAll('[data-skin-analysis], skin-analysis'));
      // Mounted, not just the intro rendered into the page (which has a .sa-root too).
      const ready = hosts.filter((h) => h.hasAttribute('data-skin-analysis-mounted') && h.shadowRoot?.querySelector('.sa-root'));
      return ready.length >= n;
    },
    count,
    { what: `${count} mounted quizzes` },
  );
}

export const host = (page, index) => page.locator(HOST).nth(index);

export const events = (page) => page.evaluate(() => window.__events);
/** The layout shift so far: every shift of the frames painted before it returns (see `__settledShifts`). */
export const cls = (page) =>
  page.evaluate(async () => {
    await window.__settledShifts();
    return { value: window.__cls, shifts: window.__shifts };
  });

/** Waits for quiz `index` to have sent more than `seen` events; returns the newest and the new count. */
async function nextEvent(page, index, seen) {
  return until(
    page,
    ([i, n]) => {
      const mine = window.__events.filter((e) => e.host === i);
      return mine.length > n ? { event: mine[mine.length - 1], seen: mine.length } : null;
    },
    [index, seen],
    { what: `an event from quiz ${index}` },
  );
}

/**
 * Starts the quiz in placeholder `index` with the button `start` selects (the intro's Start, or Check in on the
 * results) and answers every question: the second choice for the question ids in `change`, else the answer already
 * chosen (a check-in's), else the first available choice; returns the `skin-analysis:complete` detail.
 * `onQuestion(step)` runs while each question is on screen, before it is answered.
 */
export async function completeQuiz(page, index, { onQuestion, start = '.sa-intro .sa-button--primary', change = [] } = {}) {
  const quiz = host(page, index);
  let seen = (await events(page)).filter((e) => e.host === index).length;
  await quiz.locator(start).click();
  for (let answered = 0; answered <= 40; answered += 1) {
    const next = await nextEvent(page, index, seen);
    seen = next.seen;
    if (next.event.type === 'skin-analysis:start') continue;
    if (next.event.type === 'skin-analysis:complete') {
      await quiz.locator('.sa-results').waitFor();
      return next.event.detail;
    }
    if (onQuestion) await onQuestion(next.event.detail.step);
    const question = quiz.locator('.sa-question');
    const submit = question.locator('button[type=submit]');
    if (change.includes(next.event.detail.questionId)) {
      await question.locator('.sa-choice').nth(1).click();
    } else if (await submit.isDisabled()) {
      await question.locator('.sa-choice:not(.sa-choice--disabled)').first().click();
    }
    await submit.click();
  }
  throw new Error('the quiz never showed results');
}

/** Starts the quiz and stops at the first question. */
export async function startQuiz(page, index) {
  await host(page, index).locator('.sa-intro .sa-button--primary').click();
  await host(page, index).locator('.sa-question').waitFor();
}

const require = createRequire(import.meta.url);
let axeSource;

/** Runs axe-core in the page (it walks open shadow roots) and returns the violations, readably. */
export async function axeViolations(page, selector) {
  axeSource ??= await readFile(require.resolve('axe-core/axe.min.js'), 'utf8');
  if (!(await page.evaluate(() => 'axe' in window))) await page.evaluate(axeSource);
  return page.evaluate(async (sel) => {
    const context = sel ? document.querySelector(sel) : document;
    const result = await window.axe.run(context, { resultTypes: ['violations'] });
    return result.violations.map(
      (v) => `${v.id} (${v.impact}): ${v.help}\n    ${v.nodes.map((n) => n.target.join(' > ')).join('\n    ')}`,
    );
  }, selector);
}

export async function assertNoAxeViolations(page, where, selector) {
  const violations = await axeViolations(page, selector);
  assert.deepEqual(violations, [], `axe violations on ${where}:\n  ${violations.join('\n  ')}`);
}

/** Every request went to one of `allowed` (paths on `origin`). */
export function assertOnlyRequested(log, origin, allowed) {
  const unexpected = log.requests.filter((url) => {
    if (!url.startsWith(origin + '/')) return !url.startsWith('data:');
    return !allowed.includes(new URL(url).pathname);
  });
  assert.deepEqual(unexpected, [], 'requests beyond the page and the widget files');
}

/** The example blog's products file has bad entries on purpose: the quiz skips each with one of these warnings. */
export const isSampleProductWarning = (text) => text.startsWith('skin-analysis: /skin-analysis/products.json: product ');

export function assertCleanConsole(log) {
  assert.deepEqual(log.pageErrors, [], 'uncaught errors');
  assert.deepEqual(log.errors, [], 'console errors');
}
