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

/// One instance's settings. Invalid attribute values never reach here: `embed` falls back to the default and
/// warns once on the console.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Config {
    /// `None`: use `<html lang>`, else the browser's language, else English.
    pub lang: Option<Lang>,
    pub theme: Theme,
    /// Separates the saved state of several quizzes on one site (`data-id`).
    pub instance_id: String,
    /// A concern (choice index of the `concerns` question) to preselect (`data-focus`).
    pub focus: Option<usize>,
}

impl Default for Config {
    fn default() -> Self {
        Config {
            lang: None,
            theme: Theme::Auto,
            instance_id: DEFAULT_ID.to_owned(),
            focus: None,
        }
    }
}

/// The instance id when `data-id` is absent or invalid.
pub const DEFAULT_ID: &str = "default";
/// Longest accepted `data-id`: it becomes part of a localStorage key.
pub const MAX_ID_LEN: usize = 64;
/// The question whose choices `data-focus` names.
pub const FOCUS_QUESTION: &str = "concerns";

/// The attributes `Config::from_attributes` reads, in the order it reads them.
pub const ATTRIBUTES: [&str; 4] = ["data-lang", "data-theme", "data-id", "data-focus"];

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

        if let Some(value) = read("data-lang") {
            match parse_lang(&value) {
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
            if is_valid_id(&value) {
                config.instance_id = value;
            } else {
                let expected = format!("1 to {MAX_ID_LEN} of the characters A-Z a-z 0-9 _ -");
                warnings.push(warning("data-id", value, expected));
            }
        }
        if let Some(value) = read("data-focus") {
            match parse_focus(&value) {
                Some(index) => config.focus = Some(index),
                None => warnings.push(warning("data-focus", value, focus_expected())),
            }
        }
        (config, warnings)
    }
}

fn warning(attribute: &'static str, value: String, expected: String) -> ConfigWarning {
    ConfigWarning {
        attribute,
        value,
        expected,
    }
}

/// `en` or `ko`, case-insensitive. A region (`ko-KR`) is accepted because people copy it from `<html lang>`.
pub fn parse_lang(value: &str) -> Option<Lang> {
    let primary = value.split(['-', '_']).next().unwrap_or_default();
    // `Lang::from_tag` would also take `ko_anything`; require a plausible region part so `en-` or `ko-!!` warn.
    let rest_ok = value[primary.len()..]
        .split(['-', '_'])
        .skip(1)
        .all(|part| {
            !part.is_empty() && part.len() <= 8 && part.chars().all(|c| c.is_ascii_alphanumeric())
        });
    if !rest_ok {
        return None;
    }
    Lang::from_tag(primary)
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

/// 1–64 ASCII letters, digits, `_` or `-`: safe in a storage key and in a DOM id.
pub fn is_valid_id(value: &str) -> bool {
    (1..=MAX_ID_LEN).contains(&value.len())
        && value
            .bytes()
            .all(|b| b.is_ascii_alphanumeric() || b == b'_' || b == b'-')
}

/// The index of a choice of the `concerns` question, by its id (case-insensitive). An exclusive "none of these"
/// choice is not a concern to focus on, so it is refused.
pub fn parse_focus(value: &str) -> Option<usize> {
    focus_choices()
        .into_iter()
        .find(|(_, id)| value.eq_ignore_ascii_case(id))
        .map(|(index, _)| index)
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
    let ids: Vec<&str> = focus_choices().into_iter().map(|(_, id)| id).collect();
    format!("one of {}", ids.join(", "))
}
