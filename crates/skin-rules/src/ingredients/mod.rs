//! The product checker: a pasted ingredient list read against the reader's own answers.
//!
//! [`parse`] reads the label; each ingredient is matched exactly (after `skin_vocab::ingredient_name::key`, never
//! fuzzily) against the [`Known`] ingredients; an ingredient's families (`content/ingredients.toml`) each carry a
//! safety tag, and the flags come from that tag's row of the tag table, the same rules that keep tips away: a row's
//! condition that holds for the reader flags the ingredient, `avoid` where the family says so, else `caution`. Two
//! families that clash inside one product, and what a family says of itself (a medicine, banned in cosmetics), are
//! said for every reader. An ingredient that is also a pH adjuster counts in its families only above the list's 1%
//! line ([`Amount`]). Nothing here keeps or sends what was pasted.

mod known;
mod parse;

#[cfg(feature = "bundled-text")]
pub use known::bundled_file;
pub use known::{file_name, Amount, Entry, Known, KnownError};
pub use parse::parse;

/// The checker's sentences (`[text]` of `content/ingredients.toml`), read from the ingredients file.
pub use crate::data::check_text as text;

/// A text of the checker: a number into the ingredients file's texts ([`Known::text`]).
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct CheckText(pub(crate) u16);

use skin_vocab::ingredient_name::compose_hangul;

use crate::engine::{applies, axis_in_sentence, holds};
use crate::{
    data, fill, routine_step_name, tag_avoid_if, Answers, Caution, Condition, Lang, Profile,
    Reason, RoutineStep, Tag, Time,
};

/// A family of ingredients, tied to a safety tag (`content/ingredients.toml`).
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Family {
    /// Its content id, what the CLI prints.
    pub id: &'static str,
    /// The tag whose row of the tag table decides who is flagged.
    pub tag: Tag,
    /// How a flag names it.
    pub name: CheckText,
    /// The conditions of the tag's row that make it `avoid` (the others: `caution`).
    pub avoid: &'static [Condition],
    /// Counts only among the first so many ingredients of a list.
    pub within: Option<u8>,
    /// When a product with it is used, if only once a day.
    pub time: Option<Time>,
    /// The conditions of the tag's row it flags for (empty: the whole row): benzyl alcohol, a preservative too,
    /// only for a fragrance allergy.
    pub only: &'static [Condition],
    /// The answer that says the reader already uses one: a caution for it alone says this may be that product.
    pub own: Option<Condition>,
    /// What it says to every reader, whatever their answers: a fact of the ingredient itself.
    pub everyone: Option<Everyone>,
    /// Answers of its tag's row, each with what a caution that holds it adds: how to use an active the reader may have
    /// been prescribed or recommended, what a breastfeeding mother keeps from her baby.
    pub said: &'static [(Condition, CheckText)],
}

/// What a family says to every reader (hydroquinone and steroids are medicines, mercury is banned in cosmetics).
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Everyone {
    /// The flag's level for every reader.
    pub level: Level,
    /// What to say.
    pub text: CheckText,
    /// What the verdict leads with for a product holding it: "This is a medicine, not a cosmetic" (derm-4, K1).
    pub verdict: Option<CheckText>,
}

/// Two families that clash inside one product.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Clash {
    /// Indexes into [`families`].
    pub families: [usize; 2],
    /// What to say.
    pub text: CheckText,
}

/// Every family, in content order.
pub fn families() -> &'static [Family] {
    &data::FAMILIES
}

/// How much a flag matters.
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord)]
pub enum Level {
    /// Worth knowing: use with care.
    Caution,
    /// Not for this reader.
    Avoid,
}

impl Level {
    /// The id the CLI prints.
    pub fn id(self) -> &'static str {
        match self {
            Level::Caution => "caution",
            Level::Avoid => "avoid",
        }
    }
}

/// One ingredient of the list, as written, and what it is.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Read<'a> {
    /// As written, trimmed (see [`parse`]).
    pub text: String,
    /// The known ingredient, if it is one.
    pub known: Option<&'a Entry<'a>>,
    /// Here only in a small amount, to adjust the pH or keep the formula fresh (an [`Amount::Adjuster`] below the
    /// list's 1% line): its families do not count.
    pub small_amount: bool,
}

/// Why an ingredient is flagged: one of these per family that flags it, or a clash.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Why {
    /// The reader's answers: the family and the answers (or scores) that flag it at the flag's level.
    Answers {
        /// Index into [`families`].
        family: usize,
        /// The flag's level for this family.
        level: Level,
        /// The reader's answers behind it.
        reasons: Vec<Reason>,
        /// Its only reason is that the reader already uses one of the family: fine if this is that product.
        yours: bool,
    },
    /// A clash inside the product.
    Clash(&'static Clash),
    /// What the family (an index into [`families`]) says to every reader.
    Everyone(usize),
    /// What the family says after a caution, for one of the reader's answers (its `said`).
    Said(CheckText),
}

/// A flagged ingredient.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Flag {
    /// Index into [`Check::ingredients`].
    pub ingredient: usize,
    /// The most serious level of its reasons.
    pub level: Level,
    /// Its reasons, families first.
    pub why: Vec<Why>,
}

impl Why {
    fn text(&self, known: &Known, lang: Lang) -> String {
        match self {
            Why::Answers {
                family,
                level,
                reasons,
                yours,
            } => {
                let template = match level {
                    Level::Avoid => text::FLAG_AVOID,
                    Level::Caution => text::FLAG_CAUTION,
                };
                let reasons: Vec<String> = reasons
                    .iter()
                    .enumerate()
                    .map(|(at, r)| reason(r, at + 1 == reasons.len(), known, lang))
                    .collect();
                let why = fill(
                    known.text(template, lang),
                    &[
                        ("family", known.text(families()[*family].name, lang)),
                        (
                            "reasons",
                            &reasons.join(known.text(text::REASON_SEPARATOR, lang)),
                        ),
                    ],
                );
                if *yours {
                    format!("{why} {}", known.text(text::YOURS, lang))
                } else {
                    why
                }
            }
            Why::Clash(clash) => known.text(clash.text, lang).to_owned(),
            Why::Said(text) => known.text(*text, lang).to_owned(),
            Why::Everyone(family) => families()[*family]
                .everyone
                .map_or("", |everyone| known.text(everyone.text, lang))
                .to_owned(),
        }
    }
}

/// A reason in the reader's words: "you answered “…” about …", or a score; in Korean, all but the `last` end in
/// "…고" ("…고르셨고, …고르셨으니").
fn reason(reason: &Reason, last: bool, known: &Known, lang: Lang) -> String {
    let (said, score) = if last {
        (text::REASON_SAID, text::REASON_SCORE)
    } else {
        (text::REASON_SAID_MORE, text::REASON_SCORE_MORE)
    };
    match reason {
        Reason::Picked { question, choice } => fill(
            known.text(said, lang),
            &[
                ("choice", choice.label.get(lang)),
                ("topic", question.topic.get(lang)),
            ],
        ),
        Reason::Axis { axis, score: value } => fill(
            known.text(score, lang),
            &[
                ("axis", &axis_in_sentence(*axis, lang)),
                ("score", &value.to_string()),
            ],
        ),
    }
}

/// What the checker says about one product.
#[derive(Clone, Debug)]
pub struct Check<'a> {
    /// What it was read against, for its texts.
    known: &'a Known<'a>,
    /// Every ingredient of the list, in label order.
    pub ingredients: Vec<Read<'a>>,
    /// The flagged ones, in label order.
    pub flags: Vec<Flag>,
    /// Where the product fits in the routine, if its name or its ingredients say.
    pub step: Option<RoutineStep>,
    /// When: the step's, if it has one time of day (a sunscreen is a morning product whatever it holds), else
    /// its ingredients', if they are for one time of day only.
    pub time: Option<Time>,
    /// What the verdict ends with when the reader's answers bring the calm plan: keep to the staples while the skin
    /// rests, or, for a lasting reason (a weakened immune system), what lasts.
    pub calm: Option<CheckText>,
}

/// Reads the ingredient list `label` of a product named `name` (may be empty) against `answers`.
pub fn check<'a>(known: &'a Known<'a>, answers: &Answers, name: &str, label: &str) -> Check<'a> {
    let mut ingredients: Vec<Read<'a>> = parse(label)
        .into_iter()
        .flat_map(|text| slash_list(known, text))
        .map(|text| {
            let known = find(known, &text);
            Read {
                text,
                known,
                small_amount: false,
            }
        })
        .collect();
    // A sunscreen's acid only adjusts its pH; else the 1% line is the first `trace` ingredient after the first three (one
    // among them, with more after it, says the order is not to be trusted: derm-4, K11), and a list without one holds
    // its actives among its first five.
    let sunscreen = step_by_name(name) == Some(RoutineStep::Sunscreen)
        || ingredients
            .iter()
            .any(|read| read.known.and_then(|e| e.step) == Some(RoutineStep::Sunscreen));
    let line = if sunscreen {
        0
    } else {
        ingredients
            .iter()
            .enumerate()
            .skip(UNTRUSTED_TRACE)
            .find(|(_, read)| read.known.is_some_and(|e| e.amount == Amount::Trace))
            .map_or(UNMARKED_LINE, |(at, _)| at)
    };
    for read in ingredients.iter_mut().skip(line) {
        read.small_amount = read.known.is_some_and(|e| e.amount == Amount::Adjuster);
    }
    let axes = Profile::from_answers(answers).axes;
    let holds = |condition: &Condition| holds(condition, answers, &axes);

    let mut flags: Vec<Flag> = Vec::new();
    for (at, read) in ingredients.iter().enumerate() {
        let mut why = Vec::new();
        for index in counted(at, read) {
            let family = &families()[index];
            let rules = if family.only.is_empty() {
                tag_avoid_if(family.tag)
            } else {
                family.only
            };
            let held: Vec<&Condition> = rules.iter().filter(|c| holds(c)).collect();
            let level = if held.iter().any(|c| family.avoid.contains(c)) {
                Level::Avoid
            } else {
                Level::Caution
            };
            let yours = level == Level::Caution && family.own.is_some_and(|own| held == [&own]);
            let reasons: Vec<Reason> = held
                .iter()
                .copied()
                .filter(|c| level == Level::Caution || family.avoid.contains(c))
                .filter_map(|c| Reason::of(c, &axes))
                .collect();
            if !reasons.is_empty() {
                why.push(Why::Answers {
                    family: index,
                    level,
                    reasons,
                    yours,
                });
            }
            // What the family says for an answer behind the caution, once.
            if level == Level::Caution {
                for &(answer, said) in family.said {
                    let said = Why::Said(said);
                    if held.contains(&&answer) && !why.contains(&said) {
                        why.push(said);
                    }
                }
            }
            if family.everyone.is_some() {
                why.push(Why::Everyone(index));
            }
        }
        if !why.is_empty() {
            flags.push(Flag {
                ingredient: at,
                level: level_of(&why),
                why,
            });
        }
    }
    for clash in data::CLASHES.iter() {
        let first = |family: usize| {
            ingredients
                .iter()
                .enumerate()
                .position(|(at, read)| counted(at, read).any(|f| f == family))
        };
        if let (Some(a), Some(b)) = (first(clash.families[0]), first(clash.families[1])) {
            // How to use both means nothing to a reader who is to avoid either.
            let avoided = |at| {
                flags
                    .iter()
                    .any(|flag| flag.ingredient == at && flag.level == Level::Avoid)
            };
            if avoided(a) || avoided(b) {
                continue;
            }
            let at = a.max(b);
            match flags.iter_mut().find(|flag| flag.ingredient == at) {
                Some(flag) => flag.why.push(Why::Clash(clash)),
                None => {
                    let position = flags
                        .iter()
                        .position(|flag| flag.ingredient > at)
                        .unwrap_or(flags.len());
                    flags.insert(
                        position,
                        Flag {
                            ingredient: at,
                            level: Level::Caution,
                            why: vec![Why::Clash(clash)],
                        },
                    );
                }
            }
        }
    }

    // A medicine, or a product to avoid, has no place in a routine.
    let medicine = flags.iter().any(|flag| {
        flag.level == Level::Avoid || flag.why.iter().any(|why| matches!(why, Why::Everyone(_)))
    });
    let step = step_by_name(name)
        .or_else(|| {
            ingredients
                .iter()
                .find_map(|read| read.known.and_then(|entry| entry.step))
        })
        .filter(|_| !medicine);
    let time = step.and_then(RoutineStep::only_time).or_else(|| {
        let mut times = ingredients
            .iter()
            .enumerate()
            .flat_map(|(at, read)| counted(at, read).filter_map(|f| families()[f].time));
        let first = times.next()?;
        times.all(|time| time == first).then_some(first)
    });
    // A lasting reason for the calm plan has a verdict of its own, unless the skin also needs rest now (derm-4, K2):
    // it is said when every calm caution that applies is that answer's.
    let lasting = |caution: &Caution| {
        data::CALM_VERDICTS
            .iter()
            .find(|(answer, _)| caution.when.contains(answer))
            .map(|&(_, text)| text)
    };
    let mut resting = data::CAUTIONS
        .iter()
        .filter(|caution| caution.calm && applies(caution, &holds));
    let calm = resting.next().map(|first| {
        lasting(first)
            .filter(|&verdict| resting.all(|caution| lasting(caution) == Some(verdict)))
            .unwrap_or(text::VERDICT_CALM)
    });
    Check {
        known,
        ingredients,
        flags,
        step,
        time,
        calm,
    }
}

/// A `trace` ingredient among a list's first so many is not its 1% line: "Water, Sodium Hyaluronate, Lactic Acid,
/// Glycerin" cannot honestly hold the hyaluronate at 1% or less with glycerin after it.
const UNTRUSTED_TRACE: usize = 3;

/// Where the 1% line is taken to be in a list without a `trace` ingredient: an exfoliating acid at 5–10% stands among
/// the first five.
const UNMARKED_LINE: usize = 5;

/// A pasted item as the ingredients it holds: "Glycerin/Glycolic Acid/Salicylic Acid" (a Korean shop page's slash list)
/// is three, but "Water/Aqua/Eau" (one ingredient's names), "Caprylic/Capric Triglyceride" (a known name) and
/// "Fruit/Leaf Extract" stay one: split only when the parts name two different known ingredients, or are many.
fn slash_list(known: &Known, text: String) -> Vec<String> {
    let outside = outside_brackets(&text);
    if !outside.contains('/') || known.find(&text).is_some() || known.find(&outside).is_some() {
        return vec![text];
    }
    let parts: Vec<&str> = text
        .split('/')
        .map(str::trim)
        .filter(|p| !p.is_empty())
        .collect();
    let mut named: Vec<&Entry> = parts.iter().filter_map(|part| known.find(part)).collect();
    named.dedup_by(|a, b| std::ptr::eq(*a, *b));
    if named.len() >= 2 || parts.len() >= SLASH_LIST {
        parts.into_iter().map(str::to_owned).collect()
    } else {
        vec![text]
    }
}

/// So many slash-separated parts are a list, not one ingredient's names ("Fruit/Leaf/Stem Extract" has three).
const SLASH_LIST: usize = 4;

/// Whether an unknown name looks like an active ingredient: an acid, a retinoid.
fn looks_active(text: &str) -> bool {
    // ASCII lowercasing reads the same here (the words looked for are ASCII or Hangul, which has no case) and keeps
    // Unicode's case tables, about 9 KB gzip, out of the checker's module (BENCHMARKS.md).
    let lower = text.to_ascii_lowercase();
    let lower = lower.trim();
    lower.ends_with("acid")
        || lower.ends_with('산')
        || lower.ends_with("애씨드")
        || lower.ends_with("애시드")
        || ["retin", "arotene", "레티", "로텐"]
            .iter()
            .any(|part| lower.contains(part))
}

/// The families the ingredient read at `at` counts in there: none in a small amount, and a family with `within`
/// only among the list's first ingredients.
fn counted<'r>(at: usize, read: &'r Read) -> impl Iterator<Item = usize> + 'r {
    read.known
        .filter(|_| !read.small_amount)
        .into_iter()
        .flat_map(|entry| entry.families.iter().copied())
        .filter(move |&index| {
            families()[index]
                .within
                .is_none_or(|within| at < usize::from(within))
        })
}

fn level_of(why: &[Why]) -> Level {
    why.iter()
        .map(|why| match why {
            Why::Answers { level, .. } => *level,
            Why::Clash(_) | Why::Said(_) => Level::Caution,
            Why::Everyone(family) => families()[*family]
                .everyone
                .map_or(Level::Caution, |everyone| everyone.level),
        })
        .max()
        .unwrap_or(Level::Caution)
}

/// The known ingredient `text` names: the whole text, else it without its bracketed parts, else a bracketed part,
/// else one of its slash-separated names ("Water/Aqua/Eau"), except in a polymer's name ("Styrene/Acrylates
/// Copolymer" is one name).
fn find<'a>(known: &'a Known<'a>, text: &str) -> Option<&'a Entry<'a>> {
    let outside = outside_brackets(text);
    let inside = inside_brackets(text);
    let whole = [text, outside.as_str()];
    let alternatives = inside.iter().flat_map(|part| part.split([',', '/']));
    let polymer = text.to_ascii_lowercase().contains("polymer");
    let slashed = outside
        .split('/')
        .filter(|_| !polymer && outside.contains('/'));
    let found = whole
        .into_iter()
        .chain(alternatives)
        .chain(slashed)
        .find_map(|name| known.find(name));
    found
}

fn outside_brackets(text: &str) -> String {
    let mut depth = 0usize;
    text.chars()
        .filter(|&c| match c {
            '(' | '[' | '（' => {
                depth += 1;
                false
            }
            ')' | ']' | '）' => {
                depth = depth.saturating_sub(1);
                false
            }
            _ => depth == 0,
        })
        .collect()
}

fn inside_brackets(text: &str) -> Vec<&str> {
    text.split(['(', '[', '（'])
        .skip(1)
        .filter_map(|rest| rest.split([')', ']', '）']).next())
        .collect()
}

/// The step the product's name says ("Snail Essence": essence), by the first step whose word it contains.
fn step_by_name(name: &str) -> Option<RoutineStep> {
    let name = compose_hangul(name).to_ascii_lowercase();
    data::STEP_WORDS
        .iter()
        .find(|(_, words)| words.iter().any(|word| name.contains(word)))
        .map(|&(step, _)| step)
}

impl Check<'_> {
    /// One of the checker's texts in `lang`.
    pub fn text(&self, text: CheckText, lang: Lang) -> &str {
        self.known.text(text, lang)
    }

    /// A flag's reasons, as sentences in `lang`.
    pub fn why(&self, flag: &Flag, lang: Lang) -> String {
        let sentences: Vec<String> = flag
            .why
            .iter()
            .map(|why| why.text(self.known, lang))
            .collect();
        sentences.join(" ")
    }

    /// Each flag's reasons as a reader reads them down the list, in `lang`: [`Check::why`], except that a sentence
    /// not about the reader's own answers (what a family says to every reader or after a caution, a clash) is said
    /// at its first flag only, so that two steroids or five cooling oils do not repeat it (derm-4 K1, K3).
    pub fn reasons(&self, lang: Lang) -> Vec<String> {
        let mut said: Vec<String> = Vec::new();
        self.flags
            .iter()
            .map(|flag| {
                let mut sentences = Vec::new();
                for why in &flag.why {
                    let text = why.text(self.known, lang);
                    if matches!(why, Why::Answers { .. }) {
                        sentences.push(text);
                    } else if !said.contains(&text) {
                        said.push(text.clone());
                        sentences.push(text);
                    }
                }
                sentences.join(" ")
            })
            .collect()
    }

    /// The most serious flag's level, if any flag.
    pub fn level(&self) -> Option<Level> {
        self.flags.iter().map(|flag| flag.level).max()
    }

    /// The ingredients it does not know, as written.
    pub fn unrecognised(&self) -> impl Iterator<Item = &str> {
        self.ingredients
            .iter()
            .filter(|read| read.known.is_none())
            .map(|read| read.text.as_str())
    }

    /// The verdict line: what to do with the product, first.
    pub fn verdict(&self, lang: Lang) -> String {
        let count = |level| self.flags.iter().filter(|flag| flag.level == level).count();
        let (template, flagged) = match self.level() {
            _ if self.ingredients.is_empty() => {
                return self.text(text::VERDICT_EMPTY, lang).to_owned()
            }
            Some(Level::Avoid) => (text::VERDICT_AVOID, count(Level::Avoid)),
            Some(Level::Caution) => (text::VERDICT_CAUTION, count(Level::Caution)),
            None => {
                let unknown: Vec<&str> = self.unrecognised().collect();
                let active: Vec<&str> = unknown
                    .iter()
                    .copied()
                    .filter(|t| looks_active(t))
                    .collect();
                if !active.is_empty() {
                    return fill(
                        self.text(text::VERDICT_UNKNOWN_ACTIVE, lang),
                        &[("names", &active.join(", "))],
                    );
                }
                if unknown.len() * 2 >= self.ingredients.len() {
                    return self.text(text::VERDICT_PARTIAL, lang).to_owned();
                }
                // Unknown names are not cleared (derm-4, K13).
                if unknown.is_empty() {
                    (text::VERDICT_CLEAR, 0)
                } else {
                    (text::VERDICT_CLEAR_KNOWN, 0)
                }
            }
        };
        let mut verdict = fill(
            self.known.text(template, lang),
            &[("count", &flagged.to_string())],
        );
        let watch = count(Level::Caution);
        if self.level() == Some(Level::Avoid) && watch > 0 {
            let also = fill(
                self.text(text::VERDICT_WATCH_TOO, lang),
                &[("count", &watch.to_string())],
            );
            verdict = format!("{verdict} {also}");
        }
        // A medicine says so first (derm-4, K1): what the product is, before how it meets the answers.
        let first = self
            .flags
            .iter()
            .flat_map(|flag| &flag.why)
            .find_map(|why| match why {
                Why::Everyone(family) => families()[*family].everyone.and_then(|e| e.verdict),
                _ => None,
            });
        if let Some(first) = first {
            verdict = format!("{} {verdict}", self.text(first, lang));
        }
        match self.calm {
            Some(calm) => format!("{verdict} {}", self.text(calm, lang)),
            None => verdict,
        }
    }

    /// Where the product fits, as a line ("Where it fits in your routine: Essence and serum, in the evening").
    pub fn fits(&self, lang: Lang) -> Option<String> {
        let template = match self.time {
            Some(Time::Am) => text::FITS_MORNING,
            Some(Time::Pm) => text::FITS_EVENING,
            _ => text::FITS,
        };
        let step = routine_step_name(self.step?).get(lang);
        Some(fill(self.known.text(template, lang), &[("step", step)]))
    }
}
