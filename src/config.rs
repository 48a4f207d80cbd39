//! What a host page can configure on one widget instance, read from its `data-*` attributes by `embed`.
//!
//! Parsing is plain Rust over a lookup function (no DOM types), so it is tested natively in `tests/config.rs`.
//! A bad value never stops the widget: that setting falls back to its default and the caller gets one
//! [`ConfigWarning`] naming the attribute and the value, which `embed` logs once with `console.warn`.

use std::fmt;

use skin_rules::Lang;

/// Colour scheme: `Auto` follows `prefers-color-scheme`.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub enum Theme {
    #[default]
    Auto,
    Light,
    Dark,
}

impl Theme {
    pub const ALL: [Theme; 3] = [Theme::Auto, Theme::Light, Theme::Dark];

    /// The attribute value, also used as the root's `data-theme`.
    pub fn as_str(self) -> &'static str {
        match self {
            Theme::Auto => "auto",
            Theme::Light => "light",
            Theme::Dark => "dark",
        }
    }
}

/// One instance's settings. Only valid values are ever stored: [`Config::from_attributes`] replaces an invalid
/// attribute value with the default and returns a [`ConfigWarning`] for it (which `embed` logs).
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Config {
    /// `None`: use `<html lang>`, else the browser's language, else English.
    pub lang: Option<Lang>,
    pub theme: Theme,
    /// Separates the saved state of several quizzes on one site (`data-id`).
    pub instance_id: InstanceId,
    /// A concern (choice index of the `concerns` question) to preselect (`data-focus`).
    pub focus: Option<usize>,
    /// The source article (index in `skin_rules::articles()`) this page is (`data-article`).
    pub article: Option<usize>,
    /// Where this site has each source article: (article index, same-site path), from `data-article-pages` (an attribute name
    /// without "url", which Hugo's templates would percent-encode as one URL).
    pub article_urls: Vec<(usize, String)>,
    /// The owner's product catalog, a JSON file (`data-products`): a same-site path or an http(s) URL.
    pub products: Option<String>,
    /// The owner's own words in place of the quiz's, per language (`data-<word>-<lang>`).
    pub words: Vec<(Lang, OwnerWord, String)>,
}

/// What a blog owner may say in their own words (the Hugo site's `data/skin_analysis/words.toml`, which the shortcode
/// passes on as `data-<name>-<lang>`, e.g. `data-title-ko`): plain text, shown as typed, never HTML. The tips, their
/// safety rules and the not-medical-advice disclaimer are the quiz's and stay.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum OwnerWord {
    /// The intro's title.
    Title,
    /// The intro's lead (in place of both of ours: the general one and the one naming the page's article).
    Lead,
    /// The results' line before the disclaimer: what the tips are based on ("our blog articles").
    Source,
}

impl OwnerWord {
    pub const ALL: [OwnerWord; 3] = [OwnerWord::Title, OwnerWord::Lead, OwnerWord::Source];

    /// Its name in the attribute and in the owner's data file.
    pub fn name(self) -> &'static str {
        match self {
            OwnerWord::Title => "title",
            OwnerWord::Lead => "lead",
            OwnerWord::Source => "source",
        }
    }
}

impl Default for Config {
    fn default() -> Self {
        Config {
            lang: None,
            theme: Theme::Auto,
            instance_id: InstanceId::default(),
            focus: None,
            article: None,
            article_urls: Vec::new(),
            products: None,
            words: Vec::new(),
        }
    }
}

/// The instance id when `data-id` is absent or invalid.
pub const DEFAULT_ID: &str = "default";
/// Longest accepted `data-id`: it becomes part of a localStorage key.
pub const MAX_ID_LEN: usize = 64;
/// The question whose choices `data-focus` names.
pub const FOCUS_QUESTION: &str = "concerns";

/// An instance id (`data-id`): 1 to [`MAX_ID_LEN`] ASCII letters, digits, `_` or `-`.
///
/// Only [`InstanceId::parse`] (and `Default`, [`DEFAULT_ID`]) make one, so every id in the widget is already safe
/// as it is in a localStorage key, a DOM id or radio `name`, and a share-link fragment (it never contains the `.`
/// that ends it there): nothing downstream escapes or maps it.
#[derive(Clone, Debug, PartialEq, Eq, Hash)]
pub struct InstanceId(String);

impl InstanceId {
    /// The id, if `value` is a valid one (taken as is: no trimming, no case change).
    pub fn parse(value: &str) -> Option<InstanceId> {
        let valid = (1..=MAX_ID_LEN).contains(&value.len())
            && value
                .bytes()
                .all(|b| b.is_ascii_alphanumeric() || b == b'_' || b == b'-');
        valid.then(|| InstanceId(value.to_owned()))
    }

    pub fn as_str(&self) -> &str {
        &self.0
    }
}

impl Default for InstanceId {
    fn default() -> Self {
        InstanceId(DEFAULT_ID.to_owned())
    }
}

impl fmt::Display for InstanceId {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(&self.0)
    }
}

impl PartialEq<str> for InstanceId {
    fn eq(&self, other: &str) -> bool {
        self.0 == other
    }
}

impl PartialEq<&str> for InstanceId {
    fn eq(&self, other: &&str) -> bool {
        self.0 == *other
    }
}

impl PartialEq<String> for InstanceId {
    fn eq(&self, other: &String) -> bool {
        &self.0 == other
    }
}

/// An attribute value that was ignored. `Display` gives the console message.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct ConfigWarning {
    /// The attribute name, e.g. `data-lang`.
    pub attribute: &'static str,
    /// The value as written on the element.
    pub value: String,
    /// What would have been accepted, for the message.
    pub expected: String,
}

impl fmt::Display for ConfigWarning {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(
            f,
            "skin-analysis: ignoring {}=\"{}\" (expected {}); using the default",
            self.attribute, self.value, self.expected
        )
    }
}

impl Config {
    /// The language the widget opens in, before any saved choice: `data-lang`, else the page's (`page_lang`, which
    /// `page::lang` reads from `<html lang>` and the browser), else English.
    pub fn starting_lang(&self, page_lang: Option<Lang>) -> Lang {
        self.lang.or(page_lang).unwrap_or_default()
    }

    /// Reads the `data-*` attributes through `get` (attribute name → value, `None` when absent).
    ///
    /// An absent or blank attribute means "default" silently; any other value that does not parse gives the
    /// default plus exactly one warning for that attribute.
    pub fn from_attributes(get: impl Fn(&str) -> Option<String>) -> (Config, Vec<ConfigWarning>) {
        let mut config = Config::default();
        let mut warnings = Vec::new();
        // Surrounding whitespace is a typo, not a different value; an empty value is the same as no attribute
        // (templates often emit `data-lang=""` when a parameter is unset).
        let read = |name: &str| {
            get(name)
                .map(|value| value.trim().to_owned())
                .filter(|value| !value.is_empty())
        };

        // One way to read a language tag everywhere (this attribute, `<html lang>`, the browser's language):
        // `Lang::from_tag`. It goes by the primary subtag, case-insensitively, so `ko`, `ko-KR`, `KO_kr` and even
        // a malformed region (`en-`) are accepted: the region never matters to us and the language is clear. An
        // unknown language (`fr`, `korean`) is refused and warned about.
        if let Some(value) = read("data-lang") {
            match Lang::from_tag(&value) {
                Some(lang) => config.lang = Some(lang),
                None => warnings.push(warning("data-lang", value, lang_expected())),
            }
        }
        if let Some(value) = read("data-theme") {
            match parse_theme(&value) {
                Some(theme) => config.theme = theme,
                None => warnings.push(warning(
                    "data-theme",
                    value,
                    "one of auto, light, dark".to_owned(),
                )),
            }
        }
        if let Some(value) = read("data-id") {
            match InstanceId::parse(&value) {
                Some(id) => config.instance_id = id,
                None => {
                    let expected = format!("1 to {MAX_ID_LEN} of the characters A-Z a-z 0-9 _ -");
                    warnings.push(warning("data-id", value, expected));
                }
            }
        }
        if let Some(value) = read("data-focus") {
            match parse_focus(&value) {
                Some(index) => config.focus = Some(index),
                None => warnings.push(warning("data-focus", value, focus_expected())),
            }
        }
        if let Some(value) = read("data-article") {
            match skin_rules::article_index(&value) {
                Some(index) => config.article = Some(index),
                None => warnings.push(warning("data-article", value, articles_expected())),
            }
        }
        // Each `id=/path/` pair is its own value: one bad pair is warned about and the others are kept.
        for pair in read("data-article-pages")
            .iter()
            .flat_map(|v| v.split_whitespace())
        {
            match pair
                .split_once('=')
                .and_then(|(id, path)| Some((skin_rules::article_index(id)?, path)))
                .filter(|(_, path)| is_site_path(path))
            {
                Some((index, path)) => config.article_urls.push((index, path.to_owned())),
                None => {
                    let expected =
                        format!("article=/path/ pairs with articles {}", articles_expected());
                    warnings.push(warning("data-article-pages", pair.to_owned(), expected));
                }
            }
        }
        if let Some(value) = read("data-products") {
            if is_site_path(&value) || skin_rules::products::is_web_url(&value) {
                config.products = Some(value);
            } else {
                let expected = "a path on this site or an http(s) URL".to_owned();
                warnings.push(warning("data-products", value, expected));
            }
        }
        for lang in Lang::ALL {
            for word in OwnerWord::ALL {
                if let Some(text) = read(&format!("data-{}-{}", word.name(), lang.tag())) {
                    config.words.push((lang, word, text));
                }
            }
        }
        (config, warnings)
    }

    /// The owner's words for `word` in `lang`, if they gave some.
    pub fn word(&self, lang: Lang, word: OwnerWord) -> Option<&str> {
        self.words
            .iter()
            .find(|(l, w, _)| (*l, *w) == (lang, word))
            .map(|(_, _, text)| text.as_str())
    }

    /// Where this site has the article (an index in `skin_rules::articles()`), if it does.
    pub fn article_url(&self, article: usize) -> Option<&str> {
        self.article_urls
            .iter()
            .find(|(index, _)| *index == article)
            .map(|(_, path)| path.as_str())
    }
}

/// A path on this site: starts with one `/` (never `//`, which leaves the site), with no backslash, whitespace or
/// control character. Whatever reaches a link this way stays on the site.
pub fn is_site_path(value: &str) -> bool {
    value.starts_with('/')
        && !value.starts_with("//")
        && !value
            .chars()
            .any(|c| c == '\\' || c.is_whitespace() || c.is_control())
}

fn articles_expected() -> String {
    let ids: Vec<&str> = skin_rules::articles().iter().map(|a| a.id).collect();
    format!("one of {}", ids.join(", "))
}

fn warning(attribute: &'static str, value: String, expected: String) -> ConfigWarning {
    ConfigWarning {
        attribute,
        value,
        expected,
    }
}

fn lang_expected() -> String {
    let tags: Vec<&str> = Lang::ALL.iter().map(|lang| lang.tag()).collect();
    format!("one of {}", tags.join(", "))
}

/// `auto`, `light` or `dark`, case-insensitive.
pub fn parse_theme(value: &str) -> Option<Theme> {
    Theme::ALL
        .into_iter()
        .find(|theme| value.eq_ignore_ascii_case(theme.as_str()))
}

/// The index of a choice of the `concerns` question, by its id (case-insensitive). An exclusive "none of these"
/// choice is not a concern to focus on, so it is refused.
pub fn parse_focus(value: &str) -> Option<usize> {
    focus_choices()
        .into_iter()
        .find(|(_, id)| value.eq_ignore_ascii_case(id))
        .map(|(index, _)| index)
}

/// The id of every choice `data-focus` may name (the Hugo shortcode's check lists them too, `src/bin/facade.rs`).
pub fn focus_ids() -> Vec<&'static str> {
    focus_choices().into_iter().map(|(_, id)| id).collect()
}

/// (choice index, choice id) of every choice `data-focus` may name.
fn focus_choices() -> Vec<(usize, &'static str)> {
    let Some(question) = skin_rules::question_index(FOCUS_QUESTION) else {
        return Vec::new();
    };
    skin_rules::questionnaire()[question]
        .choices
        .iter()
        .enumerate()
        .filter(|(_, choice)| !choice.exclusive)
        .map(|(index, choice)| (index, choice.id))
        .collect()
}

fn focus_expected() -> String {
    format!("one of {}", focus_ids().join(", "))
}
