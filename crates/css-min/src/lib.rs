//! A deliberately conservative CSS minifier, for the widget's stylesheet (the root `build.rs`).
//!
//! `assets/css/` is written to be read (about a third of it is comments); every visitor downloads what is compiled
//! into the wasm, so comments and layout whitespace are dropped (about 2 KB of gzipped wasm). Only that: comments
//! go, whitespace runs become one space, the space next to `{`, `}`, `;` and `,` and after `:` goes (never needed
//! there: `.a :hover` keeps the one before its colon), and so does a block's last `;`. Quoted strings are copied
//! verbatim, and spaces that can be significant (descendant combinators, `calc()` operators, value lists) are kept.
//! Where dropping a comment could change the meaning, [`minify`] refuses rather than guesses.

use std::fmt;

/// Why a stylesheet was not minified; `line` is 1-based, where the comment starts.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Error {
    /// A comment with a token on both sides (`.a/**/.b` is `.a.b`, but `1px/**/2px` is two values): which one was
    /// meant cannot be told without parsing, so the comment needs whitespace or a line of its own on one side.
    TouchingComment {
        line: usize,
        before: char,
        after: char,
    },
    /// A comment that never ends would swallow the rest of the stylesheet.
    UnclosedComment { line: usize },
}

impl fmt::Display for Error {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            Error::TouchingComment {
                line,
                before,
                after,
            } => write!(
                f,
                "line {line}: a comment between `{before}` and `{after}` touches both; add a space beside it"
            ),
            Error::UnclosedComment { line } => write!(f, "line {line}: a comment is never closed (`*/`)"),
        }
    }
}

impl std::error::Error for Error {}

/// `css` without comments and layout whitespace.
pub fn minify(css: &str) -> Result<String, Error> {
    let mut out = String::with_capacity(css.len());
    // A space seen but not yet written: written only if the next kept character needs it.
    let mut pending_space = false;
    let mut line = 1;
    let mut chars = css.chars().peekable();
    while let Some(c) = chars.next() {
        match c {
            '/' if chars.peek() == Some(&'*') => {
                chars.next();
                let start = line;
                let mut last = '\0';
                let mut closed = false;
                for c in chars.by_ref() {
                    line += usize::from(c == '\n');
                    if last == '*' && c == '/' {
                        closed = true;
                        break;
                    }
                    last = c;
                }
                if !closed {
                    return Err(Error::UnclosedComment { line: start });
                }
                let before = out.chars().next_back().filter(|_| !pending_space);
                let after = chars.peek().copied().filter(|c| !c.is_whitespace());
                if let (Some(before), Some(after)) = (before, after) {
                    return Err(Error::TouchingComment {
                        line: start,
                        before,
                        after,
                    });
                }
            }
            c if c.is_whitespace() => {
                line += usize::from(c == '\n');
                pending_space = true;
            }
            '"' | '\'' => {
                flush_space(&mut out, &mut pending_space, c);
                out.push(c);
                let mut escaped = false;
                for s in chars.by_ref() {
                    line += usize::from(s == '\n');
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
                // A block's last declaration needs no `;` (a string ends with its quote, so this one is real).
                if c == '}' && out.ends_with(';') {
                    out.pop();
                }
                out.push(c);
            }
        }
    }
    Ok(out)
}

/// Writes a pending space before `next` unless it would lead the output or sit beside `{`, `}`, `;` or `,`, or
/// after `:`.
fn flush_space(out: &mut String, pending_space: &mut bool, next: char) {
    let structural = |c: char| matches!(c, '{' | '}' | ';' | ',');
    if std::mem::take(pending_space)
        && !structural(next)
        && out
            .chars()
            .next_back()
            .is_some_and(|last| !structural(last) && last != ':')
    {
        out.push(' ');
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn min(css: &str) -> String {
        minify(css).unwrap_or_else(|err| panic!("{css:?}: {err}"))
    }

    #[test]
    fn drops_comments_on_their_own_line_and_beside_a_space() {
        let css = "/* header\n * more */\n.a {\n  color: red; /* why */\n}\n/* end */\n";
        assert_eq!(min(css), ".a{color:red}");
        assert_eq!(min(".a /* x */ .b {}"), ".a .b{}");
    }

    #[test]
    fn collapses_whitespace_and_drops_it_beside_structure_only() {
        let css = ".sa-root  .sa-card,\n.b\t> .c {\n  margin: 0  auto;\n  width: calc(100% - 2px);\n}\n\n@media print {\n  .a { display: none !important; }\n}\n";
        assert_eq!(
            min(css),
            ".sa-root .sa-card,.b > .c{margin:0 auto;width:calc(100% - 2px)}@media print{.a{display:none !important}}"
        );
    }

    #[test]
    fn copies_strings_and_urls_verbatim() {
        let css = ".a::before { content: \"a  /* not a comment */ b\"; }\n.b { content: 'it\\'s  \"x\"'; background: url(\"a  b.png\"), url(https://example.com/x.png); }";
        assert_eq!(
            min(css),
            ".a::before{content:\"a  /* not a comment */ b\"}.b{content:'it\\'s  \"x\"';background:url(\"a  b.png\"),url(https://example.com/x.png)}"
        );
    }

    #[test]
    fn keeps_the_space_before_a_colon_which_is_a_descendant_combinator() {
        assert_eq!(
            min(".a :hover, .b:focus { top: 0 }"),
            ".a :hover,.b:focus{top:0}"
        );
        assert_eq!(
            min("@media (max-width: 420px) { .a { gap: 4px , 10px; } }"),
            "@media (max-width:420px){.a{gap:4px,10px}}"
        );
    }

    #[test]
    fn refuses_a_comment_touching_tokens_on_both_sides() {
        assert_eq!(
            minify(".a {\n  margin: 1px/**/2px;\n}"),
            Err(Error::TouchingComment {
                line: 2,
                before: 'x',
                after: '2'
            })
        );
        // Touching one side only is fine: the space on the other side keeps the tokens apart.
        assert_eq!(min(".a/* x */ .b{}"), ".a .b{}");
        assert_eq!(min("1px /* x */2px"), "1px 2px");
    }

    #[test]
    fn refuses_an_unclosed_comment() {
        assert_eq!(
            minify(".a {}\n\n/* oops\n.b {}"),
            Err(Error::UnclosedComment { line: 3 })
        );
    }

    #[test]
    fn counts_lines_through_strings() {
        let err = minify(".a { content: \"x\\\ny\"; }\n1px/**/2px").unwrap_err();
        assert_eq!(
            err.to_string(),
            "line 3: a comment between `x` and `2` touches both; add a space beside it"
        );
    }

    #[test]
    fn is_idempotent() {
        let css = "/* c */\n.a  .b , .c>.d {\n  content: \"  x \";\n  margin: 0 calc(1em + 2px);\n}\n@container (max-width: 420px) {\n  .a { gap: 4px 10px; }\n}\n";
        let once = min(css);
        assert_eq!(min(&once), once);
    }
}
