// Journeys of a quiz's life on pages that change under it: content swapped hundreds of times, a host that mounts and
// unmounts quizzes itself, twenty quizzes on one page. Strict CSP throughout.

import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { assertCleanConsole, completeQuiz, host, PLAIN_PAGES, published, startQuiz, until, useSite, waitForMounted } from './harness.mjs';

const GLUE = published('skin-analysis-app.js');

const SWAPS = 500;
/** Swaps after which the heap is measured the first time: caches and the first allocations are warm by then. */
const WARM = 50;

/**
 * Window listeners by type (Chrome DevTools Protocol): each live quiz holds one `hashchange` and three `storage` (its
 * progress, its history and its checked products), and the loader one `hashchange` (a share link opened later loads
 * the quiz).
 */
async function windowListeners(cdp) {
  const { result } = await cdp.send('Runtime.evaluate', { expression: 'window' });
  const { listeners } = await cdp.send('DOMDebugger.getEventListeners', { objectId: result.objectId });
  await cdp.send('Runtime.releaseObject', { objectId: result.objectId });
  const count = (type) => listeners.filter((l) => l.type === type).length;
  return { hashchange: count('hashchange'), storage: count('storage') };
}

/**
 * JS heap after a full garbage collection, and the wasm's linear memory (which never shrinks: growth is a leak). The
 * test's own records (the harness keeps every quiz event and layout shift, and the swaps send a step event each)
 * are emptied first: they grow by design and are not the quiz's.
 */
async function memory(page, cdp) {
  await page.evaluate(() => {
    window.__events.length = 0;
    window.__shifts.length = 0;
  });
  await cdp.send('HeapProfiler.collectGarbage');
  const { usedSize } = await cdp.send('Runtime.getHeapUsage');
  // The glue's init returns the running instance's exports when called again.
  const wasm = await page.evaluate(async (glue) => (await (await import(`/embed/${glue}`)).default()).memory.buffer.byteLength, GLUE);
  return { heap: usedSize, wasm };
}

/** Replaces `<main>` by a copy of its live HTML `times` times, as page-transition scripts with a snapshot cache do
 * (the copies carry the mounted marker but no shadow root), each time waiting until the new quizzes show. */
function swap(page, times) {
  return page.evaluate(async (n) => {
    const html = document.querySelector('main').outerHTML;
    const ready = () =>
      Array.from(document.querySelectorAll('main [data-skin-analysis], main skin-analysis')).every((h) =>
        h.shadowRoot?.querySelector('.sa-root'),
      );
    for (let i = 0; i < n; i += 1) {
      document.querySelector('main').remove();
      document.body.insertAdjacentHTML('afterbegin', html);
      const deadline = Date.now() + 10000;
      while (!ready()) {
        if (Date.now() > deadline) throw new Error(`swap ${i}: the new quizzes did not mount`);
        await new Promise((r) => setTimeout(r, 0));
      }
    }
  }, times);
}

describe('lifecycle: swapped content, host-driven mounting, many quizzes', () => {
  const site = useSite(PLAIN_PAGES);

  let measured;
  it(`survives ${SWAPS} content swaps with one live app per element and its listeners`, async () => {
    const { page, context, log } = await site.open('/pages/swap.html');
    const cdp = await context.newCDPSession(page);
    await waitForMounted(page, 2);
    assert.deepEqual(await windowListeners(cdp), { hashchange: 3, storage: 6 });

    // Progress made before the swaps is resumed by the new elements.
    await startQuiz(page, 0);
    await host(page, 0).locator('.sa-choice').first().click();
    await host(page, 0).locator('button[type=submit]').click();
    await host(page, 0).locator('.sa-question').waitFor();

    await swap(page, WARM);
    const warm = await memory(page, cdp);
    await swap(page, SWAPS - WARM);
    const end = await memory(page, cdp);
    const listeners = await windowListeners(cdp);
    console.log(
      `# ${SWAPS} swaps: JS heap ${warm.heap} -> ${end.heap} B (${((end.heap / warm.heap - 1) * 100).toFixed(1)}%), ` +
        `wasm memory ${warm.wasm} -> ${end.wasm} B, window listeners ${JSON.stringify(listeners)}`,
    );
    assert.deepEqual(listeners, { hashchange: 3, storage: 6 }, 'one app per element on the page');
    measured = { warm, end };
    const roots = await page.evaluate(() =>
      Array.from(document.querySelectorAll('[data-skin-analysis], skin-analysis')).map(
        (h) => h.shadowRoot.querySelectorAll('.sa-root').length,
      ),
    );
    assert.deepEqual(roots, [1, 1]);
    const progress = await host(page, 0).locator('.sa-progress-text').innerText();
    assert.match(progress, /^Question 2 of \d+$/, 'the div resumed where it was');
    assert.equal(await host(page, 1).locator('.sa-intro').count(), 1, 'the other quiz kept its own (none)');
    assertCleanConsole(log);
    await context.close();
  });

  it(`keeps a flat heap over ${SWAPS} swaps (within 5%)`, () => {
    assert.ok(measured, 'the swap journey ran');
    const { warm, end } = measured;
    assert.ok(end.heap <= warm.heap * 1.05, `JS heap grew from ${warm.heap} to ${end.heap} B`);
    assert.ok(end.wasm <= warm.wasm * 1.05, `wasm memory grew from ${warm.wasm} to ${end.wasm} B`);
  });

  it('lets a host mount and unmount quizzes it renders in its own shadow tree', async () => {
    const { page, context, log } = await site.open('/pages/host-rendered.html');
    const cdp = await context.newCDPSession(page);
    // A component-based host: its content lives in a shadow root the quiz's page watcher cannot see.
    const mountedText = await page.evaluate(async () => {
      const { mount } = await import('/embed/skin-analysis.js');
      const app = document.querySelector('#app').attachShadow({ mode: 'open' });
      app.innerHTML = '<div data-skin-analysis data-lang="en" data-id="hosted"></div>';
      await mount(app.firstElementChild);
      const quiz = app.firstElementChild;
      for (let i = 0; i < 200 && !quiz.shadowRoot?.querySelector('.sa-intro'); i += 1) {
        await new Promise((r) => setTimeout(r, 20));
      }
      return quiz.shadowRoot.querySelector('.sa-intro').innerText;
    });
    assert.ok(mountedText.length > 20, mountedText);
    assert.deepEqual(await windowListeners(cdp), { hashchange: 2, storage: 3 });

    const state = await page.evaluate(async () => {
      const { mount, unmount } = await import('/embed/skin-analysis.js');
      const quiz = document.querySelector('#app').shadowRoot.firstElementChild;
      await unmount(quiz);
      const after = { mounted: quiz.hasAttribute('data-skin-analysis-mounted'), children: quiz.shadowRoot.childNodes.length };
      // Not an element: refused with a warning, nothing thrown.
      await mount(null);
      await mount(quiz);
      return after;
    });
    assert.deepEqual(state, { mounted: false, children: 0 });
    await until(page, () => !!document.querySelector('#app').shadowRoot.firstElementChild.shadowRoot.querySelector('.sa-root'));
    assert.deepEqual(await windowListeners(cdp), { hashchange: 2, storage: 3 }, 'mounted again, once');
    assert.deepEqual(
      log.warnings.filter((w) => w.includes('skin-analysis')),
      ['skin-analysis: mount() needs an element'],
    );
    assertCleanConsole(log);
    await context.close();
  });

  it('destroys the app of a removed <skin-analysis> element and remounts it from saved progress', async () => {
    const { page, context, log } = await site.open('/pages/swap.html');
    const cdp = await context.newCDPSession(page);
    await waitForMounted(page, 2);
    await startQuiz(page, 1);
    const removed = await page.evaluate(async () => {
      const quiz = document.querySelector('skin-analysis');
      quiz.remove();
      await new Promise((r) => setTimeout(r, 50));
      window.__removed = quiz;
      return { mounted: quiz.hasAttribute('data-skin-analysis-mounted'), children: quiz.shadowRoot.childNodes.length };
    });
    assert.deepEqual(removed, { mounted: false, children: 0 });
    assert.deepEqual(await windowListeners(cdp), { hashchange: 2, storage: 3 });
    await page.evaluate(() => document.querySelector('main').append(window.__removed));
    await waitForMounted(page, 2);
    await host(page, 1).locator('.sa-question').waitFor();
    assert.deepEqual(await windowListeners(cdp), { hashchange: 3, storage: 6 });
    // The page's own definition wins when it has one (see hostile.test.mjs); here the loader defined it.
    assert.ok(await page.evaluate(() => document.querySelector('skin-analysis') instanceof customElements.get('skin-analysis')));
    assertCleanConsole(log);
    await context.close();
  });

  it('runs twenty quizzes with twenty ids from one wasm fetch, each keeping its own answers', async () => {
    const { page, context, log } = await site.open('/pages/many.html');
    await waitForMounted(page, 20);
    assert.equal(log.requests.filter((r) => r.endsWith('.wasm')).length, 1, 'one wasm fetch');
    const seventh = await completeQuiz(page, 6);
    assert.equal(seventh.id, 'q07');
    const fourteenth = await completeQuiz(page, 13);
    assert.equal(fourteenth.id, 'q14');
    assert.equal(fourteenth.lang, 'ko');
    const keys = await page.evaluate(() => Object.keys(localStorage).sort());
    // Each finished quiz keeps its progress and its history of results, under its own id.
    assert.deepEqual(keys, ['skin-analysis:v1:q07', 'skin-analysis:v1:q07:history', 'skin-analysis:v1:q14', 'skin-analysis:v1:q14:history']);
    const intros = await page.evaluate(() =>
      Array.from(document.querySelectorAll('[data-skin-analysis], skin-analysis')).filter((h) =>
        h.shadowRoot.querySelector('.sa-intro'),
      ).length,
    );
    assert.equal(intros, 18, 'the other eighteen are untouched');
    await page.reload();
    await waitForMounted(page, 20);
    assert.equal(await host(page, 6).locator('.sa-results').count(), 1);
    assert.equal(await host(page, 13).locator('.sa-results').count(), 1);
    assertCleanConsole(log);
    await context.close();
  });
});
