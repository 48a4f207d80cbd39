// A small W3C WebDriver client for WebKit (the engine of every browser on an iPhone): Debian's WebKitGTK driver
// (`WebKitWebDriver`, package webkit2gtk-driver) starting its MiniBrowser under a virtual X display (`xvfb-run`,
// package xvfb). Plain HTTP to the driver, nothing downloaded. WebKit has no layout-shift entries and the driver
// no console log, so console messages come from MiniBrowser's stdout (see `messages`).

import { spawn } from 'node:child_process';
import { createServer } from 'node:net';
import { setTimeout as sleep } from 'node:timers/promises';

const MINIBROWSER = process.env.MINIBROWSER || '/usr/lib/x86_64-linux-gnu/webkit2gtk-4.1/MiniBrowser';
// The web element reference key of the W3C specification.
const ELEMENT = 'element-6066-11e4-a52e-4f735466cecf';

/** A free TCP port on 127.0.0.1. */
function freePort() {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.on('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const { port } = server.address();
      server.close(() => resolve(port));
    });
  });
}

/**
 * Starts WebKitWebDriver (under `xvfb-run -a`) and one MiniBrowser session; `dark` runs it with a dark system
 * setting (`prefers-color-scheme: dark`).
 * @returns {Promise<WebKit>}
 */
export async function launchWebKit({ dark = false } = {}) {
  const port = await freePort();
  // Its own process group, so closing ends Xvfb, the driver and the browser together.
  const driver = spawn('xvfb-run', ['-a', '-s', '-screen 0 1400x1000x24', 'WebKitWebDriver', `--port=${port}`], {
    detached: true,
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  const output = [];
  for (const stream of [driver.stdout, driver.stderr]) stream.on('data', (chunk) => output.push(String(chunk)));
  const webkit = new WebKit(`http://127.0.0.1:${port}`, driver, output);
  for (let tries = 0; ; tries += 1) {
    const ready = await fetch(`${webkit.url}/status`).then((r) => r.json(), () => null);
    if (ready?.value?.ready) break;
    if (tries > 100 || driver.exitCode !== null) {
      webkit.kill();
      throw new Error(`WebKitWebDriver did not start: ${output.join('')}`);
    }
    await sleep(100);
  }
  const args = ['--automation', '--enable-write-console-messages-to-stdout=true'];
  if (dark) args.push('--dark-mode');
  const session = await webkit.send('POST', '/session', {
    capabilities: {
      alwaysMatch: { browserName: 'MiniBrowser', 'webkitgtk:browserOptions': { binary: MINIBROWSER, args } },
    },
  });
  webkit.session = `/session/${session.sessionId}`;
  webkit.version = session.capabilities.browserVersion;
  return webkit;
}

/** One browser session. Scripts run as function bodies with `arguments`, as WebDriver defines. */
export class WebKit {
  constructor(url, driver, output) {
    this.url = url;
    this.driver = driver;
    this.output = output;
  }

  async send(method, path, body) {
    const response = await fetch(this.url + path, {
      method,
      headers: { 'Content-Type': 'application/json' },
      body: body === undefined ? undefined : JSON.stringify(body),
    });
    const { value } = await response.json();
    if (!response.ok) throw new Error(`WebDriver ${method} ${path}: ${value?.error}: ${value?.message}`);
    return value;
  }

  command(method, path, body) {
    return this.send(method, this.session + path, body);
  }

  goto(url) {
    return this.command('POST', '/url', { url });
  }

  /** Runs `script` (a function body) in the page with `args`; elements pass both ways. */
  run(script, ...args) {
    return this.command('POST', '/execute/sync', { script, args });
  }

  /** Runs the self-contained function `fn` in the page with `args`; returns its result. */
  call(fn, ...args) {
    return this.run(`return (${fn}).apply(null, arguments);`, ...args);
  }

  /** Polls `script` until it returns something truthy. */
  async until(script, what, { timeout = 20000, args = [] } = {}) {
    const deadline = Date.now() + timeout;
    for (;;) {
      const value = await this.run(script, ...args);
      if (value) return value;
      if (Date.now() > deadline) throw new Error(`timed out waiting for ${what}`);
      await sleep(50);
    }
  }

  /** A real click (scrolled into view, hit-tested) on the element `script` returns (waiting for it). */
  async click(script, ...args) {
    await this.clickElement(await this.until(script, 'an element to click', { args }));
  }

  /** A real click on `element`, as a script returned it. */
  clickElement(element) {
    return this.command('POST', `/element/${element[ELEMENT]}/click`, {});
  }

  /** The handle of the window (tab) commands go to. */
  window() {
    return this.command('GET', '/window');
  }

  /** Opens a new window of the same browser (same storage); returns its handle. Commands stay with the current one. */
  async newWindow() {
    return (await this.command('POST', '/window/new', { type: 'window' })).handle;
  }

  /** Sends what follows to the window `handle`. */
  switchTo(handle) {
    return this.command('POST', '/window', { handle });
  }

  /** Closes the current window; switch to another one next. */
  closeWindow() {
    return this.command('DELETE', '/window');
  }

  setSize(width, height) {
    return this.command('POST', '/window/rect', { width, height });
  }

  refresh() {
    return this.command('POST', '/refresh', {});
  }

  /** The viewport, or `element` (as a script returned it), as PNG bytes. */
  async screenshot(element) {
    const path = element ? `/element/${element[ELEMENT]}/screenshot` : '/screenshot';
    return Buffer.from(await this.command('GET', path), 'base64');
  }

  /** Runs what follows in the document of the <iframe> `element` (as a script returned it), or (null) the page's. */
  frame(element) {
    return element ? this.command('POST', '/frame', { id: element }) : this.command('POST', '/frame/parent', {});
  }

  /**
   * Opens `url` in a borderless `width`×`height` <iframe> of `page`, after setting `storage` (localStorage entries,
   * on a cleared storage) in `page`, and switches into the frame once it has loaded; returns the frame. For a layout
   * narrower than MiniBrowser's window (at least 447 px). `page` must be of `url`'s origin: a third-party frame
   * would get its own storage.
   */
  async openInFrame(page, url, { width, height, storage = {} }) {
    await this.goto(page);
    await this.run('localStorage.clear(); for (const [key, value] of arguments[0]) localStorage.setItem(key, value);', Object.entries(storage));
    const frame = await this.run(
      "const f = document.createElement('iframe'); [f.width, f.height, f.src] = arguments; f.style.border = '0'; document.body.append(f); return f;",
      width,
      height,
      url,
    );
    await this.frame(frame);
    await this.until("return location.href === arguments[0] && document.readyState === 'complete';", `${url} loaded`, { args: [url] });
    return frame;
  }

  /** Console messages MiniBrowser printed since the last call: [{level, text}]. */
  messages() {
    const lines = this.output.splice(0).join('').split('\n');
    return lines
      .map((line) => /^CONSOLE \w+ (\w+) (.*)$/.exec(line))
      .filter(Boolean)
      .map(([, level, text]) => ({ level, text }));
  }

  kill() {
    try {
      process.kill(-this.driver.pid, 'SIGTERM');
    } catch {
      // already gone
    }
  }

  async close() {
    await this.send('DELETE', this.session).catch(() => {});
    this.kill();
  }
}
