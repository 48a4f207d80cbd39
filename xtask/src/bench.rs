//! `cargo xtask bench`: the size and speed numbers BENCHMARKS.md records.
//!
//! Sizes are exact (bytes of the release build, raw and gzip -9). Speeds are wall-clock on this machine and only
//! reported, never asserted: tests enforce size budgets, not timings.

use std::path::Path;
use std::process::Command;

use crate::dist;
use crate::run::{command, status, Result};

pub fn run() -> Result {
    let dist = dist::build()?;
    println!(
        "\n== sizes (release build, {}) ==",
        dist.join("app").display()
    );
    println!("  {:<40} {:>10} {:>10}", "file", "raw bytes", "gzip -9");
    let mut files: Vec<_> = std::fs::read_dir(dist.join("app"))
        .map_err(|err| format!("reading {}: {err}", dist.join("app").display()))?
        .filter_map(|entry| entry.ok().map(|entry| entry.path()))
        .filter(|path| {
            matches!(
                path.extension().and_then(|ext| ext.to_str()),
                Some("wasm" | "js" | "css")
            )
        })
        .collect();
    files.sort();
    for file in &files {
        let raw = std::fs::metadata(file)
            .map_err(|err| format!("{}: {err}", file.display()))?
            .len();
        println!(
            "  {:<40} {:>10} {:>10}",
            file_name(file),
            raw,
            gzip_size(file)?
        );
    }

    println!("\n== rules engine (native, release) ==");
    status(command(
        "cargo",
        &[
            "run",
            "--quiet",
            "--release",
            "-p",
            "skin-rules",
            "--example",
            "evaluate_speed",
        ],
    ))
}

fn file_name(path: &Path) -> String {
    path.file_name()
        .map(|name| name.to_string_lossy().into_owned())
        .unwrap_or_default()
}

/// Bytes of `gzip -9` output, which is what a web server with compression sends.
fn gzip_size(path: &Path) -> Result<usize> {
    let output = Command::new("gzip")
        .args(["-9", "-c"])
        .arg(path)
        .output()
        .map_err(|err| format!("could not run gzip: {err}"))?;
    if !output.status.success() {
        return Err(format!("gzip failed on {}", path.display()));
    }
    Ok(output.stdout.len())
}
