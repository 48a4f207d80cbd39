// Browser timings for `cargo xtask bench`: how soon the quiz is usable on a page, in Debian's headless Chromium
// against the release build (dist/app) served from this machine. Wall-clock, so reported and never asserted.
//
// usage: node e2e/bench.mjs <share-code>   (a complete answer set, so the results screen can be timed too)

import { serve } from './server.mjs';
import { launch, path } from './harness.mjs';

const RUNS = 10;
const code = process.argv[2];
if (!code) {
  console.error('usage: node e2e/bench.mjs <share-code>');
  process.exit(2);
}

// Resolves with performance.now() at the first frame where `selector` exists inside the first quiz's shadow root.
const frameWhen = (page, selector) =>
  page.evaluate(
    (sel) =>
      new Promise((resolve) => {
        const check = () => {
          const root = document.querySelector('[data-skin-analysis], skin-analysis')?.shadowRoot;
          if (root?.querySelector(sel)) resolve(performance.now());
          else requestAnimationFrame(check);
        };
        check();
      }),
    selector,
  );

const server = await serve([{ prefix: '/', dir: path('dist/app') }]);
const browser = await launch();
const samples = { intro: [], question: [], results: [] };
try {
  for (let run = 0; run < RUNS; run++) {
    // A fresh context each run: nothing cached, no saved progress.
    const context = await browser.newContext({ viewport: { width: 800, height: 900 } });
    const page = await context.newPage();
    await page.goto(`${server.origin}/`);
    samples.intro.push(await frameWhen(page, '.sa-intro'));

    // Clicked and watched from inside the page in one go, so the time is the widget's alone, with no automation
    // round trip between the click and the first frame checked.
    samples.question.push(
      await page.evaluate(
        () =>
          new Promise((resolve) => {
            const root = document.querySelector('[data-skin-analysis], skin-analysis').shadowRoot;
            const clicked = performance.now();
            root.querySelector('button.sa-button--primary').click();
            const check = () => {
              if (root.querySelector('fieldset')) resolve(performance.now() - clicked);
              else requestAnimationFrame(check);
            };
            check();
          }),
      ),
    );

    const shared = await context.newPage();
    await shared.goto(`${server.origin}/#skin-analysis=default.${code}`);
    samples.results.push(await frameWhen(shared, '.sa-profile-label'));
    await context.close();
  }
} finally {
  await browser.close();
  await server.close();
}

const median = (values) => {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.floor(sorted.length / 2)];
};
const line = (label, values) =>
  console.log(
    `  ${label.padEnd(52)} median ${median(values).toFixed(0).padStart(5)} ms   min ${Math.min(...values)
      .toFixed(0)
      .padStart(5)} ms   max ${Math.max(...values).toFixed(0).padStart(5)} ms`,
  );
console.log(`  (${RUNS} runs, headless Chromium, files from 127.0.0.1, no cache)`);
line('page load → intro on screen', samples.intro);
line('click Start → first question on screen', samples.question);
line('share link load → results on screen', samples.results);
