//! Joins the widget's stylesheet from `assets/css/` and minifies it (with `css-min`) into `OUT_DIR`, for
//! `src/embed.rs` to compile into the wasm; the intro's part of it (the files up to `intro.css`), which the
//! facade rendered into the page at build time links (`src/bin/facade.rs`); and the print stylesheet, every
//! `@media print` block taken out of the screen's, which the results link with `media="print"` (a file of its own,
//! published by `cargo xtask dist` under the name this script gives the wasm in `SKIN_ANALYSIS_PRINT_CSS`), so a
//! reader who never prints never parses it and the wasm does not carry it.
//!
//! One file per component; the cascade depends on their order (later rules win ties), so it is listed here, and a
//! file in the folder that is not listed fails the build rather than being silently left out. The screen's rules
//! are wrapped in a cascade layer (`@layer sa`): the print stylesheet is a `<link>` in the shadow root, which comes
//! before the adopted screen stylesheet in the cascade, and its unlayered rules must still win over the screen's,
//! as they did when they followed them.

use std::path::{Path, PathBuf};

const DIR: &str = "assets/css";

/// In cascade order: the root and its reset, the palette, the frame and shared buttons, the intro, the other
/// screens' button variants, then the screens, each followed by the components it contains.
const PARTS: [&str; 22] = [
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
    "answer-review.css",
];

/// The intro screen needs only the parts up to this one (the root, palette, frame, buttons, language switch).
const INTRO_LAST: &str = "intro.css";

fn main() {
    println!("cargo::rerun-if-changed={DIR}");
    check_listed(Path::new(DIR));
    let mut css = String::new();
    let mut print = String::new();
    let mut intro_css = None;
    for part in PARTS {
        let path = Path::new(DIR).join(part);
        let source = std::fs::read_to_string(&path)
            .unwrap_or_else(|err| panic!("reading {}: {err}", path.display()));
        let minified =
            css_min::minify(&source).unwrap_or_else(|err| panic!("{}: {err}", path.display()));
        let (screen, printed) = split_print(&minified, &path);
        css.push_str(&screen);
        print.push_str(&printed);
        if part == INTRO_LAST {
            intro_css = Some(css.clone());
        }
    }
    let out = PathBuf::from(std::env::var_os("OUT_DIR").expect("cargo sets OUT_DIR"));
    write(
        &out.join("skin-analysis.min.css"),
        &format!("@layer sa{{{css}}}"),
    );
    write(
        &out.join("skin-analysis-intro.min.css"),
        &intro_css.expect("INTRO_LAST is in PARTS"),
    );
    write(&out.join("skin-analysis-print.min.css"), &print);
    println!(
        "cargo::rustc-env=SKIN_ANALYSIS_PRINT_CSS=skin-analysis-print.{:08x}.css",
        fingerprint(&print)
    );
}

/// `css` (minified) without its `@media print{…}` blocks, and their rules.
fn split_print(css: &str, path: &Path) -> (String, String) {
    const START: &str = "@media print{";
    let (mut screen, mut print) = (String::new(), String::new());
    let mut rest = css;
    while let Some(at) = rest.find(START) {
        screen.push_str(&rest[..at]);
        let block = &rest[at + START.len()..];
        // Its end: the `}` that closes the block (the widget's CSS has no braces in strings; refused if it had).
        let mut depth = 1;
        let end = block
            .char_indices()
            .find_map(|(index, c)| {
                assert!(
                    c != '"' && c != '\'',
                    "{}: a string in an @media print block",
                    path.display()
                );
                depth += match c {
                    '{' => 1,
                    '}' => -1,
                    _ => 0,
                };
                (depth == 0).then_some(index)
            })
            .unwrap_or_else(|| panic!("{}: an @media print block never ends", path.display()));
        print.push_str(&block[..end]);
        rest = &block[end + 1..];
    }
    screen.push_str(rest);
    let mixed = screen.split("@media").skip(1).any(|query| {
        query
            .split('{')
            .next()
            .is_some_and(|query| query.contains("print"))
    });
    assert!(
        !mixed,
        "{}: a media query naming print besides a plain `@media print` block",
        path.display()
    );
    (screen, print)
}

/// FNV-1a of `text`: the print stylesheet's name changes with its content, so a page never mixes two builds'.
fn fingerprint(text: &str) -> u32 {
    text.bytes().fold(0x811c_9dc5, |hash: u32, byte| {
        (hash ^ u32::from(byte)).wrapping_mul(0x0100_0193)
    })
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
