//! The ingredients the checker knows, with their names: a file of their own, so a page loads them only when a reader
//! opens the checker (the families, clashes and strings are compiled in).
//!
//! `build.rs` writes the file from `content/ingredients.toml`: the header line `skin-analysis ingredients
//! <fingerprint>` (eight hex digits naming the build), one line per ingredient (`INCI name TAB Korean name TAB
//! family indexes, comma-separated TAB routine step id TAB amount`: empty, `trace` or `adjuster`, see [`Amount`]), a
//! blank line, then every name's key
//! (`skin_vocab::ingredient_name::key`) with its ingredient's number, sorted by key, so a lookup is a binary search
//! and nothing sorts at run time, a blank line, then the checker's texts (one line each, every language in `Lang::ALL`'s order, TAB between: its
//! sentences, the families' names, the clashes), which the quiz's text files do not carry. With the `bundled-text`
//! feature it is compiled in ([`Known::bundled`]).

use std::fmt;

use skin_vocab::ingredient_name::key;

use super::CheckText;
use crate::data::{CHECK_TEXT_COUNT, INGREDIENTS_FINGERPRINT};
use crate::{Lang, RoutineStep};

/// The file name the ingredients file is published under: with the build's fingerprint, so a widget only ever reads
/// the names its families belong to (`skin-analysis-ingredients.1a2b3c4d.txt`).
pub fn file_name() -> String {
    format!("skin-analysis-ingredients.{INGREDIENTS_FINGERPRINT:08x}.txt")
}

/// The ingredients file, as compiled in: what the build publishes under [`file_name`].
#[cfg(feature = "bundled-text")]
pub fn bundled_file() -> &'static str {
    include_str!(concat!(env!("OUT_DIR"), "/ingredients.txt"))
}

/// The known ingredients, read from the ingredients file.
#[derive(Debug)]
pub struct Known<'a> {
    entries: Vec<Entry<'a>>,
    /// (key, index into `entries`), sorted by key.
    keys: Vec<(&'a str, usize)>,
    /// The checker's texts, each in every language (`Lang::ALL`'s order), numbered by [`CheckText`].
    texts: Vec<&'a str>,
}

/// One known ingredient.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Entry<'a> {
    /// Its INCI name: the canonical name.
    pub inci: &'a str,
    /// Its usual Korean name, if it has one.
    pub ko: Option<&'a str>,
    /// Indexes into [`super::families`].
    pub families: Vec<usize>,
    /// Where a product with it fits when the product's name says nothing.
    pub step: Option<RoutineStep>,
    /// What its place in a list says about how much of it there is.
    pub amount: Amount,
}

/// What an ingredient's place in a list says about how much of it there is. Labels list the ingredients above 1%
/// first, in descending order, then the rest in any order (EU Regulation 1223/2009, article 19; Korea's labelling
/// rule is the same): every ingredient after one used at 1% or less is at 1% or less too, the list's "1% line".
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Amount {
    /// Its place says nothing.
    Any,
    /// Used at 1% or less in any product (a preservative, a chelator, a thickening gum, fragrance): the first one in
    /// a list is its 1% line.
    Trace,
    /// Also used in small amounts to adjust the pH or keep the formula fresh (lactic acid, ascorbic acid): below the
    /// 1% line its families do not count.
    Adjuster,
}

impl Entry<'_> {
    /// Its name in `lang`: the Korean name when there is one, else the INCI name.
    pub fn name(&self, lang: Lang) -> &str {
        match (lang, self.ko) {
            (Lang::Ko, Some(ko)) => ko,
            _ => self.inci,
        }
    }
}

/// Why an ingredients file was refused.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum KnownError {
    /// It does not start with the ingredients file header (an HTML error page, say).
    NotIngredients,
    /// It belongs to another build of the quiz.
    OtherBuild {
        /// The fingerprint its header names.
        found: String,
    },
    /// The texts are not all there.
    Texts {
        /// How many it holds.
        found: usize,
    },
    /// A line is not what the format says.
    Line {
        /// Its number, counting the header as 1.
        number: usize,
    },
}

impl fmt::Display for KnownError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            KnownError::NotIngredients => f.write_str("not a skin-analysis ingredients file"),
            KnownError::OtherBuild { found } => write!(
                f,
                "it belongs to another build ({found}, this one is {INGREDIENTS_FINGERPRINT:08x})"
            ),
            KnownError::Line { number } => {
                write!(f, "line {number} is not in the ingredients format")
            }
            KnownError::Texts { found } => {
                write!(f, "it holds {found} texts, {CHECK_TEXT_COUNT} expected")
            }
        }
    }
}

impl std::error::Error for KnownError {}

impl<'a> Known<'a> {
    /// Reads an ingredients file.
    pub fn parse(file: &'a str) -> Result<Known<'a>, KnownError> {
        let (header, body) = file.split_once('\n').ok_or(KnownError::NotIngredients)?;
        let build = header
            .strip_prefix("skin-analysis ingredients ")
            .ok_or(KnownError::NotIngredients)?;
        if build != format!("{INGREDIENTS_FINGERPRINT:08x}") {
            return Err(KnownError::OtherBuild {
                found: build.to_owned(),
            });
        }
        let (list, rest) = body
            .split_once("\n\n")
            .ok_or(KnownError::Line { number: 2 })?;
        let (index, texts) = rest
            .split_once("\n\n")
            .ok_or(KnownError::Texts { found: 0 })?;
        let mut entries = Vec::new();
        for (number, line) in list.lines().enumerate() {
            let error = KnownError::Line { number: number + 2 };
            entries.push(entry(line).ok_or(error)?);
        }
        let first_key_line = entries.len() + 3;
        let mut keys: Vec<(&str, usize)> = Vec::new();
        for (number, line) in index.lines().enumerate() {
            let error = || KnownError::Line {
                number: first_key_line + number,
            };
            let (key, at) = line.split_once('\t').ok_or_else(error)?;
            let at: usize = at.parse().map_err(|_| error())?;
            let sorted = keys.last().is_none_or(|&(last, _)| last < key);
            if at >= entries.len() || !sorted {
                return Err(error());
            }
            keys.push((key, at));
        }
        let first_text_line = first_key_line + keys.len() + 1;
        let mut lines = 0;
        let mut all = Vec::new();
        for (number, line) in texts.lines().enumerate() {
            let before = all.len();
            all.extend(line.split('\t'));
            if all.len() - before != Lang::ALL.len() {
                return Err(KnownError::Line {
                    number: first_text_line + number,
                });
            }
            lines += 1;
        }
        if lines != CHECK_TEXT_COUNT {
            return Err(KnownError::Texts { found: lines });
        }
        let texts = all;
        Ok(Known {
            entries,
            keys,
            texts,
        })
    }

    /// The compiled-in file, read (it always reads: `the_build_writes_the_file_it_reads`).
    #[cfg(feature = "bundled-text")]
    pub fn bundled() -> Known<'static> {
        Known::parse(bundled_file()).unwrap_or(Known {
            entries: Vec::new(),
            keys: Vec::new(),
            texts: Vec::new(),
        })
    }

    /// The checker's text in `lang` (empty only in a file that did not read, which [`Known::parse`] refuses).
    pub fn text(&self, text: CheckText, lang: Lang) -> &'a str {
        self.texts
            .get(usize::from(text.0) * Lang::ALL.len() + lang.index())
            .copied()
            .unwrap_or("")
    }

    /// The ingredient one of whose names has the key of `name`, exactly.
    pub fn find(&self, name: &str) -> Option<&Entry<'a>> {
        let name = key(name);
        let at = self
            .keys
            .binary_search_by(|&(key, _)| key.cmp(name.as_str()))
            .ok()?;
        self.entries.get(self.keys[at].1)
    }

    /// How many ingredients it knows.
    pub fn len(&self) -> usize {
        self.entries.len()
    }

    /// Whether it knows none.
    pub fn is_empty(&self) -> bool {
        self.entries.is_empty()
    }
}

fn entry(line: &str) -> Option<Entry<'_>> {
    let mut fields = line.split('\t');
    let (Some(inci), Some(ko), Some(families), Some(step), Some(amount), None) = (
        fields.next(),
        fields.next(),
        fields.next(),
        fields.next(),
        fields.next(),
        fields.next(),
    ) else {
        return None;
    };
    let amount = match amount {
        "" => Amount::Any,
        "trace" => Amount::Trace,
        "adjuster" => Amount::Adjuster,
        _ => return None,
    };
    let families = if families.is_empty() {
        Vec::new()
    } else {
        families
            .split(',')
            .map(|f| f.parse().ok().filter(|&f| f < super::families().len()))
            .collect::<Option<Vec<usize>>>()?
    };
    let step = if step.is_empty() {
        None
    } else {
        Some(RoutineStep::from_id(step)?)
    };
    Some(Entry {
        inci,
        ko: (!ko.is_empty()).then_some(ko),
        families,
        step,
        amount,
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_build_writes_the_file_it_reads() {
        let known = Known::parse(bundled_file()).unwrap();
        assert!(known.len() > 300, "{}", known.len());
        assert_eq!(known.find("GLYCERIN").map(|e| e.inci), Some("Glycerin"));
        assert_eq!(known.find("글리세린").map(|e| e.inci), Some("Glycerin"));
        assert_eq!(known.find("Glycerine Extract"), None);
        assert_eq!(
            known.text(crate::ingredients::text::VERDICT_CLEAR, Lang::Ko),
            "답변과 맞지 않는 성분은 없어요."
        );
        let header = bundled_file().lines().next().unwrap();
        assert_eq!(
            file_name(),
            format!(
                "skin-analysis-ingredients.{}.txt",
                header.rsplit(' ').next().unwrap()
            )
        );
    }

    #[test]
    fn wrong_files_are_refused_with_the_reason() {
        let file = bundled_file();
        assert_eq!(
            Known::parse("<!doctype html>\n").unwrap_err(),
            KnownError::NotIngredients
        );
        let stale = file.replacen(&format!("{INGREDIENTS_FINGERPRINT:08x}"), "00000000", 1);
        assert_eq!(
            Known::parse(&stale).unwrap_err(),
            KnownError::OtherBuild {
                found: "00000000".into()
            }
        );
        let header = file.lines().next().unwrap();
        assert_eq!(
            Known::parse(&format!("{header}\nRetinol\t\t99\t\t\n\nretinol\t0\n\n")).unwrap_err(),
            KnownError::Line { number: 2 }
        );
        assert_eq!(
            Known::parse(&format!(
                "{header}\nRetinol\t\t0\t\t\n\nretinol\t0\nb\t1\n\n"
            ))
            .unwrap_err(),
            KnownError::Line { number: 5 }
        );
        assert_eq!(
            Known::parse(&format!("{header}\nRetinol\t\t0\t\t\n\nz\t0\na\t0\n\n")).unwrap_err(),
            KnownError::Line { number: 5 }
        );
        assert_eq!(
            KnownError::Line { number: 3 }.to_string(),
            "line 3 is not in the ingredients format"
        );
    }
}
