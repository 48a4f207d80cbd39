//! The owner's product catalog: the typed reader, and which products a visitor is shown.

use skin_rules::products::{
    is_web_url, suit_words, Catalog, Problem, Product, Skipped, Suit, Value,
};
use skin_rules::{evaluate, tag_avoid_if, Answers, Lang, RoutineStep, SkinType, Tag};

fn s(text: &str) -> Value {
    Value::String(text.to_owned())
}

fn list(words: &[&str]) -> Value {
    Value::Array(words.iter().map(|w| s(w)).collect())
}

fn entry(fields: &[(&str, Value)]) -> Value {
    Value::Object(
        fields
            .iter()
            .map(|(k, v)| (k.to_string(), v.clone()))
            .collect(),
    )
}

fn catalog(entries: Vec<Value>) -> Value {
    entry(&[("product", Value::Array(entries))])
}

fn foam(extra: &[(&str, Value)]) -> Value {
    let mut fields = vec![
        ("name", s("Gentle Foam")),
        ("url", s("https://shop.example/foam")),
        ("step", s("water_cleanse")),
    ];
    for (k, v) in extra {
        fields.retain(|(f, _)| f != k);
        fields.push((k, v.clone()));
    }
    entry(&fields)
}

fn answers(picks: &[(&str, &str)]) -> Answers {
    let mut answers = Answers::default();
    for (q, c) in picks {
        answers.pick_by_id(q, c).unwrap();
    }
    answers
}

#[test]
fn a_full_entry_reads_into_a_typed_product() {
    let value = catalog(vec![foam(&[
        ("note", s("  Low pH  ")),
        ("contains", list(&["fragrance", "acid"])),
        ("suits", list(&["oily", "breakouts", "pores", "sensitive"])),
        ("lang", s("ko")),
    ])]);
    let (read, skipped) = Catalog::read(&value);
    assert_eq!(skipped, vec![]);
    let concerns = skin_rules::question_index("concerns").unwrap();
    let pores = skin_rules::questionnaire()[concerns]
        .choices
        .iter()
        .position(|c| c.id == "pores")
        .unwrap();
    assert_eq!(
        read.products,
        vec![Product {
            name: "Gentle Foam".into(),
            url: "https://shop.example/foam".into(),
            step: RoutineStep::WaterCleanse,
            note: Some("Low pH".into()),
            contains: vec![Tag::Fragrance, Tag::Acid],
            suits: vec![
                Suit::SkinType(SkinType::Oily),
                Suit::Axis(skin_rules::Axis::Breakouts),
                Suit::Concern(pores),
                Suit::Sensitive
            ],
            lang: Some(Lang::Ko),
        }]
    );
}

#[test]
fn each_bad_entry_is_skipped_naming_it_and_the_rest_is_kept() {
    let bad = [
        (
            foam(&[("url", s("javascript:alert(1)"))]),
            Problem::BadUrl("javascript:alert(1)".into()),
        ),
        (
            foam(&[("url", s("//evil.example/x"))]),
            Problem::BadUrl("//evil.example/x".into()),
        ),
        (
            foam(&[("url", s("https://a b"))]),
            Problem::BadUrl("https://a b".into()),
        ),
        (foam(&[("name", s("  "))]), Problem::NoName),
        (
            foam(&[("name", Value::Number(3.0))]),
            Problem::WrongType("name"),
        ),
        (
            foam(&[("step", s("serum"))]),
            Problem::UnknownStep("serum".into()),
        ),
        (
            foam(&[("contains", list(&["glitter"]))]),
            Problem::UnknownTag("glitter".into()),
        ),
        (
            foam(&[("contains", s("fragrance"))]),
            Problem::WrongType("contains"),
        ),
        (
            foam(&[("suits", list(&["everyone"]))]),
            Problem::UnknownSuit("everyone".into()),
        ),
        (
            foam(&[("lang", s("fr"))]),
            Problem::UnknownLang("fr".into()),
        ),
        (Value::Number(1.0), Problem::NotAnObject),
    ];
    let mut entries: Vec<Value> = bad.iter().map(|(v, _)| v.clone()).collect();
    entries.push(foam(&[]));
    let (read, skipped) = Catalog::read(&catalog(entries));
    assert_eq!(read.products.len(), 1);
    let problems: Vec<_> = skipped.iter().map(|s| s.problem.clone()).collect();
    assert_eq!(problems, bad.map(|(_, p)| p).to_vec());
    assert_eq!(skipped[0].entry, 1);
    assert_eq!(
        skipped[0].to_string(),
        "product 1 (\"Gentle Foam\") skipped: url \"javascript:alert(1)\" is not an http or https address"
    );
    assert_eq!(skipped[10].to_string(), "product 11 skipped: not an object");
}

#[test]
fn every_suits_word_listed_for_hugo_is_read_and_no_other() {
    let words = suit_words();
    assert!(words.contains(&"pores") && words.contains(&"oily") && words.contains(&"sensitive"));
    let suits = |word: &str| list(&[word]);
    for word in &words {
        let (read, skipped) = Catalog::read(&catalog(vec![foam(&[("suits", suits(word))])]));
        assert_eq!((read.products.len(), skipped.len()), (1, 0), "{word}");
    }
    let (_, skipped) = Catalog::read(&catalog(vec![foam(&[("suits", suits("serum"))])]));
    assert_eq!(skipped.len(), 1, "a word not in the list is refused");
}

#[test]
fn a_file_without_a_product_list_is_one_problem() {
    for value in [
        Value::Null,
        list(&["x"]),
        entry(&[("products", Value::Array(vec![]))]),
    ] {
        let (read, skipped) = Catalog::read(&value);
        assert!(read.products.is_empty());
        assert_eq!(
            skipped,
            vec![Skipped {
                entry: 0,
                name: None,
                problem: Problem::NoProductList
            }]
        );
    }
}

#[test]
fn only_http_and_https_addresses_are_links() {
    for ok in [
        "https://shop.example/a?b=c",
        "HTTP://shop.example",
        "http://127.0.0.1:8080/x",
    ] {
        assert!(is_web_url(ok), "{ok}");
    }
    for bad in [
        "javascript:alert(1)",
        "JaVaScRiPt:alert(1)",
        "data:text/html,x",
        "/relative",
        "https://",
        "https:///path",
        "https://shop.example/\u{0}",
        " https://shop.example",
        "ftp://shop.example",
    ] {
        assert!(!is_web_url(bad), "{bad}");
    }
}

fn picks<'a>(
    catalog: &'a Catalog,
    answers: &Answers,
    lang: Lang,
) -> Vec<(RoutineStep, Vec<&'a str>)> {
    let outcome = evaluate(answers);
    let items = [outcome.routine.am.as_slice(), outcome.routine.pm.as_slice()].concat();
    catalog
        .for_routine(&items, answers, &outcome, lang)
        .into_iter()
        .zip(&items)
        .map(|(products, item)| {
            (
                item.step,
                products.iter().map(|p| p.name.as_str()).collect(),
            )
        })
        .collect()
}

fn cleansers() -> Catalog {
    let named = |name: &str, extra: &[(&str, Value)]| {
        let mut fields = vec![("name", s(name))];
        fields.extend(extra.iter().cloned());
        foam(&fields)
    };
    Catalog::read(&catalog(vec![
        named("Plain", &[]),
        named(
            "Scented",
            &[
                ("contains", list(&["fragrance"])),
                ("suits", list(&["oily"])),
            ],
        ),
        named("For oily", &[("suits", list(&["oily"]))]),
        named("Korean only", &[("lang", s("ko"))]),
        named("For dry", &[("suits", list(&["dry"]))]),
    ]))
    .0
}

#[test]
fn at_most_two_suiting_safe_products_at_the_first_item_of_a_step() {
    let catalog = cleansers();
    let oily = answers(&[
        ("skin_feel", "shiny_all"),
        ("allergies", "none"),
        ("health", "none"),
    ]);
    let shown = picks(&catalog, &oily, Lang::En);
    let cleanse: Vec<_> = shown
        .iter()
        .filter(|(step, _)| *step == RoutineStep::WaterCleanse)
        .collect();
    assert!(!cleanse.is_empty());
    // Those naming the visitor first, in file order, then the ones for everyone; never the dry-skin one.
    assert_eq!(cleanse[0].1, ["Scented", "For oily"]);
    for (_, later) in &cleanse[1..] {
        assert!(later.is_empty() || later == &cleanse[0].1);
    }
    assert_eq!(
        picks(&catalog, &oily, Lang::Ko)
            .iter()
            .find(|(s, _)| *s == RoutineStep::WaterCleanse)
            .unwrap()
            .1,
        ["Scented", "For oily"]
    );
    let calm = answers(&[("skin_feel", "comfortable"), ("allergies", "none")]);
    let shown = picks(&catalog, &calm, Lang::Ko);
    let first = shown
        .iter()
        .find(|(s, _)| *s == RoutineStep::WaterCleanse)
        .unwrap();
    assert_eq!(first.1, ["Plain", "Korean only"]);
}

#[test]
fn a_product_whose_tag_is_contraindicated_is_never_shown() {
    let catalog = cleansers();
    for (question, choice) in [("allergies", "fragrance"), ("sensitivity", "reactive")] {
        let visitor = answers(&[("skin_feel", "shiny_all"), (question, choice)]);
        let names: Vec<_> = picks(&catalog, &visitor, Lang::En)
            .into_iter()
            .flat_map(|(_, n)| n)
            .collect();
        assert!(
            !names.contains(&"Scented"),
            "{question}.{choice}: {names:?}"
        );
        assert!(names.contains(&"For oily"));
    }
}

/// A toner that contains `tag` and suits everyone.
fn containing(tag: Tag) -> Product {
    Product {
        name: "x".into(),
        url: "https://x.example".into(),
        step: RoutineStep::Toner,
        note: None,
        contains: vec![tag],
        suits: vec![],
        lang: None,
    }
}

#[test]
fn product_safety_is_the_tag_table_for_every_tag() {
    // For each tag and each of its rules that is a picked choice, a product containing the tag is unsafe for a
    // visitor with that answer and safe for a calm one.
    let outcome = evaluate(&Answers::default());
    for tag in Tag::ALL {
        let product = containing(tag);
        assert!(skin_rules::products::is_safe(
            &product,
            &Answers::default(),
            &outcome.profile
        ));
        for condition in tag_avoid_if(tag) {
            if let skin_rules::Condition::Picked { question, choice } = *condition {
                let q = &skin_rules::questionnaire()[question];
                let visitor = answers(&[(q.id, q.choices[choice].id)]);
                let profile = evaluate(&visitor).profile;
                assert!(
                    !skin_rules::products::is_safe(&product, &visitor, &profile),
                    "{} {}",
                    tag.id(),
                    q.id
                );
            }
        }
    }
}

/// A child is not offered the owner's retinol or exfoliating-acid products (review of issue 18; BAD, 2024).
#[test]
fn a_child_is_not_offered_retinoid_or_acid_products() {
    let child = answers(&[("health", "under_16")]);
    let profile = evaluate(&child).profile;
    for tag in [Tag::Retinoid, Tag::Acid] {
        let product = containing(tag);
        assert!(
            !skin_rules::products::is_safe(&product, &child, &profile),
            "{tag:?}"
        );
    }
}
