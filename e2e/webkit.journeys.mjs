// The journeys in WebKit, the engine of every browser on an iPhone: Debian's WebKitGTK MiniBrowser driven over W3C
// WebDriver (e2e/webdriver.mjs). Run by `cargo xtask test` as its own stage (`node --test e2e/webkit.journeys.mjs`,
// not part of `node --test e2e/`); HUGO_SITES names the example blog's builds, the last one is used. Every page is
// served under the strict CSP with e2e/webkit-recorder.js first in its <head> (console, CSP violations, events,
// downloads, the clock).
//
// WebKit has no layout-shift entries: "no shift" is checked as the quiz's box keeping its size from the intro built
// into the page to the live intro, and not shrinking at question 1.

import { after, before, describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { serve, STRICT_CSP_HEADERS as headers } from './server.mjs';
import { HUGO_SITES, isSampleProductWarning, path } from './harness.mjs';
import {
  assertForgotten, assertReminder, assertWhatChanged, CHANGED, CHECK_IN, CHECKIN_DETAILS, FIRST, historyPanel, LABELS,
  LATER, ONE_ENTRY, PAGE, PANEL_BUTTONS,
} from './history.mjs';
import { checkerPanel, PAGE as CHECKER_PAGE, PASTES, PREGNANT } from './checker.mjs';
import { ARTICLE, MOUNTED, QUIZ, webkitArticleAt360 } from './sites.mjs';
import { CHECK_IN as RECHECK, CHECK_IN_DAY, clicksFor, FIRST as HER_FIRST, FIRST_DAY, screenOf, V0_1_0 } from './upgrade.mjs';
import { launchWebKit } from './webdriver.mjs';

const TWO_QUIZZES = '/posts/layering-without-the-fuss/';
const SITE = HUGO_SITES[HUGO_SITES.length - 1];
const RECORDER = '/__tests/webkit-recorder.js';

// In-page scripts (with QUIZ and MOUNTED of sites.mjs; `arguments[0]` is the quiz's index).
const BOX = `${QUIZ} const { width, height } = quiz.getBoundingClientRect(); return { width, height };`;
const START = '.sa-intro .sa-button--primary';
const CARD = `${QUIZ} return getComputedStyle(quiz.shadowRoot.querySelector('.sa-card')).backgroundColor;`;
const EVENTS = 'return window.__events.filter((e) => e.host === arguments[0]);';
// The quiz's first button matching the selector `arguments[1]`, or (with `arguments[2]`) the one with that text.
const BUTTON = `${QUIZ} return Array.from(quiz.shadowRoot?.querySelectorAll(arguments[1]) ?? []).find((b) => b.textContent.includes(arguments[2] ?? ''));`;

/** Relative luminance of an `rgb()` colour; dark below 0.179 (as the loader decides). */
function luminance(colour) {
  const [r, g, b] = colour.match(/[\d.]+/g).slice(0, 3).map((c) => {
    const s = c / 255;
    return s <= 0.04045 ? s / 12.92 : ((s + 0.055) / 1.055) ** 2.4;
  });
  return 0.2126 * r + 0.7152 * g + 0.0722 * b;
}

/** No console error, no uncaught error, no CSP violation; no warning but the sample products' (the example blog's
 * products file has bad entries on purpose: each is skipped with a warning). */
async function assertClean(wk) {
  const { console, violations } = await wk.run('return { console: window.__console, violations: window.__cspViolations };');
  const sample = ({ level, text }) => level === 'warn' && isSampleProductWarning(text);
  assert.deepEqual(console.filter((entry) => !sample(entry)), [], 'console errors and warnings');
  assert.deepEqual(violations, [], 'CSP violations');
}

/**
 * Starts quiz `index` with the button `start` selects (the intro's Start, or Check in on the results) and answers
 * every question as {@link answerAll}; returns the complete event's detail.
 */
async function completeQuiz(wk, index, { start = START, change = [], picks = [] } = {}) {
  await wk.click(BUTTON, index, start);
  await wk.until(`${QUIZ} return quiz.shadowRoot.querySelector('.sa-question');`, 'question 1', { args: [index] });
  return answerAll(wk, index, change, picks);
}

/**
 * Answers every question from the one on screen, as harness.mjs does (the choices whose input id ends with one of
 * `picks`, `<question id>-<choice id>`, first; the second choice for the question ids in `change`, else the answer
 * already chosen, else the first available choice); returns the complete event's detail.
 */
async function answerAll(wk, index, change = [], picks = []) {
  for (let answered = 0; answered <= 40; answered += 1) {
    const seen = (await wk.run(EVENTS, index)).length;
    const screen = await wk.until(
      `${QUIZ} return quiz.shadowRoot.querySelector('.sa-results') ? 'results' : quiz.shadowRoot.querySelector('.sa-question') && 'question';`,
      'a question or the results',
      { args: [index] },
    );
    if (screen === 'results') return (await wk.run(EVENTS, index)).findLast((e) => e.type === 'skin-analysis:complete')?.detail;
    const picked = await wk.run(
      `${QUIZ} const question = quiz.shadowRoot.querySelector('.sa-question');
       return Array.from(question.querySelectorAll('.sa-choice-input'))
         .filter((input) => !input.checked && arguments[1].some((pick) => input.id.endsWith('-' + pick)))
         .map((input) => input.closest('.sa-choice'));`,
      index,
      picks,
    );
    for (const choice of picked) await wk.clickElement(choice);
    // A choice's input is named after its question: `<instance>-<question id>`.
    const choice = await wk.run(
      `${QUIZ} const question = quiz.shadowRoot.querySelector('.sa-question');
       const name = question.querySelector('.sa-choice-input').name;
       if (arguments[1].some((id) => name.endsWith('-' + id))) return question.querySelectorAll('.sa-choice')[1];
       return question.querySelector('button[type=submit]:disabled') && question.querySelector('.sa-choice:not(.sa-choice--disabled)');`,
      index,
      change,
    );
    if (choice) await wk.clickElement(choice);
    await wk.click(`${QUIZ} return quiz.shadowRoot.querySelector('.sa-question button[type=submit]:enabled');`, index);
    await wk.until(`return window.__events.filter((e) => e.host === arguments[0]).length > arguments[1];`, 'the next screen', {
      args: [index, seen],
    });
  }
  throw new Error('the quiz never showed results');
}

/**
 * upgrade.mjs's `answerAs` over WebDriver: answers quiz `index`, from the question on screen, as `picks` says, to the
 * results.
 */
async function answerAs(wk, index, picks) {
  const screen = (previous) => wk.until(`return (${screenOf})([arguments[0], arguments[1]]);`, `quiz ${index} past ${previous}`, {
    args: [index, previous],
  });
  for (let shown = await screen(null); shown !== 'results';) {
    const { question, inputs, skip } = await wk.call(clicksFor, [index, picks]);
    for (const id of inputs) await wk.click(`${QUIZ} return quiz.shadowRoot.getElementById(arguments[1])?.closest('label');`, index, id);
    await wk.click(`${QUIZ} return quiz.shadowRoot.querySelector(arguments[1]);`, index, skip ? '.sa-question .sa-button--quiet' : '.sa-question button[type=submit]');
    shown = await screen(question);
  }
}

describe(`WebKit journeys (${SITE})`, () => {
  let server;
  let wk;
  /** The quiz's files on the plain pages: today's, or 0.1.0's while the upgrade journey's reader is on it. */
  const embed = { prefix: '/embed/', dir: path('dist/embed'), headers };
  before(async () => {
    server = await serve([
      { prefix: '/', dir: SITE, headers, script: RECORDER },
      { prefix: '/pages/', dir: path('e2e/pages'), headers, script: RECORDER },
      embed,
      { prefix: '/__tests/', dir: path('e2e'), headers },
    ]);
    wk = await launchWebKit();
    console.log(`# WebKitGTK ${wk.version}`);
  });
  after(async () => {
    await wk?.close();
    await server?.close();
  });

  /**
   * Opens `page` with nothing saved. Storage is cleared on another document of the origin first: cleared on `page`
   * itself, a quiz with saved progress (which loads at once) could read it before the clear.
   */
  async function openFresh(page) {
    await wk.goto(`${server.origin}${RECORDER}`);
    await wk.run('localStorage.clear();');
    await wk.goto(`${server.origin}${page}`);
  }

  it('shows the intro at first paint, loads near it, keeps its box through Start, and runs to the results with a routine', async () => {
    await wk.goto(`${server.origin}${ARTICLE}`);
    const first = await wk.run(`${QUIZ} return {
      intro: !!quiz.shadowRoot?.querySelector('.sa-intro .sa-title'),
      mounted: quiz.hasAttribute('data-skin-analysis-mounted'),
      wasm: performance.getEntriesByType('resource').some((r) => r.name.endsWith('.wasm')),
    };`, 0);
    assert.deepEqual(first, { intro: true, mounted: false, wasm: false }, 'the declarative intro, nothing loaded yet');
    const built = await wk.run(BOX, 0);
    await wk.run(`${QUIZ} quiz.scrollIntoView();`, 0);
    await wk.until(MOUNTED, 'the live quiz', { args: [0] });
    assert.deepEqual(await wk.run(BOX, 0), built, 'the live intro has the box of the intro built into the page');
    await wk.click(BUTTON, 0, START);
    await wk.until(`${QUIZ} return quiz.shadowRoot.querySelector('.sa-question');`, 'question 1', { args: [0] });
    // Start may grow it (within the click's input window, which is no layout shift), never shrink it.
    const question = await wk.run(BOX, 0);
    assert.ok(question.width === built.width && question.height >= built.height, JSON.stringify({ built, question }));
    const detail = await answerAll(wk, 0);
    assert.equal(detail?.lang, 'en');
    const routine = await wk.run(`${QUIZ} return quiz.shadowRoot.querySelectorAll('.sa-routine .sa-routine-grid > *').length;`, 0);
    assert.ok(routine > 0, 'the results show a routine');
    await assertClean(wk);
  });

  it('resumes after a reload where the reader was, and opens a share link with its results', async () => {
    await openFresh(ARTICLE);
    await wk.run(`${QUIZ} quiz.scrollIntoView();`, 0);
    await wk.click(BUTTON, 0, START);
    await wk.until(`${QUIZ} return quiz.shadowRoot.querySelector('.sa-question');`, 'question 1', { args: [0] });
    await wk.click(`${QUIZ} return quiz.shadowRoot.querySelector('.sa-question .sa-choice:not(.sa-choice--disabled)');`, 0);
    await wk.click(`${QUIZ} return quiz.shadowRoot.querySelector('.sa-question button[type=submit]:enabled');`, 0);
    await wk.until(`return window.__events.some((e) => e.type === 'skin-analysis:step' && e.detail.step === 2);`, 'question 2');
    await wk.refresh();
    // Saved progress loads the quiz at once, without scrolling to it.
    await wk.until(MOUNTED, 'the quiz with saved progress', { args: [0] });
    const resumed = await wk.until(`return window.__events.find((e) => e.type === 'skin-analysis:step')?.detail.step;`, 'a question');
    assert.equal(resumed, 2, 'back on question 2');

    await answerAll(wk, 0);
    const code = await wk.run("return localStorage.getItem('skin-analysis:v1:default')?.split('|').pop();");
    assert.ok(code, 'the finished quiz is saved');
    await wk.run('localStorage.clear();');
    await wk.goto(`${server.origin}${ARTICLE}#skin-analysis=default.${code}`);
    await wk.until(`${QUIZ} return quiz.shadowRoot?.querySelector('.sa-results .sa-routine') && quiz.shadowRoot.querySelector('.sa-shared-notice');`, 'the shared results', { args: [0] });
    await assertClean(wk);
  });

  it('keeps a results section opened or closed across a reload, its button saying which (issue 29)', async () => {
    await openFresh(ARTICLE);
    await wk.run(`${QUIZ} quiz.scrollIntoView();`, 0);
    await wk.until(MOUNTED, 'the live quiz', { args: [0] });
    await completeQuiz(wk, 0);
    // The "why these tips" section once its button's aria-expanded is `arguments[1]`: that, and whether the region
    // the button controls shows.
    const fold = (expanded, what) =>
      wk.until(
        `${QUIZ} const button = quiz.shadowRoot?.querySelector('.sa-results .sa-fold--why .sa-fold-button');
         const body = button && quiz.shadowRoot.getElementById(button.getAttribute('aria-controls'));
         return body && button.getAttribute('aria-expanded') === arguments[1]
           && { expanded: arguments[1], shown: body.getBoundingClientRect().height > 0 };`,
        what,
        { args: [0, expanded] },
      );
    // Brought to the middle of the window first: after a reload the page is scrolled wherever WebKit restores it, and
    // a click there once did not reach the button (the whole file's run; alone it passed).
    const toggle = () =>
      wk.click(
        `${QUIZ} const button = quiz.shadowRoot.querySelector('.sa-fold--why .sa-fold-button');
         button.scrollIntoView({ block: 'center' });
         return button;`,
        0,
      );
    const reload = async () => {
      await wk.refresh();
      // Saved results load the quiz at once, without scrolling to it.
      await wk.until(MOUNTED, 'the quiz with saved results', { args: [0] });
      await wk.until(`${QUIZ} return quiz.shadowRoot.querySelector('.sa-results');`, 'the results again', { args: [0] });
    };
    assert.deepEqual(await fold('false', 'the section folded'), { expanded: 'false', shown: false }, 'folded at first');
    await toggle();
    assert.deepEqual(await fold('true', 'the section open'), { expanded: 'true', shown: true });
    await reload();
    assert.deepEqual(await fold('true', 'the section open after a reload'), { expanded: 'true', shown: true });
    await toggle();
    assert.deepEqual(await fold('false', 'the section closed'), { expanded: 'false', shown: false });
    await reload();
    assert.deepEqual(await fold('false', 'the section closed after a reload'), { expanded: 'false', shown: false });
    await assertClean(wk);
  });

  it('wears the blog\'s dark mode, switched live by its toggle', async () => {
    await openFresh(ARTICLE);
    await wk.run(`${QUIZ} quiz.scrollIntoView();`, 0);
    await wk.until(MOUNTED, 'the live quiz', { args: [0] });
    const light = luminance(await wk.run(CARD, 0));
    await wk.click("return document.querySelector('[data-theme-toggle]');");
    await wk.until(`return document.documentElement.dataset.theme === 'dark';`, 'the blog dark');
    const dark = luminance(await wk.run(CARD, 0));
    assert.ok(light >= 0.179 && dark < 0.179, `light card ${light}, dark card ${dark}`);
    await wk.click("return document.querySelector('[data-theme-toggle]');");
    await wk.until(`return document.documentElement.dataset.theme === 'light';`, 'light again');
    assert.ok(luminance(await wk.run(CARD, 0)) >= 0.179, 'and light again without a reload');
    await assertClean(wk);
  });

  it('draws the quiz 360 px wide in the blog\'s light and dark, within the width and in the blog\'s colours', async () => {
    for (const theme of ['light', 'dark']) {
      await webkitArticleAt360(wk, server.origin, RECORDER, theme);
      const width = await wk.run('return { page: document.documentElement.scrollWidth, window: innerWidth };');
      assert.deepEqual(width, { page: 360, window: 360 }, `${theme}: nothing wider than the frame`);
      const card = luminance(await wk.run(CARD, 0));
      assert.equal(card < 0.179, theme === 'dark', `${theme}: card luminance ${card}`);
      await assertClean(wk);
      await wk.frame(null);
    }
  });

  it('runs two quizzes on one article, each in its own language', async () => {
    await openFresh(TWO_QUIZZES);
    await wk.run(`${QUIZ} quiz.scrollIntoView();`, 1);
    await wk.until(MOUNTED, 'quiz 1', { args: [1] });
    const korean = await completeQuiz(wk, 1);
    assert.equal(korean?.lang, 'ko');
    assert.equal(await wk.run(`${QUIZ} return !!quiz.shadowRoot.querySelector('.sa-intro');`, 0), true, 'the other quiz is untouched');
    await assertClean(wk);
  });

  // history.test.mjs's journey (see history.mjs). WebDriver cannot run a script before the page's own, so the clock
  // is set through the recorder, the first script of every page (see webkit-recorder.js): the history is then made by
  // the quiz itself on the days the journey chose, as in Chromium, not written by the test in the quiz's format.
  it('runs on the plain page under the strict CSP; checks in another day, says what changed in English and Korean, reminds and forgets, in step with another window', async () => {
    const url = `${server.origin}${PAGE}`;
    const clock = (date) => wk.run("localStorage.setItem('__tests:now', arguments[0]);", date.getTime());
    /** Polls the page until `test(panel)` holds for its {@link historyPanel}; returns the panel. */
    const panelWhen = (test, what) => wk.until(`const panel = (${historyPanel})(); return panel && (${test})(panel) && panel;`, what);
    await wk.goto(url);
    await wk.run('localStorage.clear();');
    await clock(FIRST);
    await wk.refresh();
    const detail = await completeQuiz(wk, 0);
    assert.equal(detail?.lang, 'en');
    const kept = (await wk.call(historyPanel)).history;
    assert.match(kept, ONE_ENTRY);
    assert.equal((await wk.call(historyPanel)).changes, null, 'nothing to compare yet');

    // Five weeks later the reader comes back: the result is there, nothing new is recorded.
    await clock(LATER);
    await wk.refresh();
    assert.equal((await panelWhen((panel) => panel.results, 'the kept result')).history, kept, 'a reload is no new result');

    await completeQuiz(wk, 0, { start: CHECK_IN, change: CHANGED });
    const checkins = (await wk.run(EVENTS, 0)).filter((e) => e.type === 'skin-analysis:checkin');
    assert.deepEqual(checkins.map((e) => e.detail), CHECKIN_DETAILS, 'the host hears of it, without answers');
    const panel = await wk.call(historyPanel);
    assert.equal(panel.history.split('|').length, 3, 'two entries');
    assertWhatChanged(panel, 'en');

    // A second window of the same quiz shows the same history (a background tab would be hidden: no quiz loads there).
    const first = await wk.window();
    const second = await wk.newWindow();
    await wk.switchTo(second);
    await wk.goto(url);
    assertWhatChanged(await panelWhen((panel) => panel.changes, "the second window's history"), 'en');
    await wk.switchTo(first);

    await wk.click(BUTTON, 0, '.sa-lang-button', LABELS.korean);
    assertWhatChanged(await panelWhen((panel) => panel.lang === 'ko', 'the Korean results'), 'ko');

    // The reminder, as the recorder caught it: the name and the data: URL of the <a download> followed.
    await wk.click(BUTTON, 0, PANEL_BUTTONS, LABELS.remind);
    await wk.until('return window.__downloads.length;', 'the calendar file');
    const downloads = await wk.run('return window.__downloads;');
    assert.equal(downloads.length, 1);
    const [{ name, href }] = downloads;
    const comma = href.indexOf(',');
    assert.equal(href.slice(0, comma), 'data:text/calendar;charset=utf-8');
    assertReminder({ name, ics: decodeURIComponent(href.slice(comma + 1)) }, url, panel.history);

    // Forget: the history goes, in both windows; the result stays.
    await wk.click(BUTTON, 0, PANEL_BUTTONS, LABELS.forget);
    assertForgotten(await panelWhen((panel) => panel.checkIns === 0, 'the history forgotten'));
    await assertClean(wk);
    await wk.switchTo(second);
    assertForgotten(await panelWhen((panel) => panel.checkIns === 0, 'the other window forgetting too'));
    await assertClean(wk);
    await wk.run('localStorage.clear();');
    await wk.closeWindow();
    await wk.switchTo(first);
  });
  // upgrade.test.mjs's history part (issue 27): the reader finishes and checks in on the released 0.1.0's files, the
  // blog upgrades to today's at the same URLs, and her history says what changed, across the upgrade too.
  it("keeps the history 0.1.0 made, and says what changed across the upgrade", async () => {
    const clock = (date) => wk.run("localStorage.setItem('__tests:now', arguments[0]);", date.getTime());
    const panelWhen = (test, what) => wk.until(`const panel = (${historyPanel})(); return panel && (${test})(panel) && panel;`, what);
    embed.dir = V0_1_0;
    let history;
    try {
      await openFresh(PAGE);
      await clock(FIRST_DAY);
      await wk.refresh();
      await wk.click(BUTTON, 0, START);
      await answerAs(wk, 0, HER_FIRST);
      await clock(CHECK_IN_DAY);
      await wk.refresh();
      await wk.click(BUTTON, 0, CHECK_IN);
      await wk.until(`return (${screenOf})([0, 'results']);`, 'a question');
      await answerAs(wk, 0, RECHECK);
      await wk.until(`${QUIZ} return quiz.shadowRoot.querySelectorAll('.sa-check-in-list li').length === 2;`, "0.1.0's two results", { args: [0] });
      history = await wk.run("return localStorage.getItem('skin-analysis:v1:default:history');");
      assert.match(history, /^h1\|\d+\.1[^|]+\|\d+\.1[^|]+$/, "two entries in 0.1.0's format");
    } finally {
      embed.dir = path('dist/embed');
    }

    await clock(new Date(CHECK_IN_DAY.getTime() + 35 * 86_400_000));
    await wk.refresh();
    const upgraded = await panelWhen((panel) => panel.changes, 'what changed, on today\'s release');
    assert.equal(upgraded.history, history, 'kept as 0.1.0 wrote it');
    assertWhatChanged(upgraded, 'en', { since: FIRST_DAY });
    await wk.click(BUTTON, 0, CHECK_IN);
    await wk.until(`return (${screenOf})([0, 'results']);`, 'a question');
    await answerAs(wk, 0, RECHECK.map(([q, c]) => [q, q === 'skin_feel' ? 'comfortable' : c]));
    assertWhatChanged(await panelWhen((panel) => panel.checkIns === 3, 'three results'), 'en', { since: CHECK_IN_DAY, changed: 1, results: 3 });
    await assertClean(wk);
    await wk.run('localStorage.clear();');
  });

  // The product checker (issue 28; its Chromium run is checker.test.mjs): pasted, flagged, kept over a reload.
  it('checks products on the plain page: a pregnant reader\'s retinol serum flagged "avoid", a snail essence clear, both kept over a reload, one removed', async () => {
    await openFresh(CHECKER_PAGE);
    await completeQuiz(wk, 0, { picks: PREGNANT });
    await wk.click(`${QUIZ} return quiz.shadowRoot.querySelector('.sa-fold--products .sa-fold-button');`, 0);
    for (const paste of PASTES.en) {
      const before = (await wk.call(checkerPanel)).products.length;
      const submit = `${QUIZ} return quiz.shadowRoot.querySelector('.sa-check-form button[type=submit]:enabled');`;
      await wk.until(submit, 'the checker ready', { args: [0] });
      await wk.run(
        `${QUIZ} const form = quiz.shadowRoot.querySelector('.sa-check-form');
         form.querySelector('input').value = arguments[1];
         form.querySelector('textarea').value = arguments[2];`,
        0,
        paste.name,
        paste.label,
      );
      await wk.click(submit, 0);
      const panel = await wk.until(`const panel = (${checkerPanel})(); return panel.products.length > arguments[0] && panel;`,
        `the check of ${paste.name}`, { args: [before] });
      paste.expect(panel.products[0], 'en');
    }
    await wk.refresh();
    const kept = await wk.until(`const panel = (${checkerPanel})(); return panel?.products.length === 2 && panel;`, 'the kept products');
    assert.deepEqual(kept.products.map((product) => product.name), ['Snail Mucin Essence', 'Night Retinol Serum']);
    // One removed by its own button: only it goes, and stays gone after a reload.
    await wk.click(
      `${QUIZ} return [...quiz.shadowRoot.querySelectorAll('.sa-checked-remove')].find((b) => b.textContent.includes(arguments[1]));`,
      0,
      'Remove Night Retinol Serum',
    );
    await wk.until(`const panel = (${checkerPanel})(); return panel?.products.length === 1 && panel;`, 'the product removed');
    await wk.refresh();
    const left = await wk.until(`const panel = (${checkerPanel})(); return panel?.products.length === 1 && panel;`, 'one product kept');
    assert.deepEqual(left.products.map((product) => product.name), ['Snail Mucin Essence']);
    await assertClean(wk);
    await wk.run('localStorage.clear();');
  });
});
