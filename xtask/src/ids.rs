//! `cargo xtask ids`: records every question and choice id of the content in `crates/skin-rules/content/released.toml`
//! (ids are forever: CONTENT.md). A release refuses a list that misses one (`check`), so every released id has its
//! permanent number before a reader's data names it.

use crate::run::{root, Result};

/// The list as the content has it now: the recorded ids, then each new one.
fn current() -> Result<(std::path::PathBuf, String, String)> {
    let dir = root().join("crates/skin-rules/content");
    let content = skin_content::load(&dir, "crates/skin-rules/content")
        .map_err(|errors| errors.join("\n"))?;
    let file = dir.join("released.toml");
    let written = std::fs::read_to_string(&file).map_err(|e| format!("{}: {e}", file.display()))?;
    Ok((file, written, content.released_toml()))
}

/// Writes the list.
pub fn write() -> Result<()> {
    let (file, written, now) = current()?;
    if written == now {
        println!("{}: every id is recorded", file.display());
        return Ok(());
    }
    std::fs::write(&file, now).map_err(|e| format!("{}: {e}", file.display()))?;
    println!(
        "{}: new ids recorded; commit it with the release",
        file.display()
    );
    Ok(())
}

/// Refuses a release whose content has an id the list does not record.
pub fn check() -> Result<()> {
    let (file, written, now) = current()?;
    if written == now {
        Ok(())
    } else {
        Err(format!(
            "{} does not record every question and choice id of the content: run `cargo xtask ids` and commit it \
             before releasing",
            file.display()
        ))
    }
}
