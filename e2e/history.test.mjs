// The reader's history on their device (issue 21), in Chromium: complete, come back another day (the clock moved
// forward), check in changing two answers, read what changed and since when in English and Korean, save the calendar
// reminder, and forget the history, with a second tab agreeing. The same journey runs in WebKit
// (webkit.journeys.mjs); what it does and checks is shared in history.mjs.

import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { readFile } from 'node:fs/promises';
import {
  assertCleanConsole, completeQuiz, events, host, openTab, PLAIN_PAGES, until, useSite, waitForMounted,
} from './harness.mjs';
import {
  assertForgotten, assertReminder, assertWhatChanged, CHANGED, CHECK_IN, CHECKIN_DETAILS, FIRST, historyPanel, LABELS,
  LATER, ONE_ENTRY, PAGE, PANEL_BUTTONS,
} from './history.mjs';

describe('history on the device', () => {
  const site = useSite(PLAIN_PAGES);

  it('checks in another day, says what changed in English and Korean, reminds and forgets, in step with another tab', async () => {
    const url = site.url(PAGE);
    const { page, context, log } = await site.open(PAGE, { before: (p) => p.context().clock.setFixedTime(FIRST) });
    await waitForMounted(page, 1);
    await completeQuiz(page, 0);
    const kept = (await page.evaluate(historyPanel)).history;
    assert.match(kept, ONE_ENTRY);
    assert.equal((await page.evaluate(historyPanel)).changes, null, 'nothing to compare yet');

    // Five weeks later the reader comes back: the result is there, nothing new is recorded.
    await context.clock.setFixedTime(LATER);
    await page.reload();
    await waitForMounted(page, 1);
    const quiz = host(page, 0);
    await quiz.locator('.sa-results').waitFor();
    assert.equal((await page.evaluate(historyPanel)).history, kept, 'a reload is no new result');

    await completeQuiz(page, 0, { start: CHECK_IN, change: CHANGED });
    const checkins = (await events(page)).filter((e) => e.type === 'skin-analysis:checkin');
    assert.deepEqual(checkins.map((e) => e.detail), CHECKIN_DETAILS, 'the host hears of it, without answers');
    const panel = await page.evaluate(historyPanel);
    assert.equal(panel.history.split('|').length, 3, 'two entries');
    assertWhatChanged(panel, 'en');

    // A second tab of the same quiz shows the same history.
    const second = await openTab(context, url);
    await waitForMounted(second.page, 1);
    await host(second.page, 0).locator('.sa-changes').waitFor({ state: 'attached' });
    assertWhatChanged(await second.page.evaluate(historyPanel), 'en');

    // In Korean.
    await quiz.locator('.sa-lang-button', { hasText: LABELS.korean }).click();
    await until(page, () => document.querySelector('[data-skin-analysis]').shadowRoot.querySelector('.sa-root[lang=ko]'), null, {
      what: 'the Korean results',
    });
    assertWhatChanged(await page.evaluate(historyPanel), 'ko');

    // The reminder: a calendar file made in the page, in Korean, four weeks ahead, with no answer in it.
    const [download] = await Promise.all([
      page.waitForEvent('download'),
      quiz.locator(PANEL_BUTTONS, { hasText: LABELS.remind }).click(),
    ]);
    assertReminder({ name: download.suggestedFilename(), ics: await readFile(await download.path(), 'utf8') }, url, panel.history);

    // Forget: the history goes, in both tabs; the result stays.
    await quiz.locator(PANEL_BUTTONS, { hasText: LABELS.forget }).click();
    assertForgotten(await page.evaluate(historyPanel));
    await until(second.page, () => !document.querySelector('[data-skin-analysis]').shadowRoot.querySelector('.sa-check-in-list'), null, {
      what: 'the other tab forgetting too',
    });
    assertForgotten(await second.page.evaluate(historyPanel));

    assertCleanConsole(log);
    assertCleanConsole(second.log);
    await context.close();
  });
});
