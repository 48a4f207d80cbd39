//! Renders the intro screen to HTML at build time, from the same components the live quiz renders, so a page can
//! show it at first paint without loading the quiz (the "facade"). For each language, `intro-<lang>.html` (the
//! intro alone, which the Hugo shortcode wraps) and `skin-analysis-<lang>.html` (the snippet for plain pages: the
//! placeholder with the intro in a declarative shadow root, the no-JavaScript notice and the loader);
//! `noscript-<lang>.html` (that notice, which the shortcode puts below the intro) and `load-failed-<lang>.txt` (the
//! message the boot script shows when the quiz cannot load, which `cargo xtask dist` writes into it); each
//! language's text file, `skin-analysis-text-<lang>.<fingerprint>.txt`, which the live quiz fetches
//! (`src/text_files.rs`); the print stylesheet the results link, `skin-analysis-print.<fingerprint>.css`;
//! and `skin-analysis-intro.css`, the stylesheet the intro links (isolation plus the intro's
//! part of the widget CSS); and `shortcode.toml`, what the Hugo shortcode checks its parameters against and how it
//! tells an article's language.
//! Native only (Yew's `ssr` feature, which the wasm never includes):
//!
//! ```text
//! cargo run --features ssr --bin facade -- <output dir>
//! ```
//!
//! `cargo xtask dist` runs it and wraps the files into the Hugo theme's partials and `dist/embed/` snippets.

use std::path::{Path, PathBuf};
use std::process::ExitCode;

use skin_analysis::components::frame::Frame;
use skin_analysis::components::intro::Intro;
use skin_analysis::config::{self, Theme};
use skin_analysis::embed::{INTRO_CSS, ISOLATION_CSS, PRINT_CSS};
use skin_analysis::text_files::PRINT_CSS_FILE;
use skin_rules::strings::ui;
use skin_rules::Lang;
use yew::prelude::*;
use yew::ServerRenderer;

#[derive(Properties, PartialEq)]
struct FacadeProps {
    lang: Lang,
}

/// The live widget's first screen for a new visitor, with no behaviour attached: the loader forwards a Start click
/// to the live intro once it has replaced this one. Below it, hidden, the message the loader shows if the quiz cannot
/// load: here, in the intro's language, it costs the loader (which every reader receives) nothing.
#[component]
fn Facade(props: &FacadeProps) -> Html {
    let lang = props.lang;
    html! {
        <Frame {lang} theme={Theme::Auto} on_lang={Callback::noop()}>
            <Intro {lang} heading_ref={NodeRef::default()} on_start={Callback::noop()} />
            <p class="sa-load-failed" role="status" hidden=true>{ ui::LOAD_FAILED.get(lang) }</p>
        </Frame>
    }
}

fn main() -> ExitCode {
    let Some(out) = std::env::args_os().nth(1).map(PathBuf::from) else {
        eprintln!("usage: facade <output dir>");
        return ExitCode::FAILURE;
    };
    match write_all(&out) {
        Ok(()) => ExitCode::SUCCESS,
        Err(message) => {
            eprintln!("facade: {message}");
            ExitCode::FAILURE
        }
    }
}

fn write_all(out: &Path) -> Result<(), String> {
    std::fs::create_dir_all(out).map_err(|err| format!("creating {}: {err}", out.display()))?;
    for lang in Lang::ALL {
        let renderer = ServerRenderer::<Facade>::with_props(move || FacadeProps { lang });
        let html = futures::executor::block_on(renderer.hydratable(false).render());
        write(&out.join(format!("intro-{}.html", lang.tag())), &html)?;
        write(
            &out.join(format!("skin-analysis-{}.html", lang.tag())),
            &snippet(lang, &html),
        )?;
        write(
            &out.join(format!("noscript-{}.html", lang.tag())),
            &noscript(lang),
        )?;
        write(
            &out.join(format!("load-failed-{}.txt", lang.tag())),
            ui::LOAD_FAILED.get(lang),
        )?;
        write(
            &out.join(skin_rules::text::file_name(lang)),
            skin_rules::text::bundled_file(lang),
        )?;
    }
    write(&out.join("shortcode.toml"), &shortcode_toml())?;
    // The product checker's names and texts, which the widget fetches when a reader opens the checker.
    write(
        &out.join(skin_rules::ingredients::file_name()),
        skin_rules::ingredients::bundled_file(),
    )?;
    write(&out.join(PRINT_CSS_FILE), PRINT_CSS)?;
    write(
        &out.join("skin-analysis-intro.css"),
        &format!("{ISOLATION_CSS}{INTRO_CSS}"),
    )
}

/// The values each shortcode parameter takes, from the widget's own lists (the theme's
/// `data/skin_analysis/shortcode.toml`): the shortcode names a mistake at build time instead of the reader's console
/// at run time. Each language with the script its words are written in (`Lang::script`).
fn shortcode_toml() -> String {
    let list = |ids: &[&str]| {
        let quoted: Vec<String> = ids.iter().map(|id| format!("{id:?}")).collect();
        format!("[{}]", quoted.join(", "))
    };
    let articles: Vec<&str> = skin_rules::articles().iter().map(|a| a.id).collect();
    let mut toml = format!(
        "# Written by `cargo xtask dist` (src/bin/facade.rs) from the quiz's own settings: what each parameter of the\n\
         # shortcode takes, the words a product's `suits` takes and the words an owner may give (words.toml).\ntheme = {}\nfocus = {}\narticle = {}\n\
         id_max = {}\nsuits = {}\nwords = {}\n",
        list(&Theme::ALL.map(Theme::as_str)),
        list(&config::focus_ids()),
        list(&articles),
        config::MAX_ID_LEN,
        list(&skin_rules::products::suit_words()),
        list(&config::OwnerWord::ALL.map(config::OwnerWord::name)),
    );
    for lang in Lang::ALL {
        toml.push_str(&format!(
            "\n[[language]]\ntag = {:?}\nscript = {:?}\n",
            lang.tag(),
            lang.script(),
        ));
    }
    toml
}

/// The placeholder a plain page pastes, assuming the files are published under `/skin-analysis/` (README). The
/// `<slot>` shows the placeholder's own content below the intro: the notice when JavaScript is off, the loader's
/// message when the quiz cannot load.
fn snippet(lang: Lang, intro: &str) -> String {
    let tag = lang.tag();
    let noscript = noscript(lang);
    format!(
        "<skin-analysis data-lang=\"{tag}\"><template shadowrootmode=\"open\">\
         <link rel=\"stylesheet\" href=\"/skin-analysis/skin-analysis-intro.css\">{intro}<slot></slot></template>\
         {noscript}</skin-analysis>\n\
         <script type=\"module\" src=\"/skin-analysis/skin-analysis.js\"></script>\n"
    )
}

/// The notice a page shows when scripts do not run at all.
fn noscript(lang: Lang) -> String {
    format!(
        "<noscript><p>{}</p></noscript>",
        escape(ui::NOSCRIPT.get(lang))
    )
}

/// Our own strings as HTML text.
fn escape(text: &str) -> String {
    text.replace('&', "&amp;")
        .replace('<', "&lt;")
        .replace('>', "&gt;")
}

fn write(path: &Path, text: &str) -> Result<(), String> {
    std::fs::write(path, text).map_err(|err| format!("writing {}: {err}", path.display()))
}
