//! `cargo xtask dist`: the release build.
//!
//! - `dist/app/`: the standalone page (`trunk build --release`: cargo release build, wasm-bindgen, `wasm-opt -Oz`,
//!   content-hashed file names).
//! - `dist/embed/`: what a host page loads, under fixed names so pages and the Hugo shortcode can name them:
//!   `skin-analysis.js` (our loader), `skin-analysis-app.js` + `skin-analysis-app_bg.wasm` (the same wasm-bindgen
//!   output Trunk produced, renamed: the loader passes the wasm URL explicitly, so the glue's own default name does
//!   not matter), `skin-analysis-host.css` (reserves the placeholders' space).
//! - `dist/hugo/skin-analysis/`: the Hugo theme component, `hugo/skin-analysis/` plus the embed files under
//!   `static/skin-analysis/`, and `rules/content/articles.toml` as its data `data/skin_analysis/articles.toml`.
//!
//! Reusing Trunk's output keeps one wasm build and one optimisation pass for both the app and the embed.

use std::path::{Path, PathBuf};

use crate::run::{root, trunk, Result};
use crate::tools;

/// The loader a host page includes; the one name embedders depend on.
pub const LOADER: &str = "skin-analysis.js";
/// The fixed names the wasm-bindgen output gets in `dist/embed` (the loader imports these).
pub const GLUE: &str = "skin-analysis-app.js";
pub const WASM: &str = "skin-analysis-app_bg.wasm";
/// Optional host-page stylesheet reserving the widget's space.
pub const HOST_CSS: &str = "skin-analysis-host.css";

/// Builds `dist/app`, `dist/embed` and `dist/hugo`; returns the `dist/` directory.
pub fn build() -> Result<PathBuf> {
    tools::ensure_build_tools()?;
    trunk(&["build", "--release"])?;
    let dist = root().join("dist");
    let embed = embed(&dist)?;
    let theme = hugo_theme(&dist, &embed)?;
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

/// Assembles `dist/embed` from Trunk's output in `dist/app` and the loader sources in `assets/embed`.
fn embed(dist: &Path) -> Result<PathBuf> {
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
    copy(&glue, &embed.join(GLUE))?;
    // wasm-bindgen puts inline JS of dependencies in `snippets/`, imported relative to the glue.
    let snippets = app.join("snippets");
    if snippets.is_dir() {
        copy_dir(&snippets, &embed.join("snippets"))?;
    }

    let sources = root().join("assets/embed");
    for name in [LOADER, HOST_CSS] {
        copy(&sources.join(name), &embed.join(name))?;
    }
    Ok(embed)
}

/// Assembles the Hugo theme component `dist/hugo/skin-analysis`.
fn hugo_theme(dist: &Path, embed: &Path) -> Result<PathBuf> {
    let theme = dist.join("hugo/skin-analysis");
    recreate_dir(&theme)?;
    copy_dir(&root().join("hugo/skin-analysis"), &theme)?;
    copy_dir(embed, &theme.join("static/skin-analysis"))?;
    // The shortcode recognises the source articles by the content's own list (slugs, original titles).
    copy(
        &root().join("rules/content/articles.toml"),
        &theme.join("data/skin_analysis/articles.toml"),
    )?;
    Ok(theme)
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
