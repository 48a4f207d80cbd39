//! The embedding's non-Rust files repeat a few things the Rust side owns; these checks keep them in step.

use skin_analysis::config::InstanceId;
use skin_analysis::embed::ISOLATION_CSS;
use skin_analysis::{share, storage};
use skin_rules::strings::ui;
use skin_rules::Lang;

const LOADER: &str = include_str!("../assets/embed/skin-analysis.js");
const BOOT: &str = include_str!("../assets/embed/skin-analysis-boot.js");
const HOST_CSS: &str = include_str!("../assets/embed/skin-analysis-host.css");
const SHORTCODE: &str = include_str!("../hugo/skin-analysis/layouts/shortcodes/skin-analysis.html");

#[test]
fn the_boot_script_shows_the_load_failed_string_in_both_languages() {
    // It cannot ask the wasm for strings: it shows them exactly when the wasm failed to load.
    for text in [ui::LOAD_FAILED.get(Lang::En), ui::LOAD_FAILED.get(Lang::Ko)] {
        assert!(
            BOOT.contains(text),
            "assets/embed/skin-analysis-boot.js lacks {text:?} (see strings.toml load_failed)"
        );
    }
}

#[test]
fn the_loader_finds_saved_progress_and_share_links_where_the_widget_puts_them() {
    let id = InstanceId::parse("quiz").expect("a valid id");
    let key = storage::key(&id);
    let prefix = key.strip_suffix("quiz").expect("the key ends with the id");
    assert!(
        LOADER.contains(&format!("const SAVED_KEY = '{prefix}';")),
        "the loader's SAVED_KEY is not {prefix:?}"
    );
    assert!(
        LOADER.contains(&format!("const SHARE_PREFIX = '#{}';", share::PREFIX)),
        "the loader's SHARE_PREFIX is not #{}",
        share::PREFIX
    );
}

#[test]
fn the_loader_and_the_boot_script_press_the_intros_start_button() {
    let start = "const START = '.sa-intro .sa-button--primary';";
    assert!(LOADER.contains(start) && BOOT.contains(start));
    let intro = include_str!("../src/components/intro.rs");
    assert!(
        intro.contains(r#"<section class="sa-screen sa-intro">"#)
            && intro.contains(r#"class="sa-button sa-button--primary""#),
        "the intro's Start button no longer matches {start}"
    );
}

#[test]
fn the_loader_and_the_boot_script_find_the_intros_load_failed_message() {
    let failed = "const FAILED = '.sa-load-failed';";
    assert!(LOADER.contains(failed) && BOOT.contains(failed));
    let facade = include_str!("../src/bin/facade.rs");
    assert!(
        facade.contains(r#"<p class="sa-load-failed" role="status" hidden=true>{ ui::LOAD_FAILED.get(lang) }</p>"#),
        "the build-time intro no longer carries the hidden message {failed} finds"
    );
}

#[test]
fn the_boot_script_preloads_the_text_files_the_quiz_fetches() {
    for lang in Lang::ALL {
        // By their source names: `cargo xtask dist` writes each build's versioned names in.
        let source = format!("{}: 'skin-analysis-text-{}.txt'", lang.tag(), lang.tag());
        assert!(BOOT.contains(&source), "the boot script lacks {source}");
        assert!(skin_rules::text::file_name(lang)
            .starts_with(&format!("skin-analysis-text-{}.", lang.tag())));
    }
}

#[test]
fn the_shortcode_shows_the_noscript_string_in_both_languages() {
    for text in [ui::NOSCRIPT.get(Lang::En), ui::NOSCRIPT.get(Lang::Ko)] {
        assert!(
            SHORTCODE.contains(text),
            "the Hugo shortcode lacks {text:?} (see strings.toml noscript)"
        );
    }
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
    // The mounted quiz and the intro rendered into the page keep the same space themselves.
    assert!(ISOLATION_CSS.contains(&format!(":host{{min-height:{narrow}}}")));
    assert!(ISOLATION_CSS.contains(&format!("min-height:{wide}}}")));
    assert!(ISOLATION_CSS.contains(&format!("@media {}", query.replace(": ", ":"))));
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
    for (param, attribute) in [
        ("lang", "data-lang"),
        ("theme", "data-theme"),
        ("id", "data-id"),
        ("focus", "data-focus"),
    ] {
        assert!(
            SHORTCODE.contains(&format!("{attribute}=\"{{{{ . }}}}\"")),
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
