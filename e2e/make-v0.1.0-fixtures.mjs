// Makes tests/fixtures/v0.1.0/values-browser.txt: what the released 0.1.0 saved and shared, written by its own
// files (tests/fixtures/v0.1.0/release) in Chromium, for tests/upgrade.rs to read with today's code. Run it again
// with `node e2e/make-v0.1.0-fixtures.mjs` (the same values come out: the clock is fixed and 0.1.0 never changes).
//
// Each value is made in a fresh browser context on a plain page under the strict CSP (e2e/pages), 0.1.0's files
// served at /embed/, as tests/fixtures/v0.1.0/README.md lists them.

import { writeFileSync } from 'node:fs';
import { serve, STRICT_CSP_HEADERS } from './server.mjs';
import { launch, path, startQuiz, waitForMounted } from './harness.mjs';
import {
  answerAs, CHECK_IN, CHECK_IN_DAY, FIRST, FIRST_DAY, FRIEND, nextScreen, recordCopies, shareFragment, V0_1_0,
} from './upgrade.mjs';

const KEY = 'skin-analysis:v1:default';
const server = await serve([
  { prefix: '/pages/', dir: path('e2e/pages'), headers: STRICT_CSP_HEADERS },
  { prefix: '/embed/', dir: V0_1_0, headers: STRICT_CSP_HEADERS },
]);
const browser = await launch();

/** A fresh reader on `page` at FIRST_DAY, the quiz mounted. */
async function reader(page = '/pages/strict-csp.html') {
  const context = await browser.newContext({ viewport: { width: 800, height: 900 }, locale: 'en-US' });
  await context.clock.setFixedTime(FIRST_DAY);
  await context.addInitScript(recordCopies);
  const tab = await context.newPage();
  tab.on('pageerror', (error) => {
    throw error;
  });
  await tab.goto(server.origin + page);
  await waitForMounted(tab, 1);
  return { context, tab, quiz: tab.locator('[data-skin-analysis]') };
}

const stored = (tab, key = KEY) => tab.evaluate((k) => localStorage.getItem(k), key);

async function korean(tab, quiz) {
  await quiz.locator('.sa-lang-button', { hasText: '한국어' }).click();
  await tab.waitForFunction(() => document.querySelector('[data-skin-analysis]').shadowRoot.querySelector('.sa-root[lang=ko]'));
}

const values = {};

// On the intro, switched to Korean.
{
  const { context, tab, quiz } = await reader();
  await korean(tab, quiz);
  values['progress-intro-ko'] = await stored(tab);
  await context.close();
}

// On question 1, nothing answered; on question 3 after two answers (in one visit, as a reader goes).
{
  const { context, tab, quiz } = await reader();
  await startQuiz(tab, 0);
  values['progress-q1'] = await stored(tab);
  await answerAs(tab, 0, FIRST, { stopAt: 'conditions' });
  values['progress-conditions'] = await stored(tab);
  await context.close();
}

// In Korean, on the allergies question after eleven answers.
{
  const { context, tab, quiz } = await reader();
  await korean(tab, quiz);
  await startQuiz(tab, 0);
  await answerAs(tab, 0, FIRST, { stopAt: 'allergies' });
  values['progress-allergies-ko'] = await stored(tab);
  await context.close();
}

// Her result and its share link; four weeks later, her check-in: the history of two results.
{
  const { context, tab, quiz } = await reader();
  await startQuiz(tab, 0);
  await answerAs(tab, 0, FIRST);
  values['progress-results'] = await stored(tab);
  values['share-en'] = await shareFragment(tab, 0, 'en');
  await context.clock.setFixedTime(CHECK_IN_DAY);
  await tab.reload();
  await waitForMounted(tab, 1);
  await quiz.locator('.sa-check-ins .sa-button--primary').click();
  await nextScreen(tab, 0, 'results');
  await answerAs(tab, 0, CHECK_IN);
  values['history-two'] = await stored(tab, `${KEY}:history`);
  await context.close();
}

// A friend's result on a Korean page, and her share link.
{
  const { context, tab, quiz } = await reader('/pages/korean.html');
  await startQuiz(tab, 0);
  await answerAs(tab, 0, FRIEND);
  values['share-ko'] = await shareFragment(tab, 0, 'ko');
  await context.close();
}

await browser.close();
await server.close();

const file = path('tests/fixtures/v0.1.0/values-browser.txt');
writeFileSync(file, Object.entries(values).map(([name, value]) => `${name} = "${value}"\n`).join(''));
console.log(`wrote ${file}`);
