// Journeys against the standalone Trunk build (dist/app): the page `cargo xtask serve` shows.

import { after, before, describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { readdirSync } from 'node:fs';
import { serve } from './server.mjs';
import {
  assertCleanConsole,
  assertNoAxeViolations,
  assertOnlyRequested,
  cls,
  completeQuiz,
  events,
  host,
  launch,
  open,
  path,
  waitForMounted,
} from './harness.mjs';

describe('standalone app (dist/app)', () => {
  let server;
  let browser;
  before(async () => {
    server = await serve([{ prefix: '/', dir: path('dist/app') }]);
    browser = await launch();
  });
  after(async () => {
    await browser?.close();
    await server?.close();
  });

  it('completes the quiz with a clean console, no layout shift and only its own files requested', async () => {
    const { page, context, log } = await open(browser, `${server.origin}/`);
    await waitForMounted(page, 1);
    await page.waitForTimeout(300);
    assert.equal((await cls(page)).value, 0, JSON.stringify(await cls(page)));

    const detail = await completeQuiz(page, 0);
    assert.equal(detail.lang, 'en');
    assert.ok(detail.profile.length > 0);
    const results = await host(page, 0).locator('.sa-results').innerText();
    assert.ok(results.includes(detail.profile), `the results show the profile "${detail.profile}"`);
    assert.equal((await events(page)).filter((e) => e.type === 'skin-analysis:complete').length, 1);

    assertCleanConsole(log);
    const files = readdirSync(path('dist/app')).map((name) => `/${name}`);
    assertOnlyRequested(log, server.origin, ['/', ...files]);
    await context.close();
  });

  it('has no axe violations on the intro, a question and the results', async () => {
    const { page, context, log } = await open(browser, `${server.origin}/`);
    await waitForMounted(page, 1);
    await assertNoAxeViolations(page, 'the intro');
    await completeQuiz(page, 0, {
      onQuestion: async (step) => {
        if (step === 1) await assertNoAxeViolations(page, 'the first question');
      },
    });
    await assertNoAxeViolations(page, 'the results');
    assertCleanConsole(log);
    await context.close();
  });
});
