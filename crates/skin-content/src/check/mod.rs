//! Validation: turns the `raw` files into a [`Content`], resolving every reference, or lists every
//! problem as `file: entry: problem`. All problems are collected rather than stopping at the first, so an editor fixes
//! a file in one round.

use crate::model::*;
use crate::raw::*;
use std::collections::{BTreeMap, HashSet};

mod articles;
mod cautions;
mod ids;
mod ingredients;
mod questions;
mod staples;
mod strings;
mod tags;
mod tips;

#[cfg(test)]
mod testing;

/// A `ChoiceSet` is a 16-bit mask, and a tip's fired triggers a 32-bit one.
const MAX_CHOICES: usize = 16;
const MAX_TRIGGERS: usize = 32;

/// Checks parsed files; problems name them `shown/<file>`.
pub(crate) fn check(files: Files, shown: &str) -> Result<Content, Vec<String>> {
    let mut check = Checker {
        errors: Vec::new(),
        file: String::new(),
    };
    check.file = format!("{shown}/articles.toml");
    let articles = check.articles(files.articles);
    check.file = format!("{shown}/questions.toml");
    let (steps, questions) = check.questions(files.questions);
    let engine_choices = check.engine_choices(&questions);
    let (slots, format_1) = check.slots(files.released, files.retired, &questions, shown);
    let axis_max = axis_max(&questions);
    let refs = Refs {
        questions: &questions,
        articles: &articles,
        axis_max,
    };
    check.file = format!("{shown}/tags.toml");
    let (tag_avoid_if, tag_names) = check.tag_table(files.tags, &refs);
    check.file = format!("{shown}/tips.toml");
    let tips = check.tips(files.tips, &refs, &tag_avoid_if);
    check.file = format!("{shown}/cautions.toml");
    let (cautions, disclaimer) = check.cautions(files.cautions.caution, &refs);
    check.excludes(&cautions, &tips, &questions);
    check.left_out(&cautions, files.cautions.left_out, &tag_names);
    check.promises(&cautions, &tag_avoid_if, &questions);
    check.file = format!("{shown}/staples.toml");
    let staples = check.staples(files.staples, &refs, &tips, &cautions);
    check.file = format!("{shown}/tips.toml");
    check.notes(&tips, &staples);
    check.file = format!("{shown}/strings.toml");
    let strings = check.strings(files.strings);
    check.file = format!("{shown}/ingredients.toml");
    let ingredients = check.ingredients(files.ingredients, &refs, &tag_avoid_if);

    if check.errors.is_empty() {
        Ok(Content {
            articles,
            steps,
            questions,
            tag_avoid_if,
            tips,
            cautions,
            disclaimer,
            staples,
            strings,
            engine_choices,
            slots,
            format_1,
            ingredients,
        })
    } else {
        Err(check.errors)
    }
}

/// Whether `a` holding guarantees that `b` holds too (so avoiding `a` avoids `b`).
fn covers(a: Condition, b: Condition) -> bool {
    match (a, b) {
        (
            Condition::AxisAtLeast { axis, min },
            Condition::AxisAtLeast {
                axis: other_axis,
                min: other_min,
            },
        ) => axis == other_axis && min <= other_min,
        _ => a == b,
    }
}

/// The condition as written in content files.
fn describe(condition: Condition, questions: &[Question]) -> String {
    match condition {
        Condition::Picked { question, choice } => {
            let question = &questions[question];
            format!("{}.{}", question.id, question.choices[choice].id)
        }
        Condition::AxisAtLeast { axis, min } => format!("{}>={min}", axis.id()),
    }
}

/// Whether two times share a morning or an evening.
fn overlap(a: Time, b: Time) -> bool {
    a.includes(b) || b.includes(a)
}

/// What tips and cautions may refer to.
struct Refs<'a> {
    questions: &'a [Question],
    articles: &'a [Article],
    axis_max: [i16; Axis::ALL.len()],
}

/// Collects problems for the file being checked.
struct Checker {
    errors: Vec<String>,
    file: String,
}

impl Checker {
    fn error(&mut self, entry: &str, problem: impl std::fmt::Display) {
        self.errors
            .push(format!("{}: {entry}: {problem}", self.file));
    }

    /// Checks an id's form and uniqueness among `seen`; `kind` names the entry (`tip`).
    fn id(&mut self, kind: &str, id: &str, kebab: bool, seen: &mut HashSet<String>) -> String {
        let entry = format!("{kind} `{id}`");
        if !is_id(id, kebab) {
            let form = if kebab {
                "lower_snake_case or kebab-case"
            } else {
                "lower_snake_case"
            };
            self.error(&entry, format!("id must be {form}"));
        }
        if !seen.insert(id.to_owned()) {
            self.error(&entry, format!("duplicate {kind} id"));
        }
        entry
    }

    /// One value per language of [`Lang::ALL`] from a table keyed by language tag: `each` checks one language's entry
    /// (`None` when it is missing); a key that is no language's tag is a problem.
    fn per_lang<T>(
        &mut self,
        entry: &str,
        field: &str,
        mut raw: BTreeMap<String, T>,
        mut each: impl FnMut(&mut Self, Lang, Option<T>) -> T,
    ) -> PerLang<T> {
        let values = Lang::ALL.map(|lang| {
            let value = raw.remove(lang.tag());
            each(self, lang, value)
        });
        for tag in raw.keys() {
            self.error(
                entry,
                format!(
                    "{field}: unknown language `{tag}` (expected {})",
                    Lang::ALL.map(Lang::tag).join(", ")
                ),
            );
        }
        values
    }

    fn text(&mut self, entry: &str, field: &str, raw: RawText) -> Text {
        let text = Text(self.per_lang(entry, field, raw.0, |check, lang, value| {
            let lang = lang.tag();
            match value {
                // Line breaks are the only control characters text may hold: the widget's text files separate
                // strings with NUL, and the others would be invisible on screen.
                Some(value) if value.chars().any(|c| c.is_control() && c != '\n') => {
                    check.error(
                        entry,
                        format!("{field}: `{lang}` text contains a control character"),
                    );
                    String::new()
                }
                Some(value) if !value.trim().is_empty() => value,
                Some(_) => {
                    check.error(entry, format!("{field}: empty `{lang}` text"));
                    String::new()
                }
                None => {
                    check.error(entry, format!("{field}: missing `{lang}` translation"));
                    String::new()
                }
            }
        }));
        // Every language has the placeholders of the first.
        let (first, rest) = Lang::ALL.split_first().expect("there is a language");
        let expected = placeholders(&text[*first]);
        for &lang in rest {
            let found = placeholders(&text[lang]);
            if !text[*first].is_empty() && !text[lang].is_empty() && found != expected {
                let list = |names: &[&str]| {
                    if names.is_empty() {
                        "none".to_owned()
                    } else {
                        names.join(", ")
                    }
                };
                self.error(
                    entry,
                    format!(
                        "{field}: placeholders differ: {} has {}, {} has {}",
                        first.tag(),
                        list(&expected),
                        lang.tag(),
                        list(&found)
                    ),
                );
            }
        }
        text
    }

    fn condition(&mut self, entry: &str, field: &str, raw: &str, refs: &Refs) -> Option<Condition> {
        let resolved = match raw.split_once(">=") {
            Some((axis, min)) => resolve_axis(axis.trim(), min.trim(), refs),
            None => resolve_choice(raw, refs.questions),
        };
        resolved
            .map_err(|problem| self.error(entry, format!("{field} `{raw}`: {problem}")))
            .ok()
    }

    fn small(&mut self, entry: &str, field: &str, value: i64) -> i8 {
        i8::try_from(value).unwrap_or_else(|_| {
            self.error(
                entry,
                format!("{field} = {value} is out of range (-128 to 127)"),
            );
            0
        })
    }

    /// Resolves tag ids (in `field`), reporting unknown and repeated ones.
    fn tags(&mut self, entry: &str, field: &str, raw: &[String]) -> Vec<Tag> {
        let mut tags = Vec::new();
        for id in raw {
            match Tag::from_id(id) {
                None => self.error(
                    entry,
                    format!(
                        "{field}: unknown tag `{id}` (expected one of {})",
                        Tag::ALL.map(Tag::id).join(", ")
                    ),
                ),
                Some(tag) if tags.contains(&tag) => {
                    self.error(entry, format!("{field}: tag `{id}` is listed twice"))
                }
                Some(tag) => tags.push(tag),
            }
        }
        tags
    }
}

fn resolve_choice(raw: &str, questions: &[Question]) -> Result<Condition, String> {
    let Some((question_id, choice_id)) = raw.split_once('.') else {
        return Err("expected `question.choice` or `axis>=N`".to_owned());
    };
    let Some(question) = questions.iter().position(|q| q.id == question_id) else {
        return Err(format!("question `{question_id}` does not exist"));
    };
    let Some(choice) = questions[question]
        .choices
        .iter()
        .position(|c| c.id == choice_id)
    else {
        return Err(format!(
            "question `{question_id}` has no choice `{choice_id}`"
        ));
    };
    Ok(Condition::Picked { question, choice })
}

fn resolve_axis(axis: &str, min: &str, refs: &Refs) -> Result<Condition, String> {
    let Some(found) = Axis::from_id(axis) else {
        return Err(format!(
            "unknown axis `{axis}` (expected one of {})",
            Axis::ALL.map(Axis::id).join(", ")
        ));
    };
    let min = match min.parse::<u8>() {
        Ok(min) if min <= 100 => min,
        _ => return Err(format!("`{min}` is not a score from 0 to 100")),
    };
    if min > 0 && refs.axis_max[found.index()] == 0 {
        return Err(format!("can never hold: no answer raises {axis}"));
    }
    Ok(Condition::AxisAtLeast { axis: found, min })
}

/// lower_snake_case, or also kebab-case: what can become a Rust identifier (or, for articles, a URL slug).
fn is_id(id: &str, kebab: bool) -> bool {
    let separator = |c: char| c == '_' || (kebab && c == '-');
    id.starts_with(|c: char| c.is_ascii_lowercase())
        && !id.ends_with(separator)
        && id
            .chars()
            .all(|c| c.is_ascii_lowercase() || c.is_ascii_digit() || separator(c))
}

/// The distinct `{name}` placeholders of a text, sorted.
fn placeholders(text: &str) -> Vec<&str> {
    let mut names: Vec<&str> = text
        .split('{')
        .skip(1)
        .filter_map(|rest| rest.split_once('}').map(|(name, _)| name))
        .filter(|name| {
            !name.is_empty() && name.chars().all(|c| c.is_ascii_alphanumeric() || c == '_')
        })
        .collect();
    names.sort_unstable();
    names.dedup();
    names
}

#[cfg(test)]
mod tests {
    use super::testing::{edited, problems, tip, DIR, TRIGGER};
    use super::{covers, is_id, placeholders};
    use crate::model::{Axis, Condition};

    #[test]
    fn the_real_content_is_valid() {
        let content = crate::load(std::path::Path::new(DIR), "crates/skin-rules/content").unwrap();
        assert!(!content.tips.is_empty() && !content.questions.is_empty());
        assert!(content.cautions[content.disclaimer].when.is_empty());
        assert!(content.axis_max().iter().all(|&max| max > 0));
    }

    #[test]
    fn a_valid_addition_has_no_problems() {
        assert_eq!(
            problems("tips.toml", &tip("fine", TRIGGER)),
            Vec::<String>::new()
        );
    }

    #[test]
    fn a_syntax_error_names_the_file() {
        let problems = edited("cautions.toml", |text| {
            format!("{text}\n[[caution]\nid = \n")
        });
        assert_eq!(problems.len(), 1, "{problems:?}");
        assert!(
            problems[0].starts_with("content/cautions.toml: TOML parse error"),
            "{problems:?}"
        );
    }

    #[test]
    fn ids_are_snake_case_or_for_articles_kebab_case() {
        assert!(is_id("steam_session", false) && is_id("glass-skin", true));
        assert!(!is_id("glass-skin", false) && !is_id("Steam", false));
        assert!(
            !is_id("_x", false) && !is_id("x_", false) && !is_id("x-", true) && !is_id("", false)
        );
        assert!(is_id("step2", false) && !is_id("2step", false));
    }

    #[test]
    fn placeholders_are_the_distinct_names_in_braces() {
        assert_eq!(placeholders("{n} of {total}, {n}"), ["n", "total"]);
        assert_eq!(placeholders("{} {a b} { open"), Vec::<&str>::new());
    }

    #[test]
    fn avoiding_a_lower_axis_score_covers_a_higher_one() {
        let at = |min| Condition::AxisAtLeast {
            axis: Axis::Sensitivity,
            min,
        };
        assert!(covers(at(40), at(50)) && covers(at(50), at(50)) && !covers(at(60), at(50)));
        assert!(!covers(
            Condition::AxisAtLeast {
                axis: Axis::Dryness,
                min: 0
            },
            at(50)
        ));
        let picked = |question, choice| Condition::Picked { question, choice };
        assert!(covers(picked(1, 2), picked(1, 2)));
        assert!(!covers(picked(1, 2), picked(1, 3)));
    }
}
