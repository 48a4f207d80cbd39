// Journeys with several tabs of one browser (two pages of one context share localStorage), and storage that fails.

import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import {
  assertCleanConsole, completeQuiz, host, openTab, PLAIN_PAGES, startQuiz, until, useSite, waitForMounted,
} from './harness.mjs';

const progressText = (page) => host(page, 0).locator('.sa-progress-text').innerText();

describe('tabs and storage', () => {
  const site = useSite(PLAIN_PAGES);

  it('keeps two tabs in agreement: finishing in one shows the result in the other, and a reload keeps it', async () => {
    const first = await site.open('/pages/two.html');
    const second = await openTab(first.context, site.url('/pages/two.html'));
    await waitForMounted(first.page, 2);
    await waitForMounted(second.page, 2);

    // The second tab is on question 2 when the first one starts.
    await startQuiz(second.page, 0);
    await host(second.page, 0).locator('.sa-choice').first().click();
    await host(second.page, 0).locator('button[type=submit]').click();
    await until(first.page, () => !!document.querySelector('[data-skin-analysis]').shadowRoot.querySelector('.sa-question'), null, {
      what: 'the first tab following to the question',
    });
    assert.match(await progressText(first.page), /^Question 2 of/);

    // The first tab goes back to the intro's start and finishes; the second follows every step to the result.
    await host(first.page, 0).locator('.sa-button', { hasText: 'Back' }).click();
    await host(first.page, 0).locator('.sa-button', { hasText: 'Back' }).click();
    const detail = await completeQuiz(first.page, 0);
    await host(second.page, 0).locator('.sa-results').waitFor();
    const shown = await host(second.page, 0).locator('.sa-results').innerText();
    assert.ok(shown.includes(detail.profile), `the second tab shows "${detail.profile}"`);

    // The case of the issue: the other tab was on a question meanwhile; a reload of the first still shows the result.
    await first.page.reload();
    await waitForMounted(first.page, 2);
    assert.equal(await host(first.page, 0).locator('.sa-results').count(), 1, 'the finished result survives');
    // The second quiz on the page (another id) never moved in either tab.
    assert.equal(await host(second.page, 1).locator('.sa-intro').count(), 1);
    assert.equal(await host(first.page, 1).locator('.sa-intro').count(), 1);

    // "Start again" in the second tab: the first follows to question 1.
    await host(second.page, 0).locator('.sa-button', { hasText: 'Start again' }).click();
    await until(first.page, () => !!document.querySelector('[data-skin-analysis]').shadowRoot.querySelector('.sa-question'));
    assert.match(await progressText(first.page), /^Question 1 of/);
    assertCleanConsole(first.log);
    assertCleanConsole(second.log);
    await first.context.close();
  });

  it('loses nothing on screen when another tab clears storage, and saves it all again with the next answer', async () => {
    const first = await site.open('/pages/clean.html');
    const second = await openTab(first.context, site.url('/pages/clean.html'));
    await waitForMounted(first.page, 1);
    await startQuiz(first.page, 0);
    for (let i = 0; i < 3; i += 1) {
      await host(first.page, 0).locator('.sa-choice').first().click();
      await host(first.page, 0).locator('button[type=submit]').click();
    }
    assert.match(await progressText(first.page), /^Question 4 of/);
    // The first tab hears the clear (its quiz's listener came first), then must still show its question.
    await first.page.evaluate(() => {
      window.__cleared = new Promise((resolve) => addEventListener('storage', () => resolve(), { once: true }));
    });
    await second.page.evaluate(() => localStorage.clear());
    await first.page.evaluate(() => window.__cleared);
    assert.match(await progressText(first.page), /^Question 4 of/, 'still on screen');
    await host(first.page, 0).locator('.sa-choice').first().click();
    await host(first.page, 0).locator('button[type=submit]').click();
    await first.page.reload();
    await waitForMounted(first.page, 1);
    assert.match(await progressText(first.page), /^Question 5 of/, 'every answer saved again');
    await host(first.page, 0).locator('.sa-button', { hasText: 'Back' }).click();
    assert.equal(await host(first.page, 0).locator('input:checked').count(), 1, 'with its answers');
    assertCleanConsole(first.log);
    await first.context.close();
  });

  it('keeps the whole quiz in memory with one warning when the storage quota is exceeded', async () => {
    const { page, context, log } = await site.open('/pages/clean.html', {
      before: (p) =>
        p.addInitScript(() => {
          Storage.prototype.setItem = function () {
            throw new DOMException('The quota has been exceeded.', 'QuotaExceededError');
          };
        }),
    });
    await waitForMounted(page, 1);
    const detail = await completeQuiz(page, 0);
    assert.ok((await host(page, 0).locator('.sa-results').innerText()).includes(detail.profile));
    const warnings = log.warnings.filter((w) => w.includes('skin-analysis'));
    assert.equal(warnings.length, 1, warnings.join('\n'));
    assert.match(warnings[0], /QuotaExceededError|quota/i);
    assertCleanConsole(log);
    await context.close();
  });
});
