// Nothing lost across releases (issue 27), in Chromium: one origin serves the released 0.1.0's own files
// (tests/fixtures/v0.1.0/release), then today's (dist/embed) at the same URLs, as a blog owner upgrades. The reader
// finishes and checks in on 0.1.0 and leaves a second quiz half-finished; after the upgrade her result, her history
// with what changed (across the upgrade too), her half-finished quiz and her old share links all work.

import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { STRICT_CSP_HEADERS as headers } from './server.mjs';
import { assertCleanConsole, path, published, startQuiz, useSite, waitForMounted } from './harness.mjs';
import { assertWhatChanged, CHECK_IN as CHECK_IN_BUTTON, historyPanel } from './history.mjs';
import {
  answerAs, CHECK_IN, CHECK_IN_DAY, FIRST, FIRST_DAY, nextScreen, recordCopies, screenOf, shareFragment, V0_1_0,
} from './upgrade.mjs';

const PAGE = '/pages/two.html';
const DAY = 86_400_000;
/** Five weeks after her check-in on 0.1.0, on today's release, she checks in again: her skin feels comfortable. */
const LATER = new Date(CHECK_IN_DAY.getTime() + 35 * DAY);
const AGAIN = CHECK_IN.map(([question, choice]) => [question, question === 'skin_feel' ? 'comfortable' : choice]);

/** A value of tests/fixtures/v0.1.0/values-browser.txt (made by 0.1.0 in Chromium). */
const fixture = (name) =>
  readFileSync(path('tests/fixtures/v0.1.0/values-browser.txt'), 'utf8').match(new RegExp(`^${name} = "(.*)"$`, 'm'))[1];

describe('upgrading from 0.1.0', () => {
  const embed = { prefix: '/embed/', dir: V0_1_0, headers };
  const site = useSite([{ prefix: '/pages/', dir: path('e2e/pages'), headers }, embed]);

  /** What quiz `index` of a fresh reader shows on `where`: its results' text and language. */
  async function shown(where, index = 0) {
    const { page, context, log } = await site.open(where);
    await waitForMounted(page, 1);
    await nextScreen(page, index, 'intro');
    const view = await page.evaluate((i) => {
      const root = document.querySelectorAll('[data-skin-analysis], skin-analysis')[i].shadowRoot;
      return {
        lang: root.querySelector('.sa-root').lang,
        notice: root.querySelector('.sa-shared-notice')?.textContent,
        results: root.querySelector('.sa-results')?.textContent,
      };
    }, index);
    assertCleanConsole(log);
    await context.close();
    return view;
  }

  it("keeps her result, history, half-finished quiz and share links when the blog upgrades", async () => {
    const { page, context, log } = await site.open(PAGE, {
      before: async (p) => {
        await p.context().clock.setFixedTime(FIRST_DAY);
        await p.context().addInitScript(recordCopies);
      },
    });
    await waitForMounted(page, 2);
    const quiz = page.locator('[data-skin-analysis], skin-analysis');

    // On 0.1.0: she finishes the first quiz and copies its link; she leaves the second one (Korean) half-finished.
    await startQuiz(page, 0);
    assert.equal(await answerAs(page, 0, FIRST), 'results');
    const oldLink = await shareFragment(page, 0, 'en');
    await startQuiz(page, 1);
    assert.equal(await answerAs(page, 1, FIRST, { stopAt: 'concerns' }), 'concerns');

    // Four weeks later, still 0.1.0, she checks in: a history of two results.
    await context.clock.setFixedTime(CHECK_IN_DAY);
    await page.reload();
    await waitForMounted(page, 2);
    await quiz.nth(0).locator(CHECK_IN_BUTTON).click();
    await nextScreen(page, 0, 'results');
    assert.equal(await answerAs(page, 0, CHECK_IN), 'results');
    const history = await page.evaluate(() => localStorage.getItem('skin-analysis:v1:default:history'));
    assert.match(history, /^h1\|\d+\.1[^|]+\|\d+\.1[^|]+$/, "two entries in 0.1.0's format");

    // The blog upgrades; five weeks later she comes back to the same page.
    embed.dir = path('dist/embed');
    await context.clock.setFixedTime(LATER);
    await page.reload();
    await waitForMounted(page, 2);
    assert.ok(site.served.includes(`/embed/${published('skin-analysis-app_bg.wasm')}`), "today's quiz runs");
    assert.equal(await page.evaluate(screenOf, [0]), 'results', 'her result is there');
    const upgraded = await page.evaluate(historyPanel);
    assert.equal(upgraded.history, history, 'her history is kept as 0.1.0 wrote it');
    assertWhatChanged(upgraded, 'en', { since: FIRST_DAY });

    // Her half-finished quiz resumes where she was, with her answers.
    assert.equal(await page.evaluate(screenOf, [1]), 'concerns');
    await quiz.nth(1).locator('.sa-question .sa-button--ghost').click();
    await nextScreen(page, 1, 'concerns');
    assert.ok(await quiz.nth(1).locator('.sa-choice-input[id$="-breakouts-occasional"]').isChecked(), 'answer kept');
    assert.equal(await answerAs(page, 1, FIRST), 'results');

    // She checks in on today's release: what changed since her check-in on 0.1.0, one answer.
    await quiz.nth(0).locator(CHECK_IN_BUTTON).click();
    await nextScreen(page, 0, 'results');
    assert.equal(await answerAs(page, 0, AGAIN), 'results');
    const checkedIn = await page.evaluate(historyPanel);
    assert.ok(checkedIn.history.startsWith(`${history}|`), 'a third entry after the two as written');
    assertWhatChanged(checkedIn, 'en', { since: CHECK_IN_DAY, changed: 1, results: 3 });
    assertCleanConsole(log);

    // Her old link opens the result it was made of: the same as today's link for the same answers.
    const todayLink = (await shareFragment(page, 1, 'ko')).replace('skin-analysis=second.', 'skin-analysis=default.');
    await context.close();
    const old = await shown(`/pages/strict-csp.html#${oldLink}`);
    assert.ok(old.notice, 'shown as a shared result');
    assert.deepEqual(old, await shown(`/pages/strict-csp.html#${todayLink}`));
    console.log(`# share link (${FIRST.length} picks): 0.1.0 ${oldLink.length} characters, today ${todayLink.length}`);

    // A friend's link from 0.1.0's Korean page (made in Chromium: values-browser.txt) opens in Korean.
    const friend = await shown(`/pages/korean.html#${fixture('share-ko')}`);
    assert.equal(friend.lang, 'ko');
    assert.ok(friend.notice && friend.results, 'a shared result');
  });
});
