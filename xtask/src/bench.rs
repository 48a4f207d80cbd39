//! `cargo xtask bench`: the size and speed numbers BENCHMARKS.md records.
//!
//! Sizes are exact (bytes of the release build, raw and gzip -9). Speeds are wall-clock on this machine and only
//! reported, never asserted: tests enforce size budgets, not timings.

use crate::dist;
use crate::run::{command, gzip_size, status, Result};

pub fn run() -> Result {
    let embed = dist::build()?.join("embed");
    println!("\n== what a page downloads (dist/embed, release) ==");
    println!("  {:<28} {:>10} {:>10}", "file", "raw bytes", "gzip -9");
    let (mut raw_total, mut gzip_total) = (0, 0);
    for name in [dist::LOADER, dist::GLUE, dist::WASM, dist::HOST_CSS] {
        let path = embed.join(name);
        let raw = std::fs::metadata(&path)
            .map_err(|err| format!("{}: {err}", path.display()))?
            .len() as usize;
        let gzip = gzip_size(&path)?;
        println!("  {name:<28} {raw:>10} {gzip:>10}");
        raw_total += raw;
        gzip_total += gzip;
    }
    println!("  {:<28} {raw_total:>10} {gzip_total:>10}", "total");

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
