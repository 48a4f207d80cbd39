//! The content's strings: one table per language, so a page needs only the language it shows.
//!
//! A [`Text`] is a number; each language's table maps it to that language's string. `build.rs` writes one text file
//! per language: the header line `skin-analysis text <lang> <fingerprint>` (eight hex digits naming the build),
//! then every string in number order, separated by NUL. With the `bundled-text` feature (the default; the CLI, the
//! tests and the build-time intro use it) every language's file is compiled in and read on first use. The widget leaves it
//! off: it fetches the file of a language before showing it and hands it to [`install`].
//!
//! Invariant: [`Text::get`] never panics. A language that is not installed reads as another installed one (and,
//! with none installed, as empty text); the widget installs a language before any screen shows it, so this only
//! bridges the moment a language switch waits for its file.

use std::fmt;
use std::sync::OnceLock;

use crate::data::{TEXT_COUNT, TEXT_FINGERPRINT};
use crate::{Lang, Text};

/// The installed tables, indexed like [`Lang::ALL`].
static TABLES: [OnceLock<Vec<&'static str>>; Lang::ALL.len()] =
    [const { OnceLock::new() }; Lang::ALL.len()];

/// The files the installed tables were read from, indexed like [`Lang::ALL`].
static FILES: [OnceLock<&'static str>; Lang::ALL.len()] =
    [const { OnceLock::new() }; Lang::ALL.len()];

/// Each language's text file, as `build.rs` wrote them, indexed like [`Lang::ALL`].
#[cfg(feature = "bundled-text")]
const BUNDLED: [&str; Lang::ALL.len()] = include!(concat!(env!("OUT_DIR"), "/bundled-text.rs"));

/// The file name of `lang`'s text file, as the widget's files are published: with the build's text fingerprint, so a
/// widget only ever fetches the strings its numbering belongs to (`skin-analysis-text-ko.1a2b3c4d.txt`).
pub fn file_name(lang: Lang) -> String {
    format!(
        "skin-analysis-text-{}.{TEXT_FINGERPRINT:08x}.txt",
        lang.tag()
    )
}

/// The text file of `lang`, as compiled in: what the build publishes under [`file_name`].
#[cfg(feature = "bundled-text")]
pub fn bundled_file(lang: Lang) -> &'static str {
    BUNDLED[lang.index()]
}

/// Whether `lang` can be shown now.
pub fn is_installed(lang: Lang) -> bool {
    table(lang).is_some()
}

/// Installs `lang` from its text file. Installing a language twice keeps the first table.
pub fn install(lang: Lang, file: String) -> Result<(), TextError> {
    parse(lang, &file)?;
    if is_installed(lang) {
        return Ok(());
    }
    // Each language is installed at most once and lives as long as the page, so its one string is kept for good.
    let file: &'static str = Box::leak(file.into_boxed_str());
    let strings = parse(lang, file)?;
    let _ = TABLES[lang.index()].set(strings);
    let _ = FILES[lang.index()].set(file);
    Ok(())
}

/// The file `lang` was installed from (what the widget hands the product checker's module), if it is installed.
pub fn installed_file(lang: Lang) -> Option<&'static str> {
    #[cfg(feature = "bundled-text")]
    let file = Some(*FILES[lang.index()].get_or_init(|| BUNDLED[lang.index()]));
    #[cfg(not(feature = "bundled-text"))]
    let file = FILES[lang.index()].get().copied();
    file
}

/// Why a text file was refused.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum TextError {
    /// It does not start with the text file header (an HTML error page, say).
    NotText,
    /// It is the text of another language.
    OtherLang {
        /// The language tag its header names.
        found: String,
    },
    /// It belongs to another build of the quiz (a stale cached file beside a newer wasm, say).
    OtherBuild {
        /// The fingerprint its header names.
        found: String,
    },
    /// The header is right but the strings are not all there.
    Count {
        /// How many strings it holds.
        found: usize,
    },
}

impl fmt::Display for TextError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            TextError::NotText => f.write_str("not a skin-analysis text file"),
            TextError::OtherLang { found } => write!(f, "it holds the `{found}` text"),
            TextError::OtherBuild { found } => write!(
                f,
                "it belongs to another build ({found}, this one is {TEXT_FINGERPRINT:08x})"
            ),
            TextError::Count { found } => {
                write!(f, "it holds {found} strings, {TEXT_COUNT} expected")
            }
        }
    }
}

impl std::error::Error for TextError {}

impl Text {
    /// The string in `lang` (see the module's invariant for a language that is not installed).
    pub fn get(&self, lang: Lang) -> &'static str {
        let table = table(lang).or_else(|| Lang::ALL.into_iter().find_map(table));
        table
            .and_then(|strings| strings.get(usize::from(self.0)).copied())
            .unwrap_or("")
    }
}

fn table(lang: Lang) -> Option<&'static [&'static str]> {
    let cell = &TABLES[lang.index()];
    #[cfg(feature = "bundled-text")]
    let strings = Some(cell.get_or_init(|| parse(lang, BUNDLED[lang.index()]).unwrap_or_default()));
    #[cfg(not(feature = "bundled-text"))]
    let strings = cell.get();
    strings.map(Vec::as_slice)
}

/// How a text file's header starts, before its language tag and fingerprint.
const HEADER: &str = "skin-analysis text ";

/// The language a text file's header names (for a reader handed files of any language: the checker's module).
pub fn file_lang(file: &str) -> Option<Lang> {
    let header = file.split_once('\n')?.0.strip_prefix(HEADER)?;
    Lang::from_tag(header.split(' ').next()?)
}

fn parse(lang: Lang, file: &str) -> Result<Vec<&str>, TextError> {
    let (header, body) = file.split_once('\n').ok_or(TextError::NotText)?;
    let mut words = header
        .strip_prefix(HEADER)
        .ok_or(TextError::NotText)?
        .split(' ');
    let (Some(tag), Some(build), None) = (words.next(), words.next(), words.next()) else {
        return Err(TextError::NotText);
    };
    if tag != lang.tag() {
        return Err(TextError::OtherLang {
            found: tag.to_owned(),
        });
    }
    if build != format!("{TEXT_FINGERPRINT:08x}") {
        return Err(TextError::OtherBuild {
            found: build.to_owned(),
        });
    }
    let strings: Vec<&str> = body.split('\0').collect();
    if strings.len() != TEXT_COUNT {
        return Err(TextError::Count {
            found: strings.len(),
        });
    }
    Ok(strings)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn file(lang: Lang) -> String {
        // The build's own file, rebuilt from the compiled-in strings: what the widget would fetch.
        let strings: Vec<&str> = (0..TEXT_COUNT as u16).map(|n| Text(n).get(lang)).collect();
        format!(
            "skin-analysis text {} {TEXT_FINGERPRINT:08x}\n{}",
            lang.tag(),
            strings.join("\0")
        )
    }

    #[test]
    fn the_build_writes_the_files_it_reads() {
        for lang in Lang::ALL {
            assert_eq!(
                parse(lang, bundled_file(lang)).map(|s| s.len()),
                Ok(TEXT_COUNT)
            );
            assert_eq!(file(lang), bundled_file(lang));
        }
        assert_eq!(crate::strings::ui::START.get(Lang::Ko), "시작하기");
    }

    #[test]
    fn each_file_is_named_after_its_language_and_the_fingerprint_in_its_header() {
        for lang in Lang::ALL {
            let header = bundled_file(lang).lines().next().unwrap();
            let fingerprint = header.rsplit(' ').next().unwrap();
            assert_eq!(
                file_name(lang),
                format!("skin-analysis-text-{}.{fingerprint}.txt", lang.tag())
            );
        }
    }

    #[test]
    fn a_language_installs_from_its_file() {
        for lang in Lang::ALL {
            assert_eq!(install(lang, file(lang)), Ok(()));
            assert!(is_installed(lang));
        }
        assert_eq!(
            install(Lang::En, file(Lang::Ko)),
            Err(TextError::OtherLang { found: "ko".into() })
        );
        assert_eq!(crate::strings::ui::START.get(Lang::En), "Start");
    }

    #[test]
    fn a_file_says_its_language_and_the_installed_file_is_kept() {
        for lang in Lang::ALL {
            assert_eq!(file_lang(bundled_file(lang)), Some(lang));
            assert_eq!(installed_file(lang), Some(bundled_file(lang)));
        }
        assert_eq!(file_lang("<!doctype html>\n<p>404</p>"), None);
        assert_eq!(file_lang("skin-analysis text xx 00000000\n"), None);
    }

    #[test]
    fn wrong_files_are_refused_with_the_reason() {
        let en = file(Lang::En);
        assert_eq!(
            parse(Lang::En, "<!doctype html>\n<p>404</p>"),
            Err(TextError::NotText)
        );
        assert_eq!(parse(Lang::En, ""), Err(TextError::NotText));
        assert_eq!(
            parse(Lang::Ko, &en),
            Err(TextError::OtherLang { found: "en".into() })
        );
        let stale = en.replacen(&format!("{TEXT_FINGERPRINT:08x}"), "00000000", 1);
        assert_eq!(
            parse(Lang::En, &stale),
            Err(TextError::OtherBuild {
                found: "00000000".into()
            })
        );
        let cut = &en[..en.rfind('\0').unwrap()];
        assert_eq!(
            parse(Lang::En, cut),
            Err(TextError::Count {
                found: TEXT_COUNT - 1
            })
        );
        assert_eq!(
            TextError::Count { found: 3 }.to_string(),
            format!("it holds 3 strings, {TEXT_COUNT} expected")
        );
    }
}
