// skin-analysis boot: starts the quiz once the loader (skin-analysis.js) decided the reader is near it. Not for
// host pages to include: the loader imports it together with the quiz's own files.
//
// It compiles the wasm as it streams in, instantiates it (its start function empties each intro's shadow root and
// mounts the live quiz there), and presses the real Start button for a reader who pressed the intro's already. If
// the quiz cannot load, each placeholder shows a short readable message instead and one console warning says why
// (the loader's `loadFailed`); nothing is thrown.

// `page`, handed over by the loader (its PAGE): { selector, mounted, start }, how to find the placeholders, the mark
// of a mounted one and the intro's Start button. Set once by start().
let page;

// Each language of the quiz (`Lang::ALL`, the default first): its text file, under the name its build publishes it
// (`skin_rules::text::file_name`), and the message shown when the quiz cannot load (`load_failed` in
// crates/skin-rules/content/strings.toml). `cargo xtask dist` writes this line from them: { en: { text, loadFailed } }.
const LANGUAGES = {};

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
    if (Object.hasOwn(LANGUAGES, primary)) return primary;
  }
  return Object.keys(LANGUAGES)[0];
}

/**
 * The quiz could not load: placeholders without an intro (no shadow root: the intro carries its own message) get
 * the load-failure message as their content (text only), then the loader's `loadFailed` marks every placeholder,
 * shows the intros' messages and warns once.
 */
function showLoadFailed(loadFailed, error) {
  for (const element of placeholders()) {
    if (element.hasAttribute(page.mounted) || element.shadowRoot) continue;
    const message = document.createElement('p');
    message.setAttribute('role', 'status');
    message.textContent = LANGUAGES[languageOf(element)].loadFailed;
    element.replaceChildren(message);
  }
  return loadFailed(error);
}

/** Compiles the wasm as it streams in; a server without the wasm MIME type gets the slower way, with a warning. */
async function compile(response) {
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
    link.href = new URL(LANGUAGES[lang].text, import.meta.url).href;
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
 * Starts the quiz from its glue module and the wasm response (a promise), both requested by the loader, for the
 * placeholders `loaderPage` describes; resolves to the glue module, or null (after the load-failure message, through
 * the loader's `loadFailed`) if it could not load.
 */
export async function start(loaderPage, init, wasm, started, loadFailed) {
  page = loaderPage;
  try {
    preloadTexts();
    const response = await wasm;
    const module = await compile(response);
    const focused = placeholders().filter((element) => element.shadowRoot?.activeElement);
    // A wasm that is not this glue's build (a stale or corrupt file under its name) fails here.
    await init.default({ module_or_path: module }).catch((error) => {
      throw new Error(`${response.url} does not fit its glue: ${error}`);
    });
    // Mounting waits for each instance's language text; an instance without any shows why (the quiz warned).
    await init.ready();
    if (placeholders().some((element) => !element.hasAttribute(page.mounted))) showLoadFailed(loadFailed);
    // The first render happens in a microtask after mounting; by the next frame it is there.
    await new Promise(requestAnimationFrame);
    replayStarts(started, focused);
    return init;
  } catch (error) {
    return showLoadFailed(loadFailed, error);
  }
}
