//! The widget's stylesheets: adopted by each shadow root as constructed `CSSStyleSheet`s, which strict
//! `style-src 'self'` pages allow (an inline `<style>` would be blocked).

use web_sys::js_sys::Array;
use web_sys::{CssStyleSheet, Document, ShadowRoot};

use super::registry;

/// The widget's own stylesheet (owned by the widget; scoped by the shadow root): `assets/css/` joined, without
/// comments, layout whitespace and print rules, in the cascade layer `sa` (see `build.rs`).
const WIDGET_CSS: &str = include_str!(concat!(env!("OUT_DIR"), "/skin-analysis.min.css"));
/// The print rules taken out of [`WIDGET_CSS`] (`build.rs`), which the facade bin writes out as
/// [`crate::text_files::PRINT_CSS_FILE`] for the results to link with `media="print"`.
pub const PRINT_CSS: &str = include_str!(concat!(env!("OUT_DIR"), "/skin-analysis-print.min.css"));
/// The intro screen's part of [`WIDGET_CSS`], for the intro rendered into the page at build time (`src/bin/facade.rs`).
pub const INTRO_CSS: &str = include_str!(concat!(env!("OUT_DIR"), "/skin-analysis-intro.min.css"));

/// Isolation, adopted before the widget's CSS. The host element resets everything (`all: initial`); host-page rules
/// that target the element itself still win over `:host` (that is how the cascade treats shadow trees), which is
/// what lets a page set its margin or width. The mount point resets everything again, so whatever the host element
/// inherited or was given (`* { line-height: 3 }`, `html { font-size: 40px }` via `em`) stops there: the widget
/// starts from the browser's initial values. Except two, which are the page's on purpose: `color-scheme` (so
/// `data-theme="auto"` wears the page's light or dark, switched live by its toggle; when the page declares none,
/// the loader names the scheme of what is painted behind the quiz in `data-skin-analysis-scheme`) and
/// `font-family` (the page's font unless `--sa-font` is set). It never uses `rem`, which would follow the host's
/// root font size. The host reserves no height of its own: the intro rendered into the page is its box, exactly the
/// card's at every width, and the live quiz's intro has the same box, so nothing below moves when it replaces it (a
/// Start pressed before the quiz is there grows the box to question 1's at once, inside the click's input window:
/// the loader's `QUESTION`). An empty placeholder's space is the host stylesheet's or the loader's, on the element.
pub const ISOLATION_CSS: &str = "\
:host{all:initial;color-scheme:inherit;font-family:inherit;display:block;isolation:isolate}\
:host([hidden]){display:none}\
:host([data-skin-analysis-scheme=light]){color-scheme:light}\
:host([data-skin-analysis-scheme=dark]){color-scheme:dark}\
.sa-mount{all:initial;color-scheme:inherit;font-family:inherit;display:block;min-height:inherit}";

/// The isolation and widget sheets, built once and shared; `None` where this browser cannot construct stylesheets.
fn constructed_sheets() -> Option<Array> {
    let build = || {
        let sheets = Array::new();
        for css in [ISOLATION_CSS, WIDGET_CSS] {
            let sheet = CssStyleSheet::new().ok()?;
            sheet.replace_sync(css).ok()?;
            sheets.push(&sheet);
        }
        Some(sheets)
    };
    registry::with(|registry| registry.sheets.get_or_insert_with(build).clone())
}

pub(super) fn apply(document: &Document, shadow: &ShadowRoot) {
    if let Some(sheets) = constructed_sheets() {
        shadow.set_adopted_style_sheets(&sheets);
        return;
    }
    // Browsers without constructable stylesheets (pre-2023): a <style> element, which works except under a strict
    // `style-src`. Better unstyled there than not at all.
    if let Ok(style) = document.create_element("style") {
        style.set_text_content(Some(&format!("{ISOLATION_CSS}{WIDGET_CSS}")));
        let _ = shadow.append_child(&style);
    }
}
