// What the quiz costs on a blog article, for `cargo xtask bench` (issue 10): the example blog built with the
// current Hugo, served from 127.0.0.1 gzip -9 compressed (as a compressing web server would) under the strict CSP,
// in Debian's headless Chromium. Bytes are exact for a build; times are wall-clock and only reported.
//
// usage: node e2e/bench-article.mjs <site-dir> <site-without-quiz-dir>
//   (`cargo xtask bench` builds both: the example blog, and the same blog with a shortcode that renders nothing)

import { basename } from 'node:path';
import lighthouse from 'lighthouse';
import * as chromeLauncher from 'chrome-launcher';
import { serve, STRICT_CSP_HEADERS } from './server.mjs';
import { CHROMIUM_ARGS, completeQuiz, launch, loaderDecided, open, path, settled, SLOW_LINK, waitForMounted } from './harness.mjs';

const ARTICLE = '/posts/glass-skin-without-the-myth/';
const PHONE = { width: 390, height: 844 };
const THROTTLED_RUNS = 5;
const LIGHTHOUSE_RUNS = 3;

const [site, bare] = process.argv.slice(2);
if (!site || !bare) {
  console.error('usage: node e2e/bench-article.mjs <site-dir> <site-without-quiz-dir>');
  process.exit(2);
}

const blog = await serve([
  { prefix: '/', dir: site, headers: STRICT_CSP_HEADERS, gzip: true },
  { prefix: '/bench-pages/', dir: path('e2e/pages'), headers: STRICT_CSP_HEADERS, gzip: true },
  { prefix: '/embed/', dir: path('dist/embed'), headers: STRICT_CSP_HEADERS, gzip: true },
]);
const bareBlog = await serve([{ prefix: '/', dir: bare, headers: STRICT_CSP_HEADERS, gzip: true }]);
const browser = await launch();

/** Records the bytes received (encoded, so gzip) for every response whose path starts with `prefix`. */
function countBytes(page, prefix) {
  const files = new Map();
  page.on('requestfinished', async (request) => {
    const { pathname } = new URL(request.url());
    if (!pathname.startsWith(prefix)) return;
    const { responseBodySize } = await request.sizes();
    files.set(pathname, (files.get(pathname) ?? 0) + responseBodySize);
  });
  const total = () => [...files.values()].reduce((sum, size) => sum + size, 0);
  return { files, total };
}

const median = (values) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)];
const kb = (bytes) => `${(bytes / 1000).toFixed(1)} KB`;

// (a) A reader at the top of a long article on a phone who never scrolls: quiz files received once the loader has
// decided the quiz is not near.
async function bytesBeforeNear() {
  const context = await browser.newContext({ viewport: PHONE });
  const page = await context.newPage();
  const quiz = countBytes(page, '/skin-analysis/');
  await page.goto(`${blog.origin}${ARTICLE}`, { waitUntil: 'load' });
  await loaderDecided(page);
  await context.close();
  return quiz;
}

// (b) On the throttled link, after the load event the reader jumps to the quiz and clicks Start the moment it is
// there. Times from the intro coming into view: Start clickable, and question 1 on screen.
async function throttledStart() {
  const context = await browser.newContext({ viewport: PHONE });
  const page = await context.newPage();
  const cdp = await context.newCDPSession(page);
  await cdp.send('Network.enable');
  await cdp.send('Network.emulateNetworkConditions', SLOW_LINK);
  await page.goto(`${blog.origin}${ARTICLE}`, { waitUntil: 'load' });
  const times = await page.evaluate(
    () =>
      new Promise((resolve, reject) => {
        const quiz = document.querySelector('[data-skin-analysis], skin-analysis');
        quiz.scrollIntoView({ block: 'center' });
        const inView = performance.now();
        let clickable;
        const check = () => {
          const root = quiz.shadowRoot;
          const start = root?.querySelector('.sa-intro .sa-button--primary');
          if (clickable === undefined && start) {
            clickable = performance.now() - inView;
            start.click();
          }
          if (root?.querySelector('.sa-question fieldset')) {
            resolve({ clickable, question: performance.now() - inView });
          } else if (performance.now() - inView > 30000) {
            reject(new Error('no question 1 within 30 s'));
          } else {
            requestAnimationFrame(check);
          }
        };
        check();
      }),
  );
  await context.close();
  return times;
}

// (c) Everything a reader who takes the whole quiz in one language downloads (a plain page with one quiz).
async function quizTaker(pageName) {
  let quiz;
  // The harness's page records the quiz's events, which completeQuiz follows.
  const { page, context, log } = await open(browser, `${blog.origin}/bench-pages/${pageName}`, {
    viewport: PHONE,
    before: (p) => {
      quiz = countBytes(p, '/embed/');
    },
  });
  await waitForMounted(page, 1);
  const { lang } = await completeQuiz(page, 0);
  await settled(page, log);
  await context.close();
  return { lang, quiz };
}

// (d) Lighthouse's mobile preset (simulated slow 4G, a mid-range phone), performance category only.
async function lighthouseRuns(url) {
  const chrome = await chromeLauncher.launch({
    chromePath: process.env.CHROMIUM || '/usr/bin/chromium',
    chromeFlags: [...CHROMIUM_ARGS, '--headless=new'],
  });
  const runs = [];
  try {
    for (let run = 0; run < LIGHTHOUSE_RUNS; run++) {
      const { lhr } = await lighthouse(url, { port: chrome.port, logLevel: 'error', onlyCategories: ['performance'] });
      if (lhr.runtimeError) throw new Error(`Lighthouse: ${lhr.runtimeError.code} ${lhr.runtimeError.message}`);
      const quizBytes = lhr.audits['network-requests'].details.items
        .filter((item) => new URL(item.url).pathname.startsWith('/skin-analysis/'))
        .reduce((sum, item) => sum + item.transferSize, 0);
      runs.push({
        weight: lhr.audits['total-byte-weight'].numericValue,
        quizBytes,
        score: Math.round(lhr.categories.performance.score * 100),
        cls: lhr.audits['cumulative-layout-shift'].numericValue,
        tbt: lhr.audits['total-blocking-time'].numericValue,
        lcp: lhr.audits['largest-contentful-paint'].numericValue,
      });
    }
  } finally {
    await chrome.kill();
  }
  // Each number's median over the runs.
  return Object.fromEntries(Object.keys(runs[0]).map((key) => [key, median(runs.map((r) => r[key]))]));
}

try {
  console.log(`  example blog: ${basename(site)}, article ${ARTICLE}, gzip -9 from 127.0.0.1, strict CSP`);

  const near = await bytesBeforeNear();
  console.log(`\n  (a) reader at the top of the article, ${PHONE.width} px, never scrolls (once the loader has decided the quiz is not near):`);
  for (const [file, bytes] of near.files) console.log(`      ${file.padEnd(44)} ${String(bytes).padStart(8)} B`);
  console.log(`      ${'quiz files received'.padEnd(44)} ${String(near.total()).padStart(8)} B`);

  const starts = [];
  for (let run = 0; run < THROTTLED_RUNS; run++) starts.push(await throttledStart());
  const ms = (key) => starts.map((s) => s[key]);
  console.log(`\n  (b) 1.6 Mbit/s, 150 ms RTT: jump to the quiz after load, click Start at once (${THROTTLED_RUNS} runs):`);
  for (const [key, label] of [['clickable', 'intro in view → Start clickable'], ['question', 'intro in view → question 1 on screen']]) {
    console.log(
      `      ${label.padEnd(44)} median ${median(ms(key)).toFixed(0).padStart(5)} ms   min ${Math.min(...ms(key)).toFixed(0).padStart(5)} ms   max ${Math.max(...ms(key)).toFixed(0).padStart(5)} ms`,
    );
  }

  console.log('\n  (c) a reader who takes the whole quiz in one language (plain page, one quiz):');
  for (const pageName of ['clean.html', 'korean.html']) {
    const { lang, quiz } = await quizTaker(pageName);
    console.log(`      ${`${lang}: quiz files received`.padEnd(44)} ${String(quiz.total()).padStart(8)} B`);
  }

  console.log(`\n  (d) Lighthouse ${LIGHTHOUSE_RUNS}x mobile (median), the article with and without the quiz:`);
  console.log(`      ${''.padEnd(14)} ${'page weight'.padStart(12)} ${'quiz files'.padStart(11)} ${'score'.padStart(6)} ${'CLS'.padStart(6)} ${'TBT'.padStart(8)} ${'LCP'.padStart(8)}`);
  for (const [label, origin] of [['with quiz', blog.origin], ['without quiz', bareBlog.origin]]) {
    const r = await lighthouseRuns(`${origin}${ARTICLE}`);
    if (origin === bareBlog.origin && r.quizBytes > 0) throw new Error(`${bare} still loads the quiz`);
    console.log(
      `      ${label.padEnd(14)} ${kb(r.weight).padStart(12)} ${kb(r.quizBytes).padStart(11)} ${String(r.score).padStart(6)} ${r.cls.toFixed(3).padStart(6)} ${`${r.tbt.toFixed(0)} ms`.padStart(8)} ${`${r.lcp.toFixed(0)} ms`.padStart(8)}`,
    );
  }
} finally {
  await browser.close();
  await blog.close();
  await bareBlog.close();
}
