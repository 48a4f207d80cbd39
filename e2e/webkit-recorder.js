// Put first in every page of the WebKit journeys by the test server (WebKitWebDriver can neither inject a script
// nor read the console): records console errors and warnings, uncaught errors, CSP violations and the quiz's events.
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
