// The product checker (issue 28) on a phone in Chromium: a pregnant reader finishes the quiz, opens "Check a product"
// (only then are the checker's own wasm module and its ingredients file fetched), pastes a messy retinol serum label (Retinol flagged "avoid" because she
// is pregnant) and a plain snail essence (nothing conflicts), in English and in Korean; a reload finds the products
// kept, one is removed by its own button, "Forget my history" forgets the rest. Nothing pasted leaves the page: no request but the quiz's own files, nothing
// in the address, the events or a share link. The same journey runs in WebKit (webkit.journeys.mjs); what it pastes
// and reads is shared in checker.mjs.

import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import {
  assertCleanConsole, assertNoAxeViolations, assertOnlyRequested, completeQuiz, events, host, PLAIN_PAGES, published,
  until, useSite, waitForMounted,
} from './harness.mjs';
import { checkerPanel, LABELS, PAGE, PASTES, PREGNANT, SAYS } from './checker.mjs';

const FILES = [
  'skin-analysis.js',
  published('skin-analysis.js'),
  published('skin-analysis-boot.js'),
  published('skin-analysis-app.js'),
  published('skin-analysis-app_bg.wasm'),
  published('skin-analysis-text-en.txt'),
  published('skin-analysis-text-ko.txt'),
  published('skin-analysis-print.css'),
].map((file) => `/embed/${file}`);
const INGREDIENTS = `/embed/${published('skin-analysis-ingredients.txt')}`;
const CHECKER = `/embed/${published('skin-analysis-checker.wasm')}`;

describe('the product checker', () => {
  const site = useSite(PLAIN_PAGES);

  it('flags retinol for a pregnant reader, clears a snail essence, keeps them over a reload, removes one and forgets the rest, in English and Korean', async () => {
    const { page, context, log } = await site.open(PAGE, { viewport: { width: 390, height: 844 } });
    await waitForMounted(page, 1);
    const quiz = host(page, 0);
    await completeQuiz(page, 0, {
      onQuestion: async () => {
        for (const pick of PREGNANT) {
          const choice = quiz.locator(`label[for$="-${pick}"]`);
          if ((await choice.count()) && !(await choice.locator('input').isChecked())) await choice.click();
        }
      },
    });
    const requested = (file) => log.requests.filter((url) => new URL(url).pathname === file).length;
    assert.equal(requested(INGREDIENTS), 0, 'a reader who has not opened the checker downloads nothing for it');
    assert.equal(requested(CHECKER), 0, 'neither its code');

    // Open it: its module and data file come now, once.
    const fold = quiz.locator('.sa-fold--products .sa-fold-button');
    assert.equal(await fold.textContent(), `${SAYS.en.heading} (0)`);
    await fold.click();

    for (const lang of ['en', 'ko']) {
      if (lang === 'ko') {
        await quiz.locator('.sa-lang-button', { hasText: LABELS.korean }).click();
        await quiz.locator('.sa-root[lang=ko] .sa-checked').first().waitFor();
      }
      for (const paste of PASTES[lang]) {
        const before = (await page.evaluate(checkerPanel)).products.length;
        await quiz.locator('.sa-check-form input').fill(paste.name);
        await quiz.locator('.sa-check-form textarea').fill(paste.label);
        await quiz.locator('.sa-check-form button[type=submit]:not([disabled])').click();
        await until(page, (n) => document.querySelector('[data-skin-analysis]').shadowRoot
          .querySelectorAll('.sa-checked').length > n, before, { what: `the check of ${paste.name}` });
        const newest = (await page.evaluate(checkerPanel)).products[0];
        paste.expect(newest, lang);
      }
    }
    assert.equal(requested(INGREDIENTS), 1, 'the ingredients file, once');
    assert.equal(requested(CHECKER), 1, "the checker's module, once");
    await assertNoAxeViolations(page, 'the product checker with its flags');

    // Kept over a reload, read again (in Korean, the language she picked), and never in the address or an event.
    const stored = (await page.evaluate(checkerPanel)).stored;
    assert.match(stored, /^p1\n/);
    await page.reload();
    await waitForMounted(page, 1);
    await quiz.locator('.sa-root[lang=ko] .sa-checked').first().waitFor();
    const reloaded = await page.evaluate(checkerPanel);
    assert.deepEqual(reloaded.products.map((p) => p.name), ['설화 달팽이 에센스', '밤 레티놀 세럼', 'Snail Mucin Essence', 'Night Retinol Serum']);
    assert.equal(reloaded.heading, `${SAYS.ko.heading} (4)`);
    assert.equal(reloaded.stored, stored);
    for (const paste of [...PASTES.en, ...PASTES.ko]) {
      assert.ok(!page.url().includes(paste.label.slice(0, 12)), 'nothing pasted in the address');
      assert.ok(!JSON.stringify(await events(page)).includes(paste.name), 'nothing pasted in an event');
    }
    const share = await page.evaluate(() => document.querySelector('[data-skin-analysis]').shadowRoot.innerHTML);
    assert.ok(!/skin-analysis=[^"]*(Retinol|retinol)/.test(share), 'nothing pasted in a share link');

    // One removed by its own button, named with the product in her language: only it goes, from storage too.
    await quiz.locator('.sa-checked-remove', { hasText: '밤 레티놀 세럼 지우기' }).click();
    await until(page, () => document.querySelector('[data-skin-analysis]').shadowRoot
      .querySelectorAll('.sa-checked').length === 3, null, { what: 'the product removed' });
    const removed = await page.evaluate(checkerPanel);
    assert.deepEqual(removed.products.map((p) => p.name), ['설화 달팽이 에센스', 'Snail Mucin Essence', 'Night Retinol Serum']);
    assert.equal(removed.heading, `${SAYS.ko.heading} (3)`);
    assert.match(removed.stored, /^p1\n/);
    assert.ok(!removed.stored.includes('밤 레티놀 세럼'), removed.stored);

    // "Forget my history" forgets the rest; the result stays.
    await quiz.locator('.sa-fold--check-ins .sa-fold-button').click();
    await quiz.locator('.sa-check-ins .sa-button', { hasText: LABELS.forget }).click();
    await until(page, () => !document.querySelector('[data-skin-analysis]').shadowRoot.querySelector('.sa-checked'), null, {
      what: 'the products forgotten',
    });
    const forgotten = await page.evaluate(checkerPanel);
    assert.equal(forgotten.stored, null);
    assert.equal(forgotten.heading, `${SAYS.ko.heading} (0)`);
    assert.equal(forgotten.results, 1);

    assertOnlyRequested(log, site.origin, [PAGE, '/pages/page.css', '/embed/skin-analysis-host.css', ...FILES, INGREDIENTS, CHECKER]);
    assertCleanConsole(log);
    assert.deepEqual(log.warnings, []);
    await context.close();
  });
});
