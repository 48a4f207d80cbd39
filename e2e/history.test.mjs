// The reader's history on their device (issue 21): complete, come back another day (the clock moved forward), check
// in changing two answers, read what changed and since when in English and Korean, save the calendar reminder, and
// forget the history, with a second tab agreeing. Only Playwright's cross-browser APIs (clock, download, locators),
// so the same journey runs in WebKit.

import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { readFile } from 'node:fs/promises';
import ICAL from 'ical.js';
import {
  assertCleanConsole, completeQuiz, events, host, openTab, PLAIN_PAGES, until, useSite, waitForMounted,
} from './harness.mjs';

const DAY = 86_400_000;
const MONTHS = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'];
const english = (d) => `${d.getDate()} ${MONTHS[d.getMonth()]} ${d.getFullYear()}`;
const korean = (d) => `${d.getFullYear()}년 ${d.getMonth() + 1}월 ${d.getDate()}일`;
const historyValue = (page) => page.evaluate(() => localStorage.getItem('skin-analysis:v1:default:history'));

/** Goes through a check-in: Next on every question, picking the second choice of the questions named. */
async function checkIn(page, change) {
  const quiz = host(page, 0);
  let seen = (await events(page)).length;
  await quiz.locator('.sa-check-ins .sa-button--primary').click();
  for (;;) {
    const event = await until(page, (n) => (window.__events.length > n ? window.__events[window.__events.length - 1] : null), seen, {
      what: 'the next screen',
    });
    seen = (await events(page)).length;
    if (event.type === 'skin-analysis:complete') break;
    if (event.type !== 'skin-analysis:step') continue;
    const question = quiz.locator('.sa-question');
    if (change.includes(event.detail.questionId)) await question.locator('.sa-choice').nth(1).click();
    await question.locator('button[type=submit]').click();
  }
  await quiz.locator('.sa-results').waitFor();
}

describe('history on the device', () => {
  const site = useSite(PLAIN_PAGES);

  it('checks in another day, says what changed in English and Korean, reminds and forgets, in step with another tab', async () => {
    const first = new Date(2026, 11, 7, 10, 0, 0);
    const url = site.url('/pages/strict-csp.html');
    const { page, context, log } = await site.open('/pages/strict-csp.html', { before: (p) => p.context().clock.setFixedTime(first) });
    await waitForMounted(page, 1);
    await completeQuiz(page, 0);
    const kept = await historyValue(page);
    assert.match(kept, /^h1\|\d+\.1[0-9a-v-]+$/, 'one entry: a day and the answers');
    const quiz = host(page, 0);
    assert.equal(await quiz.locator('.sa-changes').count(), 0, 'nothing to compare yet');

    // Five weeks later the reader comes back: the result is there, nothing new is recorded.
    const later = new Date(first.getTime() + 35 * DAY);
    await context.clock.setFixedTime(later);
    await page.reload();
    await waitForMounted(page, 1);
    await quiz.locator('.sa-results').waitFor();
    assert.equal(await historyValue(page), kept, 'a reload is no new result');

    await checkIn(page, ['skin_feel', 'stress']);
    const checkins = (await events(page)).filter((e) => e.type === 'skin-analysis:checkin');
    assert.deepEqual(checkins.map((e) => e.detail), [{ id: 'default', lang: 'en' }], 'the host hears of it, without answers');
    assert.equal((await historyValue(page)).split('|').length, 3, 'two entries');

    const changes = quiz.locator('.sa-changes');
    assert.equal(await changes.locator('.sa-section-title').innerText(), `What changed since ${english(first)}`);
    const text = await changes.innerText();
    assert.ok(text.includes('not from a measurement of your skin'), text);
    assert.ok(text.includes('Answers you changed'), text);
    assert.equal(await changes.locator('.sa-changes-list').first().locator('li').count(), 2, 'the two answers changed');
    assert.equal(await quiz.locator('.sa-check-in-list li').count(), 2);

    // A second tab of the same quiz shows the same history.
    const second = await openTab(context, url);
    await waitForMounted(second.page, 1);
    await host(second.page, 0).locator('.sa-changes').waitFor();
    assert.equal(await host(second.page, 0).locator('.sa-check-in-list li').count(), 2);

    // In Korean.
    await quiz.locator('.sa-lang-button', { hasText: '한국어' }).click();
    await until(page, () => document.querySelector('[data-skin-analysis]').shadowRoot.querySelector('.sa-root[lang=ko]'), null, {
      what: 'the Korean results',
    });
    assert.equal(await changes.locator('.sa-section-title').innerText(), `${korean(first)} 이후 달라진 점`);
    assert.ok((await changes.innerText()).includes('피부를 측정한 것이 아니라'));

    // The reminder: a calendar file made in the page, in Korean, four weeks ahead, with no answer in it.
    const [download] = await Promise.all([
      page.waitForEvent('download'),
      quiz.locator('.sa-check-ins .sa-button', { hasText: '체크인 알림 받기' }).click(),
    ]);
    assert.equal(download.suggestedFilename(), 'skin-check-in.ics');
    const ics = await readFile(await download.path(), 'utf8');
    assert.ok(ics.split('\r\n').slice(0, -1).every((line) => Buffer.byteLength(line) <= 75 && !line.includes('\n')), 'CRLF, folded');
    const event = new ICAL.Component(ICAL.parse(ics)).getFirstSubcomponent('vevent');
    assert.equal(event.getFirstPropertyValue('summary'), '체크인: 내 피부에 필요한 건 뭘까요?');
    assert.equal(event.getFirstPropertyValue('url'), url);
    const start = event.getFirstPropertyValue('dtstart');
    const due = new Date(later.getTime() + 28 * DAY);
    assert.deepEqual([start.year, start.month, start.day, start.hour], [due.getFullYear(), due.getMonth() + 1, due.getDate(), 9]);
    assert.equal(event.getFirstSubcomponent('valarm').getFirstPropertyValue('action'), 'DISPLAY');
    const code = kept.split('.')[1];
    assert.ok(!ics.includes(code) && !ics.includes('skin-analysis='), 'no answer in the file');

    // Forget: the history goes, in both tabs; the result stays.
    await quiz.locator('.sa-check-ins .sa-button', { hasText: '기록 지우기' }).click();
    assert.equal(await historyValue(page), null);
    assert.ok(await page.evaluate(() => localStorage.getItem('skin-analysis:v1:default')), 'the progress stays');
    assert.equal(await quiz.locator('.sa-changes').count(), 0);
    assert.equal(await quiz.locator('.sa-results').count(), 1);
    await until(second.page, () => !document.querySelector('[data-skin-analysis]').shadowRoot.querySelector('.sa-check-in-list'), null, {
      what: 'the other tab forgetting too',
    });

    assertCleanConsole(log);
    assertCleanConsole(second.log);
    await context.close();
  });
});
