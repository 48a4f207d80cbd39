//! gzip and brotli as a web server sends them: the size budgets measure with these, and the release ships each served
//! file precompressed with them (`.gz`, `.br` beside it), so a server that serves precompressed files as they are
//! (GitLab Pages, nginx's `gzip_static`/`brotli_static`, Caddy's `precompressed`) sends exactly the measured bytes.

use std::io::Write;
use std::path::Path;
use std::process::{Command, Stdio};

use crate::run::Result;

/// `gzip -9 -n`: the most any server uses, with no file name and no time stamp, so equal input gives equal bytes.
/// GNU gzip rather than a Rust deflate: it is on every Debian machine and packs the wasm about 1 KB smaller than
/// miniz or zlib-rs at their best.
pub fn gzip(bytes: &[u8]) -> Result<Vec<u8>> {
    let mut child = Command::new("gzip")
        .args(["-9", "-n", "-c"])
        .stdin(Stdio::piped())
        .stdout(Stdio::piped())
        .spawn()
        .map_err(|err| format!("could not run gzip: {err}"))?;
    let mut stdin = child.stdin.take().expect("stdin is piped");
    let input = bytes.to_vec();
    // Written from another thread: gzip's output pipe must be drained while it reads.
    let writer = std::thread::spawn(move || stdin.write_all(&input));
    let output = child
        .wait_with_output()
        .map_err(|err| format!("waiting for gzip: {err}"))?;
    writer
        .join()
        .expect("the writer thread does not panic")
        .map_err(|err| format!("writing to gzip: {err}"))?;
    if !output.status.success() {
        return Err(format!("gzip failed ({})", output.status));
    }
    Ok(output.stdout)
}

/// brotli at quality 11 with a 4 MiB window: Node's `zlib.brotliCompressSync` with `BROTLI_PARAM_QUALITY` 11, what
/// CDNs use for static files.
pub fn brotli(bytes: &[u8]) -> Vec<u8> {
    let params = brotli::enc::BrotliEncoderParams {
        quality: 11,
        lgwin: 22,
        size_hint: bytes.len(),
        ..Default::default()
    };
    let mut out = Vec::new();
    brotli::BrotliCompress(&mut &bytes[..], &mut out, &params).expect("compressing in memory");
    out
}

/// A file's gzip and brotli sizes, in bytes.
pub fn sizes(path: &Path) -> Result<(usize, usize)> {
    let bytes = std::fs::read(path).map_err(|err| format!("reading {}: {err}", path.display()))?;
    Ok((gzip(&bytes)?.len(), brotli(&bytes).len()))
}

#[cfg(test)]
mod tests {
    use std::io::Read;

    use super::{brotli, gzip};

    const TEXT: &[u8] = b"skin-analysis skin-analysis skin-analysis: the same words compress well";

    #[test]
    fn both_round_trip_and_shrink_repetitive_text() {
        let mut unzipped = Vec::new();
        flate2::read::GzDecoder::new(&gzip(TEXT).unwrap()[..])
            .read_to_end(&mut unzipped)
            .unwrap();
        assert_eq!(unzipped, TEXT);
        let mut unbrotlied = Vec::new();
        brotli::Decompressor::new(&brotli(TEXT)[..], 4096)
            .read_to_end(&mut unbrotlied)
            .unwrap();
        assert_eq!(unbrotlied, TEXT);
        assert!(brotli(TEXT).len() < TEXT.len() && gzip(TEXT).unwrap().len() < TEXT.len());
    }

    #[test]
    fn equal_input_gives_equal_bytes() {
        assert_eq!(gzip(TEXT).unwrap(), gzip(TEXT).unwrap());
        assert_eq!(brotli(TEXT), brotli(TEXT));
    }
}
