//! The embedding's non-Rust files repeat a few things the Rust side owns; these checks keep them in step.

use skin_analysis::config::InstanceId;
use skin_analysis::embed::{self, ISOLATION_CSS};
use skin_analysis::state::Screen;
use skin_analysis::{share, storage};
use skin_rules::Lang;

const LOADER: &str = include_str!("../assets/embed/skin-analysis.js");
const BOOT: &str = include_str!("../assets/embed/skin-analysis-boot.js");
const HOST_CSS: &str = include_str!("../assets/embed/skin-analysis-host.css");
const SHORTCODE: &str = include_str!("../hugo/skin-analysis/layouts/shortcodes/skin-analysis.html");

/// The value of `const NAME = '...';` in a script: the one place the script writes that literal.
fn declared<'a>(script: &'a str, name: &str) -> &'a str {
    let start = format!("const {name} = '");
    script
        .split_once(start.as_str())
        .and_then(|(_, rest)| rest.split_once("';"))
        .map(|(value, _)| value)
        .unwrap_or_else(|| panic!("no `{start}...';` declaration"))
}

/// Whether a script's literal agrees with what the Rust side has.
type Agrees = fn(&str, &str) -> bool;

#[test]
fn every_literal_the_scripts_share_with_the_rust_side_is_the_rust_sides() {
    let id = InstanceId::parse("quiz").expect("a valid id");
    let intro = include_str!("../src/components/intro.rs");
    let same: Agrees = |js, rust| js == rust;
    // (script, its name, constant, what the Rust side has, whether the two agree)
    let rows: [(&str, &str, &str, String, Agrees); 7] = [
        (LOADER, "loader", "SELECTOR", embed::SELECTOR.into(), same),
        (
            LOADER,
            "loader",
            "MOUNTED",
            embed::MOUNTED_ATTRIBUTE.into(),
            same,
        ),
        (
            LOADER,
            "loader",
            "STATE",
            embed::STATE_ATTRIBUTE.into(),
            same,
        ),
        (
            LOADER,
            "loader",
            "SAVED_KEY",
            storage::key(&id),
            |js, key| key.strip_prefix(js) == Some("quiz"),
        ),
        (
            LOADER,
            "loader",
            "SHARE_PREFIX",
            share::PREFIX.into(),
            |js, rust| js.strip_prefix('#') == Some(rust),
        ),
        // The live quiz's :host rule reads the loader's scheme attribute.
        (
            LOADER,
            "loader",
            "SCHEME",
            ISOLATION_CSS.into(),
            |js, css| css.contains(&format!(":host([{js}=")),
        ),
        (LOADER, "loader", "START", intro.into(), |js, intro| {
            js == ".sa-intro .sa-button--primary"
                && intro.contains(r#"<section class="sa-screen sa-intro">"#)
                && intro.contains(r#"class="sa-button sa-button--primary""#)
        }),
    ];
    for (script, file, name, rust, agrees) in rows {
        let js = declared(script, name);
        assert!(
            agrees(js, &rust),
            "the {file}'s {name} ({js:?}) disagrees with the Rust side ({rust:?})"
        );
    }
}

#[test]
fn the_boot_script_takes_the_loaders_names_instead_of_copying_them() {
    assert!(LOADER.contains("const PAGE = { selector: SELECTOR, mounted: MOUNTED, start: START };"));
    assert!(LOADER.contains("boot.start(PAGE, "));
    for name in [
        "SELECTOR",
        "MOUNTED",
        "START",
        "'[data-skin-analysis]",
        "'.sa-intro",
    ] {
        assert!(
            !BOOT.contains(name),
            "skin-analysis-boot.js has its own {name}"
        );
    }
}

#[test]
fn the_loader_reads_a_fresh_saved_intro_as_no_progress_and_anything_else_as_progress() {
    let fresh = declared(LOADER, "FRESH");
    // The loader's test (`saved !== null && !saved.includes(FRESH)`) on values the widget really writes.
    let has_progress = |screen, lang| {
        let saved = storage::Saved {
            screen,
            lang,
            answers: skin_rules::Answers::default(),
            to_answer: Vec::new(),
        };
        !storage::encode(&storage::Record { revision: 3, saved }).contains(fresh)
    };
    assert!(!has_progress(Screen::Intro, None));
    assert!(has_progress(Screen::Question(0), None));
    assert!(has_progress(Screen::Intro, Some(Lang::Ko)));
}

#[test]
fn the_loader_finds_the_load_failed_message_the_build_time_intro_carries() {
    let failed = declared(LOADER, "FAILED");
    let class = failed.strip_prefix('.').expect("a class selector");
    let facade = include_str!("../src/bin/facade.rs");
    assert!(
        facade.contains(&format!(
            r#"<p class="{class}" role="status" hidden=true>{{ ui::LOAD_FAILED.get(lang) }}</p>"#
        )),
        "the build-time intro no longer carries the hidden message {failed} finds"
    );
}

#[test]
fn the_loader_and_the_host_stylesheet_reserve_the_same_height() {
    let reserved = LOADER
        .split("const RESERVED = {")
        .nth(1)
        .and_then(|rest| rest.split('}').next())
        .expect("the loader declares RESERVED");
    let values: Vec<&str> = reserved.split('\'').skip(1).step_by(2).collect();
    let [query, narrow, wide] = values[..] else {
        panic!("RESERVED should hold a media query and two heights: {reserved}");
    };
    assert!(
        HOST_CSS.contains(&format!("@media {query}")),
        "skin-analysis-host.css lacks @media {query}"
    );
    for height in [narrow, wide] {
        assert!(
            HOST_CSS.contains(&format!("min-height: {height};")),
            "skin-analysis-host.css lacks min-height {height}"
        );
    }
    // The intro rendered into the page is its own box: the quiz's styles reserve nothing beyond it (the mount only
    // passes on what the element itself was given).
    assert_eq!(
        ISOLATION_CSS.matches("min-height:").collect::<Vec<_>>(),
        ["min-height:"],
        "{ISOLATION_CSS}"
    );
    assert!(ISOLATION_CSS.contains("min-height:inherit"));
}

#[test]
fn the_loader_imports_the_file_names_xtask_dist_writes() {
    for name in [
        "./skin-analysis-app.js",
        "skin-analysis-app_bg.wasm",
        "./skin-analysis-boot.js",
    ] {
        assert!(LOADER.contains(name), "the loader does not load {name}");
    }
    for name in [
        "skin-analysis/skin-analysis.js",
        "skin-analysis/skin-analysis-intro.css",
        "skin-analysis/intro-%s.html",
    ] {
        assert!(
            SHORTCODE.contains(name),
            "the shortcode does not reference {name}"
        );
    }
}

#[test]
fn the_shortcode_passes_every_parameter_to_its_data_attribute() {
    // Always the language (the one asked for, else the article's), the others when given.
    assert!(SHORTCODE.contains("data-lang=\"{{ $quizLang }}\""));
    for (param, attribute) in [
        ("lang", "data-lang"),
        ("theme", "data-theme"),
        ("id", "data-id"),
        ("focus", "data-focus"),
    ] {
        assert!(
            param == "lang" || SHORTCODE.contains(&format!("{attribute}=\"{{{{ . }}}}\"")),
            "shortcode lacks {attribute}"
        );
        assert!(
            SHORTCODE.contains(&format!("\"{param}\"")),
            "shortcode never reads {param}"
        );
    }
}

const PRODUCTS_PARTIAL: &str =
    include_str!("../hugo/skin-analysis/layouts/partials/skin-analysis/products.html");

#[test]
fn the_hugo_product_check_reads_the_steps_and_tags_from_the_vocabulary() {
    // `cargo xtask dist` writes data/skin_analysis/vocabulary.toml from skin_vocab (its unit test checks the file);
    // the partial must read them there, never keep a list of its own.
    for line in [
        "$steps := $data.vocabulary.steps",
        "$tags := $data.vocabulary.tags",
    ] {
        assert!(
            PRODUCTS_PARTIAL.contains(line),
            "products.html lacks {line}"
        );
    }
    for step in skin_rules::RoutineStep::ALL {
        assert!(
            !PRODUCTS_PARTIAL.contains(&format!("\"{}\"", step.id())),
            "products.html names the step {} itself",
            step.id()
        );
    }
}

#[test]
fn every_scheme_the_loader_decides_has_its_host_rule() {
    assert!(LOADER.contains("const SCHEME = 'data-skin-analysis-scheme';"));
    for scheme in ["light", "dark"] {
        assert!(
            LOADER.contains(&format!("'{scheme}'")),
            "the loader never decides {scheme:?}"
        );
        let rule = format!(":host([data-skin-analysis-scheme={scheme}]){{color-scheme:{scheme}}}");
        assert!(ISOLATION_CSS.contains(&rule), "ISOLATION_CSS lacks {rule}");
    }
}

#[test]
fn every_language_has_its_typography_line_and_no_other_rule_names_a_language() {
    let dir = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("assets/css");
    let base = std::fs::read_to_string(dir.join("base.css")).expect("assets/css/base.css");
    for lang in Lang::ALL {
        let tag = lang.tag();
        let start = format!(".sa-root:lang({tag}), .sa-root :lang({tag}) {{");
        let line = base
            .lines()
            .find(|line| line.starts_with(&start))
            .unwrap_or_else(|| panic!("assets/css/base.css has no typography line for `{tag}`"));
        for property in [
            "--_sa-lang-font:",
            "--_sa-lang-breaks:",
            "--_sa-lang-tracking:",
            "--_sa-lang-italic:",
        ] {
            assert!(line.contains(property), "the `{tag}` line lacks {property}");
        }
    }
    let mut named = 0;
    for entry in std::fs::read_dir(&dir).expect("assets/css") {
        let css = std::fs::read_to_string(entry.expect("a file").path()).expect("a CSS file");
        named += css.matches(":lang(").count() + css.matches("[lang=").count();
    }
    assert_eq!(
        named,
        2 * Lang::ALL.len(),
        "a rule outside the typography lines names a language: key it off their custom properties"
    );
}

#[test]
fn the_print_rules_are_a_file_of_their_own_under_a_name_of_their_content() {
    use skin_analysis::embed::{INTRO_CSS, PRINT_CSS};
    use skin_analysis::text_files::PRINT_CSS_FILE;
    // Linked with media="print": its rules bare, every one that was in a component's `@media print` block.
    assert!(!PRINT_CSS.contains("@media"), "{PRINT_CSS}");
    for rule in [
        ".sa-printed{display:block",
        ".sa-topbar{display:none !important}",
    ] {
        assert!(
            PRINT_CSS.contains(rule),
            "the print stylesheet lacks {rule}"
        );
    }
    // The screen's stylesheet keeps none (the intro's part shows it without the wasm's private copy).
    assert!(!INTRO_CSS.contains("print"), "{INTRO_CSS}");
    let fingerprint = PRINT_CSS_FILE
        .strip_prefix("skin-analysis-print.")
        .and_then(|rest| rest.strip_suffix(".css"))
        .unwrap_or_default();
    assert!(
        fingerprint.len() == 8 && fingerprint.bytes().all(|b| b.is_ascii_hexdigit()),
        "{PRINT_CSS_FILE}"
    );
}
