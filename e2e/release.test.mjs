// Plain pages from the release archive, and deploys that never mix versions.
//
// SKIN_ANALYSIS_RELEASE is the unpacked archive's `skin-analysis/` folder (`cargo xtask test` unpacks
// dist/release/skin-analysis-<version>.tar.gz); without it, the same files from dist/ (dist/hugo's static files and
// dist/embed's snippets). A page is the README's plain-page route: the snippet pasted into it, the files of
// `static/skin-analysis/` published under /skin-analysis/.
//
// Version B is version A with new code in every file the loader fetches (the glue, the wasm with an extra custom
// section, the boot script), published under new names and named by a new loader, as `cargo xtask dist` publishes a
// new build: a tab that loaded version A's page keeps working or says the quiz could not load, a new tab runs B.

import { after, before, describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { createHash } from 'node:crypto';
import { cpSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { brotliDecompressSync, gunzipSync } from 'node:zlib';
import { STRICT_CSP_HEADERS as csp } from './server.mjs';
import {
  assertCleanConsole, completeQuiz, host, loaderDecided, openTab, path, published, until, useSite, waitForMounted,
} from './harness.mjs';

const RELEASE = process.env.SKIN_ANALYSIS_RELEASE;
const FILES = RELEASE ? join(RELEASE, 'static/skin-analysis') : path('dist/hugo/skin-analysis/static/skin-analysis');
const SNIPPETS = RELEASE ? join(RELEASE, 'snippets') : path('dist/embed');

/** A page with the snippets of `langs`, below two screens of article, as a blog owner would paste them (the Korean
 * one with its own `data-id`, so the two quizzes keep their answers apart). */
const page = (snippets, langs) => `<!doctype html>
<html lang="en"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1">
<title>An article</title><link rel="icon" href="data:,"></head>
<body><main><h1>An article</h1>${'<p>Some text about skin care, long enough to read for a while.</p>'.repeat(200)}
${langs.map((lang) => readFileSync(join(snippets, `skin-analysis-${lang}.html`), 'utf8')).join('\n').replace('data-lang="ko"', 'data-lang="ko" data-id="second"')}
</main></body></html>`;

/** Deploys a version into a fresh folder: the files under skin-analysis/, the pages beside them. */
function deploy(files, pages) {
  const dir = mkdtempSync(join(tmpdir(), 'skin-analysis-deploy-'));
  cpSync(files, join(dir, 'skin-analysis'), { recursive: true });
  for (const [name, html] of Object.entries(pages)) writeFileSync(join(dir, name), html);
  return dir;
}

const versioned = (name, bytes) => {
  const dot = name.indexOf('.');
  return `${name.slice(0, dot)}.${createHash('sha256').update(bytes).digest('hex').slice(0, 8)}${name.slice(dot)}`;
};

/**
 * Version B of the files in `dir` (version A): the glue, the wasm and the boot script with new bytes under new names,
 * the loader naming them (under its plain name and a new versioned copy), and the snippets naming that loader.
 */
function nextVersion(dir) {
  const b = mkdtempSync(join(tmpdir(), 'skin-analysis-b-'));
  const names = {};
  const rename = (name, bytes) => {
    const old = published(name, dir);
    names[old] = versioned(name, bytes);
    writeFileSync(join(b, names[old]), bytes);
  };
  for (const file of readdirSync(dir)) {
    if (!/\.(gz|br)$/.test(file)) cpSync(join(dir, file), join(b, file));
  }
  // A custom section (id 0) named "b": valid wasm, different bytes.
  const wasm = readFileSync(join(dir, published('skin-analysis-app_bg.wasm', dir)));
  rename('skin-analysis-app_bg.wasm', Buffer.concat([wasm, Buffer.from([0, 2, 1, 0x62])]));
  rename('skin-analysis-app.js', Buffer.from(`${readFileSync(join(dir, published('skin-analysis-app.js', dir)), 'utf8')}//b\n`));
  rename('skin-analysis-boot.js', Buffer.from(`${readFileSync(join(dir, published('skin-analysis-boot.js', dir)), 'utf8')}//b\n`));
  let loader = readFileSync(join(dir, 'skin-analysis.js'), 'utf8');
  for (const [old, name] of Object.entries(names)) {
    rmSync(join(b, old));
    loader = loader.replace(old, name);
  }
  rmSync(join(b, published('skin-analysis.js', dir)));
  writeFileSync(join(b, 'skin-analysis.js'), loader);
  names[published('skin-analysis.js', dir)] = versioned('skin-analysis.js', Buffer.from(loader));
  writeFileSync(join(b, names[published('skin-analysis.js', dir)]), loader);
  const snippets = mkdtempSync(join(tmpdir(), 'skin-analysis-b-snippets-'));
  for (const lang of ['en', 'ko']) {
    let snippet = readFileSync(join(SNIPPETS, `skin-analysis-${lang}.html`), 'utf8');
    for (const [old, name] of Object.entries(names)) snippet = snippet.replace(old, name);
    writeFileSync(join(snippets, `skin-analysis-${lang}.html`), snippet);
  }
  return { files: b, snippets, names };
}

describe(`plain pages from the release (${RELEASE ? 'the unpacked archive' : 'dist/'})`, () => {
  // The site's one mount serves whichever version is deployed (its `dir`, set by `deployed`, read per request).
  const root = { prefix: '/', headers: csp };
  const site = useSite([root]);
  let a;
  let b;
  let bNames;
  before(() => {
    const pages = (snippets) => ({ 'en.html': page(snippets, ['en']), 'both.html': page(snippets, ['en', 'ko']) });
    const next = nextVersion(FILES);
    a = deploy(FILES, pages(SNIPPETS));
    b = deploy(next.files, pages(next.snippets));
    bNames = next.names;
    for (const dir of [next.files, next.snippets]) rmSync(dir, { recursive: true });
  });
  after(() => {
    for (const dir of [a, b]) if (dir) rmSync(dir, { recursive: true, force: true });
  });
  const deployed = (dir) => {
    root.dir = dir;
  };
  const quizRequests = (log) => log.requests.map((url) => new URL(url).pathname).filter((p) => p.startsWith('/skin-analysis/'));

  it('holds an owner\'s README that stands alone: every install route, TOML and YAML, language, settings, CSP, updating', () => {
    const readme = readFileSync(join(RELEASE ?? path('dist/hugo/skin-analysis'), 'README.md'), 'utf8');
    for (const heading of ['Install', 'The language', 'Parameters', 'The article link', 'Products', 'Your own words', 'Theming', 'Content-Security-Policy', 'Updating']) {
      assert.ok(readme.includes(`\n## ${heading}\n`), `a section "${heading}"`);
    }
    for (const text of [
      'theme = ["skin-analysis", ', // (a) theme component, TOML
      'theme:\n  - skin-analysis\n', // and YAML
      'replacements = "github.com/skin-analysis/skin-analysis-hugo -> skin-analysis"', // (b) module, TOML
      'replacements: github.com/skin-analysis/skin-analysis-hugo -> skin-analysis', // and YAML
      'snippets/skin-analysis-en.html', // (c) plain page
      '[[product]]',
      'data/skin_analysis/words.toml',
      'skinAnalysisArticle',
      '--sa-accent',
      "'sha256-",
    ]) {
      assert.ok(readme.includes(text), text);
    }
    assert.doesNotMatch(readme, /project README|cargo |xtask/, 'nothing it needs is outside the archive');
  });

  it('ships every served file with its .gz and .br beside it', { skip: !RELEASE && 'dist/ has no precompressed files' }, () => {
    const served = readdirSync(FILES).filter((file) => !/\.(gz|br)$/.test(file));
    assert.ok(served.length >= 9, served.join(' '));
    for (const file of served) {
      const bytes = readFileSync(join(FILES, file));
      assert.deepEqual(gunzipSync(readFileSync(join(FILES, `${file}.gz`))), bytes, `${file}.gz`);
      assert.deepEqual(brotliDecompressSync(readFileSync(join(FILES, `${file}.br`))), bytes, `${file}.br`);
    }
  });

  it('runs the quiz from the pasted snippet, fetching only the files of its own version', async () => {
    deployed(a);
    const { page, context, log } = await site.open('/en.html');
    await host(page, 0).scrollIntoViewIfNeeded();
    await waitForMounted(page, 1);
    const result = await completeQuiz(page, 0);
    assert.equal(result.lang, 'en');
    assertCleanConsole(log);
    assert.deepEqual(await page.evaluate(() => window.__cspViolations), []);
    const expected = [
      published('skin-analysis.js', FILES),
      published('skin-analysis-intro.css', FILES),
      published('skin-analysis-boot.js', FILES),
      published('skin-analysis-app.js', FILES),
      published('skin-analysis-app_bg.wasm', FILES),
      published('skin-analysis-text-en.txt', FILES),
      // Linked by the results for print.
      published('skin-analysis-print.css', FILES),
    ];
    assert.deepEqual([...new Set(quizRequests(log))].sort(), expected.map((f) => `/skin-analysis/${f}`).sort());
    await context.close();
  });

  it('after a deploy of version B: a tab with the quiz running continues, a new tab runs version B', async () => {
    deployed(a);
    const { page, context, log } = await site.open('/both.html');
    await host(page, 0).scrollIntoViewIfNeeded();
    await waitForMounted(page, 2);
    deployed(b);
    // Version A's files are gone; the running quiz has all it needs (each language's text is still published under
    // the same name: the text did not change).
    const english = await completeQuiz(page, 0);
    assert.equal(english.lang, 'en');
    assertCleanConsole(log);

    const second = await openTab(context, site.url('/both.html'));
    await host(second.page, 0).scrollIntoViewIfNeeded();
    await waitForMounted(second.page, 2);
    const korean = await completeQuiz(second.page, 1);
    assert.equal(korean.lang, 'ko');
    assertCleanConsole(second.log);
    const requested = quizRequests(second.log);
    for (const name of Object.values(bNames)) assert.ok(requested.includes(`/skin-analysis/${name}`), `${name} of version B`);
    for (const name of Object.keys(bNames)) assert.ok(!requested.includes(`/skin-analysis/${name}`), `not ${name} of version A`);
    await context.close();
  });

  it('after a deploy of version B: a tab whose quiz had not loaded yet says so in each quiz\'s language', async () => {
    deployed(a);
    const { page, context, log } = await site.open('/both.html');
    await loaderDecided(page);
    assert.deepEqual(quizRequests(log).filter((p) => /skin-analysis-(boot|app)/.test(p)), [], 'not near the quiz yet');
    deployed(b);
    await host(page, 1).scrollIntoViewIfNeeded();
    await until(page, () => document.querySelectorAll('[data-skin-analysis-state=load-failed]').length === 2, null, {
      what: 'both quizzes saying they could not load',
    });
    const messages = [0, 1].map((i) => host(page, i).locator('.sa-load-failed'));
    assert.match(await messages[0].innerText(), /couldn't load/);
    assert.match(await messages[1].innerText(), /불러오지 못했어요/);
    assert.deepEqual(log.pageErrors, [], 'no uncaught error');
    const warnings = log.warnings.filter((w) => w.includes('skin-analysis'));
    assert.equal(warnings.length, 1, warnings.join('\n'));
    assert.match(warnings[0], /skin-analysis-(boot|app)\.[0-9a-f]{8}\.js/, 'the warning names the file');
    await context.close();
  });

  it('says the quiz could not load, never breaks, when the wasm under its name is from another build', async () => {
    deployed(a);
    const wasm = published('skin-analysis-app_bg.wasm', FILES);
    // A valid module with none of the glue's imports and exports: what a glue meets when the wasm is another build's.
    const stranger = Buffer.from([0, 0x61, 0x73, 0x6d, 1, 0, 0, 0]);
    const { page, context, log } = await site.open('/en.html', {
      before: (p) => p.route(`**/${wasm}`, (route) => route.fulfill({ body: stranger, contentType: 'application/wasm' })),
    });
    await host(page, 0).scrollIntoViewIfNeeded();
    await host(page, 0).locator('.sa-load-failed').waitFor();
    assert.match(await host(page, 0).locator('.sa-load-failed').innerText(), /couldn't load/);
    assert.deepEqual(log.pageErrors, []);
    const warnings = log.warnings.filter((w) => w.includes('skin-analysis'));
    assert.equal(warnings.length, 1, warnings.join('\n'));
    assert.ok(warnings[0].includes(wasm), `the warning names ${wasm}: ${warnings[0]}`);
    await context.close();
  });
});
