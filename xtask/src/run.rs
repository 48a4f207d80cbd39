//! Running commands: from the repository root, with the project's tools first on PATH, echoing what runs.

use std::ffi::OsString;
use std::io::{BufRead, BufReader};
use std::path::{Path, PathBuf};
use std::process::{Command, Stdio};

pub type Result<T = ()> = std::result::Result<T, String>;

/// The repository root (the parent of `xtask/`).
pub fn root() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR"))
        .parent()
        .expect("xtask lives in the repository root")
        .to_path_buf()
}

/// PATH with npm's local binaries (wasm-opt) and cargo's install directory in front, so Trunk and the test runner
/// find exactly the versions we installed rather than whatever else is on the machine.
pub fn path_env() -> OsString {
    let mut dirs = vec![root().join("node_modules/.bin"), cargo_bin_dir()];
    if let Some(path) = std::env::var_os("PATH") {
        dirs.extend(std::env::split_paths(&path));
    }
    std::env::join_paths(dirs).expect("PATH entries contain no separator")
}

/// Where cargo writes build output: `CARGO_TARGET_DIR` if set (relative to the root, where commands run), else
/// `target/`.
pub fn target_dir() -> PathBuf {
    std::env::var_os("CARGO_TARGET_DIR")
        .map_or_else(|| root().join("target"), |dir| root().join(dir))
}

pub fn cargo_bin_dir() -> PathBuf {
    let cargo_home = std::env::var_os("CARGO_HOME")
        .map(PathBuf::from)
        .or_else(|| std::env::var_os("HOME").map(|home| PathBuf::from(home).join(".cargo")))
        .unwrap_or_else(|| PathBuf::from(".cargo"));
    cargo_home.join("bin")
}

/// A command run from the repository root with our PATH.
pub fn command(program: &str, args: &[&str]) -> Command {
    let mut command = Command::new(program);
    command
        .args(args)
        .current_dir(root())
        .env("PATH", path_env());
    command
}

fn describe(command: &Command) -> String {
    let mut text = command.get_program().to_string_lossy().into_owned();
    for arg in command.get_args() {
        text.push(' ');
        text.push_str(&arg.to_string_lossy());
    }
    text
}

/// Runs to completion with inherited output; a non-zero exit is an error naming the command.
pub fn status(mut command: Command) -> Result {
    let shown = describe(&command);
    println!("$ {shown}");
    let status = command
        .status()
        .map_err(|err| format!("could not start `{shown}`: {err}"))?;
    if status.success() {
        Ok(())
    } else {
        Err(format!("`{shown}` failed ({status})"))
    }
}

/// Like [`status`], but also returns stdout (still echoed line by line as it arrives) so callers can read results.
pub fn tee(mut command: Command) -> Result<String> {
    let shown = describe(&command);
    println!("$ {shown}");
    let mut child = command
        .stdout(Stdio::piped())
        .spawn()
        .map_err(|err| format!("could not start `{shown}`: {err}"))?;
    let mut captured = String::new();
    for line in BufReader::new(child.stdout.take().expect("stdout is piped")).lines() {
        let line = line.map_err(|err| format!("reading output of `{shown}`: {err}"))?;
        println!("{line}");
        captured.push_str(&line);
        captured.push('\n');
    }
    let status = child
        .wait()
        .map_err(|err| format!("waiting for `{shown}`: {err}"))?;
    if status.success() {
        Ok(captured)
    } else {
        Err(format!("`{shown}` failed ({status})"))
    }
}

/// Stdout of a quick query (a tool's `--version`), or `None` when the program is missing or fails.
pub fn query(program: &str, args: &[&str]) -> Option<String> {
    let output = command(program, args).stderr(Stdio::null()).output().ok()?;
    output
        .status
        .success()
        .then(|| String::from_utf8_lossy(&output.stdout).trim().to_owned())
}

/// `trunk <args>` offline, with the tools xtask installed; `serve`/`build` read Trunk.toml.
pub fn trunk(args: &[&str]) -> Result {
    let mut trunk = command("trunk", args);
    // Trunk would otherwise ask crates.io for a newer version of itself on every run.
    trunk.env("TRUNK_SKIP_VERSION_CHECK", "true");
    // Trunk.toml's hook copies the text files from there (run `dist::facade` first).
    trunk.env("SKIN_ANALYSIS_TEXT_DIR", crate::dist::facade_dir());
    // The checker's module the facade step built: its name is compiled into the widget (`checker::MODULE_FILE`).
    trunk.env("SKIN_ANALYSIS_CHECKER", crate::dist::checker_name()?);
    status(trunk)
}

/// Sums the `N passed` counts of every `test result:` line cargo's test harness printed.
pub fn passed_tests(output: &str) -> usize {
    output
        .lines()
        .filter_map(|line| line.trim().strip_prefix("test result: ok. "))
        .filter_map(|rest| rest.split(" passed").next()?.parse::<usize>().ok())
        .sum()
}

#[cfg(test)]
mod tests {
    use super::passed_tests;

    #[test]
    fn sums_every_cargo_test_result_line() {
        let cargo = "\
running 2 tests
test a ... ok
test b ... ok

test result: ok. 2 passed; 0 failed; 0 ignored; 0 measured; 0 filtered out; finished in 0.00s

     Running tests/state.rs (target/debug/deps/state-0123)

running 41 tests
test result: ok. 41 passed; 0 failed; 0 ignored; 0 measured; 0 filtered out; finished in 0.31s

   Doc-tests skin_rules

running 0 tests

test result: ok. 0 passed; 0 failed; 0 ignored; 0 measured; 0 filtered out; finished in 0.00s
";
        assert_eq!(passed_tests(cargo), 43);
    }

    #[test]
    fn reads_wasm_bindgen_test_runner_output() {
        let wasm = "\
Running headless tests in Chrome on `http://127.0.0.1:41235/`
running 12 tests
test web_quiz::answers_and_results ... ok
test result: ok. 12 passed; 0 failed; 0 ignored; 0 filtered out; finished in 2.41s
";
        assert_eq!(passed_tests(wasm), 12);
    }

    #[test]
    fn counts_nothing_from_a_failed_run_or_other_lines() {
        let failed =
            "test result: FAILED. 3 passed; 1 failed; 0 ignored\ntest a_test_result_line ... ok\n";
        assert_eq!(passed_tests(failed), 0);
    }
}
