//! Minifies the widget's stylesheet for `src/embed.rs`, which compiles it into the wasm.
//!
//! `assets/skin-analysis.css` is written to be read (about a third of it is comments); every visitor downloads
//! what is compiled in, so comments and layout whitespace are dropped here (about 2 KB of gzipped wasm). The
//! minifier is deliberately conservative: it removes comments, collapses whitespace runs to one space and drops
//! the space next to `{`, `}` and `;` only. Quoted strings are copied verbatim, and spaces that can be significant
//! (descendant combinators, `calc()` operators, value lists) are kept.

use std::path::PathBuf;

const SOURCE: &str = "assets/skin-analysis.css";

fn main() {
    println!("cargo::rerun-if-changed={SOURCE}");
    let css =
        std::fs::read_to_string(SOURCE).unwrap_or_else(|err| panic!("reading {SOURCE}: {err}"));
    let out = PathBuf::from(std::env::var_os("OUT_DIR").expect("cargo sets OUT_DIR"));
    let target = out.join("skin-analysis.min.css");
    std::fs::write(&target, minify(&css))
        .unwrap_or_else(|err| panic!("writing {}: {err}", target.display()));
}

fn minify(css: &str) -> String {
    let mut out = String::with_capacity(css.len());
    // A space seen but not yet written: written only if the next kept character needs it.
    let mut pending_space = false;
    let mut chars = css.chars().peekable();
    while let Some(c) = chars.next() {
        match c {
            '/' if chars.peek() == Some(&'*') => {
                chars.next();
                let mut last = '\0';
                for c in chars.by_ref() {
                    if last == '*' && c == '/' {
                        break;
                    }
                    last = c;
                }
                // Dropped outright. Between two tokens a comment can matter (`.a/**/.b` is `.a.b`, but
                // `1px/**/2px` is two values), and guessing wrong would change the CSS silently, so a comment
                // must have whitespace or a line of its own on at least one side.
                let before = out.chars().next_back().filter(|_| !pending_space);
                let after = chars.peek().copied().filter(|c| !c.is_whitespace());
                if let (Some(before), Some(after)) = (before, after) {
                    panic!(
                        "{SOURCE}: a comment between `{before}` and `{after}` touches both; add a space beside it"
                    );
                }
            }
            c if c.is_whitespace() => pending_space = true,
            '"' | '\'' => {
                flush_space(&mut out, &mut pending_space, c);
                out.push(c);
                let mut escaped = false;
                for s in chars.by_ref() {
                    out.push(s);
                    if escaped {
                        escaped = false;
                    } else if s == '\\' {
                        escaped = true;
                    } else if s == c {
                        break;
                    }
                }
            }
            c => {
                flush_space(&mut out, &mut pending_space, c);
                out.push(c);
            }
        }
    }
    out
}

/// Writes a pending space before `next` unless either side of it is `{`, `}` or `;` (or it would lead the output).
fn flush_space(out: &mut String, pending_space: &mut bool, next: char) {
    let structural = |c: char| matches!(c, '{' | '}' | ';');
    if std::mem::take(pending_space)
        && !structural(next)
        && out
            .chars()
            .next_back()
            .is_some_and(|last| !structural(last))
    {
        out.push(' ');
    }
}
