// Issue 10's journeys: the intro is in the page (rendered at build time), the quiz costs a reader nothing until they
// come near it, a Start click before the quiz is there is never lost, and the quiz wears the blog's colours. On the
// example blog's long articles (each build in HUGO_SITES, like hugo.test.mjs), served gzip-compressed under the
// strict CSP, on a 390 px phone; and the plain-page snippet from dist/embed.

import { before, describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { basename } from 'node:path';
import { gzipSync } from 'node:zlib';
import { STRICT_CSP_HEADERS } from './server.mjs';
import {
  assertCleanConsole, assertNoAxeViolations, cls, completeQuiz, host, HUGO_SITES, loaderDecided, open, path, published,
  SLOW_LINK, until, useSite, waitForMounted,
} from './harness.mjs';

const ARTICLE = '/posts/glass-skin-without-the-myth/';
const PHONE = { width: 390, height: 844 };

/** The quiz's files the page requested (URLs starting with `prefix`), by path in `dir`, with their gzip -9 sizes. */
const quizFiles = (dir, log, prefix) =>
  [...new Set(log.requests.filter((url) => url.startsWith(prefix)).map((url) => new URL(url).pathname))].map((p) => ({
    path: p,
    gzip: gzipSync(readFileSync(dir + p), { level: 9 }).length,
  }));

/** The background of the quiz card and where focus is inside the quiz, read through its shadow root. */
const look = (page) =>
  page.evaluate(() => {
    const quiz = document.querySelector('[data-skin-analysis], skin-analysis');
    const card = quiz.shadowRoot.querySelector('.sa-card');
    return {
      mounted: quiz.hasAttribute('data-skin-analysis-mounted'),
      card: getComputedStyle(card).backgroundColor,
      scheme: getComputedStyle(quiz.shadowRoot.querySelector('.sa-root')).colorScheme,
    };
  });

for (const build of HUGO_SITES) describe(`the quiz as a good guest on a long article (built by ${basename(build)})`, () => {
  const site = useSite([{ prefix: '/', dir: build, headers: STRICT_CSP_HEADERS, gzip: true }]);

  it('costs a reader who never scrolls at most 4 KB gzip of quiz files: the loader and the intro\'s stylesheet', async () => {
    const { page, context, log } = await site.open(ARTICLE, { viewport: PHONE });
    await loaderDecided(page);
    const files = quizFiles(build, log, site.url('/skin-analysis/'));
    // The shortcode names both through Hugo Pipes, by content.
    const dir = `${build}/skin-analysis`;
    const expected = [published('skin-analysis-intro.css', dir, 64), published('skin-analysis.js', dir, 64)];
    assert.deepEqual(files.map((f) => f.path.slice('/skin-analysis/'.length)).sort(), expected.sort());
    const total = files.reduce((sum, f) => sum + f.gzip, 0);
    assert.ok(total <= 4096, `${total} B gzip before the quiz is near: ${JSON.stringify(files)}`);
    assert.equal((await look(page)).mounted, false);
    assertCleanConsole(log);
    assert.deepEqual(await page.evaluate(() => window.__cspViolations), []);
    // The intro is there all the same, and its page passes axe. (Checked last: axe-core itself applies an inline
    // style here, which the strict CSP reports on the console.)
    await assertNoAxeViolations(page, 'the article with the intro rendered in');
    await context.close();
  });

  it('shows the intro without JavaScript, with the notice below it', async () => {
    const context = await site.browser.newContext({ javaScriptEnabled: false, viewport: PHONE });
    const page = await context.newPage();
    await page.goto(site.url(ARTICLE));
    const quiz = host(page, 0);
    await quiz.scrollIntoViewIfNeeded();
    assert.ok(await quiz.locator('.sa-intro .sa-title').isVisible(), 'the intro heading is visible');
    assert.equal(await quiz.locator('.sa-intro .sa-title').innerText(), 'What does your skin need?');
    assert.ok(await quiz.locator('.sa-intro .sa-button--primary').isVisible(), 'Start is visible');
    // (Playwright's text locators skip <noscript>, so its box is measured instead.)
    const notice = await page.evaluate(() => {
      const p = document.querySelector('[data-skin-analysis] noscript p');
      return { text: p?.textContent, height: p?.getBoundingClientRect().height };
    });
    assert.match(notice.text, /needs JavaScript/);
    assert.ok(notice.height > 0, 'the notice is shown below the intro');
    mkdirSync(path('e2e/out'), { recursive: true });
    await quiz.screenshot({ path: path('e2e/out', `${basename(build)}-intro-no-js.png`) });
    await context.close();
  });

  it('keeps a Start click made the moment the intro comes into view on a slow link: question 1, focused, CLS 0', async () => {
    const { page, context, log } = await open(site.browser, 'about:blank', { viewport: PHONE });
    const cdp = await context.newCDPSession(page);
    await cdp.send('Network.enable');
    await cdp.send('Network.emulateNetworkConditions', SLOW_LINK);
    await page.goto(site.url(ARTICLE), { waitUntil: 'load' });
    const quiz = host(page, 0);
    const start = quiz.locator('.sa-intro .sa-button--primary');
    const clicked = Date.now();
    await start.click(); // scrolls it into view, then one real click
    const busy = await page.evaluate(() => {
      const quiz = document.querySelector('[data-skin-analysis]');
      return quiz.shadowRoot.querySelector('.sa-button--primary')?.getAttribute('aria-busy') ?? 'gone';
    });
    assert.ok(['true', 'gone'].includes(busy), `the pressed Start shows it is working (aria-busy ${busy})`);
    await quiz.locator('.sa-question').waitFor({ timeout: 20000 });
    console.log(`# Start click to question 1 on the throttled link: ${Date.now() - clicked} ms`);
    const focus = await until(page, () => {
      const quiz = document.querySelector('[data-skin-analysis]');
      const focused = quiz.shadowRoot.activeElement;
      return document.activeElement === quiz && focused?.matches('.sa-legend') && focused.textContent.trim();
    }, undefined, { what: 'focus on question 1' });
    assert.ok(focus.length > 0);
    const steps = await page.evaluate(() => window.__events.filter((e) => e.type === 'skin-analysis:step'));
    assert.deepEqual(steps.map((e) => e.detail.step), [1], 'question 1, once');
    assert.equal((await cls(page)).value, 0, JSON.stringify(await cls(page)));
    assertCleanConsole(log);
    assert.deepEqual(await page.evaluate(() => window.__cspViolations), []);
    await context.close();
  });

  it('wears the blog\'s dark and light, switched live by its toggle, before and after the quiz loads', async () => {
    const { page, context, log } = await site.open(ARTICLE, { viewport: PHONE });
    const toggle = page.getByRole('button', { name: 'Dark mode' });
    const light = await look(page);
    assert.deepEqual([light.mounted, light.scheme], [false, 'light']);
    await toggle.click();
    const dark = await look(page);
    assert.deepEqual([dark.mounted, dark.scheme], [false, 'dark'], 'the intro in the page turns dark');
    assert.notEqual(dark.card, light.card);

    await host(page, 0).scrollIntoViewIfNeeded();
    await waitForMounted(page, 1);
    assert.deepEqual(await look(page), { ...dark, mounted: true }, 'the live quiz is as dark, in the same colours');
    await assertNoAxeViolations(page, 'the dark article with the live intro');
    await toggle.click();
    assert.deepEqual(await look(page), { ...light, mounted: true }, 'and light again without a reload');
    assert.equal((await cls(page)).value, 0, JSON.stringify(await cls(page)));
    assertCleanConsole(log);
    assert.deepEqual(await page.evaluate(() => window.__cspViolations), []);
    await context.close();
  });

  it('loads at once for a reader with saved progress, and passes axe on a question and the results', async () => {
    const { page, context, log } = await site.open(ARTICLE, { viewport: PHONE });
    await host(page, 0).scrollIntoViewIfNeeded();
    await completeQuiz(page, 0, {
      onQuestion: async (step) => step === 1 && assertNoAxeViolations(page, 'question 1'),
    });
    await assertNoAxeViolations(page, 'the results');
    site.served.length = 0;
    await page.reload();
    await page.evaluate(() => scrollTo(0, 0));
    await waitForMounted(page, 1);
    assert.equal(await host(page, 0).locator('.sa-results').count(), 1, 'the saved results, without scrolling');
    assert.ok(site.served.includes(`/skin-analysis/${published('skin-analysis-app_bg.wasm', `${build}/skin-analysis`)}`));
    assertCleanConsole(log);
    assert.deepEqual(await page.evaluate(() => window.__cspViolations), []);
    await context.close();
  });
});

describe('the plain-page snippet (dist/embed/skin-analysis-<lang>.html)', () => {
  // A long page around the snippet, with the files under /skin-analysis/ as the README says.
  const out = path('e2e/out/snippet');
  before(() => {
    mkdirSync(out, { recursive: true });
    const text = '<p>Some article text that goes on for a while, so the quiz sits far below.</p>\n'.repeat(80);
    for (const lang of ['en', 'ko']) {
      const snippet = readFileSync(path(`dist/embed/skin-analysis-${lang}.html`), 'utf8');
      writeFileSync(
        `${out}/${lang}.html`,
        `<!doctype html><html lang="${lang}"><head><meta charset="utf-8"><title>snippet</title>` +
          `<meta name="viewport" content="width=device-width, initial-scale=1"><link rel="icon" href="data:,"></head><body>${text}${snippet}</body></html>`,
      );
    }
  });
  const site = useSite([
    { prefix: '/pages/', dir: out, headers: STRICT_CSP_HEADERS },
    { prefix: '/skin-analysis/', dir: path('dist/embed'), headers: STRICT_CSP_HEADERS },
  ]);

  it('wears what is painted behind it on a page that declares no scheme, live; the system setting behind an image', async () => {
    const context = await site.browser.newContext({ viewport: PHONE, colorScheme: 'dark' });
    const page = await context.newPage();
    await page.goto(site.url('/pages/en.html'));
    const scheme = () => page.evaluate(() => document.querySelector('skin-analysis').getAttribute('data-skin-analysis-scheme'));
    await until(page, () => document.querySelector('skin-analysis').getAttribute('data-skin-analysis-scheme'), undefined, { what: 'the loader' });
    assert.equal(await scheme(), 'light', 'a white page is light, whatever the system');
    const light = await look(page);
    await page.locator('skin-analysis .sa-intro .sa-button--primary').click();
    await waitForMounted(page, 1);
    assert.equal((await look(page)).card, light.card, 'the live quiz is as light');

    // The page's script paints it (CSSOM, which the CSP allows): a style attribute change on <body>.
    await page.evaluate(() => (document.body.style.background = 'linear-gradient(#000, #222)'));
    await until(page, () => document.querySelector('skin-analysis').getAttribute('data-skin-analysis-scheme') === 'dark', undefined, { what: 'dark' });
    const dark = await look(page);
    assert.notEqual(dark.card, light.card, 'behind an image: the dark system setting');
    await page.emulateMedia({ colorScheme: 'light' });
    await until(page, () => document.querySelector('skin-analysis').getAttribute('data-skin-analysis-scheme') === 'light', undefined, { what: 'light' });
    assert.equal((await look(page)).card, light.card, 'and light when the system turns light');
    await page.evaluate(() => (document.body.style.background = 'rgb(20, 16, 18)'));
    await until(page, () => document.querySelector('skin-analysis').getAttribute('data-skin-analysis-scheme') === 'dark', undefined, { what: 'dark page' });
    assert.equal((await look(page)).card, dark.card, 'a dark page: dark, on a light system');
    await context.close();
  });

  for (const [lang, title] of [['en', 'What does your skin need?'], ['ko', '내 피부에 필요한 건']]) {
    it(`shows the ${lang} intro before the quiz loads and starts it with one click`, async () => {
      const { page, context, log } = await site.open(`/pages/${lang}.html`, { viewport: PHONE });
      await loaderDecided(page);
      assert.ok(!log.requests.some((url) => url.endsWith('.wasm')), 'nothing more before the quiz is near');
      const quiz = host(page, 0);
      assert.ok((await quiz.locator('.sa-title').innerText()).startsWith(title));
      await quiz.locator('.sa-intro .sa-button--primary').click();
      await quiz.locator('.sa-question').waitFor();
      assert.equal((await cls(page)).value, 0, JSON.stringify(await cls(page)));
      assertCleanConsole(log);
      assert.deepEqual(await page.evaluate(() => window.__cspViolations), []);
      await context.close();
    });
  }
});
