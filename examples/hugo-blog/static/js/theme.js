// The blog's dark toggle, done the way many Hugo themes do it: the reader's saved choice (else their system
// setting) becomes `html[data-theme]`, and the header button flips it at run time. Loaded as a blocking script in
// <head>, so the attribute is set before the body is painted and a dark page never flashes light.
(() => {
  const KEY = 'dewy-notes:theme';
  const root = document.documentElement;

  // Storage can be refused (privacy modes); the toggle still works for this page view.
  const saved = () => {
    try {
      return localStorage.getItem(KEY);
    } catch {
      return null;
    }
  };
  const apply = (theme) => {
    root.dataset.theme = theme;
    for (const button of document.querySelectorAll('[data-theme-toggle]')) {
      button.setAttribute('aria-pressed', String(theme === 'dark'));
    }
  };

  const initial = saved();
  apply(initial === 'dark' || initial === 'light' ? initial : matchMedia('(prefers-color-scheme: dark)').matches ? 'dark' : 'light');
  // The button is parsed after this script ran: give it its state once it exists.
  document.addEventListener('DOMContentLoaded', () => apply(root.dataset.theme));
  document.addEventListener('click', (event) => {
    if (!event.target.closest('[data-theme-toggle]')) return;
    const next = root.dataset.theme === 'dark' ? 'light' : 'dark';
    apply(next);
    try {
      localStorage.setItem(KEY, next);
    } catch {
      // Not saved: the next page starts from the system setting again.
    }
  });
})();
