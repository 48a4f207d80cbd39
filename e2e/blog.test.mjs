// Journeys for the quiz that knows its blog (issue 11), on the example Hugo site: the source article it sits in
// (intro, "From this article", ties first), tip sources linked to the blog's own pages, and the owner's products
// (safe for the reader, http(s) only, names as text, the product event). Sites as in hugo.test.mjs.

import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { basename } from 'node:path';
import { STRICT_CSP_HEADERS } from './server.mjs';
import { assertCleanConsole, events, host, HUGO_SITES, until, useSite, waitForMounted } from './harness.mjs';

const GLASS = '/posts/korean-skincare-glass-skin/'; // recognised by its file name
const MASSAGE = '/posts/korean-facial-massage/'; // recognised by its slug
const STARS = '/posts/what-the-stars-do/'; // named in its front matter
const UNRELATED = '/posts/layering-without-the-fuss/';
/** A calm reader: nothing rules out fragrance (the positive control for the allergic one). */
const CALM = { sensitivity: 'resilient', allergies: 'none', health: 'none', conditions: 'none' };

/**
 * Starts quiz 0 and answers each question with `picks[questionId]` when given, else its first available choice;
 * waits for the results.
 */
async function answerQuiz(page, picks = {}) {
  const quiz = host(page, 0);
  await quiz.locator('.sa-intro .sa-button--primary').click();
  for (let n = 0; n < 40; n += 1) {
    const screen = await until(page, () => {
      const root = document.querySelector('[data-skin-analysis]').shadowRoot;
      if (root.querySelector('.sa-results')) return { done: true };
      const steps = window.__events.filter((e) => e.type === 'skin-analysis:step' && e.host === 0);
      return root.querySelector('.sa-question') && steps.length ? { id: steps[steps.length - 1].detail.questionId } : null;
    });
    if (screen.done) return;
    const question = quiz.locator('.sa-question');
    const choice = picks[screen.id];
    if (choice) {
      await question.locator('.sa-choice', { has: page.locator(`input[id$="-${screen.id}-${choice}"]`) }).click();
    } else if (await question.locator('button[type=submit]').isDisabled()) {
      await question.locator('.sa-choice:not(.sa-choice--disabled)').first().click();
    }
    const before = (await events(page)).length;
    await question.locator('button[type=submit]').click();
    await until(page, (b) => window.__events.length > b || !!document.querySelector('[data-skin-analysis]').shadowRoot.querySelector('.sa-results'), before);
  }
  throw new Error('no results');
}

/**
 * The tips on the results: id order from the complete event, and each card of the full list (the highlighted cards
 * repeat the first few without their source) with its mark and source link.
 */
async function tips(page) {
  const complete = (await events(page)).find((e) => e.type === 'skin-analysis:complete');
  const cards = await page.evaluate(() =>
    Array.from(document.querySelector('[data-skin-analysis]').shadowRoot.querySelectorAll('.sa-tip:not(.sa-tip--highlighted)')).map((tip) => ({
      here: !!tip.querySelector('.sa-tip-here'),
      source: tip.querySelector('.sa-tip-source').textContent,
      link: tip.querySelector('.sa-tip-source a')?.getAttribute('href') ?? null,
    })),
  );
  return { ids: complete.detail.tipIds, cards };
}

const shadowText = (page) => page.evaluate(() => document.querySelector('[data-skin-analysis]').shadowRoot.textContent);

for (const build of HUGO_SITES) describe(`the quiz knows its blog (built by ${basename(build)})`, () => {
  const site = useSite([{ prefix: '/', dir: build, headers: STRICT_CSP_HEADERS }]);

  it('recognises each source article by file name, slug or front matter, and no other page', () => {
    const attribute = (page) => readFileSync(`${build}${page}index.html`, 'utf8').match(/data-article="?([a-z-]+)/)?.[1];
    assert.equal(attribute(GLASS), 'glass-skin');
    assert.equal(attribute(MASSAGE), 'facial-massage');
    assert.equal(attribute(STARS), 'k-star-tips');
    assert.equal(attribute(UNRELATED), undefined);
  });

  it("on a source article, says so and puts that article's tips first among equals, marked", async () => {
    const plain = await site.open(UNRELATED);
    await waitForMounted(plain.page, 2);
    const plainLead = await host(plain.page, 0).locator('.sa-lead').textContent();
    await answerQuiz(plain.page, CALM);
    const unrelated = await tips(plain.page);
    assert.equal(unrelated.cards.filter((c) => c.here).length, 0, 'no mark on an unrelated page');
    await plain.context.close();

    let promoted = 0;
    let markedTotal = 0;
    for (const [url, title, words] of [
      [GLASS, 'Korean skincare: secrets for glass skin', 'glass skin'],
      [MASSAGE, 'Sculpt and soothe: Korean facial massage', 'facial massage'],
      [STARS, 'Skincare habits of Korean stars', 'Korean stars'],
    ]) {
      const { page, context, log } = await site.open(url);
      await waitForMounted(page, 1);
      const lead = await host(page, 0).locator('.sa-lead').textContent();
      assert.notEqual(lead, plainLead);
      assert.ok(lead.includes(`from this article, “${title}”`), lead);
      await answerQuiz(page, CALM);
      const here = await tips(page);
      assert.deepEqual([...here.ids].sort(), [...unrelated.ids].sort(), 'the same tips fit');
      for (const card of here.cards) assert.equal(card.here, card.source.includes(words), card.source);
      // A marked tip never moves down (it only rises among its equals); the others keep their relative order.
      const marked = here.ids.filter((_, i) => here.cards[i]?.here);
      for (const id of marked) assert.ok(here.ids.indexOf(id) <= unrelated.ids.indexOf(id), `${id} moved down`);
      const others = (ids) => ids.filter((id) => !marked.includes(id));
      assert.deepEqual(others(here.ids), others(unrelated.ids));
      markedTotal += marked.length;
      promoted += Number(JSON.stringify(here.ids) !== JSON.stringify(unrelated.ids));
      assertCleanConsole(log);
      await context.close();
    }
    assert.ok(markedTotal > 0, 'some tips are marked');
    assert.ok(promoted > 0, 'some article tip rose above an equal one');
  });

  it("links each tip's source to that article's page on this blog, and the links resolve", async () => {
    const { page, context } = await site.open(MASSAGE);
    await waitForMounted(page, 1);
    await answerQuiz(page, CALM);
    const { cards } = await tips(page);
    const expected = { 'glass skin': GLASS, 'facial massage': MASSAGE, 'Korean stars': STARS };
    for (const card of cards) {
      const [, url] = Object.entries(expected).find(([words]) => card.source.includes(words));
      assert.equal(card.link, url, card.source);
      const response = await page.request.get(site.url(card.link));
      assert.equal(response.status(), 200, card.link);
    }
    await context.close();
  });

  it('never shows a fragrance product to a reader allergic to fragrance', async () => {
    const names = async (picks) => {
      const { page, context } = await site.open(UNRELATED);
      await waitForMounted(page, 2);
      await answerQuiz(page, picks);
      await host(page, 0).locator('.sa-product-link').first().waitFor();
      const shown = await host(page, 0).locator('.sa-product-link').allTextContents();
      await context.close();
      return shown;
    };
    assert.ok((await names(CALM)).includes('Rose Garden Cream'), 'the scented cream suits a calm reader');
    const allergic = await names({ ...CALM, allergies: 'fragrance' });
    assert.ok(allergic.length > 0);
    assert.ok(!allergic.includes('Rose Garden Cream'), allergic.join(', '));
  });

  it('links products over http(s) only, shows names as text, ships no bad entry and reports a followed link', async () => {
    const { page, context, log } = await site.open(UNRELATED);
    await page.route('https://shop.example/**', (route) => route.fulfill({ status: 200, body: 'shop' }));
    await waitForMounted(page, 2);
    await answerQuiz(page, CALM);
    const quiz = host(page, 0);
    await quiz.locator('.sa-product-link').first().waitFor();
    const links = await page.evaluate(() =>
      Array.from(document.querySelector('[data-skin-analysis]').shadowRoot.querySelectorAll('a')).map((a) => ({
        href: a.getAttribute('href'),
        rel: a.getAttribute('rel'),
        product: a.classList.contains('sa-product-link'),
      })),
    );
    assert.ok(links.every((l) => !/^\s*javascript:/i.test(l.href ?? '')), 'no javascript: link');
    for (const link of links.filter((l) => l.product)) {
      assert.match(link.href, /^https:\/\/shop\.example\//);
      assert.equal(link.rel, 'sponsored noopener');
    }
    const text = await shadowText(page);
    assert.ok(!text.includes('Free Sample Sunscreen'), 'the javascript: entry is skipped');
    assert.ok(text.includes('<b>Barrier</b> Balm <img src=x onerror=alert(1)>'), 'the name shows as typed');
    assert.ok(text.includes('Ceramides, <i>no</i> perfume'), 'the note too');
    assert.equal(await quiz.locator('.sa-routine-products b, .sa-routine-products img, .sa-routine-products i').count(), 0);
    // Hugo named the bad entries at build time and left them out: readers' consoles never see them.
    assert.deepEqual(log.warnings.filter((w) => w.includes('products.json')), []);

    const popup = context.waitForEvent('page');
    await quiz.locator('.sa-product-link', { hasText: 'Rose Garden Cream' }).first().click();
    await popup;
    const product = (await events(page)).find((e) => e.type === 'skin-analysis:product');
    assert.deepEqual(Object.keys(product.detail).sort(), ['id', 'lang', 'name', 'step', 'url']);
    assert.deepEqual(
      [product.detail.step, product.detail.name, product.detail.url],
      ['moisturiser', 'Rose Garden Cream', 'https://shop.example/rose-garden'],
    );
    assert.equal((await events(page)).filter((e) => e.type === 'skin-analysis:start').length, 1);
    assertCleanConsole(log);
    await context.close();
  });
});
