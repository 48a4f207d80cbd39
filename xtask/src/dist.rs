//! `cargo xtask dist`: the release build.
//!
//! - `dist/app/`: the standalone page (`trunk build --release`: cargo release build, wasm-bindgen, `wasm-opt -Oz`,
//!   content-hashed file names).
//! - `dist/embed/`: what a host page loads, under fixed names so pages and the Hugo shortcode can name them:
//!   `skin-analysis.js` (our loader) and `skin-analysis-boot.js` (what it imports to start the quiz);
//!   `skin-analysis-app.js` + `skin-analysis-app_bg.wasm` (the wasm-bindgen output Trunk produced, renamed: the
//!   loader passes the wasm URL explicitly, so the glue's own default name does not matter); the three scripts
//!   minified with esbuild;
//!   `skin-analysis-intro.css` (what the intro rendered into the page links); `skin-analysis-host.css` (reserves
//!   an empty placeholder's space); `skin-analysis-text-<lang>.txt` (each language's text, fetched by the quiz
//!   when it shows that language; Trunk's hook puts them into `dist/app` too); and the snippets for plain pages, `skin-analysis-en.html` and
//!   `skin-analysis-ko.html` (the placeholder with its intro rendered in), which are not published.
//! - `dist/hugo/skin-analysis/`: the Hugo theme component, `hugo/skin-analysis/` plus the embed files under
//!   `static/skin-analysis/`, the rendered intros as `layouts/partials/skin-analysis/intro-<lang>.html`, and
//!   `crates/skin-rules/content/articles.toml` as its data `data/skin_analysis/articles.toml`.
//!
//! The intros come from the native `facade` bin (`src/bin/facade.rs`): the widget's own components rendered by
//! Yew's server renderer, so the intro a page shows at first paint is the one the quiz then renders.
//!
//! Reusing Trunk's output keeps one wasm build and one optimisation pass for both the app and the embed.

use std::path::{Path, PathBuf};

use crate::run::{command, root, status, target_dir, trunk, Result};
use crate::tools;

/// The loader a host page includes; the one name embedders depend on.
pub const LOADER: &str = "skin-analysis.js";
/// The fixed names the wasm-bindgen output gets in `dist/embed` (the loader imports these).
pub const GLUE: &str = "skin-analysis-app.js";
pub const WASM: &str = "skin-analysis-app_bg.wasm";
/// Optional host-page stylesheet reserving the widget's space.
pub const HOST_CSS: &str = "skin-analysis-host.css";
/// What the loader imports to start the quiz.
pub const BOOT: &str = "skin-analysis-boot.js";
/// The stylesheet the rendered intro links.
pub const INTRO_CSS: &str = "skin-analysis-intro.css";
/// Each language's text file is this plus `<lang>.txt` (`skin_rules::text::file_name`).
pub const TEXT: &str = "skin-analysis-text-";
/// The English and the Korean text file (`TEXT` + language + `.txt`).
pub const TEXT_EN: &str = "skin-analysis-text-en.txt";
pub const TEXT_KO: &str = "skin-analysis-text-ko.txt";
/// The quiz's languages, as the facade bin names its files.
const LANGS: [&str; 2] = ["en", "ko"];

/// Builds `dist/app`, `dist/embed` and `dist/hugo`; returns the `dist/` directory.
pub fn build() -> Result<PathBuf> {
    tools::ensure_build_tools()?;
    // First: Trunk's build copies the text files from there into dist/app (Trunk.toml's hook).
    let facade = facade()?;
    trunk(&["build", "--release"])?;
    let dist = root().join("dist");
    let embed = embed(&dist, &facade)?;
    let theme = hugo_theme(&dist, &embed, &facade)?;
    println!("\n== dist ==");
    for dir in [&embed, &theme.join("static/skin-analysis")] {
        for file in list_files(dir)? {
            let size = std::fs::metadata(&file).map(|meta| meta.len()).unwrap_or(0);
            println!(
                "  {:>9} B  {}",
                size,
                file.strip_prefix(root()).unwrap_or(&file).display()
            );
        }
    }
    println!("  theme component: {}", theme.display());
    Ok(dist)
}

/// Where the facade bin writes: the intros, their stylesheet and the text files (`SKIN_ANALYSIS_TEXT_DIR` for
/// Trunk.toml's hook).
pub fn facade_dir() -> PathBuf {
    target_dir().join("facade")
}

/// Runs the facade bin (`src/bin/facade.rs`) into [`facade_dir`].
pub fn facade() -> Result<PathBuf> {
    let facade = facade_dir();
    let mut render = command(
        "cargo",
        &[
            "run",
            "--quiet",
            "--features",
            "ssr",
            "--bin",
            "facade",
            "--",
        ],
    );
    render.arg(&facade);
    status(render)?;
    Ok(facade)
}

/// Assembles `dist/embed` from Trunk's output in `dist/app`, the loader sources in `assets/embed` and the facade
/// bin's output in `facade`.
fn embed(dist: &Path, facade: &Path) -> Result<PathBuf> {
    let app = dist.join("app");
    let embed = dist.join("embed");
    recreate_dir(&embed)?;

    // Trunk names them `skin-analysis-<hash>_bg.wasm` and `skin-analysis-<hash>.js`.
    let wasm = list_files(&app)?
        .into_iter()
        .find(|path| {
            let name = file_name(path);
            name.starts_with("skin-analysis") && name.ends_with("_bg.wasm")
        })
        .ok_or_else(|| {
            format!(
                "no skin-analysis*_bg.wasm in {}: did trunk build succeed?",
                app.display()
            )
        })?;
    let stem = file_name(&wasm).trim_end_matches("_bg.wasm").to_owned();
    let glue = app.join(format!("{stem}.js"));
    if !glue.is_file() {
        return Err(format!(
            "{} has no matching {}",
            wasm.display(),
            glue.display()
        ));
    }
    copy(&wasm, &embed.join(WASM))?;
    // wasm-bindgen puts inline JS of dependencies in `snippets/`, imported relative to the glue.
    let snippets = app.join("snippets");
    if snippets.is_dir() {
        copy_dir(&snippets, &embed.join("snippets"))?;
    }

    let sources = root().join("assets/embed");
    copy(&sources.join(HOST_CSS), &embed.join(HOST_CSS))?;
    // Minified (npm `esbuild`, pinned in package.json; an ES module keeps its exports' names): the loader is most of
    // what a reader who never reaches the quiz downloads, the glue a quarter less for a quiz-taker. The sources in
    // assets/embed stay commented.
    for (from, name) in [
        (sources.join(LOADER), LOADER),
        (sources.join(BOOT), BOOT),
        (glue, GLUE),
    ] {
        let mut minify = command(
            &root().join("node_modules/.bin/esbuild").to_string_lossy(),
            &["--minify", "--format=esm", "--log-level=warning"],
        );
        minify
            .arg(from)
            .arg(format!("--outfile={}", embed.join(name).display()));
        status(minify)?;
    }
    copy(&facade.join(INTRO_CSS), &embed.join(INTRO_CSS))?;
    for lang in LANGS {
        for name in [
            format!("skin-analysis-{lang}.html"),
            format!("{TEXT}{lang}.txt"),
        ] {
            copy(&facade.join(&name), &embed.join(name))?;
        }
    }
    Ok(embed)
}

/// Assembles the Hugo theme component `dist/hugo/skin-analysis`.
fn hugo_theme(dist: &Path, embed: &Path, facade: &Path) -> Result<PathBuf> {
    let theme = dist.join("hugo/skin-analysis");
    recreate_dir(&theme)?;
    copy_dir(&root().join("hugo/skin-analysis"), &theme)?;
    for file in list_files(embed)? {
        // The plain-page snippets are for people, not for the site.
        if !file_name(&file).ends_with(".html") {
            copy(
                &file,
                &theme.join("static/skin-analysis").join(file_name(&file)),
            )?;
        }
    }
    for lang in LANGS {
        let name = format!("intro-{lang}.html");
        copy(
            &facade.join(&name),
            &theme.join("layouts/partials/skin-analysis").join(name),
        )?;
    }
    // The shortcode recognises the source articles by the content's own list (slugs, original titles).
    copy(
        &root().join("crates/skin-rules/content/articles.toml"),
        &theme.join("data/skin_analysis/articles.toml"),
    )?;
    // The product check knows the steps and tags from the one vocabulary.
    let vocabulary = theme.join("data/skin_analysis/vocabulary.toml");
    std::fs::write(&vocabulary, vocabulary_toml())
        .map_err(|err| format!("writing {}: {err}", vocabulary.display()))?;
    Ok(theme)
}

/// The routine steps and safety tags of `skin_vocab`, as the Hugo theme's data file.
fn vocabulary_toml() -> String {
    let list = |ids: &[&str]| {
        ids.iter()
            .map(|id| format!("{id:?}"))
            .collect::<Vec<_>>()
            .join(", ")
    };
    format!(
        "# Written by `cargo xtask dist` from crates/skin-vocab: the routine steps and tags a product may name.\n\
         steps = [{}]\ntags = [{}]\n",
        list(&skin_vocab::RoutineStep::ALL.map(skin_vocab::RoutineStep::id)),
        list(&skin_vocab::Tag::ALL.map(skin_vocab::Tag::id)),
    )
}

fn recreate_dir(dir: &Path) -> Result {
    if dir.exists() {
        std::fs::remove_dir_all(dir).map_err(|err| format!("removing {}: {err}", dir.display()))?;
    }
    std::fs::create_dir_all(dir).map_err(|err| format!("creating {}: {err}", dir.display()))
}

fn copy(from: &Path, to: &Path) -> Result {
    if let Some(parent) = to.parent() {
        std::fs::create_dir_all(parent)
            .map_err(|err| format!("creating {}: {err}", parent.display()))?;
    }
    std::fs::copy(from, to)
        .map(|_| ())
        .map_err(|err| format!("copying {} to {}: {err}", from.display(), to.display()))
}

fn copy_dir(from: &Path, to: &Path) -> Result {
    for file in list_files(from)? {
        let relative = file.strip_prefix(from).expect("listed under `from`");
        copy(&file, &to.join(relative))?;
    }
    Ok(())
}

/// Every file under `dir`, recursively, sorted.
fn list_files(dir: &Path) -> Result<Vec<PathBuf>> {
    let mut files = Vec::new();
    let mut pending = vec![dir.to_path_buf()];
    while let Some(current) = pending.pop() {
        let entries = std::fs::read_dir(&current)
            .map_err(|err| format!("reading {}: {err}", current.display()))?;
        for entry in entries {
            let path = entry
                .map_err(|err| format!("reading {}: {err}", current.display()))?
                .path();
            if path.is_dir() {
                pending.push(path);
            } else {
                files.push(path);
            }
        }
    }
    files.sort();
    Ok(files)
}

fn file_name(path: &Path) -> String {
    path.file_name()
        .map(|name| name.to_string_lossy().into_owned())
        .unwrap_or_default()
}

#[cfg(test)]
mod tests {
    use super::vocabulary_toml;

    #[test]
    fn the_hugo_vocabulary_lists_every_step_and_tag_in_order() {
        let text = vocabulary_toml();
        let quoted = |line: &str| -> Vec<String> {
            let list = text
                .lines()
                .find_map(|l| l.strip_prefix(line))
                .unwrap_or_else(|| panic!("no `{line}` line in {text}"));
            list.split('"')
                .skip(1)
                .step_by(2)
                .map(str::to_owned)
                .collect()
        };
        assert_eq!(
            quoted("steps = "),
            skin_vocab::RoutineStep::ALL.map(|s| s.id().to_owned())
        );
        assert_eq!(
            quoted("tags = "),
            skin_vocab::Tag::ALL.map(|t| t.id().to_owned())
        );
    }
}
