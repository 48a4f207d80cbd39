// skin-analysis boot: starts the quiz once the loader (skin-analysis.js) decided the reader is near it. Not for
// host pages to include: the loader imports it together with the quiz's own files.
//
// It compiles the wasm as it streams in, instantiates it (its start function empties each intro's shadow root and
// mounts the live quiz there), and presses the real Start button for a reader who pressed the intro's already. If
// the quiz cannot load, each placeholder gets a short readable message instead and one console warning says why;
// nothing is thrown.

// `page`, handed over by the loader (its PAGE): { selector, mounted, start }, how to find the placeholders, the mark
// of a mounted one and the intro's Start button. Set once by start().
let page;

// The mark of a placeholder the quiz could not load into (src/embed.rs sets it to `error` after a crash).
const STATE = 'data-skin-analysis-state';

// Keep in sync with `load_failed` in crates/skin-rules/content/strings.toml (checked by tests/embed_files.rs).
const LOAD_FAILED = {
  en: "The skin quiz couldn't load. Please check your connection and reload the page.",
  ko: '피부 퀴즈를 불러오지 못했어요. 인터넷 연결을 확인하고 페이지를 새로고침해 주세요.',
};

function placeholders() {
  return Array.from(document.querySelectorAll(page.selector));
}

/**
 * The language a placeholder opens in, as the quiz decides it (`Config::starting_lang`): its data-lang, else the
 * page's lang, else the browser's, else English.
 */
function languageOf(element) {
  const tags = [element.getAttribute('data-lang'), document.documentElement.lang, navigator.language];
  for (const tag of tags) {
    const primary = (tag || '').trim().toLowerCase().split(/[-_]/)[0];
    if (primary in LOAD_FAILED) return primary;
  }
  return 'en';
}

/** Replaces the content of every placeholder the quiz did not take over with the load-failure message (text only). */
function showLoadFailed() {
  for (const element of placeholders()) {
    if (element.hasAttribute(page.mounted)) continue; // the quiz shows its own error message if it fails later
    const message = document.createElement('p');
    message.setAttribute('role', 'status');
    message.textContent = LOAD_FAILED[languageOf(element)];
    // Below the intro (through its <slot>) when it has one, else in the placeholder itself.
    element.replaceChildren(message);
    element.setAttribute(STATE, 'load-failed');
    element.shadowRoot?.querySelector(page.start)?.removeAttribute('aria-busy');
  }
}

/** Compiles the wasm as it streams in; a server without the wasm MIME type gets the slower way, with a warning. */
async function compile(wasm) {
  const response = await wasm;
  if (!response.ok) throw new Error(`${response.url}: HTTP ${response.status}`);
  if ((response.headers.get('Content-Type') || '').startsWith('application/wasm')) {
    return WebAssembly.compileStreaming(response);
  }
  console.warn(`skin-analysis: ${response.url} is not served as application/wasm; compiling it the slower way`);
  return WebAssembly.compile(await response.arrayBuffer());
}

/**
 * The text file of each language the placeholders open in, requested now, while the wasm downloads: the quiz's own
 * request for it (src/text_files.rs, same URL, beside the glue) then takes the preloaded response instead of waiting for
 * another round trip.
 */
function preloadTexts() {
  for (const lang of new Set(placeholders().map(languageOf))) {
    const link = document.createElement('link');
    link.rel = 'preload';
    link.as = 'fetch';
    link.crossOrigin = 'anonymous';
    link.href = new URL(`skin-analysis-text-${lang}.txt`, import.meta.url).href;
    (document.head || document.documentElement).append(link);
  }
}

/** The kept Start clicks go to the real Start buttons; focus that was on an intro goes to its real Start button. */
function replayStarts(started, focused) {
  for (const element of placeholders()) {
    const start = element.hasAttribute(page.mounted) && element.shadowRoot?.querySelector(page.start);
    if (!start) continue; // not mounted, or not on the intro (saved progress)
    // The quiz opens on question 1 and moves focus there itself.
    if (started.has(element)) start.click();
    else if (focused.includes(element) && document.activeElement === document.body) start.focus();
  }
  started.clear();
}

/**
 * Starts the quiz from its glue module and wasm response (both promises, requested by the loader), for the
 * placeholders `loaderPage` describes; resolves to the glue module, or null (after showing the load-failure message)
 * if it could not load.
 */
export async function start(loaderPage, glue, wasm, started) {
  page = loaderPage;
  try {
    preloadTexts();
    const [module, init] = await Promise.all([compile(wasm), glue]);
    const focused = placeholders().filter((element) => element.shadowRoot?.activeElement);
    await init.default({ module_or_path: module });
    // Mounting waits for each instance's language text; an instance without any shows why.
    await init.ready();
    if (placeholders().some((element) => !element.hasAttribute(page.mounted))) showLoadFailed();
    // The first render happens in a microtask after mounting; by the next frame it is there.
    await new Promise(requestAnimationFrame);
    replayStarts(started, focused);
    return init;
  } catch (error) {
    showLoadFailed();
    console.warn(`skin-analysis: the quiz could not be loaded from ${new URL('.', import.meta.url)}: ${error}`);
    return null;
  }
}
