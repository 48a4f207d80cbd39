//! `cargo xtask`: the one entry point for project chores.
//!
//! Every command first installs what it needs and is missing (idempotently, one line per step), so a fresh Debian
//! machine with rustup and node/npm gets from `git clone` to a served widget or a green test run in one command.
//! Nothing is downloaded from outside the package registries (crates.io, npm, PyPI, Debian).

#[cfg(test)]
mod architecture;
mod bench;
mod compress;
mod dist;
mod e2e;
#[cfg(test)]
mod fixed_waits;
mod fuzz;
mod hugo;
mod ids;
mod next;
mod release;
mod run;
mod test;
mod tools;

use std::process::ExitCode;

const USAGE: &str = "\
usage: cargo xtask <command>

commands:
  serve   install what is missing, then serve the widget at http://127.0.0.1:8080 (trunk serve)
  test    install what is missing, then run every check: fmt, clippy (host + wasm32), native tests,
          wasm-bindgen-test in headless Chromium, Firefox and WebKit, release build, end-to-end tests
          (Chromium and WebKit), the tests' next release (`next`)
  dist    release build into dist/ (dist/app, dist/embed, dist/hugo)
  ids     record every question and choice id of the content in crates/skin-rules/content/released.toml
          (ids are forever: a released id keeps its number in readers' saved data; run before a release)
  release dist, then the archives a blog owner installs without Rust: dist/release/skin-analysis-<version>.tar.gz
          and .zip (the Hugo theme component / module with the plain-page files and snippets) and SHA256SUMS;
          refused while released.toml misses an id (`ids`)
  e2e     release (as `release`), then only the end-to-end journeys, Chromium and WebKit (a quick loop while
          working on embedding)
  screenshots
          release and the sites (as `e2e`), then every PNG in docs/screenshots: the standalone app, the pinned
          themes and WebKit (docs/screenshots/README.md says what each shows)
  next    the tests' next release only (as `test` runs it last): the widget built with one question added and
          one choice retired, reading what today's release and 0.1.0 saved (natively and in headless Chromium)
  bench   measure sizes and speeds; prints the table recorded in BENCHMARKS.md
  fuzz    run every proptest fuzz target with 1,000,000 cases and a fresh seed; prints the table recorded in
          BENCHMARKS.md (`test` runs a fixed-seed 20,000 cases a target). `fuzz [cases] [target ...]`: that
          many cases, only the named targets (as in BENCHMARKS.md's table, e.g. `fuzz catalog`)
  help    show this text";

fn main() -> ExitCode {
    let args: Vec<String> = std::env::args().skip(1).collect();
    let result = match args.first().map(String::as_str) {
        // A separate output directory: a dev build must never replace the release build in dist/app.
        Some("serve") => tools::ensure_build_tools()
            .and_then(|()| dist::facade())
            .and_then(|_| run::trunk(&["serve", "--dist", "target/trunk-serve"])),
        Some("test") => test::all(),
        Some("dist") => dist::build().map(|_| ()),
        Some("release") => ids::check().and_then(|()| release::run()).map(|_| ()),
        Some("ids") => ids::write(),
        Some("e2e") => release::run()
            .and_then(|archives| e2e::build_sites(&archives[0]))
            .and_then(|sites| {
                let journeys = e2e::run(&sites)?;
                let webkit = e2e::run_webkit(&sites)?;
                println!("end-to-end: {journeys} passed in Chromium, {webkit} in WebKit");
                Ok(())
            }),
        Some("screenshots") => tools::ensure_screenshot_tools()
            .and_then(|()| release::run())
            .and_then(|archives| e2e::build_sites(&archives[0]))
            .and_then(|sites| e2e::screenshots(&sites)),
        Some("next") => tools::ensure_test_tools()
            .and_then(|()| next::test())
            .map(|passed| {
                println!("the next release: {passed} tests passed");
            }),
        Some("bench") => bench::run(),
        Some("fuzz") => fuzz::run(&args[1..]),
        Some("help" | "--help" | "-h") => {
            println!("{USAGE}");
            Ok(())
        }
        Some(other) => return usage_error(&format!("unknown command `{other}`")),
        None => return usage_error("no command given"),
    };
    match result {
        Ok(()) => ExitCode::SUCCESS,
        Err(message) => {
            eprintln!("xtask: error: {message}");
            ExitCode::FAILURE
        }
    }
}

/// A mistake in how xtask was called: exit code 2, like other command-line tools.
fn usage_error(message: &str) -> ExitCode {
    eprintln!("xtask: error: {message}\n\n{USAGE}");
    ExitCode::from(2)
}
