//! Fuzzing the readers of outside input with proptest: answer codes (saved progress, history and share links of this
//! release and every earlier one, `answer_codes`) and the product catalog (`catalog`).
//!
//! The product catalog reader: The catalog is the one input of the rules crate that comes from
//! outside at run time (the blog owner's JSON, parsed by the browser into a [`Value`]), so `Catalog::read` is fed
//! random values and damaged valid catalogs: it must never panic, account for every entry (a product or a
//! [`Skipped`], in file order), and keep its promises about what it lets through: text trimmed and never empty,
//! links only to http(s) addresses, and products shown to a reader only at their step, in their language, suiting
//! them and never containing a tag the safety table rules out for them.
//!
//! The third target, `checker_wire`, feeds the messages between the widget and the product checker's module
//! (`results::wire`) requests with labels made of those fragments, then damaged and random messages: a request and
//! its answer read back exactly, and anything else reads whole (written back the same) or is refused, never a panic.
//!
//! The second target, `ingredient_labels`, feeds the product checker pasted labels made of label fragments (names,
//! Korean and NFD Hangul, brackets, separators, percentages, headings, shade blocks) and random text: it must never
//! panic, every ingredient it reads is trimmed and non-empty, and every flag is a known ingredient flagged by a
//! condition of its family's tag row that holds for the reader.
//!
//! `cargo test` runs a fixed-seed 20,000 cases; `cargo xtask fuzz` runs 1,000,000 with a fresh seed
//! (`skin_analysis_fuzzkit::config`).
#![cfg(not(target_arch = "wasm32"))]

use proptest::prelude::*;
use skin_analysis_fuzzkit::answers;
use skin_rules::ingredients::{self, families, Known, Level, Why};
use skin_rules::products::{Catalog, Product, Skipped, Suit, Value, PICKS_PER_STEP};
use skin_rules::results::wire::{self, Request};
use skin_rules::results::{check_products, KeptProduct};
use skin_rules::{
    evaluate, question_index, questionnaire, tag_avoid_if, Answers, Axis, Condition, Lang, Profile,
    RoutineStep, Tag,
};

// ---- generators ---------------------------------------------------------------------------------------------------

const FIELDS: [&str; 8] = [
    "product", "name", "url", "step", "note", "contains", "suits", "lang",
];

/// Words with a meaning somewhere in a catalog, and near misses of them.
fn word() -> impl Strategy<Value = String> {
    let mut known: Vec<String> = RoutineStep::ALL.map(|s| s.id().to_owned()).to_vec();
    known.extend(Tag::ALL.map(|t| t.id().to_owned()));
    known.extend(Axis::ALL.map(|a| a.id().to_owned()));
    known.extend(Lang::ALL.map(|l| l.tag().to_owned()));
    known.extend(
        [
            "balanced",
            "oily",
            "dry",
            "combination",
            "sensitive",
            "pores",
            "redness",
            "none",
            "everyone",
            "Oily",
            "en-US",
            "",
            " ",
        ]
        .map(str::to_owned),
    );
    let known = prop::sample::select(known);
    prop_oneof![
        4 => known.clone(),
        1 => known.prop_map(|w| format!(" {w}\t")),
        1 => ".{0,12}",
    ]
}

/// Addresses, good and bad: what the reader must tell apart.
fn url() -> impl Strategy<Value = String> {
    prop_oneof![
        prop::sample::select(vec![
            "https://shop.example/foam",
            "HTTP://shop.example",
            "http://127.0.0.1:8080/x?y=z",
            "javascript:alert(1)",
            "JaVaScRiPt:alert(1)",
            "data:text/html,x",
            "//shop.example",
            "/relative",
            "https://",
            "https:///path",
            "https://a b",
            "https://shop.example/\u{0}",
            "ftp://shop.example",
            " https://shop.example ",
        ])
        .prop_map(str::to_owned),
        "(https?|HTTPS|javascript|data|ftp)(:|://|:///)[ -~\u{a0}\u{2028}]{0,20}",
    ]
}

fn text() -> impl Strategy<Value = String> {
    prop_oneof![word(), url(), ".{0,30}"]
}

/// Any JSON value, its object keys mostly the catalog's own field names.
fn value() -> impl Strategy<Value = Value> {
    let leaf = prop_oneof![
        Just(Value::Null),
        any::<bool>().prop_map(Value::Bool),
        any::<f64>().prop_map(Value::Number),
        text().prop_map(Value::String),
    ];
    let key = prop_oneof![
        3 => prop::sample::select(FIELDS.to_vec()).prop_map(str::to_owned),
        1 => ".{0,8}",
    ];
    leaf.prop_recursive(4, 64, 8, move |inner| {
        prop_oneof![
            prop::collection::vec(inner.clone(), 0..8).prop_map(Value::Array),
            prop::collection::vec((key.clone(), inner), 0..8).prop_map(Value::Object),
        ]
    })
}

/// A valid entry, with every optional field now and then.
fn valid_entry() -> impl Strategy<Value = Value> {
    let words = |all: Vec<String>| prop::collection::vec(prop::sample::select(all), 0..4);
    let suits: Vec<String> = ["balanced", "oily", "dry", "combination", "sensitive"]
        .into_iter()
        .map(str::to_owned)
        .chain(Axis::ALL.map(|a| a.id().to_owned()))
        .chain(concern_ids())
        .collect();
    (
        "[^\\s]{1,5}( [^\\s]{1,5}){0,3}",
        prop::sample::select(vec![
            "https://shop.example/foam",
            "HTTPS://Shop.Example",
            "http://127.0.0.1:8080/x?y=z",
        ]),
        prop::sample::select(RoutineStep::ALL.to_vec()),
        prop::option::of("[^\\s]{1,10}"),
        words(Tag::ALL.map(|t| t.id().to_owned()).to_vec()),
        words(suits),
        prop::option::of(prop::sample::select(Lang::ALL.to_vec())),
    )
        .prop_map(|(name, url, step, note, contains, suits, lang)| {
            let strings = |w: Vec<String>| Value::Array(w.into_iter().map(Value::String).collect());
            let mut fields = vec![
                ("name".to_owned(), Value::String(name)),
                ("url".to_owned(), Value::String(url.to_owned())),
                ("step".to_owned(), Value::String(step.id().to_owned())),
                ("contains".to_owned(), strings(contains)),
                ("suits".to_owned(), strings(suits)),
            ];
            if let Some(note) = note {
                fields.push(("note".to_owned(), Value::String(note)));
            }
            if let Some(lang) = lang {
                fields.push(("lang".to_owned(), Value::String(lang.tag().to_owned())));
            }
            Value::Object(fields)
        })
}

fn concern_ids() -> Vec<String> {
    let concerns = question_index("concerns").expect("a concerns question");
    questionnaire()[concerns]
        .choices
        .iter()
        .filter(|c| !c.exclusive)
        .map(|c| c.id.to_string())
        .collect()
}

fn catalog_of(entries: Vec<Value>) -> Value {
    Value::Object(vec![("product".to_owned(), Value::Array(entries))])
}

/// One damage done to a catalog, at the `at`-th node of the tree (in pre-order, counted modulo its size).
#[derive(Clone, Debug)]
enum Damage {
    /// The node becomes another value.
    Replace(usize, Value),
    /// An object loses a member, or an array an element.
    Remove(usize, usize),
    /// An object gets a member (a field already there comes first and wins), or an array an element.
    Insert(usize, usize, String, Value),
    /// A string gets a character, or whitespace around it.
    Edit(usize, usize, char),
}

fn damage() -> impl Strategy<Value = Damage> {
    let key = prop::sample::select(FIELDS.to_vec()).prop_map(str::to_owned);
    let c = prop_oneof![
        prop::sample::select(vec![' ', '\t', '\n', '\0', ':', '/', 'A', '가']),
        any::<char>()
    ];
    prop_oneof![
        (any::<usize>(), value()).prop_map(|(at, v)| Damage::Replace(at, v)),
        (any::<usize>(), any::<usize>()).prop_map(|(at, i)| Damage::Remove(at, i)),
        (any::<usize>(), any::<usize>(), key, value())
            .prop_map(|(at, i, k, v)| Damage::Insert(at, i, k, v)),
        (any::<usize>(), any::<usize>(), c).prop_map(|(at, i, c)| Damage::Edit(at, i, c)),
    ]
}

fn size(value: &Value) -> usize {
    1 + match value {
        Value::Array(items) => items.iter().map(size).sum(),
        Value::Object(members) => members.iter().map(|(_, v)| size(v)).sum(),
        _ => 0,
    }
}

fn apply(value: &mut Value, damage: &Damage) {
    let (Damage::Replace(at, ..)
    | Damage::Remove(at, _)
    | Damage::Insert(at, ..)
    | Damage::Edit(at, ..)) = damage;
    let mut left = at % size(value);
    damage_node(value, &mut left, damage);
}

/// Counts `left` down over the nodes in pre-order and damages the one it reaches zero on.
fn damage_node(node: &mut Value, left: &mut usize, damage: &Damage) -> bool {
    if *left > 0 {
        *left -= 1;
        let children: Vec<&mut Value> = match node {
            Value::Array(items) => items.iter_mut().collect(),
            Value::Object(members) => members.iter_mut().map(|(_, v)| v).collect(),
            _ => Vec::new(),
        };
        return children
            .into_iter()
            .any(|child| damage_node(child, left, damage));
    }
    let slot = |i: usize, len: usize| i % (len + 1);
    match (damage, &mut *node) {
        (Damage::Replace(_, value), node) => *node = value.clone(),
        (Damage::Remove(_, i), Value::Array(items)) if !items.is_empty() => {
            items.remove(i % items.len());
        }
        (Damage::Remove(_, i), Value::Object(members)) if !members.is_empty() => {
            members.remove(i % members.len());
        }
        (Damage::Insert(_, i, _, value), Value::Array(items)) => {
            items.insert(slot(*i, items.len()), value.clone());
        }
        (Damage::Insert(_, i, key, value), Value::Object(members)) => {
            members.insert(slot(*i, members.len()), (key.clone(), value.clone()));
        }
        (Damage::Edit(_, i, c), Value::String(s)) => {
            let mut chars: Vec<char> = s.chars().collect();
            chars.insert(slot(*i, chars.len()), *c);
            *s = chars.into_iter().collect();
        }
        _ => {}
    }
    true
}

// ---- what the reader promises -------------------------------------------------------------------------------------

fn member<'a>(value: &'a Value, key: &str) -> Option<&'a Value> {
    match value {
        Value::Object(members) => members.iter().find(|(k, _)| k == key).map(|(_, v)| v),
        _ => None,
    }
}

/// Text as the reader keeps it: trimmed, never empty.
fn is_kept_text(text: &str) -> bool {
    !text.is_empty() && text.trim() == text
}

/// Said without `products::is_web_url`: a link only ever goes to an http(s) host, and holds nothing a browser
/// would strip or reinterpret.
fn is_http_link(url: &str) -> bool {
    let lower = url.to_ascii_lowercase();
    let rest = ["http://", "https://"]
        .iter()
        .find_map(|scheme| lower.strip_prefix(scheme));
    rest.is_some_and(|rest| !rest.is_empty() && !rest.starts_with('/'))
        && url.chars().all(|c| !c.is_whitespace() && !c.is_control())
}

/// Every entry is a product or a skip, in file order; every product is valid and the entry it came from.
fn check_read(value: &Value, read: &Catalog, skipped: &[Skipped]) -> Result<(), TestCaseError> {
    for skip in skipped {
        prop_assert!(!skip.to_string().is_empty());
        prop_assert!(skip.name.as_deref().is_none_or(is_kept_text));
    }
    let Some(Value::Array(entries)) = member(value, "product") else {
        prop_assert!(read.products.is_empty());
        prop_assert_eq!(skipped.len(), 1);
        prop_assert_eq!(skipped[0].entry, 0);
        return Ok(());
    };
    prop_assert_eq!(read.products.len() + skipped.len(), entries.len());
    prop_assert!(skipped.windows(2).all(|w| w[0].entry < w[1].entry));
    prop_assert!(skipped
        .iter()
        .all(|s| (1..=entries.len()).contains(&s.entry)));
    let kept = (1..=entries.len())
        .filter(|n| !skipped.iter().any(|s| s.entry == *n))
        .map(|n| &entries[n - 1]);
    for (product, entry) in read.products.iter().zip(kept) {
        // A text field as the reader takes it: trimmed, and absent when empty.
        let field = |key: &str| match member(entry, key) {
            Some(Value::String(s)) => Some(s.trim()).filter(|s| !s.is_empty()),
            _ => None,
        };
        prop_assert!(is_kept_text(&product.name), "{:?}", product.name);
        prop_assert_eq!(Some(product.name.as_str()), field("name"));
        prop_assert!(is_http_link(&product.url), "{:?}", product.url);
        prop_assert_eq!(Some(product.url.as_str()), field("url"));
        prop_assert_eq!(Some(product.step.id()), field("step"));
        prop_assert!(product.note.as_deref().is_none_or(is_kept_text));
        prop_assert_eq!(product.lang.map(Lang::tag), field("lang"));
        let listed = |key: &str| match member(entry, key) {
            Some(Value::Array(items)) => items.len(),
            _ => 0,
        };
        prop_assert_eq!(product.contains.len(), listed("contains"));
        prop_assert_eq!(product.suits.len(), listed("suits"));
    }
    Ok(())
}

/// Whether `suit` names something of this reader's (the README's `suits`, said again here).
fn suits(suit: Suit, answers: &Answers, profile: &Profile) -> bool {
    match suit {
        Suit::SkinType(t) => profile.skin_type == t,
        Suit::Sensitive => profile.sensitive,
        Suit::Concern(choice) => {
            question_index("concerns").is_some_and(|q| answers.picked(q, choice))
        }
        Suit::Axis(axis) => profile.score(axis) >= 50,
    }
}

/// Whether a rule of the safety table keeps `tag` from this reader.
fn ruled_out(tag: Tag, answers: &Answers, profile: &Profile) -> bool {
    tag_avoid_if(tag).iter().any(|condition| match *condition {
        Condition::Picked { question, choice } => answers.picked(question, choice),
        Condition::AxisAtLeast { axis, min } => profile.score(axis) >= min,
    })
}

/// What a reader is shown beside their routine: only at the first item of a step, at most two, at that step, in
/// their language, safe for them, those naming something of theirs before those for everyone.
fn check_picks(read: &Catalog, answers: &Answers, lang: Lang) -> Result<(), TestCaseError> {
    let outcome = evaluate(answers);
    let profile = &outcome.profile;
    for items in [&outcome.routine.am, &outcome.routine.pm] {
        let picks = read.for_routine(items, answers, &outcome, lang);
        prop_assert_eq!(picks.len(), items.len());
        for (i, (item, shown)) in items.iter().zip(&picks).enumerate() {
            let first = !items[..i].iter().any(|earlier| earlier.step == item.step);
            prop_assert!(first || shown.is_empty());
            prop_assert!(shown.len() <= PICKS_PER_STEP);
            let named: Vec<bool> = shown.iter().map(|p| !p.suits.is_empty()).collect();
            prop_assert!(named.windows(2).all(|w| w[0] >= w[1]), "named first");
            // Issue 25: the calm plan adds no product, and a pick is a new product, kept where new products are.
            prop_assert!(
                shown.is_empty() || !outcome.calm,
                "a product in the calm plan"
            );
            prop_assert!(shown.is_empty() || !ruled_out(Tag::NewProduct, answers, profile));
            for product in shown {
                prop_assert_eq!(product.step, item.step);
                prop_assert!(product.lang.is_none_or(|l| l == lang));
                prop_assert!(
                    product.suits.is_empty()
                        || product.suits.iter().any(|&s| suits(s, answers, profile)),
                    "{} suits this reader",
                    product.name
                );
                for &tag in &product.contains {
                    prop_assert!(
                        !ruled_out(tag, answers, profile),
                        "{} contains {}, ruled out for this reader",
                        product.name,
                        tag.id()
                    );
                }
            }
            if first && !outcome.calm && !ruled_out(Tag::NewProduct, answers, profile) {
                // Nothing fitting was left out for lack of looking: fewer than two shown means none other fits.
                let fitting = read.products.iter().filter(|p: &&Product| {
                    p.step == item.step
                        && p.lang.is_none_or(|l| l == lang)
                        && !p.contains.iter().any(|&t| ruled_out(t, answers, profile))
                        && (p.suits.is_empty()
                            || p.suits.iter().any(|&s| suits(s, answers, profile)))
                });
                prop_assert_eq!(shown.len(), fitting.count().min(PICKS_PER_STEP));
            }
        }
    }
    Ok(())
}

proptest! {
    #![proptest_config(skin_analysis_fuzzkit::config())]

    /// The catalog reader on random values and on damaged valid catalogs, and what it then shows a random reader.
    #[test]
    fn catalog(
        entries in prop::collection::vec(valid_entry(), 0..8),
        damages in prop::collection::vec(damage(), 0..4),
        random in value(),
        answers in answers(),
        lang in prop::sample::select(Lang::ALL.to_vec()),
    ) {
        let valid = catalog_of(entries.clone());
        let (read, skipped) = Catalog::read(&valid);
        prop_assert_eq!(skipped, vec![]);
        prop_assert_eq!(read.products.len(), entries.len());
        check_read(&valid, &read, &[])?;
        check_picks(&read, &answers, lang)?;

        let mut damaged = valid;
        for damage in &damages {
            apply(&mut damaged, damage);
        }
        for value in [damaged, random] {
            let (read, skipped) = Catalog::read(&value);
            check_read(&value, &read, &skipped)?;
            check_picks(&read, &answers, lang)?;
        }
    }
}

// ---- answer codes -------------------------------------------------------------------------------------------------

/// The choice ids 0.1.0 released, question by question: the first `format_1.choices` ids of each question in
/// `content/released.toml` (ids are recorded in the order first released, so 0.1.0's come first).
fn released_0_1_0() -> Vec<Vec<&'static str>> {
    let released = include_str!("../content/released.toml");
    let counts = released
        .lines()
        .find_map(|line| line.strip_prefix("choices = ["))
        .expect("format_1's counts");
    let counts = counts
        .trim_end_matches(']')
        .split(", ")
        .map(|n| n.parse::<usize>().expect("a count"));
    let lists = released.split("[[question]]").skip(1).map(|question| {
        let line = question
            .lines()
            .find_map(|l| l.strip_prefix("choices = ["))
            .expect("choices");
        line.trim_end_matches(']')
            .split(", ")
            .map(|id| id.trim_matches('"'))
            .collect::<Vec<_>>()
    });
    counts
        .zip(lists)
        .map(|(count, list)| list[..count].to_vec())
        .collect()
}

/// `answers` as the released 0.1.0 wrote them (format `1`): its fingerprint, then for each of its questions `-`, the
/// choice's 0.1.0 index (single) or the choice bits, five a character (multi); `None` when an answer picks a choice
/// 0.1.0 did not have (it could not have written it).
fn format_1(answers: &Answers) -> Option<String> {
    const LAST: &[u8; 32] = b"0123456789abcdefghijklmnopqrstuv";
    let digits = |mut bits: usize, width: usize| -> String {
        (0..width)
            .map(|_| {
                let digit = char::from(LAST[bits & 31]);
                bits >>= 5;
                digit
            })
            .collect()
    };
    // 0.1.0's questionnaire fingerprint, 46 (`released.toml`).
    let mut code = format!("1{}", digits(46, 2));
    let questions = questionnaire();
    for (index, old) in released_0_1_0().iter().enumerate() {
        let question = &questions[index];
        let old_index = |c: usize| old.iter().position(|id| *id == question.choices[c].id);
        code += &match (answers.get(index), question.kind) {
            (None, _) => "-".to_owned(),
            (Some(set), skin_rules::QuestionKind::Single) => {
                digits(old_index(set.iter().next().unwrap_or(0))?, 1)
            }
            (Some(set), _) => {
                let mut bits = 0;
                for c in set.iter() {
                    bits |= 1 << old_index(c)?;
                }
                digits(bits, old.len().div_ceil(5))
            }
        };
    }
    Some(code)
}

/// `base` with `edits` made in turn: each at an index into it, a character inserted (0), removed (1) or replaced.
fn edited(base: &str, edits: &[(prop::sample::Index, char, u8)]) -> String {
    let mut damaged: Vec<char> = base.chars().collect();
    for (at, with, how) in edits {
        let at = at.index(damaged.len() + 1);
        match how {
            0 => damaged.insert(at, *with),
            1 if at < damaged.len() => {
                damaged.remove(at);
            }
            _ if at < damaged.len() => damaged[at] = *with,
            _ => {}
        }
    }
    damaged.into_iter().collect()
}

/// Pieces labels are made of, good and damaged.
fn label_piece() -> impl Strategy<Value = String> {
    let pieces = prop::sample::select(vec![
        "Water/Aqua/Eau",
        "Retinol",
        "Glycolic Acid",
        "Salicylic Acid",
        "Alcohol Denat.",
        "Menthol",
        "Linalool",
        "Parfum (Fragrance)",
        "Honey Extract",
        "Egg Yolk Extract",
        "Milk Protein",
        "Benzoyl Peroxide",
        "Hydroquinone",
        "Styrene/Acrylates Copolymer",
        "1,2-Hexanediol",
        "Cl 77491",
        "Butyrospermum Parkii (Shea) Butter",
        "Cyclopentasiloxane (and) Dimethiconol",
        "레티놀",
        "메칠파라벤",
        "향료",
        "정제수",
        "\u{1105}\u{1166}\u{1110}",
        "\u{11ab}",
        "Ingredients:",
        "INCI",
        "전성분",
        "[전성분]",
        "May contain (+/-):",
        "(+/-)",
        "5%",
        "(0.5 %)",
        "％",
        ",",
        ", ",
        "\n",
        ";",
        ":",
        "/",
        "(",
        ")",
        "[",
        "]",
        "（",
        "）",
        ".",
        "*",
        "1. ",
        " ",
        "(and)",
        "denat.",
        "",
    ]);
    prop_oneof![6 => pieces.prop_map(str::to_owned), 1 => any::<String>(), 1 => "[a-z ,()/.%0-9]{0,12}"]
}

fn the_known() -> &'static Known<'static> {
    static KNOWN: std::sync::OnceLock<Known<'static>> = std::sync::OnceLock::new();
    KNOWN.get_or_init(Known::bundled)
}

proptest! {
    #![proptest_config(skin_analysis_fuzzkit::config())]

    /// The answer code readers: today's code and 0.1.0's read back the answers they were made from; damaged and
    /// random codes never panic and read whole (every answer valid, written back to the same answers) or not at all.
    #[test]
    fn answer_codes(
        answers in answers(),
        edits in prop::collection::vec((any::<prop::sample::Index>(), any::<char>(), 0..3u8), 0..4),
        random in "[0-9a-zA-Z_~-]{0,40}",
    ) {
        let code = answers.encode();
        prop_assert_eq!(Answers::read(&code).map(|read| read.answers), Ok(answers.clone()));
        let old = format_1(&answers);
        if let Some(old) = &old {
            let read = Answers::read(old).expect("0.1.0's code reads");
            prop_assert_eq!(&read.answers, &answers);
            prop_assert!(read.again.is_empty() && read.added.is_empty());
        }

        for base in std::iter::once(code).chain(old) {
            let damaged = edited(&base, &edits);
            for value in [damaged, random.clone(), format!("2{random}"), format!("1e1{random}")] {
                match Answers::read(&value) {
                    Ok(read) => {
                        let again = Answers::read(&read.answers.encode()).map(|r| r.answers);
                        prop_assert_eq!(again, Ok(read.answers.clone()), "{:?}", value);
                    }
                    Err(err) => prop_assert!(!err.to_string().is_empty()),
                }
            }
        }
    }

    /// The checker module's messages: read back exactly, the answer the same as the checker's own; damaged and random
    /// ones read whole or refused.
    #[test]
    fn checker_wire(
        pieces in prop::collection::vec(label_piece(), 0..12),
        name in label_piece(),
        verdict in prop::option::of(prop::sample::select(vec![Level::Caution, Level::Avoid])),
        answers in answers(),
        lang in prop::sample::select(Lang::ALL.to_vec()),
        edits in prop::collection::vec((any::<prop::sample::Index>(), any::<char>(), 0..3u8), 0..4),
        random in any::<String>(),
    ) {
        let request = Request {
            lang,
            answers,
            products: vec![KeptProduct { name, label: pieces.concat(), verdict }],
        };
        let message = request.encode();
        prop_assert_eq!(Request::decode(&message), Ok(request.clone()));
        let answer = wire::answer(the_known(), &message).expect("a request reads");
        prop_assert_eq!(
            wire::decode_checked(&answer),
            Ok(check_products(the_known(), &request.answers, &request.products, lang))
        );
        for base in [message, answer] {
            let damaged = edited(&base, &edits);
            for value in [damaged, random.clone()] {
                if let Ok(read) = Request::decode(&value) {
                    prop_assert_eq!(Request::decode(&read.encode()), Ok(read));
                }
                match wire::decode_checked(&value) {
                    Ok(read) => prop_assert_eq!(wire::encode_checked(&read), value),
                    Err(err) => prop_assert!(!err.to_string().is_empty()),
                }
            }
        }
    }

    /// The label reader and the checker on pasted labels: no panic, clean ingredients, flags only by the tag table.
    #[test]
    fn ingredient_labels(
        pieces in prop::collection::vec(label_piece(), 0..24),
        name in label_piece(),
        answers in answers(),
        lang in prop::sample::select(Lang::ALL.to_vec()),
    ) {
        let label = pieces.concat();
        let check = ingredients::check(the_known(), &answers, &name, &label);
        let axes = Profile::from_answers(&answers).axes;
        let holds = |c: &Condition| match *c {
            Condition::Picked { question, choice } => answers.picked(question, choice),
            Condition::AxisAtLeast { axis, min } => axes[axis.index()] >= min,
        };
        for read in &check.ingredients {
            prop_assert!(!read.text.is_empty() && read.text.trim() == read.text, "{:?}", read.text);
        }
        let mut last = None;
        for flag in &check.flags {
            prop_assert!(last < Some(flag.ingredient), "flags in label order, one per ingredient");
            last = Some(flag.ingredient);
            let entry = check.ingredients[flag.ingredient].known;
            prop_assert!(entry.is_some(), "a flag on an unknown ingredient");
            prop_assert!(!flag.why.is_empty() && !check.why(flag, lang).is_empty());
            for why in &flag.why {
                if let Why::Answers { family, level, .. } = why {
                    let family = &families()[*family];
                    let row = tag_avoid_if(family.tag);
                    prop_assert!(row.iter().any(&holds));
                    prop_assert_eq!(
                        *level == Level::Avoid,
                        family.avoid.iter().any(|c| row.contains(c) && holds(c))
                    );
                }
            }
        }
        prop_assert!(!check.verdict(lang).is_empty());
        prop_assert_eq!(
            check.unrecognised().count(),
            check.ingredients.iter().filter(|r| r.known.is_none()).count()
        );
    }
}
