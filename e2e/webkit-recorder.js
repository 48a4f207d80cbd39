// Put first in every page of the WebKit journeys by the test server (WebKitWebDriver can neither inject a script
// nor read the console): records console errors and warnings, uncaught errors, CSP violations, the quiz's events and
// the files it offers for download, and holds the clock where the journey set it.

// The journey's clock: a time (ms since 1970) under `__tests:now` in localStorage fixes `Date` in every page of the
// origin from its next load, as Playwright's `clock.setFixedTime` does in Chromium. Timers keep running. (Blocks keep
// this file's names out of the page's global scope.)
{
  const now = Number(localStorage.getItem('__tests:now'));
  if (now) {
    const RealDate = Date;
    window.Date = class extends RealDate {
      constructor(...args) {
        super(...(args.length ? args : [now]));
      }

      static now() {
        return now;
      }
    };
  }
}

window.__console = [];
window.__cspViolations = [];
for (const level of ['error', 'warn']) {
  const original = console[level];
  console[level] = function (...args) {
    window.__console.push({ level, text: args.map(String).join(' ') });
    return original.apply(this, args);
  };
}
addEventListener('error', (event) => window.__console.push({ level: 'uncaught', text: String(event.message) }));
addEventListener('unhandledrejection', (event) => window.__console.push({ level: 'uncaught', text: String(event.reason) }));
document.addEventListener('securitypolicyviolation', (event) => {
  window.__cspViolations.push(`${event.violatedDirective}: ${event.blockedURI}`);
});
// The quiz's DOM events as they reach `document`, as harness.mjs records them in Chromium.
window.__events = [];
for (const type of ['skin-analysis:start', 'skin-analysis:step', 'skin-analysis:complete', 'skin-analysis:checkin']) {
  document.addEventListener(type, (event) => {
    const hosts = Array.from(document.querySelectorAll('[data-skin-analysis], skin-analysis'));
    window.__events.push({ type, host: hosts.indexOf(event.target), detail: JSON.parse(JSON.stringify(event.detail)) });
  });
}

// Downloads: each `<a download>` followed, as {name, href}, recorded instead of passed on: MiniBrowser would save the
// file into $HOME, where no WebDriver command can see it. (The quiz's own click handler still runs.)
window.__downloads = [];
document.addEventListener('click', (event) => {
  const link = event.composedPath().find((node) => node instanceof HTMLAnchorElement && node.hasAttribute('download'));
  if (!link) return;
  event.preventDefault();
  window.__downloads.push({ name: link.download, href: link.href });
}, true);
