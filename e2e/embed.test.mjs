// Journeys against the embed files (dist/embed) on plain host pages (e2e/pages), all served with a strict CSP.

import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { STRICT_CSP_HEADERS } from './server.mjs';
import {
  assertCleanConsole, assertNoAxeViolations, assertOnlyRequested, cls, completeQuiz, events, holdWasm, host, loaderDecided,
  path, PLAIN_PAGES, published, startQuiz, until, useSite, waitForMounted,
} from './harness.mjs';

const TEXT_EN = published('skin-analysis-text-en.txt');
const TEXT_KO = published('skin-analysis-text-ko.txt');
const EMBED = [
  'skin-analysis.js',
  published('skin-analysis-boot.js'),
  published('skin-analysis-app.js'),
  published('skin-analysis-app_bg.wasm'),
  'skin-analysis-host.css',
  // One per language on the page (its two quizzes show English and Korean).
  TEXT_EN,
  TEXT_KO,
  // Linked by the results for print (media="print": fetched, never render-blocking).
  published('skin-analysis-print.css'),
];
const AXES = ['oiliness', 'dryness', 'sensitivity', 'breakouts', 'firmness', 'circulation'];

describe('embedding on plain pages (dist/embed)', () => {
  const site = useSite([
    ...PLAIN_PAGES,
    { prefix: '/broken-embed/', dir: path('dist/embed'), headers: STRICT_CSP_HEADERS, refuseWasm: true },
  ]);

  it('runs two independent instances with the right events, a clean console, CLS 0 and no extra requests', async () => {
    const { page, context, log } = await site.open('/pages/two.html');
    await waitForMounted(page, 2);
    const shift = await cls(page);
    assert.equal(shift.value, 0, `layout shifts: ${JSON.stringify(shift.shifts)}`);

    const detail = await completeQuiz(page, 0);
    // The second quiz did not move and sent nothing.
    assert.equal(await host(page, 1).locator('.sa-intro').count(), 1, 'the second quiz still shows its intro');
    assert.ok((await events(page)).every((e) => e.host === 0), 'only the first quiz sent events');

    // The complete event: bubbling and composed, a plain object with the summary.
    const all = await events(page);
    const steps = all.filter((e) => e.type === 'skin-analysis:step');
    const complete = all.filter((e) => e.type === 'skin-analysis:complete');
    assert.equal(complete.length, 1);
    assert.ok(all.every((e) => e.bubbles && e.composed));
    assert.deepEqual(steps[0].detail, { id: 'default', lang: 'en', step: 1, total: steps[0].detail.total, questionId: steps[0].detail.questionId });
    assert.ok(steps[0].detail.total >= steps.length && steps.length >= 5, `${steps.length} step events`);
    assert.deepEqual(Object.keys(detail).sort(), ['axes', 'id', 'lang', 'profile', 'tipIds']);
    assert.equal(detail.id, 'default');
    assert.equal(detail.lang, 'en');
    assert.deepEqual(Object.keys(detail.axes).sort(), [...AXES].sort());
    assert.ok(Object.values(detail.axes).every((score) => Number.isInteger(score) && score >= 0 && score <= 100));
    assert.ok(detail.tipIds.length > 0 && detail.tipIds.every((id) => /^[a-z0-9_]+$/.test(id)), detail.tipIds.join());
    const results = await host(page, 0).locator('.sa-results').innerText();
    assert.ok(results.includes(detail.profile), `results show "${detail.profile}"`);

    // Now the Korean one, from scratch: its events carry its own id and language, the first stays on its results.
    const second = await completeQuiz(page, 1);
    assert.equal(second.id, 'second');
    assert.equal(second.lang, 'ko');
    assert.ok(/[가-힣]/.test(second.profile), `Korean profile label: ${second.profile}`);
    assert.equal(await host(page, 0).locator('.sa-results').count(), 1, 'the first quiz still shows its results');
    const saved = await page.evaluate(() => Object.keys(localStorage).sort());
    assert.ok(saved.some((k) => k.includes('second')) && saved.some((k) => k.includes('default')), saved.join());

    assertCleanConsole(log);
    assertOnlyRequested(log, site.origin, ['/pages/two.html', '/pages/page.css', ...EMBED.map((f) => `/embed/${f}`)]);
    await context.close();
  });

  it('works under a strict CSP: styles applied, no violation', async () => {
    const { page, context, log } = await site.open('/pages/strict-csp.html');
    await waitForMounted(page, 1);
    const style = await page.evaluate(() => {
      const button = document.querySelector('[data-skin-analysis]').shadowRoot.querySelector('.sa-button--primary');
      const s = getComputedStyle(button);
      return { background: s.backgroundColor, minHeight: s.minHeight, radius: s.borderTopLeftRadius, cursor: s.cursor };
    });
    assert.notEqual(style.background, 'rgba(0, 0, 0, 0)', 'the widget stylesheet is applied');
    assert.notEqual(style.radius, '0px', 'the widget stylesheet is applied');
    await completeQuiz(page, 0);
    assert.deepEqual(await page.evaluate(() => window.__cspViolations), []);
    assertCleanConsole(log);
    await context.close();
  });

  it('has no axe violations on the intro, a question and the results (light and dark)', async () => {
    const { page, context, log } = await site.open('/pages/two.html');
    await waitForMounted(page, 2);
    await assertNoAxeViolations(page, 'two intros');
    await startQuiz(page, 1); // the dark Korean one
    await completeQuiz(page, 0, {
      onQuestion: async (step) => {
        if (step === 1 || step === 4) await assertNoAxeViolations(page, `question ${step} (and a dark question)`);
      },
    });
    await assertNoAxeViolations(page, 'the results');
    assertCleanConsole(log);
    await context.close();
  });

  it('mounts placeholders added later, once, and ignores a second copy of the loader', async () => {
    const { page, context, log } = await site.open('/pages/two.html');
    await waitForMounted(page, 2);
    await page.evaluate(() => {
      const late = document.createElement('skin-analysis');
      late.setAttribute('data-id', 'late');
      late.setAttribute('data-lang', 'ko');
      document.querySelector('main').append(late);
    });
    await waitForMounted(page, 3);
    // Moving a mounted element re-inserts it: it must not be mounted again (attachShadow would throw).
    await page.evaluate(() => {
      const first = document.querySelector('[data-skin-analysis]');
      document.querySelector('main').append(first);
      const again = document.createElement('div');
      document.body.append(again);
    });
    // The loader under another URL: it must not fetch the wasm again or mount anything twice (a copy that ran would
    // have asked for the wasm by the time an observer made after it has reported: see loaderDecided).
    await page.evaluate(() => import('/embed/skin-analysis.js?copy=2'));
    await loaderDecided(page);
    const mounted = await page.evaluate(() =>
      Array.from(document.querySelectorAll('[data-skin-analysis], skin-analysis')).map(
        (h) => h.shadowRoot.querySelectorAll('.sa-root').length,
      ),
    );
    assert.deepEqual(mounted, [1, 1, 1]);
    const lateIndex = await page.evaluate(() =>
      Array.from(document.querySelectorAll('[data-skin-analysis], skin-analysis')).findIndex((h) => h.dataset.id === 'late'),
    );
    await startQuiz(page, lateIndex);
    const late = (await events(page)).find((e) => e.host === lateIndex);
    assert.equal(late.detail.id, 'late');
    assert.equal(late.detail.lang, 'ko');
    assert.equal(log.requests.filter((r) => r.endsWith('.wasm')).length, 1, 'the wasm is fetched once');
    // The page can still hide a quiz with the `hidden` attribute.
    const hiddenHeight = await page.evaluate(() => {
      const quiz = document.querySelector('[data-skin-analysis]');
      quiz.hidden = true;
      return quiz.getBoundingClientRect().height;
    });
    assert.equal(hiddenHeight, 0);
    assertCleanConsole(log);
    await context.close();
  });

  it('reserves the space with only the loader (no host stylesheet)', async () => {
    const { page, context, log } = await site.open('/pages/no-host-css.html');
    await waitForMounted(page, 1);
    const box = await page.evaluate(() => {
      const el = document.querySelector('skin-analysis');
      return { display: getComputedStyle(el).display, minHeight: getComputedStyle(el).minHeight };
    });
    assert.deepEqual(box, { display: 'block', minHeight: '600px' });
    await completeQuiz(page, 0);
    assertCleanConsole(log);
    await context.close();
  });

  it('measures layout shift for real: without reserved space the late quiz does shift (control)', async () => {
    // The wasm held back until the page is painted, so the quiz appears after.
    const wasm = holdWasm();
    const { page, context } = await site.open('/pages/no-reserve.html', { before: wasm.before });
    await wasm.release();
    await waitForMounted(page, 1);
    assert.ok((await cls(page)).value > 0, JSON.stringify(await cls(page)));
    await context.close();
  });

  it('lets the host theme it with --sa-* properties, in light, dark and auto, keeping the defaults elsewhere', async () => {
    // Defaults from assets/css/palette.css, and the host's values from e2e/pages/theming.css.
    const LIGHT = { accent: 'rgb(176, 58, 91)', onAccent: 'rgb(255, 255, 255)', radius: '20px' };
    const DARK = { accent: 'rgb(242, 141, 171)', onAccent: 'rgb(42, 15, 24)', radius: '20px' };
    const BRAND = { accent: 'rgb(31, 111, 74)', onAccent: 'rgb(255, 251, 230)', radius: '6px' };
    const { page, context, log } = await site.open('/pages/theming.html');
    await waitForMounted(page, 4);
    const looks = () =>
      page.evaluate(() =>
        Array.from(document.querySelectorAll('[data-skin-analysis], skin-analysis')).map((h) => {
          const start = getComputedStyle(h.shadowRoot.querySelector('.sa-intro .sa-button--primary'));
          const card = getComputedStyle(h.shadowRoot.querySelector('.sa-card'));
          return { accent: start.backgroundColor, onAccent: start.color, radius: card.borderTopLeftRadius };
        }),
      );
    // The ancestor's value is a light-dark() pair: each quiz picks its half by its own scheme.
    const ANCESTOR = (base) => ({ ...base, accent: base === DARK ? 'rgb(157, 180, 240)' : 'rgb(43, 76, 155)' });

    // Light system theme: the placeholder's class wins in auto and in forced dark; the plain one keeps the defaults;
    // a value set on an ancestor reaches in too.
    // Reduced motion: colour transitions would otherwise be caught half-way after a scheme switch.
    await page.emulateMedia({ colorScheme: 'light', reducedMotion: 'reduce' });
    assert.deepEqual(await looks(), [BRAND, LIGHT, BRAND, ANCESTOR(LIGHT)], 'light system theme');
    // Dark system theme: the auto quizzes switch, but only where the host set nothing.
    await page.emulateMedia({ colorScheme: 'dark', reducedMotion: 'reduce' });
    assert.deepEqual(await looks(), [BRAND, DARK, BRAND, ANCESTOR(DARK)], 'dark system theme');

    // The host's override is live: removing the class brings the defaults back.
    await page.evaluate(() => document.querySelector('skin-analysis').classList.remove('brand'));
    assert.deepEqual((await looks())[2], DARK, 'forced dark without the override');
    assertCleanConsole(log);
    await context.close();
  });

  it('falls back to defaults with exactly one warning per invalid attribute', async () => {
    const { page, context, log } = await site.open('/pages/invalid.html');
    await waitForMounted(page, 1);
    const warnings = log.warnings.filter((w) => w.includes('skin-analysis'));
    assert.equal(warnings.length, 4, warnings.join('\n'));
    for (const [attribute, value] of [
      ['data-lang', 'fr'],
      ['data-theme', 'sepia'],
      ['data-id', 'no spaces!'],
      ['data-focus', 'wrinkles'],
    ]) {
      assert.equal(warnings.filter((w) => w.includes(`${attribute}="${value}"`)).length, 1, `${attribute}: ${warnings}`);
    }
    const root = await page.evaluate(() => {
      const r = document.querySelector('[data-skin-analysis]').shadowRoot.querySelector('.sa-root');
      return { lang: r.lang, theme: r.dataset.theme };
    });
    assert.deepEqual(root, { lang: 'en', theme: 'auto' }, 'defaults: the page language and the auto theme');
    await startQuiz(page, 0);
    assert.equal((await events(page))[0].detail.id, 'default');
    assertCleanConsole(log);
    await context.close();
  });

  it('shows a readable message, and throws nothing, when the wasm cannot be loaded', async () => {
    const { page, context, log } = await site.open('/pages/wasm-404.html');
    await until(page, () => document.querySelectorAll('[data-skin-analysis-state="load-failed"]').length === 2, null, {
      what: 'the load-failed message',
    });
    const texts = await page.locator('[data-skin-analysis], skin-analysis').allInnerTexts();
    assert.match(texts[0], /couldn't load/);
    assert.match(texts[1], /불러오지 못했어요/);
    assert.deepEqual(log.pageErrors, [], 'no uncaught error');
    // The browser itself reports the 404; nothing else may be an error.
    assert.deepEqual(log.errors.filter((e) => !/404/.test(e)), []);
    assert.equal(log.warnings.filter((w) => w.includes('skin-analysis')).length, 1, log.warnings.join('\n'));
    await context.close();
  });

  it('fetches only the language on screen: English for an English reader, Korean once when switched to', async () => {
    const { page, context, log } = await site.open('/pages/clean.html');
    await waitForMounted(page, 1);
    const texts = () => log.requests.filter((u) => u.includes('/skin-analysis-text-')).map((u) => u.split('/').pop());
    // The loader's preload and the quiz's own fetch are one request.
    assert.deepEqual(texts(), [TEXT_EN]);
    const korean = readFileSync(path('dist/embed', TEXT_KO), 'utf8').split('\0');
    const heading = () => host(page, 0).locator('h2').first().innerText();
    assert.ok(!korean.includes(await heading()));

    await host(page, 0).getByRole('button', { name: '한국어' }).click();
    await until(page, () => document.querySelector('[data-skin-analysis]').shadowRoot.querySelector('.sa-root')?.lang === 'ko', null, {
      what: 'the quiz in Korean',
    });
    assert.ok(korean.includes(await heading()), 'the Korean heading, from the Korean file');
    await host(page, 0).getByRole('button', { name: 'English' }).click();
    await host(page, 0).getByRole('button', { name: '한국어' }).click();
    assert.deepEqual(texts(), [TEXT_EN, TEXT_KO], 'each file once');
    assertCleanConsole(log);
    await context.close();
  });

  it('opens in English, with one warning, when the page\'s language file cannot be read', async () => {
    const refuseKorean = (page) =>
      page.route(`**/${TEXT_KO}`, (route) => route.fulfill({ status: 404, body: 'gone' }));
    const { page, context, log } = await site.open('/pages/korean.html', { before: refuseKorean });
    await waitForMounted(page, 1);
    assert.equal(await host(page, 0).locator('.sa-root').getAttribute('lang'), 'en');
    await startQuiz(page, 0);
    const warnings = log.warnings.filter((w) => w.includes('skin-analysis'));
    assert.equal(warnings.length, 1, warnings.join('\n'));
    assert.ok(warnings[0].includes(`${TEXT_KO}: HTTP 404`), warnings[0]);
    assert.deepEqual(log.pageErrors, []);
    await context.close();
  });

  it('is not broken by aggressive host CSS, and does not restyle the host page', async () => {
    const measure = async (pageName, { withWidget = true } = {}) => {
      const { page, context } = await site.open(`/pages/${pageName}`, {
        before: async (p) => {
          if (!withWidget) await p.route('**/skin-analysis.js', (route) => route.fulfill({ body: '', contentType: 'text/javascript' }));
        },
      });
      if (withWidget) await waitForMounted(page, 1);
      const result = await page.evaluate(() => {
        const box = (el) => {
          const r = el.getBoundingClientRect();
          return { width: r.width, height: r.height };
        };
        const pick = (el, props) => Object.fromEntries(props.map((p) => [p, getComputedStyle(el)[p]]));
        const hostEl = document.querySelector('[data-skin-analysis]');
        const hostFont = getComputedStyle(hostEl).fontFamily;
        const shadow = hostEl.shadowRoot;
        const outside = document.getElementById('outside');
        const props = ['backgroundColor', 'color', 'fontSize', 'fontFamily', 'width', 'height', 'borderTopWidth', 'display'];
        return {
          outside: pick(outside, props),
          outsideLabel: pick(document.getElementById('outside-label'), props),
          root: shadow ? box(shadow.querySelector('.sa-root')) : null,
          start: shadow ? box(shadow.querySelector('.sa-button--primary')) : null,
          startStyle: shadow ? pick(shadow.querySelector('.sa-button--primary'), ['fontSize', 'fontFamily', 'letterSpacing', 'textTransform', 'lineHeight']) : null,
          title: shadow ? pick(shadow.querySelector('.sa-title'), ['fontSize', 'fontFamily', 'color']) : null,
          hostFont,
        };
      });
      await context.close();
      return result;
    };
    const clean = await measure('clean.html');
    const aggressive = await measure('aggressive.html');
    const aggressiveAlone = await measure('aggressive.html', { withWidget: false });

    // Inside: the font is the page's where the quiz sits (on purpose: it wears the blog's font); otherwise the same
    // typography as on the clean page, same button size, a similar overall size.
    for (const measured of [clean, aggressive]) {
      assert.equal(measured.startStyle.fontFamily, measured.hostFont);
      assert.equal(measured.title.fontFamily, measured.hostFont);
    }
    const noFont = ({ fontFamily, ...rest }) => rest;
    assert.deepEqual(noFont(aggressive.startStyle), noFont(clean.startStyle));
    assert.deepEqual(noFont(aggressive.title), noFont(clean.title));
    assert.deepEqual(aggressive.start, clean.start);
    const ratio = (a, b) => a / b;
    assert.ok(ratio(aggressive.root.width, clean.root.width) > 0.8, JSON.stringify([aggressive.root, clean.root]));
    assert.ok(ratio(aggressive.root.height, clean.root.height) < 1.5, JSON.stringify([aggressive.root, clean.root]));
    // Outside: the host's own button and label look exactly as they do without the widget.
    assert.deepEqual(aggressive.outside, aggressiveAlone.outside);
    assert.deepEqual(aggressive.outsideLabel, aggressiveAlone.outsideLabel);
  });
});
