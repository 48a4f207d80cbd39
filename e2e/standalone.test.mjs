// Journeys against the standalone Trunk build (dist/app): the page `cargo xtask serve` shows.

import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { readdirSync } from 'node:fs';
import {
  assertCleanConsole, assertNoAxeViolations, assertOnlyRequested, cls, completeQuiz, events, host, path, useSite,
  waitForMounted,
} from './harness.mjs';

describe('standalone app (dist/app)', () => {
  const site = useSite([{ prefix: '/', dir: path('dist/app') }]);

  it('completes the quiz with a clean console, no layout shift and only its own files requested', async () => {
    const { page, context, log } = await site.open('/');
    await waitForMounted(page, 1);
    assert.equal((await cls(page)).value, 0, JSON.stringify(await cls(page)));

    const detail = await completeQuiz(page, 0);
    assert.equal(detail.lang, 'en');
    assert.ok(detail.profile.length > 0);
    const results = await host(page, 0).locator('.sa-results').innerText();
    assert.ok(results.includes(detail.profile), `the results show the profile "${detail.profile}"`);
    assert.equal((await events(page)).filter((e) => e.type === 'skin-analysis:complete').length, 1);

    assertCleanConsole(log);
    const files = readdirSync(path('dist/app')).map((name) => `/${name}`);
    assertOnlyRequested(log, site.origin, ['/', ...files]);
    await context.close();
  });

  it('has no axe violations on the intro, a question and the results', async () => {
    const { page, context, log } = await site.open('/');
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
