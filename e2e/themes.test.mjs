// The quiz as a guest of popular Hugo themes no one here wrote (pinned copies in vendor/hugo-themes, built from the example
// articles by `cargo xtask e2e`: THEME_SITES lists the builds, named hugo-<version>-<theme>). Each switches dark mode
// its own way: Stack with html[data-scheme] and no `color-scheme` at all, PaperMod with html[data-theme] and a
// `color-scheme` in its CSS, Hextra with Tailwind's `dark` class and a `color-scheme` set by its script. For the
// reader's system light and dark × the site's own toggle light and dark, the quiz's card is dark exactly when the
// page behind it is, also after a live toggle; the whole quiz works; nothing shifts at 320 to 1280 px.

import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { basename, join } from 'node:path';
import { cls, completeQuiz, host, isSampleProductWarning, settled, useSite, waitForMounted } from './harness.mjs';
import { STRICT_CSP } from './server.mjs';
import { ARTICLE, openThemed, THEME_SITES, THEMES } from './sites.mjs';

/**
 * Relative luminance of the quiz's card and of what the page paints behind the quiz (the nearest ancestor with a
 * background colour, composited over white), read in the page: dark means below 0.179, where black and white text
 * contrast equally.
 */
const colours = (page) =>
  page.evaluate(() => {
    const canvas = document.createElement('canvas').getContext('2d', { willReadFrequently: true });
    const rgba = (colour) => {
      canvas.clearRect(0, 0, 1, 1);
      canvas.fillStyle = colour;
      canvas.fillRect(0, 0, 1, 1);
      return Array.from(canvas.getImageData(0, 0, 1, 1).data, (c) => c / 255);
    };
    const luminance = ([r, g, b]) => {
      const linear = (c) => (c <= 0.04045 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4);
      return 0.2126 * linear(r) + 0.7152 * linear(g) + 0.0722 * linear(b);
    };
    const quiz = document.querySelector('[data-skin-analysis]');
    const layers = [];
    for (let node = quiz; node; node = node.parentElement) {
      const colour = rgba(getComputedStyle(node).backgroundColor);
      if (colour[3] > 0) layers.unshift(colour);
      if (colour[3] >= 1) break;
    }
    const page = layers.reduce((below, [r, g, b, a]) => [r, g, b].map((c, i) => c * a + below[i] * (1 - a)), [1, 1, 1]);
    const card = quiz.shadowRoot.querySelector('.sa-card');
    return { card: luminance(rgba(getComputedStyle(card).backgroundColor)), page: luminance(page) };
  });

const dark = (luminance) => luminance < 0.179;

/** Reads both again for up to a second until the card is dark exactly when the page is (a theme may fade). */
async function matching(page) {
  const deadline = Date.now() + 1000;
  for (;;) {
    const seen = await colours(page);
    if (dark(seen.card) === dark(seen.page) || Date.now() > deadline) return seen;
    await page.waitForTimeout(50);
  }
}

/**
 * Console errors and warnings of ours: text naming the quiz (a theme's own 404s are not ours), but for the sample
 * products' expected warnings.
 */
const ours = (log) =>
  [...log.errors, ...log.warnings, ...log.pageErrors].filter(
    (text) => /skin-analysis|panicked|wasm/i.test(text) && !isSampleProductWarning(text),
  );

for (const dir of THEME_SITES) {
  const name = basename(dir).split('-').pop();
  const theme = THEMES[name];
  describe(`the quiz in the ${name} theme (${basename(dir)})`, () => {
    const site = useSite([{ prefix: '/', dir }]);

    /** The article for a reader whose system is `system` and who chose `chosen` with the site's toggle. */
    const visit = (system, chosen, viewport) => openThemed(site.browser, site.url(ARTICLE), name, { system, chosen, viewport });

    for (const system of ['light', 'dark']) {
      for (const chosen of ['light', 'dark']) {
        it(`system ${system}, site ${chosen}: the card is dark exactly when the page is, before and after loading and after a live toggle`, async () => {
          const { page, context, log } = await visit(system, chosen);
          const intro = await matching(page);
          assert.equal(dark(intro.page), chosen === 'dark', `the site's own ${chosen} mode: ${JSON.stringify(intro)}`);
          assert.equal(dark(intro.card), dark(intro.page), `the intro before the quiz loads: ${JSON.stringify(intro)}`);

          await host(page, 0).scrollIntoViewIfNeeded();
          await waitForMounted(page, 1);
          const live = await matching(page);
          assert.equal(dark(live.card), dark(live.page), `the live quiz: ${JSON.stringify(live)}`);

          await page.evaluate(theme.toggle);
          const toggled = await matching(page);
          assert.notEqual(dark(toggled.page), dark(live.page), `the site's toggle switched the page: ${JSON.stringify(toggled)}`);
          assert.equal(dark(toggled.card), dark(toggled.page), `after the site's toggle: ${JSON.stringify(toggled)}`);
          assert.deepEqual(ours(log), []);
          await context.close();
        });
      }
    }

    it('runs the whole quiz, reader\'s system dark, site light', async () => {
      const { page, context, log } = await visit('dark', 'light');
      await host(page, 0).scrollIntoViewIfNeeded();
      await waitForMounted(page, 1);
      const detail = await completeQuiz(page, 0);
      assert.equal(detail.lang, 'en');
      assert.ok((await host(page, 0).locator('.sa-routine').count()) > 0, 'a routine');
      const end = await colours(page);
      assert.equal(dark(end.card), dark(end.page), `the results: ${JSON.stringify(end)}`);
      assert.deepEqual(ours(log), []);
      await context.close();
    });

    for (const width of [320, 360, 768, 1280]) {
      it(`does not shift anything through load, intro, Start and question 1 at ${width}px; the live intro has the intro's box`, async () => {
        const { page, context, log } = await visit('light', 'light', { width, height: 800 });
        const box = () =>
          page.evaluate(() => {
            const { height, width } = document.querySelector('[data-skin-analysis]').getBoundingClientRect();
            return { height, width };
          });
        const built = await box();
        await host(page, 0).scrollIntoViewIfNeeded();
        await waitForMounted(page, 1);
        await settled(page, log);
        assert.deepEqual(await box(), built, 'the live intro has the box of the intro built into the page');
        await host(page, 0).locator('.sa-intro .sa-button--primary').click();
        await host(page, 0).locator('.sa-question').waitFor();
        await settled(page, log);
        const shift = await cls(page);
        console.log(`# ${name} ${width}px: CLS ${shift.value}`);
        assert.equal(shift.value, 0, JSON.stringify(shift.shifts));
        assert.deepEqual(ours(log), []);
        await context.close();
      });
    }
  });
}

/**
 * The Content-Security-Policy sources the README tells an owner to add for a theme's own inline code: the SHA-256 of
 * each inline `<script>` (JSON-LD data is never run, so it needs none) and `<style>` of a built page.
 */
function inlineHashes(html) {
  const hashes = { script: [], style: [] };
  for (const [, kind, attributes, body] of html.matchAll(/<(script|style)([^>]*)>(.*?)<\/\1>/gs)) {
    if (/\bsrc=|application\/ld\+json/.test(attributes)) continue;
    hashes[kind].push(`'sha256-${createHash('sha256').update(body).digest('base64')}'`);
  }
  return hashes;
}

for (const dir of THEME_SITES.filter((d) => d.endsWith('-papermod'))) {
  describe(`PaperMod under the README's Content-Security-Policy (${basename(dir)})`, () => {
    const { script, style } = inlineHashes(readFileSync(join(dir, ARTICLE, 'index.html'), 'utf8'));
    const policy = (hashes) =>
      `${STRICT_CSP.replace("'wasm-unsafe-eval'", ["'wasm-unsafe-eval'", ...hashes.script].join(' ')).replace("style-src 'self'", ["style-src 'self'", ...hashes.style].join(' '))}`;
    const withHashes = { prefix: '/with-hashes/', dir, headers: { 'Content-Security-Policy': policy({ script, style }) } };
    const without = { prefix: '/', dir, headers: { 'Content-Security-Policy': policy({ script: [], style: [] }) } };
    const site = useSite([withHashes, without]);
    // The site's links are root-relative: the article's own page is what each policy is checked on.
    const visit = (prefix, system) =>
      openThemed(site.browser, site.url(`${prefix}${ARTICLE.slice(1)}`), 'papermod', { system, chosen: '' });

    it('keeps the theme\'s dark toggle and a dark system\'s dark page, with the quiz, under the policy with its hashes', async () => {
      assert.ok(script.length >= 2 && style.length >= 1, `PaperMod's inline code: ${script.length} scripts, ${style.length} styles`);
      const { page, context, log } = await visit('/with-hashes/', 'dark');
      const scheme = () => page.evaluate(() => document.documentElement.dataset.theme);
      assert.equal(await scheme(), 'dark', 'a dark system\'s reader gets the dark page');
      await host(page, 0).scrollIntoViewIfNeeded();
      await waitForMounted(page, 1);
      let seen = await matching(page);
      assert.ok(dark(seen.page) && dark(seen.card), JSON.stringify(seen));
      await page.evaluate(THEMES.papermod.toggle);
      assert.equal(await scheme(), 'light', 'the toggle works');
      seen = await matching(page);
      assert.ok(!dark(seen.page) && !dark(seen.card), JSON.stringify(seen));
      assert.deepEqual(await page.evaluate(() => window.__cspViolations), []);
      assert.deepEqual(ours(log), []);
      await context.close();
    });

    it('loses the toggle under the policy without them (what the README warns about)', async () => {
      const { page, context } = await visit('/', 'dark');
      await page.evaluate(THEMES.papermod.toggle);
      assert.notEqual(await page.evaluate(() => document.documentElement.dataset.theme), 'dark', 'nothing switched it dark first');
      assert.ok((await page.evaluate(() => window.__cspViolations)).length > 0, 'the theme\'s inline code is refused');
      await context.close();
    });
  });
}
