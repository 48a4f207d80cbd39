//! `data-*` attribute parsing: valid values are read, bad values fall back to defaults with one warning each; instance
//! ids are safe by construction.

use std::collections::HashMap;

use skin_analysis::config::{Config, ConfigWarning, InstanceId, OwnerWord, Theme, DEFAULT_ID};
use skin_analysis_testkit::iid;
use skin_rules::Lang;

fn parse(attributes: &[(&str, &str)]) -> (Config, Vec<ConfigWarning>) {
    let map: HashMap<String, String> = attributes
        .iter()
        .map(|(name, value)| (name.to_string(), value.to_string()))
        .collect();
    Config::from_attributes(|name| map.get(name).cloned())
}

/// [`parse`] of the four attributes a placeholder usually carries, in this order: `data-lang`, `data-theme`, `data-id`
/// and `data-focus`.
fn parse_four([lang, theme, id, focus]: [&str; 4]) -> (Config, Vec<ConfigWarning>) {
    parse(&[
        ("data-lang", lang),
        ("data-theme", theme),
        ("data-id", id),
        ("data-focus", focus),
    ])
}

fn concern_index(id: &str) -> usize {
    let question =
        skin_rules::question_index("concerns").expect("the questionnaire has a concerns question");
    skin_rules::questionnaire()[question]
        .choices
        .iter()
        .position(|choice| choice.id == id)
        .unwrap_or_else(|| panic!("concerns has no choice {id}"))
}

#[test]
fn no_attributes_gives_the_defaults_silently() {
    let (config, warnings) = parse(&[]);
    assert_eq!(config, Config::default());
    assert_eq!(config.lang, None);
    assert_eq!(config.theme, Theme::Auto);
    assert_eq!(config.instance_id, DEFAULT_ID);
    assert_eq!(config.focus, None);
    assert!(warnings.is_empty());
}

#[test]
fn blank_attributes_count_as_absent() {
    let (config, warnings) = parse_four(["", "  ", "", ""]);
    assert_eq!(config, Config::default());
    assert!(warnings.is_empty());
}

#[test]
fn valid_attributes_are_read() {
    let (config, warnings) = parse_four(["ko", "dark", "second_quiz-2", "pores"]);
    assert!(warnings.is_empty(), "{warnings:?}");
    assert_eq!(config.lang, Some(Lang::Ko));
    assert_eq!(config.theme, Theme::Dark);
    assert_eq!(config.instance_id, "second_quiz-2");
    assert_eq!(config.focus, Some(concern_index("pores")));
}

#[test]
fn values_are_case_insensitive_and_trimmed() {
    let (config, warnings) = parse(&[
        ("data-lang", " EN "),
        ("data-theme", "Light"),
        ("data-focus", "Redness"),
    ]);
    assert!(warnings.is_empty(), "{warnings:?}");
    assert_eq!(config.lang, Some(Lang::En));
    assert_eq!(config.theme, Theme::Light);
    assert_eq!(config.focus, Some(concern_index("redness")));
}

#[test]
fn language_tags_with_a_region_are_accepted() {
    for (tag, lang) in [
        ("ko-KR", Lang::Ko),
        ("en-GB", Lang::En),
        ("en_us", Lang::En),
        // `Lang::from_tag` goes by the primary subtag only (one parser for every language tag).
        ("KO_kr", Lang::Ko),
        ("en-", Lang::En),
    ] {
        let (config, warnings) = parse(&[("data-lang", tag)]);
        assert!(warnings.is_empty(), "{tag}: {warnings:?}");
        assert_eq!(config.lang, Some(lang), "{tag}");
    }
}

#[test]
fn every_concern_can_be_focused() {
    let question = skin_rules::question_index("concerns").unwrap();
    for (index, choice) in skin_rules::questionnaire()[question]
        .choices
        .iter()
        .enumerate()
    {
        let (config, warnings) = parse(&[("data-focus", choice.id)]);
        if choice.exclusive {
            assert_eq!(config.focus, None, "{} is exclusive", choice.id);
            assert_eq!(warnings.len(), 1);
        } else {
            assert_eq!(config.focus, Some(index), "{}", choice.id);
            assert!(warnings.is_empty());
        }
    }
}

#[test]
fn each_bad_value_falls_back_with_exactly_one_warning_naming_it() {
    let cases = [
        ("data-lang", "fr"),
        ("data-lang", "korean"),
        ("data-theme", "sepia"),
        ("data-theme", "darker"),
        ("data-id", "has space"),
        ("data-id", "ünïcode"),
        ("data-id", "semi;colon"),
        ("data-focus", "wrinkles"),
        ("data-focus", "0"),
    ];
    for (attribute, value) in cases {
        let (config, warnings) = parse(&[(attribute, value)]);
        assert_eq!(config, Config::default(), "{attribute}={value}");
        assert_eq!(warnings.len(), 1, "{attribute}={value}: {warnings:?}");
        assert_eq!(warnings[0].attribute, attribute);
        assert_eq!(warnings[0].value, value);
        let message = warnings[0].to_string();
        assert!(
            message.contains(attribute) && message.contains(value),
            "{message}"
        );
    }
}

#[test]
fn id_length_is_limited_to_64() {
    let longest = "a".repeat(64);
    let (config, warnings) = parse(&[("data-id", &longest)]);
    assert!(warnings.is_empty());
    assert_eq!(config.instance_id, longest);

    let too_long = "a".repeat(65);
    let (config, warnings) = parse(&[("data-id", &too_long)]);
    assert_eq!(config.instance_id, DEFAULT_ID);
    assert_eq!(warnings.len(), 1);
}

#[test]
fn bad_values_do_not_affect_the_good_ones() {
    let (config, warnings) = parse_four(["xx", "dark", "bad id", "dryness"]);
    assert_eq!(config.lang, None);
    assert_eq!(config.theme, Theme::Dark);
    assert_eq!(config.instance_id, DEFAULT_ID);
    assert_eq!(config.focus, Some(concern_index("dryness")));
    let named: Vec<&str> = warnings.iter().map(|warning| warning.attribute).collect();
    assert_eq!(named, ["data-lang", "data-id"]);
}

#[test]
fn the_warning_message_says_what_is_expected() {
    let (_, warnings) = parse(&[("data-theme", "sepia")]);
    assert_eq!(
        warnings[0].to_string(),
        "skin-analysis: ignoring data-theme=\"sepia\" (expected one of auto, light, dark); using the default"
    );
    let (_, warnings) = parse(&[("data-focus", "wrinkles")]);
    assert!(warnings[0].to_string().contains("pores"), "{}", warnings[0]);
}

#[test]
fn the_page_article_its_links_and_the_product_file_are_read() {
    let (config, warnings) = parse(&[
        ("data-article", "facial-massage"),
        (
            "data-article-pages",
            " glass-skin=/posts/glass/  facial-massage=/blog/massage/?a=b ",
        ),
        ("data-products", "/skin-analysis/products.json"),
    ]);
    assert!(warnings.is_empty(), "{warnings:?}");
    let index = |id: &str| skin_rules::article_index(id).unwrap();
    assert_eq!(config.article, Some(index("facial-massage")));
    assert_eq!(
        config.article_url(index("glass-skin")),
        Some("/posts/glass/")
    );
    assert_eq!(
        config.article_url(index("facial-massage")),
        Some("/blog/massage/?a=b")
    );
    assert_eq!(config.article_url(index("k-star-tips")), None);
    assert_eq!(
        config.products.as_deref(),
        Some("/skin-analysis/products.json")
    );
    let (config, warnings) = parse(&[("data-products", "https://cdn.example/p.json")]);
    assert!(warnings.is_empty());
    assert_eq!(
        config.products.as_deref(),
        Some("https://cdn.example/p.json")
    );
}

#[test]
fn an_article_link_that_leaves_the_site_is_dropped_with_a_warning() {
    let (config, warnings) = parse(&[
        ("data-article", "no-such-article"),
        (
            "data-article-pages",
            "glass-skin=https://evil.example/ k-star-tips=//evil.example/x facial-massage=javascript:alert(1) \
             nope=/x/ k-star-tips=/stars/",
        ),
        ("data-products", "javascript:alert(1)"),
    ]);
    assert_eq!(config.article, None);
    assert_eq!(
        config.article_urls,
        vec![(
            skin_rules::article_index("k-star-tips").unwrap(),
            "/stars/".to_owned()
        )]
    );
    assert_eq!(config.products, None);
    let named: Vec<_> = warnings
        .iter()
        .map(|w| (w.attribute, w.value.as_str()))
        .collect();
    assert_eq!(
        named,
        [
            ("data-article", "no-such-article"),
            ("data-article-pages", "glass-skin=https://evil.example/"),
            ("data-article-pages", "k-star-tips=//evil.example/x"),
            ("data-article-pages", "facial-massage=javascript:alert(1)"),
            ("data-article-pages", "nope=/x/"),
            ("data-products", "javascript:alert(1)"),
        ]
    );
}

#[test]
fn the_starting_language_is_the_attribute_then_the_page_then_english() {
    let (plain, _) = parse(&[]);
    let (korean, _) = parse(&[("data-lang", "ko")]);
    assert_eq!(plain.starting_lang(None), Lang::En);
    assert_eq!(plain.starting_lang(Some(Lang::Ko)), Lang::Ko);
    assert_eq!(korean.starting_lang(Some(Lang::En)), Lang::Ko);
    assert_eq!(korean.starting_lang(None), Lang::Ko);
}

#[test]
fn the_owners_words_are_read_per_language_as_plain_text() {
    let (config, warnings) = parse(&[
        ("data-title-ko", "  내 피부에 맞는 습관은? "),
        ("data-source-en", "These tips come from <b>Dewy Notes</b>."),
        ("data-lead-en", "   "),
        ("data-title-fr", "Quoi?"),
    ]);
    assert!(warnings.is_empty());
    assert_eq!(
        config.word(Lang::Ko, OwnerWord::Title),
        Some("내 피부에 맞는 습관은?")
    );
    assert_eq!(
        config.word(Lang::En, OwnerWord::Source),
        Some("These tips come from <b>Dewy Notes</b>.")
    );
    assert_eq!(
        config.word(Lang::En, OwnerWord::Title),
        None,
        "another language's words are not this one's"
    );
    assert_eq!(
        config.word(Lang::En, OwnerWord::Lead),
        None,
        "blank is absent"
    );
    assert_eq!(
        config.words.len(),
        2,
        "a language the quiz does not speak is not read"
    );
}

#[test]
fn instance_ids_are_safe_by_construction() {
    assert_eq!(InstanceId::default().as_str(), "default");
    let longest = "a".repeat(64);
    assert_eq!(iid(&longest).as_str(), longest);
    for bad in [
        "",
        "blog post #2",
        "a.b",
        "ünïcode",
        "semi;colon",
        &"a".repeat(65),
    ] {
        assert_eq!(InstanceId::parse(bad), None, "{bad:?}");
    }
}
