// The product checker's journey (issue 28), what it pastes and what the reader must read, shared by its Chromium run
// (checker.test.mjs, Playwright) and its WebKit run (webkit.journeys.mjs, WebDriver): a pregnant reader (nothing else
// to declare) pastes PASTES in each language; the page's state is read by the in-page function `checkerPanel`, the
// same in both browsers.

import assert from 'node:assert/strict';

export const PAGE = '/pages/strict-csp.html';
/** The choices a pregnant reader with nothing else to declare picks (ends of the choice inputs' ids). */
export const PREGNANT = ['conditions-none', 'allergies-none', 'health-pregnant'];
export const LABELS = { korean: '한국어', forget: '기록 지우기' };

export const SAYS = {
  en: {
    heading: 'Check a product',
    avoid: 'Not for you as it is',
    clear: 'Nothing here conflicts with your answers.',
    flag: 'Avoid',
    because: 'because you answered “I am pregnant or breastfeeding”',
    unknown: 'Not known to us, so not checked',
  },
  ko: {
    heading: '내 제품 성분 확인하기',
    avoid: '지금 답변으로는 맞지 않아요',
    clear: '답변과 맞지 않는 성분은 없어요.',
    flag: '피하기',
    because: '‘임신 중이거나 수유 중이에요’ 항목을 고르셨으니',
    unknown: '알 수 없는 성분이라 확인하지 못했어요',
  },
};

/** A retinol serum for a pregnant reader: Retinol "avoid" with her answer as the reason, the rest unflagged. */
function flagsRetinol(product, lang) {
  const says = SAYS[lang];
  assert.ok(product.verdict.startsWith(says.avoid), product.verdict);
  const flagged = product.ingredients.filter((i) => i.level);
  assert.equal(flagged.length, 1, JSON.stringify(flagged));
  const [retinol] = flagged;
  assert.equal(retinol.name, lang === 'ko' ? '레티놀' : 'Retinol');
  assert.equal(retinol.level, 'avoid');
  assert.equal(retinol.flag, says.flag);
  assert.ok(retinol.why.includes(says.because), retinol.why);
  assert.ok(product.ingredients.some((i) => ['Tocopherol', '토코페롤'].includes(i.name) && !i.level), 'ordinary, named, unflagged');
  // A product she should avoid gets no place in her routine (derm-4 R6).
  assert.equal(product.fits, null, 'no routine step for a product to avoid');
}

/** A plain snail essence: nothing conflicts, every ingredient named, none flagged. */
function clearsSnail(product, lang) {
  assert.equal(product.verdict, SAYS[lang].clear);
  assert.ok(product.ingredients.length >= 5, JSON.stringify(product.ingredients));
  assert.ok(product.ingredients.every((i) => !i.level));
  assert.equal(product.worse, false);
}

export const PASTES = {
  en: [
    {
      name: 'Night Retinol Serum',
      // As pasted from a shop page: a heading, slashes, brackets, a percentage, newlines, a shade block, a full stop.
      label: 'INGREDIENTS: Water/Aqua/Eau, Squalane, Caprylic/Capric Triglyceride,\nRetinol (0.3%), Butyrospermum Parkii '
        + '(Shea) Butter, Tocopherol, Cetearyl Alcohol,\nPhenoxyethanol, Glycerin, Xanthan Gum.\nMay contain (+/-): Cl 77491',
      expect: flagsRetinol,
    },
    {
      name: 'Snail Mucin Essence',
      label: 'Snail Secretion Filtrate, Betaine, Butylene Glycol, 1,2-Hexanediol, Sodium Hyaluronate, Allantoin, Panthenol',
      expect: clearsSnail,
    },
  ],
  ko: [
    {
      name: '밤 레티놀 세럼',
      label: '[전성분] 정제수, 글리세린, 부틸렌글라이콜, 레티놀, 토코페롤, 판테놀',
      expect: flagsRetinol,
    },
    {
      name: '설화 달팽이 에센스',
      label: '전성분: 달팽이분비물여과물, 베타인, 부틸렌글라이콜, 소듐하이알루로네이트, 알란토인, 판테놀',
      expect: clearsSnail,
    },
  ],
};

/**
 * Runs in the page (Playwright's `evaluate`, WebDriver's `execute`; self-contained): what quiz 0 shows of the checker
 * and what the page keeps; null until the quiz is on screen.
 */
export function checkerPanel() {
  const root = document.querySelector('[data-skin-analysis]').shadowRoot;
  if (!root?.querySelector('.sa-root')) return null;
  const text = (element) => element?.textContent ?? null;
  return {
    lang: root.querySelector('.sa-root').lang,
    results: root.querySelectorAll('.sa-results').length,
    heading: text(root.querySelector('.sa-fold--products .sa-fold-button')),
    products: Array.from(root.querySelectorAll('.sa-checked')).map((product) => ({
      name: text(product.querySelector('.sa-checked-name')),
      verdict: text(product.querySelector('.sa-checked-verdict')),
      worse: Boolean(product.querySelector('.sa-checked-worse')),
      fits: text(product.querySelector('.sa-help')),
      ingredients: Array.from(product.querySelectorAll('.sa-checked-ingredients li')).map((item) => ({
        name: text(item.querySelector('.sa-ingredient')),
        flag: text(item.querySelector('.sa-flag')),
        level: ['avoid', 'caution'].find((level) => item.querySelector(`.sa-flag--${level}`)) ?? null,
        why: text(item.querySelector('.sa-flag-why')),
      })),
      unknown: text(product.querySelector('.sa-checked-unknown')),
    })),
    stored: localStorage.getItem('skin-analysis:v1:default:products'),
  };
}
