//! `cargo xtask release`: what a blog owner installs, without Rust.
//!
//! `dist/release/skin-analysis-<version>.tar.gz` and `.zip` hold one folder, `skin-analysis/`: the Hugo theme
//! component of `dist/hugo` (unpack it into a site's `themes/`, or import it as a Hugo Module: it has a `go.mod` and
//! its module configuration), with every served file precompressed beside it (`.gz`, `.br`, including the names
//! Hugo Pipes publishes the loader and the intro's stylesheet under), the plain-page snippets in `snippets/` (the
//! plain-page files are `static/skin-analysis/`), `LICENSE`, `CHANGELOG.md` and `SHA256SUMS` of its files.
//! `dist/release/SHA256SUMS` lists the two archives.
//!
//! The version is `Cargo.toml`'s, with `-dirty` when the work tree has uncommitted changes (`git status
//! --porcelain`); a clean version must have its `CHANGELOG.md` entry. The archives are reproducible: entries in
//! name order, every time stamp the last commit's, no owner, fixed modes, so two builds of one commit are the same
//! bytes (`cargo xtask test` packs one build twice and compares; BENCHMARKS.md says how the whole build was checked).

use std::io::Write;
use std::path::{Path, PathBuf};

use skin_vocab::calendar;

use crate::compress;
use crate::dist::{self, Embed};
use crate::run::{query, root, target_dir, Result};

/// The folder the archives hold, and the name a site's `theme` list gives the component.
const FOLDER: &str = "skin-analysis";

/// Builds the release; returns the archives' paths.
pub fn run() -> Result<Vec<PathBuf>> {
    let embed = dist::build()?;
    let version = version()?;
    let archives = package(&embed, &version, &root().join("dist/release"))?;
    println!("\n== release {version} ==");
    for archive in &archives {
        println!("  {}", archive.display());
    }
    Ok(archives)
}

/// Stages the release folder from `dist/` and writes both archives and their `SHA256SUMS` into `out`.
pub fn package(embed: &Embed, version: &str, out: &Path) -> Result<Vec<PathBuf>> {
    let stage = target_dir().join("release").join(FOLDER);
    stage_folder(embed, version, &stage)?;
    let files = dist::list_files(&stage)?;
    let mtime = commit_time()?;
    dist::recreate_dir(out)?;
    let name = format!("skin-analysis-{version}");
    let tar_gz = out.join(format!("{name}.tar.gz"));
    let zip = out.join(format!("{name}.zip"));
    write_file(&tar_gz, &compress::gzip(&tar(&stage, &files, mtime)?)?)?;
    write_file(&zip, &zip_archive(&stage, &files, mtime)?)?;
    let archives = vec![tar_gz, zip];
    write_file(&out.join("SHA256SUMS"), sums(out, &archives)?.as_bytes())?;
    Ok(archives)
}

/// `Cargo.toml`'s package version, plus `-dirty` for a work tree with uncommitted changes.
pub fn version() -> Result<String> {
    let manifest = std::fs::read_to_string(root().join("Cargo.toml"))
        .map_err(|err| format!("reading Cargo.toml: {err}"))?;
    let status = query("git", &["status", "--porcelain"])
        .ok_or("`git status` failed: a release is built from a git checkout")?;
    release_version(&manifest, &status)
}

/// The version of a release built from `manifest` in a work tree whose `git status --porcelain` is `status`.
fn release_version(manifest: &str, status: &str) -> Result<String> {
    let version = package_version(manifest).ok_or("Cargo.toml has no [package] version")?;
    Ok(if status.trim().is_empty() {
        version.to_owned()
    } else {
        format!("{version}-dirty")
    })
}

/// The `version = "..."` of the `[package]` table.
fn package_version(manifest: &str) -> Option<&str> {
    let mut table = "";
    for line in manifest.lines().map(str::trim) {
        if line.starts_with('[') {
            table = line;
        } else if table == "[package]" {
            if let Some(value) = line.strip_prefix("version = ") {
                return Some(value.trim_matches('"'));
            }
        }
    }
    None
}

/// The last commit's time (seconds since 1970): every entry's time stamp, the same for every build of a commit.
fn commit_time() -> Result<u64> {
    let time = query("git", &["log", "-1", "--format=%ct"]).unwrap_or_default();
    time.parse()
        .map_err(|_| format!("`git log -1 --format=%ct` printed {time:?}, not a time"))
}

fn stage_folder(embed: &Embed, version: &str, stage: &Path) -> Result {
    dist::recreate_dir(stage)?;
    dist::copy_dir(&root().join("dist/hugo").join(FOLDER), stage)?;
    for lang in skin_vocab::Lang::ALL {
        let snippet = format!("skin-analysis-{}.html", lang.tag());
        dist::copy(
            &embed.dir.join(&snippet),
            &stage.join("snippets").join(snippet),
        )?;
    }
    let changelog = std::fs::read_to_string(root().join("CHANGELOG.md"))
        .map_err(|err| format!("reading CHANGELOG.md: {err}"))?;
    let clean = version.trim_end_matches("-dirty");
    if !changelog.contains(&format!("\n## {clean}\n")) {
        return Err(format!("CHANGELOG.md has no `## {clean}` entry"));
    }
    for file in ["LICENSE", "CHANGELOG.md"] {
        dist::copy(&root().join(file), &stage.join(file))?;
    }
    precompress(stage)?;
    let files = dist::list_files(stage)?;
    write_file(&stage.join("SHA256SUMS"), sums(stage, &files)?.as_bytes())
}

/// `.gz` and `.br` beside every file a site serves: the quiz's files under `static/skin-analysis/`, and the loader
/// and intro stylesheet under the names Hugo Pipes publishes them (`fingerprint`: the SHA-256 of the content in the
/// name), which land in the same folder of the built site.
fn precompress(stage: &Path) -> Result {
    let statics = stage.join("static/skin-analysis");
    let mut served: Vec<(String, Vec<u8>)> = Vec::new();
    for file in dist::list_files(&statics)? {
        served.push((dist::file_name(&file), dist::read(&file)?));
    }
    for file in dist::list_files(&stage.join("assets/skin-analysis"))? {
        let bytes = dist::read(&file)?;
        let name = dist::file_name(&file);
        let (stem, extension) = dist::split_name(&name);
        let name = format!("{stem}.{}.{extension}", dist::sha256_hex(&bytes));
        served.push((name, bytes));
    }
    for (name, bytes) in served {
        write_file(
            &statics.join(format!("{name}.gz")),
            &compress::gzip(&bytes)?,
        )?;
        write_file(
            &statics.join(format!("{name}.br")),
            &compress::brotli(&bytes),
        )?;
    }
    Ok(())
}

/// `sha256sum`'s format: each file's digest and its path relative to `dir`, in `files`' order.
fn sums(dir: &Path, files: &[PathBuf]) -> Result<String> {
    let mut out = String::new();
    for file in files {
        let digest = dist::sha256_hex(&dist::read(file)?);
        out.push_str(&format!("{digest}  {}\n", relative(dir, file)));
    }
    Ok(out)
}

fn relative(dir: &Path, file: &Path) -> String {
    file.strip_prefix(dir)
        .unwrap_or(file)
        .to_string_lossy()
        .replace('\\', "/")
}

/// An uncompressed tar of `files` under `FOLDER/`, with fixed metadata.
fn tar(stage: &Path, files: &[PathBuf], mtime: u64) -> Result<Vec<u8>> {
    let mut builder = tar::Builder::new(Vec::new());
    for file in files {
        let bytes = dist::read(file)?;
        let mut header = tar::Header::new_ustar();
        header.set_size(bytes.len() as u64);
        header.set_mode(0o644);
        header.set_mtime(mtime);
        header.set_uid(0);
        header.set_gid(0);
        header.set_entry_type(tar::EntryType::Regular);
        let path = format!("{FOLDER}/{}", relative(stage, file));
        builder
            .append_data(&mut header, &path, &bytes[..])
            .map_err(|err| format!("adding {path} to the tar: {err}"))?;
    }
    builder
        .into_inner()
        .map_err(|err| format!("finishing the tar: {err}"))
}

/// A zip of `files` under `FOLDER/`, deflated, with fixed metadata.
fn zip_archive(stage: &Path, files: &[PathBuf], mtime: u64) -> Result<Vec<u8>> {
    let (year, month, day, hour, minute, second) = civil_time(mtime);
    let time = zip::DateTime::from_date_and_time(year, month, day, hour, minute, second)
        .map_err(|err| format!("the commit time cannot be a zip time: {err}"))?;
    let options = zip::write::SimpleFileOptions::default()
        .compression_method(zip::CompressionMethod::Deflated)
        .compression_level(Some(9))
        .last_modified_time(time)
        .unix_permissions(0o644);
    let mut writer = zip::ZipWriter::new(std::io::Cursor::new(Vec::new()));
    for file in files {
        let path = format!("{FOLDER}/{}", relative(stage, file));
        let bytes = dist::read(file)?;
        writer
            .start_file(path.as_str(), options)
            .map_err(|err| format!("adding {path} to the zip: {err}"))?;
        writer
            .write_all(&bytes)
            .map_err(|err| format!("adding {path} to the zip: {err}"))?;
    }
    writer
        .finish()
        .map(std::io::Cursor::into_inner)
        .map_err(|err| format!("finishing the zip: {err}"))
}

/// UTC calendar date and time of `seconds` since 1970 (the date by `skin_vocab::calendar`).
fn civil_time(seconds: u64) -> (u16, u8, u8, u8, u8, u8) {
    // A zip's time stamp ends in 2107, long before the day number leaves `u32`.
    let days = u32::try_from(seconds / 86_400).unwrap_or(u32::MAX);
    let (year, month, day) = calendar::civil(days);
    let rest = seconds % 86_400;
    let (hour, minute, second) = (rest / 3_600, rest / 60 % 60, rest % 60);
    (
        year as u16,
        month as u8,
        day as u8,
        hour as u8,
        minute as u8,
        second as u8,
    )
}

fn write_file(path: &Path, bytes: &[u8]) -> Result {
    std::fs::write(path, bytes).map_err(|err| format!("writing {}: {err}", path.display()))
}

#[cfg(test)]
mod tests {
    use super::{civil_time, package_version, release_version};

    #[test]
    fn reads_the_package_version_not_a_dependencys() {
        let manifest = "[workspace]\nmembers = []\n\n[package]\nname = \"skin-analysis\"\nversion = \"0.1.0\"\n\n[dependencies]\nyew = { version = \"0.23\" }\n";
        assert_eq!(package_version(manifest), Some("0.1.0"));
        assert_eq!(
            package_version("[dependencies]\nversion = \"1\"\n"),
            None,
            "no [package] table"
        );
    }

    #[test]
    fn a_work_tree_with_uncommitted_changes_gives_a_dirty_version() {
        let manifest = "[package]\nname = \"skin-analysis\"\nversion = \"0.1.0\"\n";
        assert_eq!(release_version(manifest, "").as_deref(), Ok("0.1.0"));
        assert_eq!(
            release_version(manifest, " M src/app.rs\n?? notes.txt\n").as_deref(),
            Ok("0.1.0-dirty")
        );
        assert!(release_version("[dependencies]\n", "").is_err());
    }

    #[test]
    fn converts_unix_time_to_the_calendar() {
        assert_eq!(civil_time(0), (1970, 1, 1, 0, 0, 0));
        // 2026-12-07T03:05:52Z and a leap day.
        assert_eq!(civil_time(1_796_612_752), (2026, 12, 7, 3, 5, 52));
        assert_eq!(civil_time(951_782_400), (2000, 2, 29, 0, 0, 0));
    }
}
