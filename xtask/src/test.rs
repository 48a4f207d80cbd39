//! `cargo xtask test`: every check, in the order that fails fastest, stopping at the first failure.

use crate::run::{command, passed_tests, status, tee, Result};
use crate::tools::{self, find_program};
use crate::{dist, e2e};

const WASM: &str = "wasm32-unknown-unknown";

/// One finished stage, for the summary.
struct Stage {
    name: &'static str,
    detail: String,
}

pub fn all() -> Result {
    tools::ensure_test_tools()?;
    let mut done = Vec::new();

    status(command("cargo", &["fmt", "--all", "--check"]))?;
    done.push(Stage { name: "cargo fmt --check", detail: "clean".into() });

    status(command("cargo", &["clippy", "--workspace", "--all-targets", "--", "-D", "warnings"]))?;
    status(command(
        "cargo",
        &["clippy", "-p", "skin-analysis", "-p", "skin-rules", "--all-targets", "--target", WASM, "--", "-D", "warnings"],
    ))?;
    done.push(Stage { name: "cargo clippy -D warnings", detail: format!("host and {WASM}") });

    let native = tee(command("cargo", &["test", "--workspace"]))?;
    done.push(Stage { name: "native tests (cargo test)", detail: format!("{} passed", passed_tests(&native)) });

    for (browser, driver_var, driver) in [("Chromium", "CHROMEDRIVER", "chromedriver"), ("Firefox", "GECKODRIVER", "geckodriver")] {
        let passed = browser_tests(driver_var, driver)?;
        done.push(Stage { name: if browser == "Chromium" { "wasm-bindgen-test, headless Chromium" } else { "wasm-bindgen-test, headless Firefox" }, detail: format!("{passed} passed") });
    }

    let dist = dist::build()?;
    done.push(Stage { name: "release build (trunk build --release)", detail: dist.display().to_string() });

    let journeys = e2e::run()?;
    done.push(Stage { name: "end-to-end (playwright-core, Chromium, axe)", detail: journeys });

    println!("\n== cargo xtask test: summary ==");
    for stage in &done {
        println!("  ok  {:<42} {}", stage.name, stage.detail);
    }
    Ok(())
}

/// Runs the widget's wasm-bindgen-test suites in one headless browser. Only one `*DRIVER` variable may be set per
/// run: the runner prefers geckodriver whenever GECKODRIVER is set.
fn browser_tests(driver_var: &str, driver: &str) -> Result<usize> {
    let driver_path = find_program(driver).ok_or_else(|| format!("{driver} is not on PATH"))?;
    let mut test = command("cargo", &["test", "-p", "skin-analysis", "--target", WASM]);
    for var in ["CHROMEDRIVER", "GECKODRIVER", "SAFARIDRIVER"] {
        test.env_remove(var);
    }
    test.env(driver_var, driver_path);
    let output = tee(test)?;
    let passed = passed_tests(&output);
    if passed == 0 {
        return Err(format!("no wasm-bindgen-test ran with {driver}"));
    }
    Ok(passed)
}
