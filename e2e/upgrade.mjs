// The released 0.1.0 and a reader who started on it, shared by the upgrade journey (upgrade.test.mjs) and the script
// that made the browser fixtures (v0.1.0-fixtures.mjs): 0.1.0's own files as a blog owner installed them
// (tests/fixtures/v0.1.0/release), the reader's answers by question and choice id, and a driver that gives them in
// 0.1.0's quiz and in today's alike (both name each choice's input `<prefix>-<question>-<choice>`).

import { path, until } from './harness.mjs';

/** The files 0.1.0's release archive publishes under /skin-analysis/ (its `static/skin-analysis/`, no .gz/.br). */
export const V0_1_0 = path('tests/fixtures/v0.1.0/release/static/skin-analysis');

const DAY = 86_400_000;
/** When the reader first finishes (noon UTC of day 20600 since 1970, as in tests/fixtures/v0.1.0/values.txt), and
 * four weeks later, when she checks in. */
export const FIRST_DAY = new Date(20600 * DAY + DAY / 2);
export const CHECK_IN_DAY = new Date(FIRST_DAY.getTime() + 28 * DAY);

/** Her first result (tests/upgrade.rs `FIRST`): `[question, choice]`, a question with no pick is skipped. */
export const FIRST = [
  ['skin_feel', 'tight'],
  ['sensitivity', 'reactive'],
  ['conditions', 'eczema'],
  ['conditions', 'retinoid'],
  ['breakouts', 'occasional'],
  ['concerns', 'dryness'],
  ['concerns', 'redness'],
  ['makeup', 'light'],
  ['routine_time', 'moderate'],
  ['water', 'low'],
  ['days', 'dry_indoor'],
  ['travel', 'often'],
  ['stress', 'tense'],
  ['allergies', 'fragrance'],
  ['health', 'none'],
];

/** Her check-in four weeks later: calmer, and now pregnant. */
export const CHECK_IN = FIRST.map(([question, choice]) => [
  question,
  { stress: 'calm', health: 'pregnant' }[question] ?? choice,
]);

/** A friend's result, on a Korean page (tests/upgrade.rs `FRIEND`; no answer to the optional `days`). */
export const FRIEND = [
  ['skin_feel', 'shiny_tzone'],
  ['sensitivity', 'resilient'],
  ['conditions', 'none'],
  ['breakouts', 'frequent'],
  ['concerns', 'pores'],
  ['makeup', 'none'],
  ['routine_time', 'quick'],
  ['water', 'plenty'],
  ['travel', 'rarely'],
  ['stress', 'calm'],
  ['allergies', 'none'],
  ['health', 'under_16'],
];

/** The share button's label in each language (the same in 0.1.0 and today). */
export const SHARE = { en: 'Copy a link to these results', ko: '결과 링크 복사' };

/**
 * In the page: what quiz `index` shows, a question's id, 'results' or 'intro'; null while it loads or while it still
 * shows `previous`.
 */
export function screenOf([index, previous = null]) {
  const root = document.querySelectorAll('[data-skin-analysis], skin-analysis')[index]?.shadowRoot;
  const input = root?.querySelector('.sa-question .sa-choice-input');
  const screen = input ? input.name.split('-').pop() : root?.querySelector('.sa-results') ? 'results' : root?.querySelector('.sa-intro') && 'intro';
  return screen && screen !== previous ? screen : null;
}

/**
 * In the page: how to answer the question quiz `index` shows as `picks` says (its choices set to exactly its picks,
 * a check-in's answers filled in changed): the ids of the choice inputs to click, checked ones first (a multi-select
 * question at its maximum needs room), and whether to skip it (no pick: an optional question).
 */
export function clicksFor([index, picks]) {
  const question = document.querySelectorAll('[data-skin-analysis], skin-analysis')[index].shadowRoot.querySelector('.sa-question');
  const inputs = Array.from(question.querySelectorAll('.sa-choice-input'));
  const id = inputs[0].name.split('-').pop();
  const wanted = picks.filter(([q]) => q === id).map(([, choice]) => choice);
  const order = inputs.filter((i) => i.checked).concat(inputs.filter((i) => !i.checked));
  return {
    question: id,
    inputs: order.filter((i) => i.checked !== wanted.includes(i.id.slice(i.name.length + 1))).map((i) => i.id),
    skip: wanted.length === 0,
  };
}

/** Waits until quiz `index` shows something other than `previous`; returns it. */
export const nextScreen = (page, index, previous) =>
  until(page, screenOf, [index, previous], { what: `quiz ${index} past ${previous}` });

/**
 * Answers quiz `index` of `page` (Playwright), from the question on screen, as `picks` says ({@link clicksFor}).
 * Stops on the question `stopAt` (unanswered), or on the results; returns where it stopped.
 */
export async function answerAs(page, index, picks, { stopAt } = {}) {
  const quiz = page.locator('[data-skin-analysis], skin-analysis').nth(index);
  let screen = await page.evaluate(screenOf, [index]);
  while (screen !== 'results' && screen !== stopAt) {
    const { question, inputs, skip } = await page.evaluate(clicksFor, [index, picks]);
    for (const id of inputs) await quiz.locator(`label[for="${id}"]`).click();
    const form = quiz.locator('.sa-question');
    await (skip ? form.locator('.sa-button--quiet') : form.locator('button[type=submit]')).click();
    screen = await nextScreen(page, index, question);
  }
  return screen;
}

/** Clicks quiz `index`'s share button (`lang`'s label) and returns the fragment it copied, without `#`. Needs
 * {@link recordCopies} in the page. */
export async function shareFragment(page, index, lang) {
  const quiz = page.locator('[data-skin-analysis], skin-analysis').nth(index);
  await quiz.locator('.sa-button', { hasText: SHARE[lang] }).click();
  const copied = await until(page, () => window.__copied, null, { what: 'the copied link' });
  return new URL(copied).hash.slice(1);
}

/** An init script: the clipboard's `writeText` records the text in `window.__copied` (and succeeds). */
export const recordCopies = () => {
  navigator.clipboard.writeText = async (text) => {
    window.__copied = text;
  };
};
