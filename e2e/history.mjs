// The history journey of issue 21, what it does and what the reader must see, shared by its Chromium run
// (history.test.mjs, Playwright) and its WebKit run (webkit.journeys.mjs, WebDriver): the reader finishes the quiz of
// /pages/strict-csp.html on FIRST, comes back on LATER and checks in changing the answers CHANGED; the page's state is
// read by the in-page function `historyPanel`, the same in both browsers.

import assert from 'node:assert/strict';
import ICAL from 'ical.js';

export const PAGE = '/pages/strict-csp.html';
const DAY = 86_400_000;
/** When the reader first finishes (local time), and five weeks later, when they check in. */
export const FIRST = new Date(2026, 11, 7, 10, 0, 0);
export const LATER = new Date(FIRST.getTime() + 35 * DAY);
/** The questions whose answer the check-in changes (to their second choice). */
export const CHANGED = ['skin_feel', 'stress'];
/** The one `skin-analysis:checkin` detail the host hears of: no answer in it. */
export const CHECKIN_DETAILS = [{ id: 'default', lang: 'en' }];

/** In quiz 0's shadow root: the button that checks in, and the panel's other buttons (to pick by label). */
export const CHECK_IN = '.sa-check-ins .sa-button--primary';
export const PANEL_BUTTONS = '.sa-check-ins .sa-button';
export const LABELS = { korean: '한국어', remind: '점검 알림 받기', forget: '기록 지우기' };

/** The stored history after one finished quiz: one entry, a day and the answers' code (format 2: by permanent ids). */
export const ONE_ENTRY = /^h1\|\d+\.2[0-9a-zA-Z_~-]+$/;

/**
 * Runs in the page (Playwright's `evaluate`, WebDriver's `execute`; self-contained): what quiz 0 shows of the history
 * and what the page keeps; null until the quiz is on screen. The check-ins sit in a folded section of the results
 * (issue 29): it opens it first, as a reader would, so its buttons can be pressed.
 */
export function historyPanel() {
  const root = document.querySelector('[data-skin-analysis]').shadowRoot;
  if (!root?.querySelector('.sa-root')) return null;
  root.querySelector('.sa-fold--check-ins .sa-fold-button[aria-expanded=false]')?.click();
  const changes = root.querySelector('.sa-changes');
  return {
    lang: root.querySelector('.sa-root').lang,
    results: root.querySelectorAll('.sa-results').length,
    changes: changes && {
      title: changes.querySelector('.sa-subtitle').textContent,
      text: changes.textContent,
      // The list under "Answers you changed" (cautions may come before it).
      answers: Array.from(changes.querySelectorAll('.sa-changes-title'))
        .find((title) => ['Answers you changed', '바꾼 답변'].includes(title.textContent))
        ?.nextElementSibling.querySelectorAll('li').length,
    },
    checkIns: root.querySelectorAll('.sa-check-in-list li').length,
    history: localStorage.getItem('skin-analysis:v1:default:history'),
    progress: localStorage.getItem('skin-analysis:v1:default'),
  };
}

const MONTHS = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'];
const SAYS = {
  en: {
    title: (d) => `What changed since ${d.getDate()} ${MONTHS[d.getMonth()]} ${d.getFullYear()}`,
    note: 'not from a measurement of your skin',
    answers: 'Answers you changed',
  },
  ko: {
    title: (d) => `${d.getFullYear()}년 ${d.getMonth() + 1}월 ${d.getDate()}일 이후 달라진 점`,
    note: '피부를 측정한 것이 아니라',
    answers: '바꾼 답변',
  },
};

/**
 * `panel` (a {@link historyPanel}) shows, in `lang`, what changed since `since` (FIRST): `changed` answers (the two of
 * CHANGED), from the reader's own, and `results` results listed.
 */
export function assertWhatChanged(panel, lang, { since = FIRST, changed = 2, results = 2 } = {}) {
  assert.equal(panel.lang, lang);
  const { title, text, answers } = panel.changes;
  assert.equal(title, SAYS[lang].title(since));
  assert.ok(text.includes(SAYS[lang].note), text);
  assert.ok(text.includes(SAYS[lang].answers), text);
  assert.equal(answers, changed, 'the answers changed');
  assert.equal(panel.checkIns, results, 'every result listed');
}

/** The file "Remind me" offered (in Korean, on LATER, from `url`): a valid calendar, four weeks ahead, no answer. */
export function assertReminder({ name, ics }, url, history) {
  assert.equal(name, 'skin-check-in.ics');
  assert.ok(ics.split('\r\n').slice(0, -1).every((line) => Buffer.byteLength(line) <= 75 && !line.includes('\n')), 'CRLF, folded');
  const event = new ICAL.Component(ICAL.parse(ics)).getFirstSubcomponent('vevent');
  assert.equal(event.getFirstPropertyValue('summary'), '피부 점검: 내 피부에 필요한 건 뭘까요?');
  assert.equal(event.getFirstPropertyValue('url'), url);
  const start = event.getFirstPropertyValue('dtstart');
  const due = new Date(LATER.getTime() + 28 * DAY);
  assert.deepEqual([start.year, start.month, start.day, start.hour], [due.getFullYear(), due.getMonth() + 1, due.getDate(), 9]);
  assert.equal(event.getFirstSubcomponent('valarm').getFirstPropertyValue('action'), 'DISPLAY');
  for (const code of history.split('|').slice(1).map((entry) => entry.split('.')[1])) {
    assert.ok(!ics.includes(code), `no answer in the file (${code})`);
  }
  assert.ok(!ics.includes('skin-analysis='), 'no share link in the file');
}

/** After "Forget my history": the history is gone, the result and the saved progress stay. */
export function assertForgotten(panel) {
  assert.equal(panel.history, null);
  assert.ok(panel.progress, 'the progress stays');
  assert.equal(panel.changes, null);
  assert.equal(panel.checkIns, 0);
  assert.equal(panel.results, 1);
}
