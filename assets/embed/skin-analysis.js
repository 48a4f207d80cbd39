// skin-analysis loader: the one script a host page includes.
//
//   <skin-analysis data-lang="en">…the intro, rendered at build time…</skin-analysis>   (or <div data-skin-analysis>)
//   <script type="module" src="/skin-analysis/skin-analysis.js"></script>
//
// It costs a reader nothing until they come near a quiz: it fetches the WebAssembly quiz next to this file
// (skin-analysis-app.js + skin-analysis-app_bg.wasm, resolved against this module's URL, so the folder can live
// anywhere) only once a placeholder is within about two screens of the viewport, or the reader points at, focuses
// or clicks it, or the page has this quiz's saved progress or share link. A Start click on the intro before the quiz
// is there is kept and handed to the real Start button. The wasm side then mounts every placeholder, including ones
// added later. Meanwhile it keeps each quiz in the page's colour scheme. This file never throws: if the quiz cannot
// load, each placeholder gets a short readable message and one console warning says why.
//
// Needs no inline script or style, so it works under `script-src 'self' 'wasm-unsafe-eval'; style-src 'self'`.

const SELECTOR = '[data-skin-analysis], skin-analysis';
const MOUNTED = 'data-skin-analysis-mounted';

// Keep in sync with `load_failed` in rules/content/strings.toml (checked by tests/embed_files.rs).
const LOAD_FAILED = {
  en: "The skin quiz couldn't load. Please check your connection and reload the page.",
  ko: '피부 퀴즈를 불러오지 못했어요. 인터넷 연결을 확인하고 페이지를 새로고침해 주세요.',
};

// Space each placeholder keeps before the quiz arrives, so nothing below it moves (no layout shift): the quiz's
// first screen fits in it. The same values are in skin-analysis-host.css, which applies them before first paint;
// this covers pages without that file (checked by tests/embed_files.rs).
const RESERVED = { narrow: '(max-width: 374px)', narrowHeight: '680px', height: '600px' };

// Where the widget keeps a visitor's progress and puts a share link (src/storage.rs, src/share.rs; checked by
// tests/embed_files.rs), and the intro's Start button (src/components/intro.rs).
const SAVED_KEY = 'skin-analysis:v1:';
const SHARE_PREFIX = '#skin-analysis=';
const START = '.sa-intro .sa-button--primary';

/** The message language: the element's data-lang, else the page's lang, else English. */
function languageOf(element) {
  const tags = [element.getAttribute('data-lang'), document.documentElement.lang];
  for (const tag of tags) {
    const primary = (tag || '').trim().toLowerCase().split(/[-_]/)[0];
    if (primary in LOAD_FAILED) return primary;
  }
  return 'en';
}

function placeholders() {
  return Array.from(document.querySelectorAll(SELECTOR));
}

function reserveSpace(element) {
  const style = getComputedStyle(element);
  if (style.display === 'inline') element.style.display = 'block';
  if (!(parseFloat(style.minHeight) > 0)) {
    element.style.minHeight = matchMedia(RESERVED.narrow).matches ? RESERVED.narrowHeight : RESERVED.height;
  }
}

/**
 * `data-theme="auto"` wears the page's colour scheme: the quiz's CSS inherits the page's `color-scheme` (which a
 * blog's dark toggle switches on <html>). A page that declares none (computed `normal`) gets `light dark`, the
 * reader's system setting. Run again whenever <html> or <body> changes an attribute, so a toggle applies at once.
 */
function followPageScheme(element) {
  element.style.colorScheme = '';
  if (getComputedStyle(element).colorScheme === 'normal') element.style.colorScheme = 'light dark';
}

/** Replaces every placeholder the quiz did not take over with the load-failure message (text only). */
function showLoadFailed() {
  for (const element of placeholders()) {
    if (element.hasAttribute(MOUNTED)) continue; // the quiz shows its own error message if it fails later
    const message = document.createElement('p');
    message.setAttribute('role', 'status');
    message.textContent = LOAD_FAILED[languageOf(element)];
    // Shown through the intro's <slot> when the page has one, else in place of the placeholder's content.
    element.replaceChildren(message);
    element.setAttribute('data-skin-analysis-state', 'load-failed');
    element.shadowRoot?.querySelector(START)?.removeAttribute('aria-busy');
  }
}

/** This quiz's saved progress beyond a fresh intro, or a share link in the address: show it at once. */
function hasProgress(element) {
  if (location.hash.startsWith(SHARE_PREFIX)) return true;
  const id = element.getAttribute('data-id');
  try {
    const saved = localStorage.getItem(SAVED_KEY + (/^[\w-]{1,64}$/.test(id) ? id : 'default'));
    return saved !== null && !saved.includes('|intro|-|');
  } catch {
    return false; // storage refused: there is nothing saved either
  }
}

// ---- Facade: a Start click before the quiz is there --------------------------------------------------------------

/** Elements whose intro Start was pressed before the quiz was mounted. */
const started = new Set();

function onFacadeClick(event) {
  const element = event.currentTarget;
  const button = event.composedPath()[0].closest?.(START);
  if (!button || element.hasAttribute(MOUNTED)) return;
  started.add(element);
  button.setAttribute('aria-busy', 'true');
}

/** After the quiz mounted: the kept clicks go to the real Start buttons (the quiz opens question 1 and focuses it). */
function replayStarts(focused) {
  for (const element of placeholders()) {
    const start = element.hasAttribute(MOUNTED) && element.shadowRoot?.querySelector(START);
    if (!start) continue;
    if (started.has(element)) start.click();
    // Focus was on the intro that the quiz replaced: give it to the same button again.
    else if (focused.includes(element) && document.activeElement === document.body) start.focus();
  }
  started.clear();
}

// ---- Load trigger: near, intent, or progress ----------------------------------------------------------------------

const INTENT = ['pointerover', 'focusin', 'click'];
const watched = new WeakSet();
let loading = false;
let near;

function watchPlaceholder(element) {
  if (watched.has(element)) return;
  watched.add(element);
  reserveSpace(element);
  followPageScheme(element);
  element.addEventListener('click', onFacadeClick);
  if (hasProgress(element)) return load();
  for (const type of INTENT) element.addEventListener(type, load, { once: true, passive: true });
  // About two screens ahead, so the quiz is usually ready by the time it scrolls into view.
  near ??= new IntersectionObserver((entries) => entries.some((entry) => entry.isIntersecting) && load(), {
    rootMargin: '200% 0px',
  });
  near.observe(element);
}

async function load() {
  if (loading) return;
  loading = true;
  near?.disconnect();
  try {
    const [glue, module] = await Promise.all([
      import('./skin-analysis-app.js'),
      compile(new URL('skin-analysis-app_bg.wasm', import.meta.url)),
    ]);
    // Instantiating runs the wasm's start function, which empties each intro's shadow root and mounts the quiz.
    const focused = placeholders().filter((element) => element.shadowRoot?.activeElement);
    await glue.default({ module_or_path: module });
    // The first render happens in a microtask after mounting; a frame later it is on screen.
    requestAnimationFrame(() => replayStarts(focused));
  } catch (error) {
    showLoadFailed();
    console.warn(`skin-analysis: the quiz could not be loaded from ${new URL('.', import.meta.url)}: ${error}`);
  }
}

/** Fetches and compiles the wasm as it streams in; a server without the wasm MIME type gets the slower way. */
async function compile(url) {
  const response = await fetch(url);
  if (!response.ok) throw new Error(`${url}: HTTP ${response.status}`);
  if ((response.headers.get('Content-Type') || '').startsWith('application/wasm')) {
    return WebAssembly.compileStreaming(response);
  }
  console.warn(`skin-analysis: ${url} is not served as application/wasm; compiling it the slower way`);
  return WebAssembly.compile(await response.arrayBuffer());
}

function start() {
  const scan = () => placeholders().forEach(watchPlaceholder);
  const rescheme = () => placeholders().forEach(followPageScheme);
  scan();
  // Placeholders added later are watched too (the wasm mounts them itself once loaded); the page's scheme toggle
  // is an attribute change on <html> or <body>.
  new MutationObserver(scan).observe(document.documentElement, { childList: true, subtree: true });
  const toggles = new MutationObserver(rescheme);
  for (const element of [document.documentElement, document.body]) {
    if (element) toggles.observe(element, { attributes: true });
  }
  addEventListener('hashchange', () => location.hash.startsWith(SHARE_PREFIX) && load());
}

// Loading the wasm twice (the loader included under two URLs) would be wasted bytes; mounting twice is harmless
// anyway (each element is marked once mounted).
const LOADED = Symbol.for('skin-analysis.loader');
if (!globalThis[LOADED]) {
  globalThis[LOADED] = true;
  if (document.readyState === 'loading') {
    document.addEventListener('DOMContentLoaded', start, { once: true });
  } else {
    start();
  }
}
