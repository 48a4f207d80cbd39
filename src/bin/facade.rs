//! Renders the intro screen to HTML at build time, from the same components the live quiz renders, so a page can
//! show it at first paint without loading the quiz (the "facade"): `intro-<lang>.html` for each language, and
//! `skin-analysis-intro.css`, the stylesheet those link from their declarative shadow root (isolation plus the
//! intro's part of the widget CSS). Native only (Yew's `ssr` feature, which the wasm never includes):
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
use skin_analysis::config::Theme;
use skin_analysis::embed::{INTRO_CSS, ISOLATION_CSS};
use skin_rules::Lang;
use yew::prelude::*;
use yew::ServerRenderer;

#[derive(Properties, PartialEq)]
struct FacadeProps {
    lang: Lang,
}

/// The live widget's first screen for a new visitor, with no behaviour attached: the loader forwards a Start click
/// to the live intro once it has replaced this one.
#[component]
fn Facade(props: &FacadeProps) -> Html {
    let lang = props.lang;
    html! {
        <Frame {lang} theme={Theme::Auto} on_lang={Callback::noop()}>
            <Intro {lang} heading_ref={NodeRef::default()} on_start={Callback::noop()} />
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
    }
    write(
        &out.join("skin-analysis-intro.css"),
        &format!("{ISOLATION_CSS}{INTRO_CSS}"),
    )
}

fn write(path: &Path, text: &str) -> Result<(), String> {
    std::fs::write(path, text).map_err(|err| format!("writing {}: {err}", path.display()))
}
