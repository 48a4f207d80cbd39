//! Everything a results screen shows, worked out once per result ([`ResultsModel::new`]): the outcome, what changed
//! since the reader's earlier result, the owner's products for each routine item and the labels of the reader's
//! history, and the verdicts of the products the reader checked ([`check_products`], run by the product checker's
//! own wasm module in the widget, which asks over [`wire`]). The widget builds one in a hook whenever the result, the language, the catalog, the history or the kept products change, and its
//! views only render it.

use std::fmt::Write;

use crate::engine::{evaluate_on, Outcome, Profile};
use crate::ingredients::{self, Known, Level};
use crate::products::{Catalog, Product};
use crate::progress::Changes;
use crate::strings::ui;

pub mod wire;
use crate::{
    cautions, fill, questionnaire, tag_avoid_if, Answers, Caution, Condition, Lang, Read, Severity,
    Tag,
};

/// The longest `mailto:` link [`ResultsModel::mailto`] makes, in characters. Mail clients and browsers cut or refuse
/// longer ones (Outlook and some webmail handlers near 2,000; Internet-era limits of 2,083): the body keeps its lines
/// in order of importance while the whole link stays within this, and the last line then points to the page.
pub const MAILTO_MAX: usize = 2000;

/// Whom a mail of the results is for.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Letter {
    /// The reader: the routine and the cautions.
    Myself,
    /// The reader's dermatologist: the answers that matter medically too, said to come from a quiz.
    Dermatologist,
}

/// One result of the reader's history, as the widget keeps it.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Earlier<'a> {
    /// The reader's local date of that result, in days since 1970-01-01.
    pub day: u32,
    /// Its answers as read forward to this release (`Answers::read`), or `None` for a result of another
    /// questionnaire (shown as a date only).
    pub answers: Option<&'a Read>,
}

/// What changed since the reader's earlier result.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Since {
    /// The date of the earlier result, in days since 1970-01-01.
    pub day: u32,
    /// The differences, or `None` when that result was made for another questionnaire.
    pub changes: Option<Changes>,
}

/// One result of the reader's history, ready to list.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Past {
    /// The reader's local date, in days since 1970-01-01.
    pub day: u32,
    /// Its profile (its label is what the list shows), or `None` for a result of another questionnaire.
    pub profile: Option<Profile>,
}

/// A product the reader checked, as the widget keeps it on the device.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct KeptProduct {
    /// The name the reader gave it (may be empty).
    pub name: String,
    /// The ingredient list as pasted.
    pub label: String,
    /// Its most serious flag when it was checked (`None`: nothing conflicted then).
    pub verdict: Option<Level>,
}

/// A kept product read against the answers shown, in words.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct CheckedProduct {
    /// The name the reader gave it (may be empty).
    pub name: String,
    /// Its most serious flag now.
    pub level: Option<Level>,
    /// Its verdict is worse than when it was checked: the answers changed since.
    pub worse: bool,
    /// The verdict line.
    pub verdict: String,
    /// Where it fits in the routine, if its name or ingredients say.
    pub fits: Option<String>,
    /// Each ingredient the quiz knows, by its name in the language, in label order, with its flag.
    pub known: Vec<(String, Option<(Level, String)>)>,
    /// The ingredients it does not know, named as written (a sentence), if any.
    pub not_known: Option<String>,
}

/// Reads each of the reader's `kept` products against `answers`, with the checker's data `known`, in `lang`: the
/// product check's verdicts, once per result like the rest (a new check is a kept product without a verdict yet; its
/// [`CheckedProduct::level`] is the verdict to keep).
pub fn check_products(
    known: &Known,
    answers: &Answers,
    kept: &[KeptProduct],
    lang: Lang,
) -> Vec<CheckedProduct> {
    kept.iter()
        .map(|product| CheckedProduct::new(known, answers, product, lang))
        .collect()
}

impl CheckedProduct {
    fn new(known: &Known, answers: &Answers, kept: &KeptProduct, lang: Lang) -> CheckedProduct {
        let check = ingredients::check(known, answers, &kept.name, &kept.label);
        let level = check.level();
        let unknown: Vec<&str> = check.unrecognised().collect();
        CheckedProduct {
            name: kept.name.clone(),
            level,
            worse: level > kept.verdict,
            verdict: check.verdict(lang),
            fits: check.fits(lang),
            known: check
                .ingredients
                .iter()
                .enumerate()
                .filter_map(|(at, read)| {
                    let flag = check.flags.iter().find(|flag| flag.ingredient == at);
                    Some((
                        read.known?.name(lang).to_owned(),
                        flag.map(|flag| (flag.level, check.why(flag, lang))),
                    ))
                })
                .collect(),
            not_known: (!unknown.is_empty()).then(|| {
                fill(
                    check.text(ingredients::text::NOT_KNOWN, lang),
                    &[("names", &unknown.join(", "))],
                )
            }),
        }
    }
}

/// The results screen of one set of answers, for one reader, in one language.
#[derive(Clone, Debug, PartialEq)]
pub struct ResultsModel {
    /// The answers shown.
    pub answers: Answers,
    /// Their outcome (`evaluate_on`).
    pub outcome: Outcome,
    /// What changed since the reader's earlier result (their own results only).
    pub since: Option<Since>,
    /// The owner's products beside each morning and each evening routine item (`Catalog::for_routine`).
    pub products_am: Vec<Vec<Product>>,
    /// See [`ResultsModel::products_am`].
    pub products_pm: Vec<Vec<Product>>,
    /// The reader's history, newest first (empty on someone else's shared result).
    pub history: Vec<Past>,
    /// "Send to myself" and "For my dermatologist": `mailto:` links ([`ResultsModel::mailto`]).
    pub mail_myself: String,
    /// See [`ResultsModel::mail_myself`].
    pub mail_dermatologist: String,
    /// The products the reader checked, read against these answers (empty until the widget sets them, [`check_products`]).
    pub checked: Vec<CheckedProduct>,
}

impl ResultsModel {
    /// The results of `answers` read on `article` (an index in `articles()`, whose tips lead their ties) in `lang`,
    /// with the `catalog`'s products; `earlier` is the reader's earlier result to compare with and `history` their
    /// whole history, oldest first (both empty for someone else's shared result); the mails end with `page`, the
    /// page's address.
    pub fn new(
        answers: &Answers,
        article: Option<usize>,
        lang: Lang,
        catalog: &Catalog,
        earlier: Option<Earlier<'_>>,
        history: &[Earlier<'_>],
        page: &str,
    ) -> ResultsModel {
        let outcome = evaluate_on(answers, article);
        let products = |items| {
            catalog
                .for_routine(items, answers, &outcome, lang)
                .into_iter()
                .map(|picks| picks.into_iter().cloned().collect())
                .collect()
        };
        let mut model = ResultsModel {
            products_am: products(&outcome.routine.am),
            products_pm: products(&outcome.routine.pm),
            since: earlier.map(|earlier| Since {
                day: earlier.day,
                changes: earlier.answers.map(|before| {
                    // Compares what both answered: questions the earlier result was made without are new.
                    let unasked: Vec<usize> =
                        before.added.iter().chain(&before.again).copied().collect();
                    Changes::between(&before.answers, answers).since_upgrade(&unasked)
                }),
            }),
            history: history
                .iter()
                .rev()
                .map(|past| Past {
                    day: past.day,
                    profile: past
                        .answers
                        .map(|read| Profile::from_answers(&read.answers)),
                })
                .collect(),
            answers: answers.clone(),
            outcome,
            mail_myself: String::new(),
            mail_dermatologist: String::new(),
            checked: Vec::new(),
        };
        model.mail_myself = model.mailto(Letter::Myself, lang, page);
        model.mail_dermatologist = model.mailto(Letter::Dermatologist, lang, page);
        model
    }
}

impl ResultsModel {
    /// A `mailto:` link (no address: the reader picks one) whose subject and plain-text body hold the results for
    /// `letter`, in `lang`, ending with the page's address `page`; never longer than [`MAILTO_MAX`] characters.
    pub fn mailto(&self, letter: Letter, lang: Lang, page: &str) -> String {
        let outcome = &self.outcome;
        let (subject, opening) = match letter {
            Letter::Myself => (ui::MAIL_SUBJECT, None),
            Letter::Dermatologist => (ui::MAIL_DOCTOR_SUBJECT, Some(ui::MAIL_DOCTOR_NOTE)),
        };
        let mut lines: Vec<String> = Vec::new();
        if let Some(note) = opening {
            lines.extend([note.get(lang).to_owned(), String::new()]);
        }
        lines.push(fill(
            ui::PROFILE_LINE.get(lang),
            &[("label", outcome.profile.label(lang))],
        ));
        let mut list = |heading: &str, items: Vec<String>| {
            if !items.is_empty() {
                lines.push(String::new());
                lines.push(heading.to_owned());
                lines.extend(items);
            }
        };
        let cautions = |cautions: &mut dyn Iterator<Item = &'static Caution>| {
            cautions
                .map(|c| format!("- {}", c.text.get(lang)))
                .collect()
        };
        list(
            ui::SEE_DERMATOLOGIST_HEADING.get(lang),
            cautions(&mut outcome.urgent()),
        );
        if letter == Letter::Dermatologist {
            let answers = medical_questions()
                .filter_map(|q| {
                    let question = questionnaire().get(q)?;
                    self.answers.get(q)?;
                    Some(format!(
                        "- {} {}",
                        question.text.get(lang),
                        self.answers.text(q, lang)
                    ))
                })
                .collect();
            list(ui::MAIL_ANSWERS.get(lang), answers);
        }
        list(
            ui::CAREFUL_HEADING.get(lang),
            cautions(&mut outcome.warnings()),
        );
        for (heading, items) in [
            (ui::ROUTINE_AM, &outcome.routine.am),
            (ui::ROUTINE_PM, &outcome.routine.pm),
        ] {
            let items = items
                .iter()
                .enumerate()
                .map(|(i, item)| item.short_line(i + 1, lang))
                .collect();
            list(heading.get(lang), items);
        }
        let tips = outcome
            .highlighted_tips()
            .iter()
            .map(|t| format!("- {}", t.tip.title.get(lang)))
            .collect();
        list(ui::TIPS_HEADING.get(lang), tips);
        list(
            ui::CAUTIONS_HEADING.get(lang),
            cautions(&mut outcome.good_to_know()),
        );
        lines.push(String::new());
        lines.push(outcome.disclaimer().text.get(lang).to_owned());

        let mut link = String::from("mailto:?subject=");
        encode(subject.get(lang), &mut link);
        link.push_str("&body=");
        let whole = format!("\r\n\r\n{page}");
        let cut = format!(
            "\r\n\r\n{}",
            fill(ui::MAIL_MORE.get(lang), &[("url", page)])
        );
        let encoded_len = |text: &str| {
            let mut out = String::new();
            encode(text, &mut out);
            out.len()
        };
        let mut body = String::new();
        let mut complete = true;
        for (i, line) in lines.iter().enumerate() {
            let piece = if i == 0 {
                line.clone()
            } else {
                format!("\r\n{line}")
            };
            // Room for this line and the longer ending.
            if link.len() + encoded_len(&body) + encoded_len(&piece) + encoded_len(&cut)
                > MAILTO_MAX
            {
                complete = false;
                break;
            }
            body.push_str(&piece);
        }
        body.push_str(if complete { &whole } else { &cut });
        encode(&body, &mut link);
        link
    }
}

/// The questions the safety rules read (the tag table's rows and the red flags): the answers that matter medically,
/// in questionnaire order.
pub fn medical_questions() -> impl Iterator<Item = usize> {
    let red_flags = cautions()
        .iter()
        .filter(|c| c.severity == Severity::SeeDermatologist)
        .flat_map(|c| c.when.iter().chain(c.when_all));
    let rules: Vec<&Condition> = Tag::ALL
        .into_iter()
        .flat_map(|tag| tag_avoid_if(tag).iter())
        .chain(red_flags)
        .collect();
    (0..questionnaire().len()).filter(move |&q| {
        rules
            .iter()
            .any(|c| matches!(c, Condition::Picked { question, .. } if *question == q))
    })
}

/// Appends `text` percent-encoded for a URL's query (RFC 3986: every byte but the unreserved characters).
fn encode(text: &str, out: &mut String) {
    for byte in text.bytes() {
        if byte.is_ascii_alphanumeric() || b"-._~".contains(&byte) {
            out.push(char::from(byte));
        } else {
            let _ = write!(out, "%{byte:02X}");
        }
    }
}
