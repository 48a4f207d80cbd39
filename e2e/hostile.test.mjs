// Journeys on hostile host pages: Trusted Types enforced, polluted prototypes and patched built-ins, a page that
// already defined <skin-analysis>, and a history that throws on write. The quiz must work, throw nothing and lose
// nothing on each.

import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { STRICT_CSP } from './server.mjs';
import { assertCleanConsole, completeQuiz, events, host, path, PLAIN_PAGES, useSite, waitForMounted } from './harness.mjs';

const trustedTypes = { 'Content-Security-Policy': `${STRICT_CSP}; require-trusted-types-for 'script'` };
const DETAIL_KEYS = ['axes', 'id', 'lang', 'profile', 'tipIds'];

/** The complete answers' share code of a quiz finished on a friendly page. */
async function shareCode(site, where) {
  const { page, context } = await site.open(where);
  await waitForMounted(page, 1);
  await completeQuiz(page, 0);
  const saved = await page.evaluate(() => localStorage.getItem('skin-analysis:v1:default'));
  await context.close();
  return saved.split('|').pop();
}

describe('hostile host pages', () => {
  const site = useSite([...PLAIN_PAGES, { prefix: '/trusted-types/', dir: path('e2e/pages'), headers: trustedTypes }]);

  it("works with Trusted Types enforced (require-trusted-types-for 'script')", async () => {
    const { page, context, log } = await site.open('/trusted-types/two.html');
    assert.equal(await page.evaluate(() => typeof trustedTypes), 'object', 'this browser enforces Trusted Types');
    await waitForMounted(page, 2);
    const detail = await completeQuiz(page, 1);
    assert.equal(detail.lang, 'ko');
    assert.deepEqual(await page.evaluate(() => window.__cspViolations), []);
    assertCleanConsole(log);
    await context.close();
  });

  it('works on a page with polluted prototypes and patched built-ins', async () => {
    const { page, context, log } = await site.open('/pages/two.html', {
      before: (p) =>
        p.addInitScript(() => {
          // Enumerable junk on every object and array, as old libraries and careless scripts add.
          Object.prototype.polluted = 'from the page';
          Object.prototype.bubbles = false;
          Object.prototype.composed = false;
          Object.prototype.detail = { injected: true };
          Array.prototype.first = function () {
            return this[0];
          };
          // Built-ins replaced by look-alikes (polyfills that behave, but are not the originals).
          const { map, filter, forEach, indexOf } = Array.prototype;
          Array.prototype.map = function (...args) {
            return map.apply(this, args);
          };
          Array.prototype.filter = function (...args) {
            return filter.apply(this, args);
          };
          Array.prototype.forEach = function (...args) {
            return forEach.apply(this, args);
          };
          Array.prototype.indexOf = function (...args) {
            return indexOf.apply(this, args);
          };
          const { stringify } = JSON;
          JSON.stringify = (...args) => stringify(...args);
          const { attachShadow } = Element.prototype;
          Element.prototype.attachShadow = function (init) {
            return attachShadow.call(this, init);
          };
          String.prototype.trim = function () {
            return this.replace(/^\s+|\s+$/g, '');
          };
        }),
    });
    await waitForMounted(page, 2);
    const detail = await completeQuiz(page, 0);
    assert.deepEqual(Object.keys(detail).sort(), DETAIL_KEYS);
    assert.ok((await events(page)).every((e) => e.bubbles && e.composed), 'events still bubble out of the shadow root');
    assert.equal(await host(page, 1).locator('.sa-intro').count(), 1);
    await page.reload();
    await waitForMounted(page, 2);
    assert.equal(await host(page, 0).locator('.sa-results').count(), 1, 'resumed');
    assertCleanConsole(log);
    await context.close();
  });

  it('leaves a page its own <skin-analysis> definition and still runs the quiz in it', async () => {
    const { page, context, log } = await site.open('/pages/two.html', {
      before: (p) =>
        p.addInitScript(() => {
          customElements.define(
            'skin-analysis',
            class PageOwnElement extends HTMLElement {
              connectedCallback() {
                this.dataset.pageOwn = 'connected';
              }
            },
          );
        }),
    });
    await waitForMounted(page, 2);
    assert.equal(await page.evaluate(() => customElements.get('skin-analysis').name), 'PageOwnElement');
    assert.equal(await page.evaluate(() => document.querySelector('skin-analysis').dataset.pageOwn), 'connected');
    const detail = await completeQuiz(page, 1);
    assert.equal(detail.id, 'second');
    // Without the loader's element, removal is still noticed by the page watcher: the app goes.
    await page.evaluate(() => document.querySelector('skin-analysis').remove());
    await page.waitForTimeout(100);
    assert.equal(await page.evaluate(() => document.querySelectorAll('[data-skin-analysis-mounted]').length), 1);
    assertCleanConsole(log);
    await context.close();
  });

  it('shows a share link on a page whose history throws on write', async () => {
    const code = await shareCode(site, '/pages/clean.html');
    const { page, context, log } = await site.open(`/pages/clean.html#skin-analysis=default.${code}`, {
      before: (p) =>
        p.addInitScript(() => {
          const refuse = () => {
            throw new DOMException('History is read-only on this page.', 'SecurityError');
          };
          History.prototype.replaceState = refuse;
          History.prototype.pushState = refuse;
        }),
    });
    await waitForMounted(page, 1);
    await host(page, 0).locator('.sa-results').waitFor();
    // It could not clear the fragment, and says nothing about it; the visitor's own quiz is untouched.
    assert.ok(page.url().includes('#skin-analysis='));
    assert.equal(await page.evaluate(() => localStorage.length), 0);
    // Leaving it starts the visitor's own quiz; a link opened in place afterwards shows on top again (the address
    // still holds the first link, so the page goes elsewhere first).
    await host(page, 0).locator('.sa-shared-notice button').click();
    await host(page, 0).locator('.sa-question').waitFor();
    await page.evaluate((c) => {
      location.hash = 'elsewhere';
      setTimeout(() => (location.hash = `skin-analysis=default.${c}`), 50);
    }, code);
    await host(page, 0).locator('.sa-shared-notice').waitFor();
    assert.equal(await host(page, 0).locator('.sa-results').count(), 1);
    assertCleanConsole(log);
    await context.close();
  });
});
