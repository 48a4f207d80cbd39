// Journeys against the example Hugo site built with the theme component, served with a strict Content-Security-Policy.
// They run once per build listed in HUGO_SITES (directories, separated like PATH; `cargo xtask e2e` builds the site
// from the unpacked release archive with Debian's Hugo and with the current one, and sets SKIN_ANALYSIS_RELEASE),
// else on examples/hugo-blog/public (what `hugo --source examples/hugo-blog` makes from dist/hugo).

import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { createHash } from 'node:crypto';
import { mkdirSync, readFileSync } from 'node:fs';
import { basename } from 'node:path';
import { brotliDecompressSync, gunzipSync } from 'node:zlib';
import { STRICT_CSP_HEADERS } from './server.mjs';
import {
  assertCleanConsole, assertNoAxeViolations, assertOnlyRequested, cls, completeQuiz, events, holdWasm, host, HUGO_SITES,
  path, published, settled, useSite, waitForMounted,
} from './harness.mjs';

const ARTICLE = '/posts/layering-without-the-fuss/';
// The long articles, each ending with a bare {{< skin-analysis >}}.
const LONG_ARTICLES = [
  '/posts/glass-skin-without-the-myth/',
  '/posts/a-gentle-facial-massage/',
  '/posts/what-star-skin-tips-get-right/',
];
// The quiz's files as the theme publishes them under /skin-analysis/: the loader and the intro's stylesheet through
// Hugo Pipes (named by their whole SHA-256, with `integrity`), the others as `cargo xtask dist` versioned them.
const filesOf = (site) => {
  const dir = `${site}/skin-analysis`;
  return [
    published('skin-analysis.js', dir, 64),
    published('skin-analysis-intro.css', dir, 64),
    published('skin-analysis-boot.js', dir),
    published('skin-analysis-app.js', dir),
    published('skin-analysis-app_bg.wasm', dir),
    // One per language on the page (its two quizzes show English and Korean).
    published('skin-analysis-text-en.txt', dir),
    published('skin-analysis-text-ko.txt', dir),
    // Linked by the results for print.
    published('skin-analysis-print.css', dir),
  ];
};
// The example blog has owner's products: every quiz reads their JSON file.
const PRODUCTS = '/skin-analysis/products.json';
const SITE_FILES = ['/css/site.css', '/js/theme.js'];

for (const build of HUGO_SITES) describe(`Hugo example site (built by ${basename(build)})`, () => {
  const site = useSite([{ prefix: '/', dir: build, headers: STRICT_CSP_HEADERS }]);
  const FILES = filesOf(build);
  const [LOADER, INTRO_CSS] = FILES;
  const shot = (name) => path('e2e/out', `${basename(build)}-${name}.png`);

  it('gives each of two shortcodes its placeholder with the intro rendered in, loader and noscript message', () => {
    // Hugo writes a `+` in an attribute as `&#43;`.
    const html = readFileSync(`${build}${ARTICLE}index.html`, 'utf8').replaceAll('&#43;', '+');
    const integrity = (file) => `sha256-${createHash('sha256').update(readFileSync(`${build}/skin-analysis/${file}`)).digest('base64')}`;
    const loader = `<script type="module" src="/skin-analysis/${LOADER}" integrity="${integrity(LOADER)}"></script>`;
    assert.equal(html.split(loader).length - 1, 2, 'a loader each, fingerprinted with its integrity');
    const css = `<template shadowrootmode="open"><link rel="stylesheet" href="/skin-analysis/${INTRO_CSS}" integrity="${integrity(INTRO_CSS)}">`;
    assert.equal(html.split(css).length - 1, 2, 'an intro each, its stylesheet fingerprinted with its integrity');
    assert.match(html, /<h2 tabindex="?-1"? class="?sa-title"?>What does your skin need\?<\/h2>/);
    assert.match(html, /<section class="?sa-screen sa-intro"?>.*내 피부/s, 'the Korean quiz\'s intro is Korean');
    assert.doesNotMatch(html, /skin-analysis-host\.css/, 'the intro is the reserved box');
    assert.equal(html.match(/<div data-skin-analysis/g)?.length, 2, 'two placeholders');
    assert.match(html, /data-lang="?ko"? data-id="?second"?/);
    assert.equal(html.match(/<noscript>/g)?.length, 2);
    assert.doesNotMatch(html, /<script>|<script type="?module"?>|style=/, 'no inline script or style');
  });

  it('has each quiz file it publishes precompressed beside it, Hugo Pipes\' names included', { skip: !process.env.SKIN_ANALYSIS_RELEASE && 'built from dist/, which has no precompressed files' }, () => {
    for (const file of FILES) {
      const bytes = readFileSync(`${build}/skin-analysis/${file}`);
      assert.deepEqual(gunzipSync(readFileSync(`${build}/skin-analysis/${file}.gz`)), bytes, `${file}.gz`);
      assert.deepEqual(brotliDecompressSync(readFileSync(`${build}/skin-analysis/${file}.br`)), bytes, `${file}.br`);
    }
  });

  it('runs both quizzes on the article: events, clean console, CLS 0, only its own files', async () => {
    const { page, context, log } = await site.open(ARTICLE, {
      viewport: { width: 390, height: 844 },
    });
    await waitForMounted(page, 2);
    await settled(page, log);
    assert.equal((await cls(page)).value, 0, JSON.stringify(await cls(page)));

    const english = await completeQuiz(page, 0);
    assert.deepEqual([english.id, english.lang], ['default', 'en']);
    assert.equal(await host(page, 1).locator('.sa-intro').count(), 1, 'the Korean quiz is untouched');
    const korean = await completeQuiz(page, 1);
    assert.deepEqual([korean.id, korean.lang], ['second', 'ko']);
    assert.equal((await events(page)).filter((e) => e.type === 'skin-analysis:complete').length, 2);

    mkdirSync(path('e2e/out'), { recursive: true });
    await page.screenshot({ path: shot('article-results'), fullPage: true });
    assertCleanConsole(log);
    assert.deepEqual(await page.evaluate(() => window.__cspViolations), []);
    assertOnlyRequested(log, site.origin, [ARTICLE, PRODUCTS, ...SITE_FILES, ...FILES.map((f) => `/skin-analysis/${f}`)]);
    // Each shortcode names the loader, but a module script runs and loads once per URL: one loader, one wasm.
    // (The intro's stylesheet may be fetched again: this test server forbids caching.)
    for (const file of FILES.filter((f) => !f.endsWith('.css'))) {
      const fetched = log.requests.filter((url) => new URL(url).pathname === `/skin-analysis/${file}`).length;
      assert.equal(fetched, 1, `${file} is requested once for two quizzes`);
    }
    await context.close();
  });

  // Each placeholder's box and its intro card's, in the page.
  const boxes = (page) =>
    page.evaluate(() =>
      Array.from(document.querySelectorAll('[data-skin-analysis]'), (quiz) => ({
        reserved: quiz.getBoundingClientRect().height,
        card: quiz.shadowRoot.querySelector('.sa-card').getBoundingClientRect().height,
      })),
    );

  for (const width of [320, 360, 390, 768, 1280]) {
    it(`reserves exactly the intro card's height, and does not shift the article while loading, at ${width}px wide`, async () => {
      // The wasm held back: the article is painted, with the reserved space, before the quizzes appear.
      const wasm = holdWasm();
      const { page, context, log } = await site.open(ARTICLE, { viewport: { width, height: 800 }, before: wasm.before });
      // The intro rendered into the page, before the quiz: no empty space below its card.
      for (const box of await boxes(page)) assert.ok(Math.abs(box.reserved - box.card) <= 3, JSON.stringify(box));
      if (width === 390) {
        mkdirSync(path('e2e/out'), { recursive: true });
        await host(page, 0).screenshot({ path: shot('intro-390') });
      }
      await wasm.release();
      await waitForMounted(page, 2);
      await settled(page, log);
      const shift = await cls(page);
      assert.equal(shift.value, 0, JSON.stringify(shift.shifts));
      for (const box of await boxes(page)) assert.ok(Math.abs(box.reserved - box.card) <= 3, `the live intro: ${JSON.stringify(box)}`);
      if (width === 1280) {
        mkdirSync(path('e2e/out'), { recursive: true });
        await page.screenshot({ path: shot('article'), fullPage: true });
      }
      assertCleanConsole(log);
      await context.close();
    });
  }

  it('has no axe violations on the whole article at the intro, a question and the results', async () => {
    const { page, context, log } = await site.open(ARTICLE);
    await waitForMounted(page, 2);
    await assertNoAxeViolations(page, 'the article with two intros');
    await completeQuiz(page, 1, {
      onQuestion: async (step) => {
        if (step === 1 || step === 5) await assertNoAxeViolations(page, `the article at Korean question ${step}`);
      },
    });
    await assertNoAxeViolations(page, 'the article with Korean results');
    assertCleanConsole(log);
    await context.close();
  });

  it('shows the noscript message in each quiz\'s language when JavaScript is off', async () => {
    const context = await site.browser.newContext({ javaScriptEnabled: false });
    const page = await context.newPage();
    await page.goto(site.url(ARTICLE));
    const texts = await page.locator('[data-skin-analysis]').allInnerTexts();
    assert.equal(texts.length, 2);
    assert.match(texts[0], /needs JavaScript/);
    assert.match(texts[1], /자바스크립트가 필요해요/);
    await context.close();
  });

  it('lists the article on the home page', async () => {
    const { page, context, log } = await site.open('/');
    await page.locator(`a[href="${ARTICLE}"]`).click();
    await waitForMounted(page, 2);
    await assertNoAxeViolations(page, 'the article after navigating from home');
    assertCleanConsole(log);
    await context.close();
  });

  it('ends each long article with one bare quiz, more than two screens below the top on a phone', async () => {
    for (const article of LONG_ARTICLES) {
      const html = readFileSync(`${build}${article}index.html`, 'utf8');
      assert.equal(html.match(/<div data-skin-analysis/g)?.length, 1, `${article}: one placeholder`);
      // Only the article's language and what the site provides (its source-article pages, its products): no other
      // setting and no article.
      const placeholder = html.match(/<div data-skin-analysis[^>]*>/)[0];
      assert.match(placeholder, /^<div data-skin-analysis data-lang="?en"?[ >]/, `${article}: the English article's language`);
      assert.doesNotMatch(placeholder, /data-(theme|id|focus|article)=/, `${article}: the bare shortcode sets no other setting`);
      assert.doesNotMatch(html, /<script>|<script type="?module"?>|style=/, `${article}: no inline script or style`);

      const { page, context, log } = await site.open(article, {
        viewport: { width: 390, height: 844 },
      });
      const layout = await page.evaluate(() => {
        const quiz = document.querySelector('[data-skin-analysis]');
        const text = [...document.querySelectorAll('article :is(p, h2, h3, ul, ol)')].filter((el) => !quiz.contains(el));
        return {
          top: quiz.getBoundingClientRect().top + window.scrollY,
          screen: window.innerHeight,
          last: text.every((el) => el.compareDocumentPosition(quiz) & Node.DOCUMENT_POSITION_FOLLOWING),
        };
      });
      assert.ok(layout.last, `${article}: the quiz comes after all of the article's text`);
      // Far enough down that a reader at the top is not "near the quiz" (issue 10 measures what they download).
      assert.ok(layout.top > 2 * layout.screen, `${article}: quiz at ${layout.top}px, screen ${layout.screen}px`);
      assertCleanConsole(log);
      assert.deepEqual(await page.evaluate(() => window.__cspViolations), []);
      await context.close();
    }
  });

  // The page's own scheme as the blog's theme sets it.
  const scheme = (page) =>
    page.evaluate(() => ({
      theme: document.documentElement.dataset.theme,
      colorScheme: getComputedStyle(document.documentElement).colorScheme,
      background: getComputedStyle(document.body).backgroundColor,
      pressed: document.querySelector('[data-theme-toggle]').getAttribute('aria-pressed'),
    }));

  it('switches the blog dark and back with its toggle, remembers it, under the strict CSP', async () => {
    const { page, context, log } = await site.open(LONG_ARTICLES[0], {
      viewport: { width: 390, height: 844 },
    });
    // The quiz loads when the reader comes near it (e2e/facade.test.mjs checks it wears the blog's scheme).
    await host(page, 0).scrollIntoViewIfNeeded();
    await waitForMounted(page, 1);
    const toggle = page.getByRole('button', { name: 'Dark mode' });
    const light = await scheme(page);
    assert.deepEqual([light.theme, light.colorScheme, light.pressed], ['light', 'light', 'false']);

    await toggle.click();
    const dark = await scheme(page);
    assert.deepEqual([dark.theme, dark.colorScheme, dark.pressed], ['dark', 'dark', 'true']);
    assert.notEqual(dark.background, light.background);
    await assertNoAxeViolations(page, 'the article in the blog\'s dark mode');

    await page.reload();
    await host(page, 0).scrollIntoViewIfNeeded();
    await waitForMounted(page, 1);
    assert.equal((await scheme(page)).theme, 'dark', 'the choice survives a reload');
    await toggle.click();
    assert.deepEqual(Object.values(await scheme(page)).slice(0, 2), ['light', 'light']);
    assertCleanConsole(log);
    assert.deepEqual(await page.evaluate(() => window.__cspViolations), []);
    await context.close();
  });

  it('starts dark for a reader whose system is dark, without a light flash', async () => {
    const context = await site.browser.newContext({ colorScheme: 'dark', viewport: { width: 390, height: 844 } });
    const page = await context.newPage();
    // Read as soon as the parser has made <body>: the blocking script in <head> must have set the theme by then.
    await page.addInitScript(() => {
      const watch = new MutationObserver(() => {
        if (!document.body) return;
        window.__firstTheme = document.documentElement.dataset.theme ?? 'unset';
        watch.disconnect();
      });
      watch.observe(document, { childList: true, subtree: true });
    });
    await page.goto(site.url('/'));
    assert.equal(await page.evaluate(() => window.__firstTheme), 'dark');
    const dark = await scheme(page);
    assert.deepEqual([dark.theme, dark.colorScheme, dark.pressed], ['dark', 'dark', 'true']);
    mkdirSync(path('e2e/out'), { recursive: true });
    await page.screenshot({ path: shot('home-dark') });
    await context.close();
  });
});
