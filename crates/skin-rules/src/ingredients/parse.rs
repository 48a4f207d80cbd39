//! Reading a pasted ingredient list as labels really are: a heading ("Ingredients:", "INCI", "전성분"), commas only
//! outside parentheses (and never inside "1,2-Hexanediol"), newlines for commas, "(and)" blends, "May contain
//! (+/-)" shade blocks, percentages, footnote stars and a trailing full stop, NFD Hangul.
//!
//! Invariant: [`parse`] never panics, whatever the text, and every ingredient it returns is trimmed, non-empty and
//! holds a letter or a digit.

use skin_vocab::ingredient_name::compose_hangul;

/// Words a heading starts with; a heading ends with a colon, or is a line of its own.
const HEADINGS: [&str; 7] = [
    "full ingredients",
    "ingredients",
    "ingredient",
    "inci",
    "composition",
    "전성분",
    "성분",
];

/// Names that end with a full stop of their own: never the list's last full stop.
const ABBREVIATED: [&str; 1] = ["denat."];

/// Markers of a shade block, or of a medicine's other ingredients after its active ("Hydrocortisone 1% w/w. Also
/// contains: …", a UK pharmacy label), read as a separator: what follows them is listed like any ingredient.
const SHADE_MARKERS: [&str; 6] = [
    "may contain",
    "[+/-]",
    "(+/-)",
    "+/-",
    "[+/−]",
    "also contains",
];

/// The ingredients of a pasted label, as written (trimmed, without percentages, stars or a final full stop), in
/// label order.
///
/// ```
/// use skin_rules::ingredients::parse;
/// assert_eq!(
///     parse("Ingredients: Water/Aqua/Eau, Butyrospermum Parkii (Shea) Butter, 1,2-Hexanediol, Niacinamide (5%)."),
///     ["Water/Aqua/Eau", "Butyrospermum Parkii (Shea) Butter", "1,2-Hexanediol", "Niacinamide"]
/// );
/// ```
pub fn parse(label: &str) -> Vec<String> {
    let text = compose_hangul(label);
    let mut list = without_heading(&text).to_owned();
    for marker in SHADE_MARKERS {
        list = replace_ignoring_ascii_case(&list, marker, ",");
    }
    let mut items = split(&list, true);
    if items.is_none() {
        // Unbalanced brackets: reading them as written would swallow the rest of the list into one ingredient.
        items = split(&list, false);
    }
    items
        .unwrap_or_default()
        .iter()
        .flat_map(|item| split_blend(item))
        .filter_map(clean)
        .collect()
}

/// The text after its heading, or all of it when it has none.
fn without_heading(text: &str) -> &str {
    let lower = text.to_ascii_lowercase();
    // "Ingredients:" anywhere (the earliest), else a line that is only a heading.
    let after_colon = HEADINGS
        .iter()
        .flat_map(|heading| {
            lower
                .match_indices(heading)
                .map(move |(at, _)| at + heading.len())
        })
        .filter_map(|end| {
            let rest = &lower[end..];
            let skipped = rest.trim_start_matches([' ', '\t', ']', ')', '】', '/']);
            let skipped = skipped
                .strip_prefix("list")
                .unwrap_or(skipped)
                .trim_start_matches([' ', ']']);
            let colon = skipped
                .strip_prefix(':')
                .or_else(|| skipped.strip_prefix('：'))?;
            Some(lower.len() - colon.len())
        })
        .min();
    if let Some(at) = after_colon {
        return &text[at..];
    }
    let mut offset = 0;
    for line in text.split_inclusive('\n') {
        let bare = line
            .trim()
            .trim_matches(['[', ']', '(', ')', '【', '】', ' ']);
        let bare = bare.to_ascii_lowercase();
        let bare = bare.strip_suffix(" list").unwrap_or(&bare);
        if HEADINGS.contains(&bare) {
            return &text[offset + line.len()..];
        }
        if let Some(rest) = line.trim_start().strip_prefix("[전성분]") {
            return rest;
        }
        offset += line.len();
    }
    text
}

fn replace_ignoring_ascii_case(text: &str, from: &str, to: &str) -> String {
    let lower = text.to_ascii_lowercase();
    let mut out = String::with_capacity(text.len());
    let mut last = 0;
    for (at, _) in lower.match_indices(from) {
        out.push_str(&text[last..at]);
        out.push_str(to);
        last = at + from.len();
    }
    out.push_str(&text[last..]);
    out
}

/// Splits at separators outside brackets (or everywhere, if `nested` is false); `None` when the brackets do not
/// balance.
fn split(list: &str, nested: bool) -> Option<Vec<&str>> {
    let mut items = Vec::new();
    let mut depth: i32 = 0;
    let mut start = 0;
    let mut previous = ' ';
    let mut chars = list.char_indices().peekable();
    while let Some((at, c)) = chars.next() {
        match c {
            '(' | '[' | '{' | '（' | '［' => depth += 1,
            ')' | ']' | '}' | '）' | '］' => depth -= 1,
            _ => {}
        }
        if nested && depth < 0 {
            return None;
        }
        let next = chars.peek().map_or(' ', |&(_, c)| c);
        let between_digits = c == ',' && previous.is_ascii_digit() && next.is_ascii_digit();
        let separator = matches!(
            c,
            ',' | '，' | '、' | ';' | '；' | ':' | '：' | '\n' | '\r' | '•' | '·' | '|' | '｜'
        ) && !between_digits;
        if separator && (depth == 0 || !nested) {
            items.push(&list[start..at]);
            start = at + c.len_utf8();
        }
        previous = c;
    }
    items.push(&list[start..]);
    (depth == 0 || !nested).then_some(items)
}

/// "Cyclopentasiloxane (and) Dimethiconol": two ingredients.
fn split_blend(item: &str) -> Vec<&str> {
    let lower = item.to_ascii_lowercase();
    let mut parts = Vec::new();
    let mut last = 0;
    for (at, marker) in lower.match_indices("(and)") {
        parts.push(&item[last..at]);
        last = at + marker.len();
    }
    parts.push(&item[last..]);
    parts
}

/// The ingredient as shown: trimmed, single-spaced, without list bullets, numbering, percentages, footnote marks and
/// final full stops; `None` when nothing is left that names anything.
fn clean(item: &str) -> Option<String> {
    let mut text = without_percentages(item);
    text = text.split_whitespace().collect::<Vec<_>>().join(" ");
    let trimmed = text
        .trim_matches(|c: char| {
            matches!(
                c,
                '.' | '*' | '†' | '‡' | '-' | '·' | '。' | ' ' | '"' | '\''
            )
        })
        .to_owned();
    let mut trimmed = strip_numbering(&trimmed).to_owned();
    let lower = text.trim_end().to_ascii_lowercase();
    if let Some(abbreviation) = ABBREVIATED.iter().find(|a| lower.ends_with(*a)) {
        // The full stop trimmed above was the name's own.
        if trimmed
            .to_ascii_lowercase()
            .ends_with(abbreviation.trim_end_matches('.'))
        {
            trimmed.push('.');
        }
    }
    let named = trimmed
        .chars()
        .any(|c| c.is_ascii_alphanumeric() || !c.is_ascii());
    (named && !trimmed.is_empty()).then_some(trimmed)
}

/// "1. Water" → "Water", but "1,2-Hexanediol" and "3-O-Ethyl Ascorbic Acid" stay.
fn strip_numbering(text: &str) -> &str {
    let digits = text.len() - text.trim_start_matches(|c: char| c.is_ascii_digit()).len();
    let rest = &text[digits..];
    match rest.strip_prefix(['.', ')']) {
        Some(after) if digits > 0 && after.starts_with(' ') => after.trim_start(),
        _ => text,
    }
}

/// Removes every "5%", "0.5 %", "(2%)" and "10％", and the brackets they leave empty.
fn without_percentages(item: &str) -> String {
    let mut text = item.to_owned();
    while let Some(percent) = text.find(['%', '％']) {
        let before = text[..percent]
            .trim_end_matches(|c: char| c.is_ascii_digit() || c == '.' || c == ',' || c == ' ');
        let end = percent + text[percent..].chars().next().map_or(1, char::len_utf8);
        text.replace_range(before.len()..end, "");
    }
    // A medicine's strength: "1% w/w", "0.1% w/v".
    for unit in [" w/w", " w/v", " W/W", " W/V"] {
        text = text.replace(unit, "");
    }
    for empty in ["()", "( )", "[]", "（）"] {
        text = text.replace(empty, "");
    }
    text
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn headings_are_dropped_wherever_the_list_starts() {
        for label in [
            "Ingredients: Water, Glycerin",
            "INGREDIENTS : Water, Glycerin",
            "Snail Essence 100ml\nIngredients:\nWater, Glycerin",
            "INCI: Water, Glycerin",
            "[전성분] Water, Glycerin",
            "전성분: Water, Glycerin",
            "Full ingredients list: Water, Glycerin",
            "Ingredients\nWater\nGlycerin",
            "Water, Glycerin",
        ] {
            assert_eq!(parse(label), ["Water", "Glycerin"], "{label:?}");
        }
    }

    #[test]
    fn commas_split_only_outside_brackets_and_between_words() {
        assert_eq!(
            parse(
                "Butyrospermum Parkii (Shea) Butter, Parfum (Fragrance, Linalool), 1,2-Hexanediol"
            ),
            [
                "Butyrospermum Parkii (Shea) Butter",
                "Parfum (Fragrance, Linalool)",
                "1,2-Hexanediol"
            ]
        );
        assert_eq!(
            parse("Water (Aqua, Glycerin, Retinol"),
            ["Water (Aqua", "Glycerin", "Retinol"]
        );
        assert_eq!(
            parse("Water) Glycerin, Retinol"),
            ["Water) Glycerin", "Retinol"]
        );
    }

    #[test]
    fn blends_shade_blocks_percentages_and_marks_are_read() {
        assert_eq!(
            parse("Cyclopentasiloxane (and) Dimethiconol, Mica. May contain (+/-): Cl 77491, CI 77492."),
            ["Cyclopentasiloxane", "Dimethiconol", "Mica", "Cl 77491", "CI 77492"]
        );
        assert_eq!(
            parse("Niacinamide 5%, Zinc PCA (1 %), Aloe Barbadensis Leaf Juice*, *Organic, 1. Water, 나이아신아마이드(2％)"),
            ["Niacinamide", "Zinc PCA", "Aloe Barbadensis Leaf Juice", "Organic", "Water", "나이아신아마이드"]
        );
        assert_eq!(
            parse("Alcohol Denat., Glycerin."),
            ["Alcohol Denat.", "Glycerin"]
        );
        assert_eq!(
            parse("Glycerin, Alcohol Denat."),
            ["Glycerin", "Alcohol Denat."]
        );
        assert_eq!(parse(" , ;\n\n . * %"), Vec::<String>::new());
    }

    #[test]
    fn nfd_hangul_is_composed() {
        let nfd = "\u{110c}\u{1165}\u{11ab}\u{1109}\u{1165}\u{11bc}\u{1107}\u{116e}\u{11ab}: \u{1100}\u{1173}\u{11af}\u{1105}\u{1175}\u{1109}\u{1166}\u{1105}\u{1175}\u{11ab}";
        assert_eq!(parse(nfd), ["글리세린"]);
    }
}
