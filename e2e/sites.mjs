// The example article as the theme and WebKit journeys and `cargo xtask screenshots` (e2e/screenshots.mjs) open it:
// in each pinned third-party theme (THEME_SITES, Chromium) with the reader's light or dark choice, and in the
// example blog in WebKit 360 px wide.

import { delimiter } from 'node:path';
import { open, still } from './harness.mjs';

export const ARTICLE = '/posts/glass-skin-without-the-myth/';

/** The articles built with each pinned theme ($THEME_SITES, separated like PATH), named hugo-<version>-<theme>. */
export const THEME_SITES = (process.env.THEME_SITES || '').split(delimiter).filter(Boolean);

/** How each theme remembers the reader's choice (localStorage) and how its own toggle is pressed. */
export const THEMES = {
  stack: { key: 'StackColorScheme', toggle: () => document.querySelector('#dark-mode-toggle').click() },
  papermod: { key: 'pref-theme', toggle: () => document.querySelector('#theme-toggle').click() },
  hextra: {
    key: 'color-theme',
    toggle: () => {
      const dark = document.documentElement.classList.contains('dark');
      document.querySelector(`.hextra-theme-toggle-options [data-item=${dark ? 'light' : 'dark'}]`).click();
    },
  },
};

/**
 * The article at `url` in `browser` for a reader whose system is `system` (light or dark) and who chose `chosen`
 * with theme `name`'s toggle; loaded, not yet scrolled to the quiz. As harness.mjs's `open`.
 */
export async function openThemed(browser, url, name, { system, chosen, viewport = { width: 360, height: 800 } }) {
  const opened = await open(browser, url, {
    viewport,
    before: async (page) => {
      await page.emulateMedia({ colorScheme: system });
      await page.addInitScript(([key, value]) => localStorage.setItem(key, value), [THEMES[name].key, chosen]);
    },
  });
  await opened.page.waitForLoadState('load');
  return opened;
}

// In-page scripts for WebKit (WebDriver runs them as function bodies; `arguments[0]` is the quiz's index).
export const QUIZ = "const quiz = document.querySelectorAll('[data-skin-analysis], skin-analysis')[arguments[0]];";
export const MOUNTED = `${QUIZ} return quiz.hasAttribute('data-skin-analysis-mounted') && !!quiz.shadowRoot.querySelector('.sa-root');`;

/**
 * The example blog's article at `origin` in WebKit (`wk`, e2e/webdriver.mjs) in a 360 px frame of the same-origin
 * page `blank`, the blog set to `theme` (light or dark), scrolled to its first quiz (to the top, or as far as the page
 * goes), live and past the palette's
 * colour transitions. Returns the frame, with `wk` switched into it.
 */
export async function webkitArticleAt360(wk, origin, blank, theme) {
  const frame = await wk.openInFrame(`${origin}${blank}`, `${origin}${ARTICLE}`, {
    width: 360,
    height: 760,
    storage: { 'dewy-notes:theme': theme },
  });
  await wk.until('return document.documentElement.dataset.theme === arguments[0];', theme, { args: [theme] });
  // At the top, or as near as the page scrolls: the quiz ends the article, and its box is only its card's.
  const scrolled = 'Math.abs(quiz.getBoundingClientRect().top) < 1 || window.scrollY + window.innerHeight >= document.documentElement.scrollHeight - 1';
  await wk.until(`${QUIZ} quiz.scrollIntoView(); return ${scrolled};`, 'the quiz at the top', { args: [0] });
  await wk.until(MOUNTED, 'the live quiz', { args: [0] });
  await wk.until(`return (${still})();`, "the palette's colour transitions to end");
  return frame;
}
