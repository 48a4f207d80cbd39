// `cargo xtask screenshots`: every PNG in docs/screenshots (docs/screenshots/README.md says what each shows), from
// the release build once xtask has made it and the Hugo sites: the standalone app (dist/app) and the pinned
// third-party themes' builds (THEME_SITES) in Debian's Chromium, the example blog (the last of HUGO_SITES) in WebKit.
// The answers are named by question and choice id; their codes come from the rules (`skin-quiz explain`), so they
// follow the questionnaire. A screen that does not show, or an error in the console of the app, fails the run.

import { execFileSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { basename, join } from 'node:path';
import { assertCleanConsole, host, HUGO_SITES, launch, open, path, ROOT, still, until, waitForMounted } from './harness.mjs';
import { serve } from './server.mjs';
import { ARTICLE, openThemed, THEME_SITES, webkitArticleAt360 } from './sites.mjs';
import { launchWebKit } from './webdriver.mjs';

/** The results of every result shot: a red flag (a changing mole), so "Please see a doctor" shows. */
const RESULT = {
  skin_feel: 'tight',
  sensitivity: 'sometimes',
  conditions: 'none',
  breakouts: 'occasional',
  concerns: ['dullness', 'puffiness'],
  makeup: 'full',
  routine_time: 'generous',
  water: 'low',
  days: 'dry_indoor',
  travel: 'often',
  stress: 'tense',
  allergies: 'none',
  health: 'changing_mole',
};
/** The question shot: the questions before `concerns` answered as in RESULT, one concern picked. */
const IN_PROGRESS = { ...pick(RESULT, ['skin_feel', 'sensitivity', 'conditions', 'breakouts']), concerns: 'dullness' };
/** The earlier result the what-changed shots compare with: three answers other than RESULT's. */
const EARLIER = { ...RESULT, skin_feel: 'comfortable', stress: 'calm', health: 'none' };
const EARLIER_DAY = new Date(2026, 10, 2);
const TODAY = new Date(2026, 11, 7, 10);

function pick(answers, questions) {
  return Object.fromEntries(questions.map((question) => [question, answers[question]]));
}

/** The answers' code, as the quiz saves and shares it: `skin-quiz explain` (exits non-zero on an unknown id). */
function code(answers) {
  const args = ['run', '-q', '-p', 'skin-quiz', '--', 'explain', '--format', 'json'];
  for (const [question, choices] of Object.entries(answers)) {
    for (const choice of [choices].flat()) args.push('--answer', `${question}=${choice}`);
  }
  return JSON.parse(execFileSync('cargo', args, { cwd: ROOT, encoding: 'utf8' })).code;
}

// What the quiz keeps in localStorage (src/storage.rs and src/history.rs): its progress, and the reader's history,
// each day as days since 1970-01-01.
const PROGRESS = 'skin-analysis:v1:default';
const progress = (screen, lang, answers) => ({ [PROGRESS]: `v2|1|${screen}|${lang}|${code(answers)}` });
const day = (date) => Math.round(Date.UTC(date.getFullYear(), date.getMonth(), date.getDate()) / 86_400_000);
const history = (...entries) => ({
  [`${PROGRESS}:history`]: ['h1', ...entries.map(([date, answers]) => `${day(date)}.${code(answers)}`)].join('|'),
});

const file = (name) => path('docs/screenshots', `${name}.png`);

/** Lets web fonts load and the palette's colour transitions end. */
async function settle(page) {
  await page.evaluate(() => document.fonts.ready);
  await until(page, still, undefined, { what: 'the colour transitions to end' });
}

/** The standalone screens: [name, width × height, what to wait for in the quiz, and how the page opens]. */
function standaloneShots() {
  const result = progress('results', '-', RESULT);
  const shots = [];
  for (const scheme of ['light', 'dark']) {
    for (const [width, heights] of [[1200, [820, 1000, 1500]], [360, [900, 1250, 1700]]]) {
      const [intro, question, results] = heights.map((height) => ({ width, height, scheme }));
      shots.push(
        { name: `intro-${width}-${scheme}`, ...intro, show: '.sa-intro' },
        { name: `question-${width}-${scheme}`, ...question, show: '.sa-question', storage: progress('q:concerns', '-', IN_PROGRESS) },
        { name: `results-${width}-${scheme}`, ...results, show: '.sa-results', storage: result },
      );
    }
  }
  const korean = progress('results', 'ko', RESULT);
  shots.push(
    { name: 'results-1200-light-ko', width: 1200, height: 1500, show: '.sa-root[lang=ko] .sa-results', storage: korean },
    { name: 'shared-360-light', width: 360, height: 900, show: '.sa-shared-notice', hash: `#skin-analysis=default.${code(RESULT)}` },
  );
  // The results as they first show, whole (issue 29: the routine first, the rest folded).
  for (const [suffix, scheme, storage] of [['light', 'light', result], ['dark', 'dark', result], ['light-ko', 'light', korean]]) {
    shots.push({ name: `glance-360-${suffix}`, width: 360, height: 800, scheme, show: '.sa-results', storage, element: true });
  }
  shots.push({ name: 'print-a4', width: 800, height: 900, show: '.sa-results', storage: result, print: true });
  // The panels below sit in the check-ins section, opened (remembered with the result, src/folds.rs).
  const checkedIn = { ...history([EARLIER_DAY, EARLIER], [TODAY, RESULT]), [`${PROGRESS}:folds`]: `${code(RESULT)}|check-ins` };
  for (const [suffix, scheme, storage] of [['light', 'light', result], ['dark', 'dark', result], ['light-ko', 'light', korean]]) {
    for (const [panel, show] of [['what-changed', '.sa-changes'], ['check-ins', '.sa-check-ins']]) {
      shots.push({
        name: `${panel}-360-${suffix}`,
        width: 360,
        height: 900,
        scheme,
        show,
        storage: { ...storage, ...checkedIn },
        clock: TODAY,
        element: true,
      });
    }
  }
  // "Check a product" opened, for a pregnant reader with a retinol serum and a snail essence kept (src/checked.rs).
  const pregnant = { ...RESULT, health: 'pregnant' };
  const checked = {
    [`${PROGRESS}:products`]: [
      'p1',
      'a\tNight Retinol Serum\tIngredients: Water/Aqua/Eau, Squalane, Retinol (0.3%), Butyrospermum Parkii (Shea) Butter, '
        + 'Tocopherol, Phenoxyethanol.',
      '-\t\t달팽이분비물여과물, 베타인, 부틸렌글라이콜, 소듐하이알루로네이트, 알란토인, 판테놀',
    ].join('\n'),
    [`${PROGRESS}:folds`]: `${code(pregnant)}|products`,
  };
  for (const [suffix, lang] of [['light', '-'], ['light-ko', 'ko']]) {
    shots.push({
      name: `check-product-360-${suffix}`,
      width: 360,
      height: 900,
      show: `.sa-root${lang === 'ko' ? '[lang=ko]' : ''} .sa-fold--products .sa-checked-list > li:nth-child(2)`,
      storage: { ...progress('results', lang, pregnant), ...checked },
      element: '.sa-fold--products',
    });
  }
  return shots;
}

/**
 * One standalone shot: the top of the page, or with `element` the element shown whole (or the one it selects), with the card's padding on
 * both sides: cut at the element's own box, what paints at its very edge is cut with it (a caution's rounded border,
 * the first glyph of a line, which in Korean, drawn as empty boxes without a Korean font, lost its left side).
 */
async function standalone(browser, origin, { name, width, height, scheme = 'light', show, storage = {}, hash = '', clock, element, print }) {
  const { page, context, log } = await open(browser, `${origin}/${hash}`, {
    viewport: { width, height },
    before: async (tab) => {
      await tab.emulateMedia({ colorScheme: scheme, reducedMotion: 'reduce' });
      if (clock) await tab.context().clock.setFixedTime(clock);
      await tab.addInitScript((entries) => entries.forEach(([key, value]) => localStorage.setItem(key, value)), Object.entries(storage));
    },
  });
  await waitForMounted(page, 1);
  const shown = host(page, 0).locator(show);
  await shown.waitFor();
  await settle(page);
  if (print) {
    // The printed page (A4, the print stylesheet the results link, once loaded), its first page as a PNG.
    await shown.locator('link[media=print]').evaluate((link) => link.sheet || new Promise((loaded) => link.addEventListener('load', loaded)));
    const dir = mkdtempSync(join(tmpdir(), 'sa-print-'));
    writeFileSync(join(dir, 'page.pdf'), await page.pdf({ format: 'A4' }));
    execFileSync('pdftoppm', ['-png', '-r', '60', '-f', '1', '-l', '1', '-singlefile', join(dir, 'page.pdf'), file(name).replace(/\.png$/, '')]);
  } else {
    const whole = typeof element === 'string' ? host(page, 0).locator(element) : shown;
    await page.screenshot(element ? { path: file(name), fullPage: true, clip: await padded(whole) } : { path: file(name) });
  }
  assertCleanConsole(log);
  await context.close();
  return name;
}

/** The page area of `locator`'s element with the card's padding on its left and right (what is above or below it in
 * the card is another element's). */
function padded(locator) {
  return locator.evaluate((element) => {
    const box = element.getBoundingClientRect();
    const pad = parseFloat(getComputedStyle(element.closest('.sa-card')).paddingLeft);
    return { x: box.left + scrollX - pad, y: box.top + scrollY, width: box.width + 2 * pad, height: box.height };
  });
}

/** Each pinned theme's article at 360 px, the reader's system light, the site's own toggle light and dark. */
async function themeShots(browser) {
  const names = [];
  for (const dir of THEME_SITES) {
    const name = basename(dir).split('-').pop();
    const server = await serve([{ prefix: '/', dir }]);
    try {
      for (const chosen of ['light', 'dark']) {
        const { page, context } = await openThemed(browser, server.origin + ARTICLE, name, { system: 'light', chosen });
        // 80 px below the top of the window: Hextra's header stays on top of what is scrolled to the top.
        await host(page, 0).evaluate((quiz) => scrollBy(0, quiz.getBoundingClientRect().top - 80));
        await waitForMounted(page, 1);
        await settle(page);
        names.push(`theme-${name}-${chosen}-360`);
        await page.screenshot({ path: file(names.at(-1)) });
        await context.close();
      }
    } finally {
      await server.close();
    }
  }
  return names;
}

/** The example blog's article in WebKit, 360 px wide, the blog light and dark. */
async function webkitShots() {
  const blank = '/__tests/webkit-recorder.js';
  const server = await serve([
    { prefix: '/', dir: HUGO_SITES[HUGO_SITES.length - 1] },
    { prefix: '/__tests/', dir: path('e2e') },
  ]);
  const wk = await launchWebKit();
  try {
    const names = [];
    for (const theme of ['light', 'dark']) {
      const frame = await webkitArticleAt360(wk, server.origin, blank, theme);
      await wk.frame(null);
      names.push(`webkit-${theme}-360`);
      writeFileSync(file(names.at(-1)), await wk.screenshot(frame));
    }
    return names;
  } finally {
    await wk.close();
    await server.close();
  }
}

// SCREENSHOTS_ONLY=<prefix>: only the standalone shots whose name starts with it (while working on one screen).
const only = process.env.SCREENSHOTS_ONLY;
// Without a Korean font Chromium draws Hangul as empty boxes: `cargo xtask screenshots` installs Debian's Noto CJK.
if (!execFileSync('fc-list', [':lang=ko', 'family'], { encoding: 'utf8' }).trim()) {
  throw new Error('no Korean font (fc-list :lang=ko): run `cargo xtask screenshots`, which installs fonts-noto-cjk');
}
if (THEME_SITES.length === 0 && !only) throw new Error('THEME_SITES is empty: run `cargo xtask screenshots`');
mkdirSync(path('docs/screenshots'), { recursive: true });
const shots = standaloneShots().filter((shot) => !only || shot.name.startsWith(only));
const browser = await launch(['--hide-scrollbars']);
const server = await serve([{ prefix: '/', dir: path('dist/app') }]);
const written = [];
try {
  for (const shot of shots) written.push(await standalone(browser, server.origin, shot));
  if (!only) written.push(...(await themeShots(browser)));
} finally {
  await browser.close();
  await server.close();
}
if (!only) written.push(...(await webkitShots()));
console.log(`docs/screenshots: ${written.length} screenshots\n  ${written.join('\n  ')}`);
