//! gzip and brotli as a web server sends them: the size budgets measure with these, and the release ships each served
//! file precompressed with them (`.gz`, `.br` beside it), so a server that serves precompressed files as they are
//! (GitLab Pages, nginx's `gzip_static`/`brotli_static`, Caddy's `precompressed`) sends exactly the measured bytes.

use std::io::Write;
use std::path::Path;

use crate::run::Result;

/// gzip at level 9 (the most any server uses), with no file name and a zero time stamp, so equal input gives equal
/// bytes.
pub fn gzip(bytes: &[u8]) -> Vec<u8> {
    let mut encoder = flate2::GzBuilder::new()
        .mtime(0)
        .write(Vec::new(), flate2::Compression::best());
    encoder.write_all(bytes).expect("writing to memory");
    encoder.finish().expect("writing to memory")
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
    Ok((gzip(&bytes).len(), brotli(&bytes).len()))
}

#[cfg(test)]
mod tests {
    use std::io::Read;

    use super::{brotli, gzip};

    const TEXT: &[u8] = b"skin-analysis skin-analysis skin-analysis: the same words compress well";

    #[test]
    fn both_round_trip_and_shrink_repetitive_text() {
        let mut unzipped = Vec::new();
        flate2::read::GzDecoder::new(&gzip(TEXT)[..])
            .read_to_end(&mut unzipped)
            .unwrap();
        assert_eq!(unzipped, TEXT);
        let mut unbrotlied = Vec::new();
        brotli::Decompressor::new(&brotli(TEXT)[..], 4096)
            .read_to_end(&mut unbrotlied)
            .unwrap();
        assert_eq!(unbrotlied, TEXT);
        assert!(brotli(TEXT).len() < TEXT.len() && gzip(TEXT).len() < TEXT.len());
    }

    #[test]
    fn equal_input_gives_equal_bytes() {
        assert_eq!(gzip(TEXT), gzip(TEXT));
        assert_eq!(brotli(TEXT), brotli(TEXT));
    }
}
