//! `cargo xtask dist`: the release build.
//!
//! - `dist/app/`: the standalone page (`trunk build --release`: cargo release build, wasm-bindgen, `wasm-opt -Oz`,
//!   content-hashed file names).
//! - `dist/embed/`: what a host page loads. `skin-analysis.js` (our loader, the one name a page knows) and
//!   `skin-analysis-boot.js` (what it imports to start the quiz), both minified with esbuild;
//!   `skin-analysis-app.js` + `skin-analysis-app_bg.wasm` (the wasm-bindgen output Trunk produced, the glue minified
//!   too: the loader passes the wasm explicitly, so the glue's own default name does not matter);
//!   `skin-analysis-intro.css` (what the intro rendered into the page links); `skin-analysis-print.css` (what the
//!   results link for print); `skin-analysis-host.css` (reserves
//!   an empty placeholder's space); `skin-analysis-text-<lang>.txt` (each language's text, fetched by the quiz
//!   when it shows that language; Trunk's hook puts them, and the product checker's ingredients file, into
//!   `dist/app` too); and the snippets for plain pages,
//!   `skin-analysis-en.html` and `skin-analysis-ko.html` (the placeholder with its intro rendered in), which are
//!   not published. Every file but the loader, the host stylesheet and the snippets is published under a
//!   versioned name (see [`Embed`]); the loader also has a versioned copy.
//! - `dist/hugo/skin-analysis/`: the Hugo theme component (see [`hugo_theme`]).
//!
//! The intros come from the native `facade` bin (`src/bin/facade.rs`): the widget's own components rendered by
//! Yew's server renderer, so the intro a page shows at first paint is the one the quiz then renders.
//!
//! Reusing Trunk's output keeps one wasm build and one optimisation pass for both the app and the embed.

use std::path::{Path, PathBuf};

use skin_vocab::Lang;

use crate::run::{command, root, status, target_dir, trunk, Result};
use crate::tools;

/// The loader a host page includes; the one name embedders depend on.
pub const LOADER: &str = "skin-analysis.js";
/// The source names of the wasm-bindgen output (the loader imports these; `dist/embed` versions them).
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

/// The source name of `lang`'s text file, `skin-analysis-text-<lang>.txt`.
pub fn text(lang: Lang) -> String {
    format!("{TEXT}{}.txt", lang.tag())
}
/// The print stylesheet the results link with `media="print"`: published as `skin-analysis-print.<fingerprint>.css`,
/// the name the wasm has compiled in (`build.rs` names it, the facade bin writes it).
pub const PRINT_CSS: &str = "skin-analysis-print.css";
/// The product checker's ingredients file: this plus its fingerprint and `.txt` (`skin_rules::ingredients::file_name`).
pub const INGREDIENTS: &str = "skin-analysis-ingredients.";
/// The product checker's own wasm module (`crates/skin-checker`): published as `skin-analysis-checker.<hash>.wasm`,
/// the name the widget's wasm has compiled in (`SKIN_ANALYSIS_CHECKER`, see [`checker_module`]).
pub const CHECKER: &str = "skin-analysis-checker.wasm";

/// `dist/embed` and the name each of its files is published under.
pub struct Embed {
    pub dir: PathBuf,
    /// (source name, published name): every file the loader fetches and the intro's stylesheet carry their content's
    /// hash in the published name (`skin-analysis-boot.js` as `skin-analysis-boot.1a2b3c4d.js`, see [`versioned`]),
    /// the text files their text's fingerprint (`skin_rules::text::file_name`).
    published: Vec<(String, String)>,
}

impl Embed {
    /// The published name of a source name (itself for the loader and the host stylesheet).
    pub fn name<'a>(&'a self, source: &'a str) -> &'a str {
        self.published
            .iter()
            .find(|(name, _)| *name == source)
            .map_or(source, |(_, published)| published)
    }

    pub fn path(&self, source: &str) -> PathBuf {
        self.dir.join(self.name(source))
    }
}

/// Builds `dist/app`, `dist/embed` and `dist/hugo`.
pub fn build() -> Result<Embed> {
    tools::ensure_build_tools()?;
    // First: Trunk's build copies the text files from there into dist/app (Trunk.toml's hook).
    let facade = facade()?;
    trunk(&["build", "--release"])?;
    let dist = root().join("dist");
    let embed = embed(&dist, &facade)?;
    let theme = hugo_theme(&dist, &embed, &facade)?;
    println!("\n== dist ==");
    for dir in [&embed.dir, &theme] {
        for file in list_files(dir)? {
            let size = std::fs::metadata(&file).map(|meta| meta.len()).unwrap_or(0);
            println!(
                "  {:>9} B  {}",
                size,
                file.strip_prefix(root()).unwrap_or(&file).display()
            );
        }
    }
    Ok(embed)
}

/// Where the facade bin writes: the intros, their stylesheet and the text files, and where [`checker_module`] puts
/// the checker's module (`SKIN_ANALYSIS_TEXT_DIR` for Trunk.toml's hook).
pub fn facade_dir() -> PathBuf {
    target_dir().join("facade")
}

/// Runs the facade bin (`src/bin/facade.rs`) into a fresh [`facade_dir`] (a text file of an earlier build, under its
/// own fingerprint, must not be published beside this one), and builds the checker's module there
/// ([`checker_module`]).
pub fn facade() -> Result<PathBuf> {
    let facade = facade_dir();
    recreate_dir(&facade)?;
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
    checker_module(&facade)?;
    Ok(facade)
}

/// Builds the product checker's own wasm module (`crates/skin-checker`: cargo release build, `wasm-opt -Oz` from
/// node_modules, as Trunk optimises the widget's) into `dir`, named by its content's hash (see [`versioned`]); the
/// widget's build reads that name from `SKIN_ANALYSIS_CHECKER` ([`checker_name`], `run::trunk`).
fn checker_module(dir: &Path) -> Result {
    status(command(
        "cargo",
        &[
            "build",
            "--quiet",
            "--release",
            "--target",
            "wasm32-unknown-unknown",
            "-p",
            "skin-checker",
        ],
    ))?;
    let built = target_dir().join("wasm32-unknown-unknown/release/skin_checker.wasm");
    let optimised = target_dir().join("skin-checker.opt.wasm");
    let mut optimise = command(
        &root().join("node_modules/.bin/wasm-opt").to_string_lossy(),
        &["-Oz", "--strip-debug", "--strip-producers", "-o"],
    );
    optimise.arg(&optimised).arg(&built);
    status(optimise)?;
    let bytes = read(&optimised)?;
    write(&dir.join(versioned(CHECKER, &bytes)), &bytes)
}

/// The published name of the checker's module [`facade`] built.
pub fn checker_name() -> Result<String> {
    let (stem, extension) = split_name(CHECKER);
    list_files(&facade_dir())?
        .into_iter()
        .map(|path| file_name(&path))
        .find(|name| {
            name.starts_with(&format!("{stem}.")) && name.ends_with(&format!(".{extension}"))
        })
        .ok_or_else(|| {
            format!("no {stem}.*.{extension} in the facade's directory: run dist::facade first")
        })
}

/// Assembles `dist/embed` from Trunk's output in `dist/app`, the loader sources in `assets/embed` and the facade
/// bin's output in `facade`. Each file is published under a name that says which build it belongs to, and each file
/// that names others (the loader, the boot script, the snippets) is rewritten to name exactly this build's, so a
/// page never mixes two builds: a cached old loader asks for the old files, or fails to find them, and says so.
fn embed(dist: &Path, facade: &Path) -> Result<Embed> {
    let app = dist.join("app");
    let dir = dist.join("embed");
    recreate_dir(&dir)?;
    let mut embed = Embed {
        dir,
        published: Vec::new(),
    };

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
    // wasm-bindgen puts inline JS of dependencies in `snippets/`, imported relative to the glue.
    if app.join("snippets").is_dir() {
        return Err(
            "the glue imports wasm-bindgen snippets, which dist/embed does not version".into(),
        );
    }
    publish(&mut embed, WASM, read(&wasm)?)?;
    publish(&mut embed, GLUE, minify(GLUE, &read(&glue)?)?)?;
    publish(&mut embed, INTRO_CSS, read(&facade.join(INTRO_CSS))?)?;
    for lang in Lang::ALL {
        // Named by the text's fingerprint, which the wasm has compiled in (`skin_rules::text::file_name`).
        let prefix = format!("{TEXT}{}.", lang.tag());
        let text = list_files(facade)?
            .into_iter()
            .find(|path| file_name(path).starts_with(&prefix))
            .ok_or_else(|| format!("the facade bin wrote no {prefix}*.txt"))?;
        copy(&text, &embed.dir.join(file_name(&text)))?;
        embed.published.push((self::text(lang), file_name(&text)));
    }

    // Named by its fingerprint, which the wasm has compiled in (`text_files::PRINT_CSS_FILE`).
    let (stem, extension) = split_name(PRINT_CSS);
    let print = list_files(facade)?
        .into_iter()
        .find(|path| {
            let name = file_name(path);
            name.starts_with(&format!("{stem}.")) && name.ends_with(&format!(".{extension}"))
        })
        .ok_or_else(|| format!("the facade bin wrote no {stem}.*.{extension}"))?;
    copy(&print, &embed.dir.join(file_name(&print)))?;
    embed.published.push((PRINT_CSS.into(), file_name(&print)));

    // Named by its fingerprint, which the wasm has compiled in (`skin_rules::ingredients::file_name`).
    let ingredients = list_files(facade)?
        .into_iter()
        .find(|path| file_name(path).starts_with(INGREDIENTS))
        .ok_or_else(|| format!("the facade bin wrote no {INGREDIENTS}*.txt"))?;
    copy(&ingredients, &embed.dir.join(file_name(&ingredients)))?;

    // Named by its content's hash, which the wasm has compiled in (`checker::MODULE_FILE`).
    let checker = checker_name()?;
    copy(&facade.join(&checker), &embed.dir.join(&checker))?;
    embed.published.push((CHECKER.into(), checker));

    let sources = root().join("assets/embed");
    copy(&sources.join(HOST_CSS), &embed.dir.join(HOST_CSS))?;
    // The sources in assets/embed stay commented, and name the files by their source names.
    let boot = boot_languages(&embed, facade, &read(&sources.join(BOOT))?)?;
    publish(&mut embed, BOOT, minify(BOOT, &boot)?)?;
    let loader = rename(
        &embed,
        LOADER,
        &minify(LOADER, &read(&sources.join(LOADER))?)?,
        &[GLUE, WASM, BOOT],
    )?;
    // The one name a plain page knows, plus a copy named by its content, for pages (and caches) that pin a build.
    write(&embed.dir.join(LOADER), &loader)?;
    publish(&mut embed, LOADER, loader)?;
    for lang in Lang::ALL {
        let name = format!("skin-analysis-{}.html", lang.tag());
        let snippet = rename(
            &embed,
            &name,
            &read(&facade.join(&name))?,
            &[INTRO_CSS, LOADER],
        )?;
        write(&embed.dir.join(name), &snippet)?;
    }
    Ok(embed)
}

/// The boot script's source with its one `const LANGUAGES = …;` line written from [`Lang::ALL`]: each language's
/// published text file and its load-failure message (`load_failed` in strings.toml, which the facade bin writes out
/// as `load-failed-<lang>.txt`). The line must be there exactly once.
fn boot_languages(embed: &Embed, facade: &Path, source: &[u8]) -> Result<Vec<u8>> {
    let source = String::from_utf8(source.to_vec()).map_err(|_| format!("{BOOT} is not UTF-8"))?;
    let mut entries = Vec::new();
    for lang in Lang::ALL {
        let message = read(&facade.join(format!("load-failed-{}.txt", lang.tag())))?;
        let message = String::from_utf8(message).map_err(|_| "a load-failed text is not UTF-8")?;
        // Rust's string escapes (`\"`, `\\`, `\n`, `\u{…}`) are JavaScript's too.
        entries.push(format!(
            "{}: {{ text: {:?}, loadFailed: {message:?} }}",
            lang.tag(),
            embed.name(&text(lang))
        ));
    }
    let line = format!("const LANGUAGES = {{ {} }};", entries.join(", "));
    let starts: Vec<usize> = source
        .match_indices("const LANGUAGES = ")
        .map(|(at, _)| at)
        .collect();
    let [start] = starts[..] else {
        return Err(format!(
            "{BOOT} has {} `const LANGUAGES = ` lines, not one",
            starts.len()
        ));
    };
    let end = start
        + source[start..]
            .find('\n')
            .ok_or(format!("{BOOT} ends in its LANGUAGES line"))?;
    Ok(format!("{}{line}{}", &source[..start], &source[end..]).into_bytes())
}

/// `name` with the first 8 hex digits of the SHA-256 of `bytes` before its extension: `skin-analysis-boot.js` →
/// `skin-analysis-boot.1a2b3c4d.js`.
pub fn versioned(name: &str, bytes: &[u8]) -> String {
    let (stem, extension) = split_name(name);
    format!("{stem}.{}.{extension}", &sha256_hex(bytes)[..8])
}

/// A file name's stem and extension, split at its first dot (`skin-analysis-app_bg.wasm`).
pub fn split_name(name: &str) -> (&str, &str) {
    name.split_once('.').unwrap_or((name, ""))
}

pub fn sha256_hex(bytes: &[u8]) -> String {
    use sha2::Digest;
    sha2::Sha256::digest(bytes)
        .iter()
        .map(|byte| format!("{byte:02x}"))
        .collect()
}

/// Writes `bytes` into `embed` under their [`versioned`] name and records it.
fn publish(embed: &mut Embed, source: &str, bytes: Vec<u8>) -> Result {
    let name = versioned(source, &bytes);
    write(&embed.dir.join(&name), &bytes)?;
    embed.published.push((source.to_owned(), name));
    Ok(())
}

/// `file`'s bytes with each of `names` replaced by its published name. Each must occur exactly once (as a whole
/// name, not inside a longer one): a source that stopped naming a file, or names it twice, fails the build instead of
/// shipping a loader that fetches a name no build publishes.
fn rename(embed: &Embed, file: &str, bytes: &[u8], names: &[&str]) -> Result<Vec<u8>> {
    let mut text = String::from_utf8(bytes.to_vec()).map_err(|_| format!("{file} is not UTF-8"))?;
    for name in names {
        let found = text.match_indices(name).filter(|(at, _)| {
            let before = text[..*at].chars().next_back();
            !before.is_some_and(|c| c.is_ascii_alphanumeric() || c == '-' || c == '_')
        });
        let at: Vec<usize> = found.map(|(at, _)| at).collect();
        let [at] = at[..] else {
            return Err(format!("{file} names {name} {} times, not once", at.len()));
        };
        text.replace_range(at..at + name.len(), embed.name(name));
    }
    Ok(text.into_bytes())
}

pub fn read(path: &Path) -> Result<Vec<u8>> {
    std::fs::read(path).map_err(|err| format!("reading {}: {err}", path.display()))
}

fn write(path: &Path, bytes: &[u8]) -> Result {
    if let Some(parent) = path.parent() {
        std::fs::create_dir_all(parent)
            .map_err(|err| format!("creating {}: {err}", parent.display()))?;
    }
    std::fs::write(path, bytes).map_err(|err| format!("writing {}: {err}", path.display()))
}

/// An ES module (`source`, named `name` in errors) minified with esbuild (npm, pinned in package.json), its exports'
/// names kept: the loader is most of what a reader who never reaches the quiz downloads, the glue a sixth of what a
/// quiz-taker does.
fn minify(name: &str, source: &[u8]) -> Result<Vec<u8>> {
    use std::io::Write;
    let mut esbuild = command(
        &root().join("node_modules/.bin/esbuild").to_string_lossy(),
        &["--minify", "--format=esm", "--log-level=warning"],
    );
    let mut child = esbuild
        .stdin(std::process::Stdio::piped())
        .stdout(std::process::Stdio::piped())
        .stderr(std::process::Stdio::piped())
        .spawn()
        .map_err(|err| format!("could not start esbuild: {err}"))?;
    child
        .stdin
        .take()
        .expect("piped")
        .write_all(source)
        .map_err(|err| format!("writing {name} to esbuild: {err}"))?;
    let output = child
        .wait_with_output()
        .map_err(|err| format!("esbuild on {name}: {err}"))?;
    if !output.status.success() {
        return Err(format!(
            "esbuild failed on {name}: {}",
            String::from_utf8_lossy(&output.stderr)
        ));
    }
    Ok(output.stdout)
}

/// Assembles the Hugo theme component `dist/hugo/skin-analysis`: `hugo/skin-analysis`, the loader and the intro's
/// stylesheet under `assets/skin-analysis/` (the shortcode publishes them through Hugo Pipes, fingerprinted, with
/// `integrity`), every file of `dist/embed` but the snippets under `static/skin-analysis/` (what the loader
/// fetches, and the plain-page files), the rendered intros as partials and the content's article list as data.
fn hugo_theme(dist: &Path, embed: &Embed, facade: &Path) -> Result<PathBuf> {
    let theme = dist.join("hugo/skin-analysis");
    recreate_dir(&theme)?;
    copy_dir(&root().join("hugo/skin-analysis"), &theme)?;
    for source in [LOADER, INTRO_CSS] {
        copy(
            &embed.path(source),
            &theme.join("assets/skin-analysis").join(source),
        )?;
    }
    for file in list_files(&embed.dir)? {
        // The plain-page snippets are for people, not for the site.
        if !file_name(&file).ends_with(".html") {
            copy(
                &file,
                &theme.join("static/skin-analysis").join(file_name(&file)),
            )?;
        }
    }
    for lang in Lang::ALL {
        for part in ["intro", "noscript"] {
            let name = format!("{part}-{}.html", lang.tag());
            copy(
                &facade.join(&name),
                &theme.join("layouts/partials/skin-analysis").join(name),
            )?;
        }
    }
    // The shortcode recognises the source articles by the content's own list (slugs, original titles).
    copy(
        &root().join("crates/skin-rules/content/articles.toml"),
        &theme.join("data/skin_analysis/articles.toml"),
    )?;
    // The product check knows the steps and tags from the one vocabulary, the shortcode its parameters' values and
    // the languages from the widget's own lists.
    let data = theme.join("data/skin_analysis");
    write(&data.join("vocabulary.toml"), vocabulary_toml().as_bytes())?;
    copy(&facade.join("shortcode.toml"), &data.join("shortcode.toml"))?;
    // The version twice: the shortcode refuses a component whose quiz files are another version's (or missing).
    let version = crate::release::version()?;
    write(
        &data.join("version.toml"),
        format!("# Written by `cargo xtask dist`: the version of the files in static/skin-analysis/ beside it.\nversion = {version:?}\n").as_bytes(),
    )?;
    write(
        &theme.join("static/skin-analysis").join(VERSION),
        version.as_bytes(),
    )?;
    Ok(theme)
}

/// The file in `static/skin-analysis/` holding the release's version, as `data/skin_analysis/version.toml` does.
pub const VERSION: &str = "skin-analysis-version.txt";

/// The languages, routine steps and safety tags of `skin_vocab`, as the Hugo theme's data file, with the words for a
/// step that are not its id (`step_words`: "serum" is the essence step).
fn vocabulary_toml() -> String {
    let list = |ids: &[&str]| {
        ids.iter()
            .map(|id| format!("{id:?}"))
            .collect::<Vec<_>>()
            .join(", ")
    };
    let mut toml = format!(
        "# Written by `cargo xtask dist` from crates/skin-vocab: the quiz's languages (the default first), the routine\n\
         # steps and tags a product may name.\n\
         languages = [{}]\nsteps = [{}]\ntags = [{}]\n\n[step_words]\n",
        list(&Lang::ALL.map(Lang::tag)),
        list(&skin_vocab::RoutineStep::ALL.map(skin_vocab::RoutineStep::id)),
        list(&skin_vocab::Tag::ALL.map(skin_vocab::Tag::id)),
    );
    for step in skin_vocab::RoutineStep::ALL {
        for word in step.also_called() {
            toml.push_str(&format!("{word} = {:?}\n", step.id()));
        }
    }
    toml
}

pub fn recreate_dir(dir: &Path) -> Result {
    if dir.exists() {
        std::fs::remove_dir_all(dir).map_err(|err| format!("removing {}: {err}", dir.display()))?;
    }
    std::fs::create_dir_all(dir).map_err(|err| format!("creating {}: {err}", dir.display()))
}

pub fn copy(from: &Path, to: &Path) -> Result {
    if let Some(parent) = to.parent() {
        std::fs::create_dir_all(parent)
            .map_err(|err| format!("creating {}: {err}", parent.display()))?;
    }
    std::fs::copy(from, to)
        .map(|_| ())
        .map_err(|err| format!("copying {} to {}: {err}", from.display(), to.display()))
}

pub fn copy_dir(from: &Path, to: &Path) -> Result {
    for file in list_files(from)? {
        let relative = file.strip_prefix(from).expect("listed under `from`");
        copy(&file, &to.join(relative))?;
    }
    Ok(())
}

/// Every file under `dir`, recursively, sorted.
pub fn list_files(dir: &Path) -> Result<Vec<PathBuf>> {
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

pub fn file_name(path: &Path) -> String {
    path.file_name()
        .map(|name| name.to_string_lossy().into_owned())
        .unwrap_or_default()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_boot_script_gets_each_languages_text_file_and_load_failed_message() {
        let facade = target_dir().join("xtask-test-boot-languages");
        recreate_dir(&facade).unwrap();
        let mut embed = Embed {
            dir: facade.clone(),
            published: Vec::new(),
        };
        for lang in Lang::ALL {
            let message = format!("\"{}\" failed\n", lang.name());
            write(
                &facade.join(format!("load-failed-{}.txt", lang.tag())),
                message.as_bytes(),
            )
            .unwrap();
            embed
                .published
                .push((text(lang), format!("published-{}.txt", lang.tag())));
        }
        let source = read(&root().join("assets/embed").join(BOOT)).unwrap();
        let boot = String::from_utf8(boot_languages(&embed, &facade, &source).unwrap()).unwrap();
        for lang in Lang::ALL {
            let tag = lang.tag();
            let entry = format!(
                r#"{tag}: {{ text: "published-{tag}.txt", loadFailed: "\"{}\" failed\n" }}"#,
                lang.name()
            );
            assert!(boot.contains(&entry), "no {entry} in {boot}");
        }
        assert_eq!(boot.matches("const LANGUAGES = ").count(), 1);
        assert!(boot_languages(&embed, &facade, b"const TEXTS = {};\n").is_err());
    }

    #[test]
    fn the_hugo_vocabulary_lists_every_language_step_and_tag_in_order() {
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
            quoted("languages = "),
            skin_vocab::Lang::ALL.map(|l| l.tag().to_owned())
        );
        assert_eq!(
            quoted("steps = "),
            skin_vocab::RoutineStep::ALL.map(|s| s.id().to_owned())
        );
        assert_eq!(
            quoted("tags = "),
            skin_vocab::Tag::ALL.map(|t| t.id().to_owned())
        );
        assert!(text.contains("\nserum = \"essence\"\n"), "{text}");
        let words = text.split("[step_words]\n").nth(1).unwrap_or_default();
        let count: usize = skin_vocab::RoutineStep::ALL
            .map(|step| step.also_called().len())
            .iter()
            .sum();
        assert_eq!(words.lines().count(), count, "{words}");
    }
}
