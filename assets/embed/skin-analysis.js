// skin-analysis loader: the one script a host page includes.
//
//   <div data-skin-analysis data-lang="en"></div>            (or <skin-analysis></skin-analysis>)
//   <script type="module" src="/skin-analysis/skin-analysis.js"></script>
//
// It loads the WebAssembly quiz next to this file (skin-analysis-app.js + skin-analysis-app_bg.wasm, resolved
// against this module's URL, so the folder can live anywhere) and starts it; the wasm side then mounts every
// placeholder, including ones added later, and unmounts removed ones. It defines <skin-analysis> (if the name is
// free) and exports mount(element) / unmount(element) for hosts that render their own pages (see the README). This
// file never throws: if the quiz cannot load, each placeholder gets a short message and one console warning says why.
//
// Needs no inline script or style, so it works under `script-src 'self' 'wasm-unsafe-eval'; style-src 'self'`.

const SELECTOR = '[data-skin-analysis], skin-analysis';

// Keep in sync with `load_failed` in rules/content/strings.toml (checked by tests/embed_files.rs).
const LOAD_FAILED = {
  en: "The skin quiz couldn't load. Please check your connection and reload the page.",
  ko: '피부 퀴즈를 불러오지 못했어요. 인터넷 연결을 확인하고 페이지를 새로고침해 주세요.',
};

// Space each placeholder keeps before the quiz arrives, so nothing below it moves (no layout shift): the quiz's
// first screen fits in it. The same values are in skin-analysis-host.css, which applies them before first paint;
// this covers pages without that file (checked by tests/embed_files.rs).
const RESERVED = { narrow: '(max-width: 374px)', narrowHeight: '680px', height: '600px' };

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

function reserveSpace() {
  for (const element of placeholders()) {
    const style = getComputedStyle(element);
    if (style.display === 'inline') element.style.display = 'block';
    if (!(parseFloat(style.minHeight) > 0)) {
      element.style.minHeight = matchMedia(RESERVED.narrow).matches ? RESERVED.narrowHeight : RESERVED.height;
    }
  }
}

/** Replaces every placeholder the quiz did not take over with the load-failure message (text only). */
function showLoadFailed() {
  for (const element of placeholders()) {
    if (element.shadowRoot) continue; // mounted: the quiz shows its own error message if it fails later
    const message = document.createElement('p');
    message.setAttribute('role', 'status');
    message.textContent = LOAD_FAILED[languageOf(element)];
    element.replaceChildren(message);
    element.setAttribute('data-skin-analysis-state', 'load-failed');
  }
}

/** Resolves to the started quiz's module, or null if it could not load. */
async function load() {
  try {
    const glue = await import('./skin-analysis-app.js');
    // Instantiating runs the wasm's start function, which mounts every placeholder and watches for new ones.
    await glue.default({ module_or_path: new URL('skin-analysis-app_bg.wasm', import.meta.url) });
    return glue;
  } catch (error) {
    showLoadFailed();
    console.warn(`skin-analysis: the quiz could not be loaded from ${new URL('.', import.meta.url)}: ${error}`);
    return null;
  }
}

// One load per page, whichever copy of this file runs first (the loader under two URLs must not fetch the wasm twice).
const LOADED = Symbol.for('skin-analysis.loader');
if (!globalThis[LOADED]) {
  if (document.readyState === 'loading') {
    document.addEventListener('DOMContentLoaded', reserveSpace, { once: true });
  } else {
    reserveSpace();
  }
  globalThis[LOADED] = load();
}
const quiz = globalThis[LOADED];

// After a fatal error the quiz shows its own message and ignores new calls.
const call = (name, element) => quiz.then((glue) => glue && glue[name](element)).catch(() => {});

/** Runs a quiz in `element` (a placeholder your script rendered); resolves once it runs. */
export const mount = (element) => call('mount', element);

/** Removes the quiz from `element`; mounting it again resumes the saved progress. */
export const unmount = (element) => call('unmount', element);

try {
  if (!customElements.get('skin-analysis')) {
    customElements.define(
      'skin-analysis',
      class extends HTMLElement {
        connectedCallback() {
          mount(this);
        }
        // Checked later: an element moved within one task is connected again and keeps its quiz.
        disconnectedCallback() {
          queueMicrotask(() => this.isConnected || unmount(this));
        }
      },
    );
  }
} catch {
  // No working custom elements: the wasm still finds every <skin-analysis> by name.
}
