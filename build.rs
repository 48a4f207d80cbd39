//! Joins the widget's stylesheet from `assets/css/` and minifies it (with `css-min`) into `OUT_DIR`, for
//! `src/embed.rs` to compile into the wasm; and the intro's part of it (the files up to `intro.css`), which the
//! facade rendered into the page at build time links (`src/bin/facade.rs`).
//!
//! One file per component; the cascade depends on their order (later rules win ties), so it is listed here, and a
//! file in the folder that is not listed fails the build rather than being silently left out.

use std::path::{Path, PathBuf};

const DIR: &str = "assets/css";

/// In cascade order: the root and its reset, the palette, the frame and shared buttons, the intro, the other
/// screens' button variants, then the screens, each followed by the components it contains.
const PARTS: [&str; 23] = [
    "base.css",
    "palette.css",
    "app.css",
    "buttons.css",
    "lang-switch.css",
    "intro.css",
    "button-variants.css",
    "progress.css",
    "bar.css",
    "question-step.css",
    "choice-card.css",
    "results.css",
    "profile-summary.css",
    "tip-card.css",
    "routine-list.css",
    "week-grid.css",
    "cautions.css",
    "what-changed.css",
    "shared-notice.css",
    "result-actions.css",
    "check-ins.css",
    "product-check.css",
    "answer-review.css",
];

/// The intro screen needs only the parts up to this one (the root, palette, frame, buttons, language switch).
const INTRO_LAST: &str = "intro.css";

fn main() {
    println!("cargo::rerun-if-changed={DIR}");
    check_listed(Path::new(DIR));
    let mut css = String::new();
    let mut intro_css = None;
    for part in PARTS {
        let path = Path::new(DIR).join(part);
        let source = std::fs::read_to_string(&path)
            .unwrap_or_else(|err| panic!("reading {}: {err}", path.display()));
        let minified =
            css_min::minify(&source).unwrap_or_else(|err| panic!("{}: {err}", path.display()));
        css.push_str(&minified);
        if part == INTRO_LAST {
            intro_css = Some(css.clone());
        }
    }
    let out = PathBuf::from(std::env::var_os("OUT_DIR").expect("cargo sets OUT_DIR"));
    write(&out.join("skin-analysis.min.css"), &css);
    write(
        &out.join("skin-analysis-intro.min.css"),
        &intro_css.expect("INTRO_LAST is in PARTS"),
    );
}

fn write(target: &Path, css: &str) {
    std::fs::write(target, css).unwrap_or_else(|err| panic!("writing {}: {err}", target.display()));
}

/// Every `.css` file in `dir` is in [`PARTS`].
fn check_listed(dir: &Path) {
    let entries =
        std::fs::read_dir(dir).unwrap_or_else(|err| panic!("reading {}: {err}", dir.display()));
    for entry in entries {
        let name = entry
            .unwrap_or_else(|err| panic!("reading {}: {err}", dir.display()))
            .file_name();
        let name = name.to_string_lossy();
        if name.ends_with(".css") && !PARTS.contains(&name.as_ref()) {
            panic!(
                "{DIR}/{name} is not in build.rs's PARTS: add it where it belongs in the cascade"
            );
        }
    }
}
