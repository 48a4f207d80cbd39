// skin-analysis loader: the one script a host page includes.
//
//   <skin-analysis data-lang="en">…the intro, rendered at build time…</skin-analysis>   (or <div data-skin-analysis>)
//   <script type="module" src="/skin-analysis/skin-analysis.js"></script>
//
// It costs a reader nothing until they come near a quiz: only once a placeholder is within about two screens of the
// viewport, or the reader points at, focuses or clicks it, or the page has this quiz's saved progress or a share
// link, does it fetch the quiz next to this file (resolved against this module's URL, so the folder can live
// anywhere): skin-analysis-boot.js, which starts it, the WebAssembly and its glue, all three at once (each published
// under a name carrying its content's hash). If the quiz cannot load, each placeholder says so in its language, and
// one console warning names the file. A Start
// click on the intro before the quiz is there is kept for the real Start button. Meanwhile it keeps every quiz in
// the page's colour scheme. The wasm side mounts every placeholder, including ones added later, and unmounts removed
// ones. It defines <skin-analysis> (if the name is free) and exports mount(element) / unmount(element) for hosts that
// render their own pages (see the README). This file never throws.
//
// Needs no inline script or style, so it works under `script-src 'self' 'wasm-unsafe-eval'; style-src 'self'`.

const SELECTOR = '[data-skin-analysis], skin-analysis';
const MOUNTED = 'data-skin-analysis-mounted';

// Space an empty placeholder keeps before the quiz arrives, so nothing below it moves (no layout shift): the quiz's
// first screen fits in it. The same values are in skin-analysis-host.css, which applies them before first paint;
// this covers pages without that file (checked by tests/embed_files.rs). A placeholder with the intro rendered in
// (a shadow root) keeps exactly the intro's box, reserving nothing more.
const RESERVED = { narrow: '(max-width: 374px)', narrowHeight: '680px', height: '600px' };
// Question 1's space, which a Start pressed before the quiz is there takes at once: inside the click's input window
// growing is not a layout shift, while the question arriving a second later would be one.
const QUESTION = { narrow: '(max-width: 420px)', narrowHeight: '900px', height: '720px' };

// Where the widget keeps a visitor's progress (and what a fresh intro's saved value holds) and puts a share link
// (src/storage.rs, src/share.rs), the intro's Start button (src/components/intro.rs), and the attribute the quiz's
// :host CSS reads for the scheme decided here. Every literal here that the Rust side also knows is checked by
// tests/embed_files.rs. And the reader's system setting.
const SAVED_KEY = 'skin-analysis:v1:';
const FRESH = '|intro|-|';
const SHARE_PREFIX = '#skin-analysis=';
const START = '.sa-intro .sa-button--primary';
const SCHEME = 'data-skin-analysis-scheme';
const SYSTEM_DARK = matchMedia('(prefers-color-scheme: dark)');
// The mark of a placeholder the quiz could not load into (src/embed/panic.rs sets it to `error` after a crash), and the
// load-failed message the build-time intro carries, hidden, in its language (src/bin/facade.rs).
const STATE = 'data-skin-analysis-state';
const FAILED = '.sa-load-failed';
// What skin-analysis-boot.js needs to find the placeholders: handed over, so this file holds the only copy.
const PAGE = { selector: SELECTOR, mounted: MOUNTED, start: START };

function placeholders() {
  return Array.from(document.querySelectorAll(SELECTOR));
}

function reserveSpace(element) {
  const style = getComputedStyle(element);
  if (style.display === 'inline') element.style.display = 'block';
  if (!element.shadowRoot && !(parseFloat(style.minHeight) > 0)) {
    element.style.minHeight = matchMedia(RESERVED.narrow).matches ? RESERVED.narrowHeight : RESERVED.height;
  }
}

/**
 * The quiz could not load (a file missing, refused or from another build): every placeholder the quiz did not take
 * over is marked and shows its intro's message (skin-analysis-boot.js writes it into placeholders without an intro),
 * and the console gets one warning naming the file.
 */
function loadFailed(error) {
  for (const element of placeholders()) {
    if (element.hasAttribute(MOUNTED)) continue; // the quiz shows its own error message if it fails later
    element.setAttribute(STATE, 'load-failed');
    element.shadowRoot?.querySelector(FAILED)?.removeAttribute('hidden');
    element.shadowRoot?.querySelector(START)?.removeAttribute('aria-busy');
  }
  if (error) console.warn(`skin-analysis: the quiz could not be loaded: ${error}`);
  return null;
}

// ---- Colours: the page's scheme -----------------------------------------------------------------------------------

/**
 * `data-theme="auto"` wears the page's light or dark (ISOLATION_CSS in src/embed/styles.rs reads the attribute set here). A
 * page that declares a `color-scheme` gets nothing: the quiz inherits it, as a blog's dark toggle switches it.
 * Otherwise what the reader sees decides: the nearest background colour painted behind the quiz (on the placeholder
 * or an ancestor; the white canvas if none; one less than half opaque does not count), dark when it is nearer black
 * than white (relative luminance below 0.179, where black and white text contrast with it equally). A background
 * image or gradient, or a colour not in sRGB, cannot be read this simply: then the reader's system setting decides.
 * Run again whenever the page may have changed its colours (see start()).
 */
function followPageScheme(element) {
  // What the page declares where the quiz sits (its parent: the quiz's own attribute must not count). Set only when
  // the decision changes: each change restyles the quiz. An attribute, not an inline style: a page that re-inserts a
  // copy of the quiz's HTML under `style-src 'self'` would have a copied style attribute blocked (and reported); the
  // rules live in the quiz's :host CSS ('page' has none: the quiz inherits the page's scheme).
  const scheme = getComputedStyle(element.parentElement ?? element).colorScheme === 'normal' ? backdrop(element) : 'page';
  if (element.getAttribute(SCHEME) !== scheme) element.setAttribute(SCHEME, scheme);
}

/** 'dark' or 'light' for the background colour painted behind `node` (see above), the system's if it cannot tell. */
function backdrop(node) {
  for (; node; node = node.parentElement) {
    const { backgroundColor, backgroundImage } = getComputedStyle(node);
    if (backgroundImage !== 'none' || !backgroundColor.startsWith('rgb')) return SYSTEM_DARK.matches ? 'dark' : 'light';
    const [r, g, b, alpha] = backgroundColor.match(/[\d.]+/g);
    // Relative luminance (sRGB's curve as the power 2.2), scaled by 255 ** 2.2: 35257 is 0.179.
    if (!(alpha < 0.5)) return 0.2126 * r ** 2.2 + 0.7152 * g ** 2.2 + 0.0722 * b ** 2.2 < 35257 ? 'dark' : 'light';
  }
  return 'light';
}

// ---- Facade: a Start click before the quiz is there --------------------------------------------------------------

/** Elements whose intro Start was pressed before the quiz ran in them (skin-analysis-boot.js presses it again). */
const started = new Set();

function onFacadeClick(event) {
  const element = event.currentTarget;
  const button = event.composedPath()[0].closest?.(START);
  if (!button || element.hasAttribute(MOUNTED)) return;
  started.add(element);
  button.setAttribute('aria-busy', 'true');
  element.style.minHeight = matchMedia(QUESTION.narrow).matches ? QUESTION.narrowHeight : QUESTION.height;
}

// ---- Load trigger: near, intent, or progress ----------------------------------------------------------------------

/** This quiz's saved progress beyond a fresh intro, or a share link in the address: show it at once. */
function hasProgress(element) {
  if (location.hash.startsWith(SHARE_PREFIX)) return true;
  const id = element.getAttribute('data-id');
  try {
    const saved = localStorage.getItem(SAVED_KEY + (/^[\w-]{1,64}$/.test(id) ? id : 'default'));
    return saved !== null && !saved.includes(FRESH);
  } catch {
    return false; // storage refused: nothing is saved either
  }
}

const INTENT = ['pointerover', 'focusin', 'click'];
const watched = new WeakSet();
let near;
let quiz;

function watchPlaceholder(element) {
  if (watched.has(element)) return;
  watched.add(element);
  followPageScheme(element);
  // Once the quiz is loading, the wasm mounts new placeholders itself; nothing here may hold on to them.
  if (quiz) return;
  reserveSpace(element);
  element.addEventListener('click', onFacadeClick);
  if (hasProgress(element)) return load();
  for (const type of INTENT) element.addEventListener(type, load, { once: true, passive: true });
  // About two screens ahead, so the quiz is usually ready by the time it scrolls into view.
  near ??= new IntersectionObserver((entries) => entries.some((entry) => entry.isIntersecting) && load(), {
    rootMargin: '200% 0px',
  });
  near.observe(element);
}

/** Starts loading the quiz (once); resolves to its started module, or null if it could not load. */
function load() {
  if (quiz) return quiz;
  near?.disconnect();
  // Requested together, so the wasm never waits for the code that starts it. `cargo xtask dist` writes the names
  // its build publishes these files under in here (by content: a cached loader never meets another build's files).
  const glue = import('./skin-analysis-app.js');
  const wasm = fetch(new URL('skin-analysis-app_bg.wasm', import.meta.url));
  quiz = Promise.all([import('./skin-analysis-boot.js'), glue])
    .then(([boot, init]) => boot.start(PAGE, init, wasm, started, loadFailed))
    .catch(loadFailed);
  return quiz;
}

function start() {
  const scan = () => placeholders().forEach(watchPlaceholder);
  scan();
  // Placeholders added later are watched too; a page's dark toggle is an attribute change on <html> or <body>.
  new MutationObserver(scan).observe(document.documentElement, { childList: true, subtree: true });
  // The page's colours change with its dark toggle (an attribute or class on <html> or <body>), with the reader's
  // system setting, and at the end of a theme's fade to its new background (read mid-way, it would be the old one;
  // any transition's end is a cue: deciding only reads styles, and changes nothing unless the decision changed).
  const recolour = () => placeholders().forEach(followPageScheme);
  const toggles = new MutationObserver(recolour);
  for (const element of [document.documentElement, document.body]) {
    if (element) toggles.observe(element, { attributes: true });
  }
  SYSTEM_DARK.onchange = recolour;
  addEventListener('transitionend', recolour, true);
  addEventListener('hashchange', () => location.hash.startsWith(SHARE_PREFIX) && load());
}

// One loader per page, whichever copy of this file runs first (under two URLs it must not fetch the quiz twice).
const LOADED = Symbol.for('skin-analysis.loader');
if (!globalThis[LOADED]) {
  globalThis[LOADED] = { load };
  if (document.readyState === 'loading') {
    document.addEventListener('DOMContentLoaded', start, { once: true });
  } else {
    start();
  }
}
const loader = globalThis[LOADED];

// ---- Host API: mount / unmount, and the <skin-analysis> element ---------------------------------------------------

// After a fatal error the quiz shows its own message and ignores new calls.
const call = (name, element) => loader.load().then((glue) => glue && glue[name](element)).catch(() => {});

/** Runs a quiz in `element` (a placeholder your script rendered) now, loading it if need be; resolves once it runs. */
export const mount = (element) => call('mount', element);

/** Removes the quiz from `element`; mounting it again resumes the saved progress. */
export const unmount = (element) => call('unmount', element);

try {
  if (!customElements.get('skin-analysis')) {
    customElements.define(
      'skin-analysis',
      class extends HTMLElement {
        // Lazy like every placeholder; once the quiz has loaded, it mounts at once.
        connectedCallback() {
          if (quiz) mount(this);
          else if (document.readyState !== 'loading') watchPlaceholder(this);
        }
        // Checked later: an element moved within one task is connected again and keeps its quiz.
        disconnectedCallback() {
          queueMicrotask(() => this.isConnected || !quiz || unmount(this));
        }
      },
    );
  }
} catch {
  // No working custom elements: the loader and the wasm still find every <skin-analysis> by name.
}
