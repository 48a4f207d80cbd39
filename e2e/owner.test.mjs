// The blog owner's path: small Hugo sites built from the release alone (SKIN_ANALYSIS_RELEASE, the unpacked archive's
// `skin-analysis/` folder; without it dist/hugo/skin-analysis), with every Hugo in HUGO_BINS (separated like PATH;
// `cargo xtask e2e` lists Debian's and the current one; without it `hugo` on PATH and target/hugo-venv's), each post
// ending in the bare shortcode a generator writes.
//
// - The bare shortcode picks the article's language: a Korean post on an English-configured site, a Korean site
//   (YAML, the component as a Hugo Module), a multilingual one (the page's language wins over its text), `lang=` over all of them.
// - The owner's own words (data/skin_analysis/words.toml) replace the intro's title and lead and the results' source
//   line, at build time and in the live quiz.
// - Every owner mistake is named at build time with what to write instead, and a bad product entry is left out of the
//   published file; a component without its quiz files, or with another version's, fails the build saying so.

import { after, before, describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { execFileSync, spawnSync } from 'node:child_process';
import { cpSync, existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { delimiter, dirname, join } from 'node:path';
import { completeQuiz, host, path, useSite, waitForMounted } from './harness.mjs';
import { STRICT_CSP_HEADERS } from './server.mjs';

const COMPONENT = process.env.SKIN_ANALYSIS_RELEASE || path('dist/hugo/skin-analysis');
const HUGOS = (process.env.HUGO_BINS || ['hugo', path('target/hugo-venv/bin/hugo')].filter((h) => h === 'hugo' || existsSync(h)).join(delimiter))
  .split(delimiter)
  .filter(Boolean);
// The quiz's languages as the component lists them (its shortcode's data), in the order its messages name them.
const LANGUAGES = [...readFileSync(join(COMPONENT, 'data/skin_analysis/shortcode.toml'), 'utf8').matchAll(/^tag = "([^"]+)"$/gm)]
  .map((match) => match[1])
  .join(', ');
const version = (hugo) => /hugo v(\d+\.\d+\.\d+)/.exec(execFileSync(hugo, ['version'], { encoding: 'utf8' }))[1];

// What a blog's own theme does: `<html lang>` is the site's language, whatever the post's.
const SINGLE = `<!doctype html><html lang="{{ site.Language.Lang }}"><head><meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1"><title>{{ .Title }}</title>
<link rel="icon" href="data:,"></head><body><main><h1>{{ .Title }}</h1>{{ .Content }}</main></body></html>`;
const KOREAN = `---
title: 유리 피부, 오해 없이
---
유리 피부는 맑고 촉촉하게 빛나는 피부를 말해요. Glass skin 이라고도 불러요. 오늘은 순한 세안, 충분한 보습,
매일 바르는 자외선 차단제로 이루어진 간단한 루틴을 소개할게요. [자세히](https://example.org/more-about-glass-skin)

{{< skin-analysis >}}
`;
const ENGLISH = `---
title: Glass skin without the myth
---
Glass skin (유리 피부) is clear, even, well-hydrated skin. Here is a simple routine: a gentle cleanse, enough
moisture and sunscreen every morning.

{{< skin-analysis >}}
`;

/** Writes a site into a fresh folder: `files` by relative path, plus the single-page layout. */
function site(files) {
  const dir = mkdtempSync(join(tmpdir(), 'skin-analysis-owner-'));
  for (const [name, text] of Object.entries({ 'layouts/_default/single.html': SINGLE, ...files })) {
    mkdirSync(dirname(join(dir, name)), { recursive: true });
    writeFileSync(join(dir, name), text);
  }
  return dir;
}

/**
 * Builds `dir` with `hugo` and the component unpacked as a theme beside it (`themes`); returns whether it succeeded
 * and the log, which must warn of no deprecation.
 */
function build(hugo, dir, themes = dirname(COMPONENT)) {
  const run = spawnSync(hugo, ['--source', dir, '--destination', join(dir, 'public'), '--cleanDestinationDir'], {
    encoding: 'utf8',
    env: { ...process.env, HUGO_THEMESDIR: themes },
  });
  const log = `${run.stdout}${run.stderr}`;
  // A template API our templates use that this Hugo deprecated would show here.
  assert.doesNotMatch(log, /deprecated: \./, log);
  return { ok: run.status === 0, log };
}

const placeholder = (dir, page) => readFileSync(join(dir, 'public', page, 'index.html'), 'utf8').match(/<div data-skin-analysis[^>]*>/g);
const html = (dir, page) => readFileSync(join(dir, 'public', page, 'index.html'), 'utf8');
const KOREAN_INTRO = /<section class="?sa-screen sa-intro"?>.*내 피부/s;

const ENGLISH_SITE = {
  'hugo.toml': 'baseURL = "/"\ntitle = "Dewy Notes"\ntheme = ["skin-analysis"]\n',
  'content/posts/korean.md': KOREAN,
  'content/posts/english.md': ENGLISH,
  'content/posts/asked-english.md': KOREAN.replace('{{< skin-analysis >}}', '{{< skin-analysis lang="en" >}}'),
  'content/posts/says-korean.md': ENGLISH.replace('title:', 'lang: ko\ntitle:'),
};
// The owner's own words for the intro and the results' source line (the tips and their safety rules stay ours).
const WORDS = `[en]
title = "Which habits suit your skin?"
source = "These tips come from the articles on Dewy Notes."

[ko]
title = "내 피부에 맞는 습관은?"
lead = "몇 가지 질문에 답하면 듀이 노트의 글에서 나에게 맞는 습관을 골라 드려요."
source = "이 팁은 듀이 노트의 글에서 왔어요."
`;
const WORDS_SITE = { ...ENGLISH_SITE, 'data/skin_analysis/words.toml': WORDS };

// As a Hugo Module, replaced by the unpacked archive in the configuration (a relative path is read against themesDir).
const KOREAN_SITE = {
  'hugo.yaml': `baseURL: /
defaultContentLanguage: ko
title: 촉촉 노트
module:
  replacements: github.com/skin-analysis/skin-analysis-hugo -> skin-analysis
  imports:
    - path: github.com/skin-analysis/skin-analysis-hugo
`,
  'content/posts/korean.md': KOREAN,
  'content/posts/english.md': ENGLISH,
};
const MULTILINGUAL_SITE = {
  'hugo.toml': `baseURL = "/"
title = "Dewy Notes"
theme = ["skin-analysis"]
defaultContentLanguage = "en"
[languages.en]
  weight = 1
[languages.ko]
  weight = 2
`,
  'content/posts/routine.md': ENGLISH,
  // Not translated yet: English words on the Korean site's page. The page's language decides.
  'content/posts/routine.ko.md': ENGLISH,
};
const MISTAKES_SITE = {
  'hugo.toml': 'baseURL = "/"\ntitle = "Dewy Notes"\ntheme = ["skin-analysis"]\n',
  'content/posts/mistakes.md': `---
title: Mistakes
---
A post with every slip an owner makes.

{{< skin-analysis lang="kr" >}}
{{< skin-analysis ko >}}
{{< skin-analysis title="My quiz" >}}
{{< skin-analysis thme="dark" focus="pore" >}}
`,
  'data/skin_analysis/words.toml': '[kr]\ntitle = "x"\n\n[en]\nheading = "y"\n',
  'data/skin_analysis/products.toml': `[[product]]
name = "Plain Toner"
url = "https://shop.example/toner"
step = "toner"

[[product]]
name = "Mystery Serum"
url = "https://shop.example/serum"
step = "serum"

[[product]]
name = "Tonner"
url = "https://shop.example/tonner"
step = "tonner"

[[product]]
name = "Free Sample"
url = "javascript:alert(1)"
step = "toner"
`,
};

for (const hugo of HUGOS) describe(`the owner's Hugo sites, Hugo ${version(hugo)}, from ${process.env.SKIN_ANALYSIS_RELEASE ? 'the release' : 'dist/'}`, () => {
  const dirs = [];
  const made = (files) => {
    const dir = site(files);
    dirs.push(dir);
    return dir;
  };
  after(() => {
    for (const dir of dirs) rmSync(dir, { recursive: true, force: true });
  });

  it('gives a Korean post on an English-configured site a Korean quiz, an English post an English one, lang= over both', () => {
    const dir = made(ENGLISH_SITE);
    const built = build(hugo, dir);
    assert.ok(built.ok, built.log);
    assert.doesNotMatch(built.log, /skin-analysis:/, 'nothing to warn about');
    assert.deepEqual(placeholder(dir, 'posts/korean'), ['<div data-skin-analysis data-lang="ko">']);
    assert.match(html(dir, 'posts/korean'), KOREAN_INTRO, 'the intro rendered at build time is Korean');
    assert.match(html(dir, 'posts/korean'), /<noscript><p>[^<]*자바스크립트/);
    assert.deepEqual(placeholder(dir, 'posts/english'), ['<div data-skin-analysis data-lang="en">'], 'a few Korean words do not make a Korean article');
    assert.doesNotMatch(html(dir, 'posts/english'), KOREAN_INTRO);
    assert.deepEqual(placeholder(dir, 'posts/asked-english'), ['<div data-skin-analysis data-lang="en">']);
    assert.deepEqual(placeholder(dir, 'posts/says-korean'), ['<div data-skin-analysis data-lang="ko">'], 'front matter lang');
  });

  it('gives a Korean site\'s posts (YAML, the component as a Hugo Module) each its article\'s language', () => {
    const dir = made(KOREAN_SITE);
    const built = build(hugo, dir);
    assert.ok(built.ok, built.log);
    assert.deepEqual(placeholder(dir, 'posts/korean'), ['<div data-skin-analysis data-lang="ko">']);
    assert.match(html(dir, 'posts/korean'), KOREAN_INTRO);
    assert.deepEqual(placeholder(dir, 'posts/english'), ['<div data-skin-analysis data-lang="en">']);
  });

  it('follows the page\'s language on a multilingual site, over its text', () => {
    const dir = made(MULTILINGUAL_SITE);
    const built = build(hugo, dir);
    assert.ok(built.ok, built.log);
    assert.deepEqual(placeholder(dir, 'posts/routine'), ['<div data-skin-analysis data-lang="en">']);
    assert.deepEqual(placeholder(dir, 'ko/posts/routine'), ['<div data-skin-analysis data-lang="ko">']);
    assert.match(html(dir, 'ko/posts/routine'), KOREAN_INTRO);
  });

  it('names every mistake in the content at build time, with what to write instead, and leaves bad products out', () => {
    assert.match(LANGUAGES, /^en, ko(, |$)/, 'the component lists its languages, English first');
    const dir = made(MISTAKES_SITE);
    const built = build(hugo, dir);
    assert.ok(built.ok, `warnings, not errors: the page works\n${built.log}`);
    const warned = (text) => built.log.split('\n').filter((line) => line.startsWith('WARN') && line.includes(text));
    for (const [line, message] of [
      [6, `lang="kr" is not a language of the quiz (${LANGUAGES}): did you mean lang="ko"?`],
      [7, '{{< skin-analysis ko >}}: parameters need their names (lang, theme, id, focus, article); write {{< skin-analysis lang="ko" >}}'],
      [8, 'unknown parameter title="My quiz"; your own title goes in data/skin_analysis/words.toml, per language (title = "My quiz" under [en]). The parameters are lang, theme, id, focus, article.'],
      [9, 'unknown parameter thme="dark": did you mean theme="dark"?'],
      [9, 'focus="pore" is not one of dryness, dullness, lines, puffiness, pores, redness, dark_marks: did you mean focus="pores"?'],
    ]) {
      assert.equal(warned(message).length, 1, `${message}\n${built.log}`);
      assert.match(warned(message)[0], new RegExp(`mistakes\\.md:${line}:`), `names the line: ${warned(message)[0]}`);
    }
    for (const message of [
      'product 2 ("Mystery Serum") left out: unknown step "serum": write step = "essence" (a serum belongs to the essence step). The steps are before_cleanse, ',
      'product 3 ("Tonner") left out: unknown step "tonner": did you mean step = "toner"?',
      'product 4 ("Free Sample") left out: url "javascript:alert(1)" is not an http or https address',
    ]) {
      assert.equal(warned(`skin-analysis: data/skin_analysis/products.toml: ${message}`).length, 1, `${message}\n${built.log}`);
    }
    for (const message of [
      `[kr] is not a language of the quiz (${LANGUAGES}): did you mean [ko]? Left out.`,
      '[en] heading is not a word you can give. The words are title, lead, source; the tips and their safety rules stay the quiz\'s.',
    ]) {
      assert.equal(warned(`skin-analysis: data/skin_analysis/words.toml: ${message}`).length, 1, `${message}\n${built.log}`);
    }
    const published = JSON.parse(readFileSync(join(dir, 'public/skin-analysis/products.json'), 'utf8'));
    assert.deepEqual(published.product.map((p) => p.name), ['Plain Toner'], 'only the good entry reaches readers');
  });

  it('puts the owner\'s own words in the intro rendered at build time, and hands every language\'s to the quiz', () => {
    const dir = made(WORDS_SITE);
    const built = build(hugo, dir);
    assert.ok(built.ok, built.log);
    assert.doesNotMatch(built.log, /skin-analysis:/);
    const korean = html(dir, 'posts/korean');
    assert.match(korean, /<h2[^>]*class="?sa-title"?[^>]*>내 피부에 맞는 습관은\?<\/h2>/);
    assert.match(korean, /<p class="?sa-lead"?>몇 가지 질문에 답하면 듀이 노트의/);
    assert.match(placeholder(dir, 'posts/korean')[0], /data-title-en="Which habits suit your skin\?".* data-source-ko="이 팁은 듀이 노트의 글에서 왔어요\."/);
    assert.match(html(dir, 'posts/english'), /<h2[^>]*class="?sa-title"?[^>]*>Which habits suit your skin\?<\/h2>/);
  });

  it('fails the build, saying what to do, for a component without its quiz files or with another version\'s', () => {
    const themes = mkdtempSync(join(tmpdir(), 'skin-analysis-themes-'));
    dirs.push(themes);
    const component = join(themes, 'skin-analysis');
    cpSync(COMPONENT, component, { recursive: true });
    const dir = made(ENGLISH_SITE);
    const ours = readFileSync(join(component, 'static/skin-analysis/skin-analysis-version.txt'), 'utf8').trim();

    writeFileSync(join(component, 'static/skin-analysis/skin-analysis-version.txt'), '0.0.1');
    let built = build(hugo, dir, themes);
    assert.ok(!built.ok);
    assert.match(built.log, new RegExp(`ERROR.*skin-analysis: the theme component's static/skin-analysis/ is version 0\\.0\\.1 but its templates are version ${ours.replaceAll('.', '\\.')}: the quiz would not load; unpack the release archive`));

    rmSync(join(component, 'static'), { recursive: true });
    built = build(hugo, dir, themes);
    assert.ok(!built.ok);
    assert.match(built.log, /ERROR.*skin-analysis: the theme component .* has no static\/skin-analysis\/ \(the quiz's own files\).*unpack the release archive/);
  });
});

describe('a Korean post on an English-configured site with the owner\'s own words, in the browser', () => {
  const dir = site(WORDS_SITE);
  const mount = { prefix: '/', dir: join(dir, 'public'), headers: STRICT_CSP_HEADERS };
  before(() => {
    const built = build(HUGOS[0], dir);
    assert.ok(built.ok, built.log);
  });
  after(() => rmSync(dir, { recursive: true, force: true }));
  const browser = useSite([mount]);

  it('opens in Korean, in the owner\'s words, for an English-speaking browser on an English page, and completes', async () => {
    const { page, context, log } = await browser.open('/posts/korean/', { viewport: { width: 390, height: 844 } });
    assert.equal(await page.evaluate(() => document.documentElement.lang), 'en');
    const title = () => host(page, 0).locator('.sa-intro h2').innerText();
    assert.equal(await title(), '내 피부에 맞는 습관은?', 'the intro at first paint, in the owner\'s words');
    await host(page, 0).scrollIntoViewIfNeeded();
    await waitForMounted(page, 1);
    assert.equal(await title(), '내 피부에 맞는 습관은?', 'the live quiz, in the owner\'s words');
    const result = await completeQuiz(page, 0);
    assert.equal(result.lang, 'ko');
    const disclaimer = await host(page, 0).locator('.sa-disclaimer').innerText();
    assert.match(disclaimer, /^이 팁은 듀이 노트의 글에서 왔어요\. 의학적 조언이 아니에요\./, 'the owner\'s source line, then our disclaimer');
    // The reader switches language: the owner's English words.
    await host(page, 0).locator('.sa-lang-button[lang=en]').click();
    await host(page, 0).locator('.sa-disclaimer', { hasText: 'These tips come from the articles on Dewy Notes. It is not medical advice.' }).waitFor();
    assert.deepEqual(log.pageErrors, []);
    assert.deepEqual(log.errors, []);
    await context.close();
  });
});
