//! The one spelling rule of ingredient names: what two names must share to be the same name. The content check
//! (`skin-content`, no two ingredients under one key) and the label reader (`skin_rules::ingredients`) both use it,
//! so a name the build accepts is a name a pasted label matches.
//!
//! Matching is exact after [`key`], never fuzzy: the key only forgets what labels vary in without meaning (case,
//! spaces and punctuation, British spellings, "Cl" typed for "CI", NFD Hangul, the older Korean spelling 칠 for 틸).

/// British spellings INCI lists still carry, and the American ones the keys use; on the lowercase letters.
const SPELLINGS: [(&str, &str); 6] = [
    ("sulph", "sulf"),
    ("aluminium", "aluminum"),
    ("colour", "color"),
    ("flavour", "flavor"),
    ("odour", "odor"),
    ("fibre", "fiber"),
];

/// The Korean loanword spellings of the same sound, the newer KCIA one and the older one on many labels and pages
/// (글라이콜릭애씨드 and 글리콜릭애씨드): read as one. Each is a whole borrowed syllable group that no Korean word in an
/// ingredient name holds otherwise (the content build refuses a key that two ingredients share).
const KOREAN_SPELLINGS: [(&str, &str); 8] = [
    ("애시드", "애씨드"),
    ("글라이", "글리"),
    ("트라이", "트리"),
    ("다이", "디"),
    ("아이소", "이소"),
    ("하이드록시", "히드록시"),
    ("아마이드", "아미드"),
    ("나이드", "니드"),
];

/// The key of an ingredient name: Hangul composed, ASCII letters lower case, every character that is not an ASCII
/// letter or digit, Hangul or a CJK ideograph dropped, British spellings made American, a leading "cl" before a digit
/// read as "ci" (a colour index typed with an l), 칠 read as 틸 (메칠 and 메틸 are one name) and the newer Korean loanword
/// spellings read as the older ones (글라이/글리, 다이/디, 애시드/애씨드: [`KOREAN_SPELLINGS`]).
///
/// ```
/// use skin_vocab::ingredient_name::key;
/// assert_eq!(key("Sodium Lauryl Sulphate"), key("sodium lauryl sulfate"));
/// assert_eq!(key("Cl 77491"), key("CI 77491"));
/// assert_eq!(key("Alcohol Denat."), "alcoholdenat");
/// assert_eq!(key("메칠파라벤"), key("메틸 파라벤"));
/// assert_eq!(key("\u{1100}\u{1161}"), "가");
/// ```
pub fn key(name: &str) -> String {
    let mut out = String::with_capacity(name.len());
    for c in compose_hangul(name).chars() {
        if c.is_ascii_alphanumeric() {
            out.push(c.to_ascii_lowercase());
        } else if is_kept(c) {
            out.push(if c == '칠' { '틸' } else { c });
        }
    }
    for (british, american) in SPELLINGS {
        if out.contains(british) {
            out = out.replace(british, american);
        }
    }
    for (newer, older) in KOREAN_SPELLINGS {
        if out.contains(newer) {
            out = out.replace(newer, older);
        }
    }
    if out.starts_with("cl") && out[2..].starts_with(|c: char| c.is_ascii_digit()) {
        out.replace_range(..2, "ci");
    }
    out
}

/// Hangul syllables, jamo and CJK ideographs: the non-ASCII letters a label's names are written in.
fn is_kept(c: char) -> bool {
    matches!(c, '\u{AC00}'..='\u{D7A3}' | '\u{1100}'..='\u{11FF}' | '\u{3131}'..='\u{318E}' | '\u{4E00}'..='\u{9FFF}')
}

/// `text` with conjoining Hangul jamo composed into syllables: the part of Unicode NFC a Korean label needs (an
/// iPhone pastes 전성분 as its jamo). Everything else is kept as it is.
///
/// ```
/// use skin_vocab::ingredient_name::compose_hangul;
/// let nfd = "\u{110c}\u{1165}\u{11ab}\u{1109}\u{1165}\u{11bc}\u{1107}\u{116e}\u{11ab}";
/// assert_eq!(compose_hangul(nfd), "전성분");
/// assert_eq!(compose_hangul("Water, 물"), "Water, 물");
/// ```
pub fn compose_hangul(text: &str) -> String {
    const S_BASE: u32 = 0xAC00;
    const L_BASE: u32 = 0x1100;
    const V_BASE: u32 = 0x1161;
    const T_BASE: u32 = 0x11A7;
    const V_COUNT: u32 = 21;
    const T_COUNT: u32 = 28;
    const S_COUNT: u32 = 19 * V_COUNT * T_COUNT;
    let mut out = String::with_capacity(text.len());
    let mut last: Option<char> = None;
    for c in text.chars() {
        let code = u32::from(c);
        let composed = last.and_then(|previous| {
            let previous = u32::from(previous);
            if (L_BASE..L_BASE + 19).contains(&previous)
                && (V_BASE..V_BASE + V_COUNT).contains(&code)
            {
                char::from_u32(S_BASE + ((previous - L_BASE) * V_COUNT + code - V_BASE) * T_COUNT)
            } else if (S_BASE..S_BASE + S_COUNT).contains(&previous)
                && (previous - S_BASE).is_multiple_of(T_COUNT)
                && (T_BASE + 1..T_BASE + T_COUNT).contains(&code)
            {
                char::from_u32(previous + code - T_BASE)
            } else {
                None
            }
        });
        match composed {
            Some(syllable) => {
                out.pop();
                out.push(syllable);
                last = Some(syllable);
            }
            None => {
                out.push(c);
                last = Some(c);
            }
        }
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn labels_spelled_differently_share_a_key() {
        for (a, b) in [
            ("Aluminium Hydroxide", "ALUMINUM HYDROXIDE"),
            (
                "Butyrospermum Parkii (Shea) Butter",
                "butyrospermum parkii shea butter",
            ),
            ("1,2-Hexanediol", "1 2 hexanediol"),
            ("부틸렌 글라이콜", "부틸렌글라이콜"),
            ("C.I. 77891", "ci77891"),
        ] {
            assert_eq!(key(a), key(b), "{a} / {b}");
        }
        assert_ne!(key("Alcohol"), key("Alcohol Denat."));
        assert_ne!(key("Calcium Chloride"), key("Caicium Chioride"));
    }

    #[test]
    fn composing_keeps_what_is_already_composed_and_composes_a_final_consonant() {
        assert_eq!(compose_hangul("\u{1112}\u{1161}\u{11ab}"), "한");
        assert_eq!(compose_hangul("가\u{11ab}"), "간");
        assert_eq!(compose_hangul("간\u{11ab}"), "간\u{11ab}");
        assert_eq!(compose_hangul("\u{1100}"), "\u{1100}");
        assert_eq!(compose_hangul("a\u{1161}"), "a\u{1161}");
    }
}
