//! `cargo xtask dist`: the release build.

use std::path::PathBuf;

use crate::run::{root, trunk, Result};
use crate::tools;

/// Builds the standalone app into `dist/app` and returns the `dist/` directory.
pub fn build() -> Result<PathBuf> {
    tools::ensure_build_tools()?;
    trunk(&["build", "--release"])?;
    Ok(root().join("dist"))
}
