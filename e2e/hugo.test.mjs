// Journeys against the example Hugo site (examples/hugo-blog/public, built with the theme component from
// dist/hugo), served with a strict Content-Security-Policy.

import { after, before, describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { mkdirSync, readFileSync } from 'node:fs';
import { serve, STRICT_CSP } from './server.mjs';
import {
  assertCleanConsole,
  assertNoAxeViolations,
  assertOnlyRequested,
  cls,
  completeQuiz,
  events,
  host,
  launch,
  open,
  path,
  waitForMounted,
} from './harness.mjs';

const ARTICLE = '/posts/layering-without-the-fuss/';
const FILES = ['skin-analysis.js', 'skin-analysis-app.js', 'skin-analysis-app_bg.wasm', 'skin-analysis-host.css'];

describe('Hugo example site (examples/hugo-blog)', () => {
  let server;
  let browser;
  before(async () => {
    server = await serve([
      { prefix: '/', dir: path('examples/hugo-blog/public'), headers: { 'Content-Security-Policy': STRICT_CSP } },
    ]);
    browser = await launch();
  });
  after(async () => {
    await browser?.close();
    await server?.close();
  });

  it('gives each of two shortcodes its placeholder, loader, host stylesheet and noscript message', () => {
    const html = readFileSync(path(`examples/hugo-blog/public${ARTICLE}index.html`), 'utf8');
    assert.equal(html.match(/<script type="?module"? src="?\/skin-analysis\/skin-analysis\.js"?/g)?.length, 2, 'a loader each');
    assert.equal(html.match(/skin-analysis-host\.css/g)?.length, 2, 'a host stylesheet each');
    assert.equal(html.match(/<div data-skin-analysis/g)?.length, 2, 'two placeholders');
    assert.match(html, /data-lang="?ko"? data-id="?second"?/);
    assert.equal(html.match(/<noscript>/g)?.length, 2);
    assert.doesNotMatch(html, /<script>|<script type="?module"?>|style=/, 'no inline script or style');
  });

  it('runs both quizzes on the article: events, clean console, CLS 0, only its own files', async () => {
    const { page, context, log } = await open(browser, `${server.origin}${ARTICLE}`, {
      viewport: { width: 390, height: 844 },
    });
    await waitForMounted(page, 2);
    await page.waitForTimeout(300);
    assert.equal((await cls(page)).value, 0, JSON.stringify(await cls(page)));

    const english = await completeQuiz(page, 0);
    assert.deepEqual([english.id, english.lang], ['default', 'en']);
    assert.equal(await host(page, 1).locator('.sa-intro').count(), 1, 'the Korean quiz is untouched');
    const korean = await completeQuiz(page, 1);
    assert.deepEqual([korean.id, korean.lang], ['second', 'ko']);
    assert.equal((await events(page)).filter((e) => e.type === 'skin-analysis:complete').length, 2);

    mkdirSync(path('e2e/out'), { recursive: true });
    await page.screenshot({ path: path('e2e/out/hugo-article-results.png'), fullPage: true });
    assertCleanConsole(log);
    assert.deepEqual(await page.evaluate(() => window.__cspViolations), []);
    assertOnlyRequested(log, server.origin, [ARTICLE, '/css/site.css', ...FILES.map((f) => `/skin-analysis/${f}`)]);
    // Each shortcode names the loader, but a module script runs and loads once per URL: one loader, one wasm.
    // (The tiny host stylesheet may be fetched again: this test server forbids caching.)
    for (const file of FILES.filter((f) => !f.endsWith('.css'))) {
      const fetched = log.requests.filter((url) => new URL(url).pathname === `/skin-analysis/${file}`).length;
      assert.equal(fetched, 1, `${file} is requested once for two quizzes`);
    }
    await context.close();
  });

  for (const width of [320, 360, 768, 1280]) {
    it(`does not shift the article while loading at ${width}px wide`, async () => {
      const { page, context, log } = await open(browser, `${server.origin}${ARTICLE}`, {
        viewport: { width, height: 800 },
        // Slow wasm: the article is painted, with the reserved space, long before the quizzes appear.
        before: (p) => p.route('**/*.wasm', async (route) => {
          await new Promise((resolve) => setTimeout(resolve, 300));
          await route.continue();
        }),
      });
      await waitForMounted(page, 2);
      await page.waitForTimeout(300);
      const shift = await cls(page);
      assert.equal(shift.value, 0, JSON.stringify(shift.shifts));
      if (width === 1280) {
        mkdirSync(path('e2e/out'), { recursive: true });
        await page.screenshot({ path: path('e2e/out/hugo-article.png'), fullPage: true });
      }
      assertCleanConsole(log);
      await context.close();
    });
  }

  it('has no axe violations on the whole article at the intro, a question and the results', async () => {
    const { page, context, log } = await open(browser, `${server.origin}${ARTICLE}`);
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
    const context = await browser.newContext({ javaScriptEnabled: false });
    const page = await context.newPage();
    await page.goto(`${server.origin}${ARTICLE}`);
    const texts = await page.locator('[data-skin-analysis]').allInnerTexts();
    assert.equal(texts.length, 2);
    assert.match(texts[0], /needs JavaScript/);
    assert.match(texts[1], /자바스크립트가 필요해요/);
    await context.close();
  });

  it('lists the article on the home page', async () => {
    const { page, context, log } = await open(browser, `${server.origin}/`);
    await page.locator(`a[href="${ARTICLE}"]`).click();
    await waitForMounted(page, 2);
    await assertNoAxeViolations(page, 'the article after navigating from home');
    assertCleanConsole(log);
    await context.close();
  });
});
