//! The compiled-in content: every seed tip of the source articles is there, and every name is translated.

use skin_rules::{
    articles, axis_name, routine_step_name, staples, tips, Axis, Lang, RoutineStep, Tag, Tip,
};

/// The seed tips, by source article, as the articles list them: the content must hold exactly these.
const SEED_TIPS: [(&str, &[&str]); 3] = [
    (
        "glass-skin",
        &[
            "steam_session",
            "facial_exercises",
            "double_cleanse",
            "washcloth_exfoliation",
            "natural_toner",
            "rice_water_rinse",
            "head_to_toe_moisture",
            "vitamin_c_serum",
            "charcoal_mask",
            "green_tea_sheet_mask",
            "sleeping_mask",
            "tapping",
            "skin_teas",
        ],
    ),
    (
        "facial-massage",
        &[
            "kneading_acupressure",
            "sculpting_massage",
            "soothing_strokes",
            "lymphatic_drainage",
            "essential_oil_massage",
        ],
    ),
    (
        "k-star-tips",
        &[
            "warm_palms",
            "water_intake",
            "milk_pack",
            "steamy_toner_spot",
            "moisturise_within_seconds",
            "egg_white_honey_mask",
            "travel_routine",
            "green_tea_rinse",
            "cleanse_424",
            "tzone_first",
            "remove_makeup_always",
            "adapt_to_the_day",
        ],
    ),
];

#[test]
fn the_tips_are_exactly_the_seed_tips_with_their_sources() {
    let mut problems = Vec::new();
    for (article, ids) in SEED_TIPS {
        for id in ids {
            match tips().iter().find(|t| t.id == *id) {
                None => problems.push(format!("seed tip {id} (from {article}) is missing")),
                Some(tip) if articles()[tip.source].id != article => problems.push(format!(
                    "{id} names {} as its source instead of {article}",
                    articles()[tip.source].id
                )),
                Some(_) => {}
            }
        }
    }
    for tip in tips() {
        if !SEED_TIPS.iter().any(|(_, ids)| ids.contains(&tip.id)) {
            problems.push(format!("{} is not a seed tip", tip.id));
        }
    }
    assert!(problems.is_empty(), "{problems:#?}");
}

/// What a visitor reads of a tip, in every language, lower-cased: title, body and caution.
fn tip_text(tip: &Tip) -> String {
    let mut text = String::new();
    for lang in Lang::ALL {
        for part in [Some(&tip.title), Some(&tip.body), tip.caution.as_ref()]
            .into_iter()
            .flatten()
        {
            text.push_str(part.get(lang));
            text.push('\n');
        }
    }
    text.to_lowercase()
}

/// Whether `text` mentions `word`. An English (ASCII) word must start a word, so "warm" finds "warmth" and
/// "warming" but not "lukewarm", which is the heat-safe advice itself; a Korean word may sit anywhere, since particles
/// and endings attach to it.
fn mentions(text: &str, word: &str) -> bool {
    if !word.is_ascii() {
        return text.contains(word);
    }
    text.match_indices(word).any(|(at, _)| {
        !text[..at]
            .chars()
            .next_back()
            .is_some_and(char::is_alphabetic)
    })
}

/// The words that mean a tip involves something a tag stands for.
const TAG_WORDS: [(Tag, &[&str]); 11] = [
    (
        Tag::EssentialOil,
        &["essential oil", "tea tree", "에센셜 오일", "티트리"],
    ),
    (Tag::Egg, &["egg", "달걀", "계란"]),
    (Tag::Honey, &["honey", "꿀"]),
    (Tag::Dairy, &["milk", "우유"]),
    (Tag::Ginseng, &["ginseng", "인삼"]),
    // Bare 열 (heat) and 김 (steam) are left out: they are also parts of unrelated words (열매, 열심히, 남김없이).
    (
        Tag::Heat,
        &[
            "steam",
            "warm",
            "hot",
            "heat",
            "sauna",
            "스팀",
            "증기",
            "따뜻",
            "따듯",
            "뜨거",
            "뜨겁",
            "더운 물",
            "더운물",
            "온기",
            "열기",
            "열감",
            "데우",
            "데운",
            "데워",
            "찜질",
            "사우나",
        ],
    ),
    // Bare 각질 (dead skin) is left out: it is named by tips that loosen nothing by rubbing.
    (
        Tag::Friction,
        &[
            "scrub",
            "washcloth",
            "flannel",
            "exfoliat",
            "스크럽",
            "수건",
            "각질 제거",
            "각질 정리",
            "각질을 덜",
            "각질을 문지",
            "때밀",
            "때를 밀",
        ],
    ),
    (
        Tag::FirmMassage,
        &[
            "knead",
            "knuckle",
            "pressure point",
            "pressure-point",
            "acupressure",
            "주무르",
            "지압",
            "손가락 관절",
        ],
    ),
    // Any massage or stroking of the face, however light. (Bare 쓸어, "sweep", is left out: a washcloth sweeps too.)
    (
        Tag::Massage,
        &[
            "massage",
            "knead",
            "knuckle",
            "pressure point",
            "acupressure",
            "stroke",
            "마사지",
            "주무르",
            "지압",
        ],
    ),
    // Food or kitchen ingredients prepared at home and put on the face. (Green tea alone is left out: the sheet mask
    // is a product and the tea a drink; the home-made rinse is steeped from tea bags.)
    (
        Tag::HomeMade,
        &[
            "rice water",
            "tea bag",
            "egg",
            "honey",
            "milk",
            "쌀뜨물",
            "티백",
            "달걀",
            "꿀",
            "우유",
        ],
    ),
    (Tag::VitaminC, &["vitamin c", "비타민 c"]),
];

/// Phrases that name heat without putting any on the face, taken out of the text before the heat words are looked
/// for. Whole phrases, so any other use of the same words is still caught; each must still occur in the content.
const HEAT_ALLOWED: [&str; 6] = [
    // natural_toner: the weather a light toner suits.
    "suits warm weather",
    // water_intake: drinking more when the weather is hot.
    "more in hot weather",
    // green_tea_rinse: the tea is brewed hot and cooled before it touches the face.
    "bowl of hot water, let it cool until lukewarm or cooler",
    "뜨거운 물 한 그릇에 녹차 티백 두어 개를 우린 뒤 미지근하거나 더 시원해질 때까지 식혀",
    // cleanse_424 (caution): advice against hot water.
    "lukewarm rather than hot water",
    "뜨거운 물 대신 미지근한 물",
];

/// Tags are what safety rules and cautions rely on (the build proves that a caution excluding a tag never comes with
/// a tip carrying it), so a tip that names a tagged ingredient, heat or scrubbing must carry the tag.
#[test]
fn tips_that_name_what_a_tag_stands_for_carry_the_tag() {
    let mut problems = Vec::new();
    let mut allowed_used = [false; HEAT_ALLOWED.len()];
    for tip in tips() {
        let text = tip_text(tip);
        for (tag, words) in TAG_WORDS {
            let mut text = text.clone();
            if tag == Tag::Heat {
                for (phrase, used) in HEAT_ALLOWED.iter().zip(&mut allowed_used) {
                    *used |= text.contains(phrase);
                    text = text.replace(phrase, "");
                }
            }
            let found: Vec<&str> = words
                .iter()
                .copied()
                .filter(|w| mentions(&text, w))
                .collect();
            if !found.is_empty() && !tip.tags.contains(&tag) {
                problems.push(format!(
                    "{} mentions {found:?} but is not tagged {tag:?}",
                    tip.id
                ));
            }
        }
    }
    for (phrase, used) in HEAT_ALLOWED.iter().zip(allowed_used) {
        if !used {
            problems.push(format!(
                "allowed heat phrase {phrase:?} is no longer in any tip"
            ));
        }
    }
    assert!(problems.is_empty(), "{problems:#?}");
}

/// Staples are shown to everyone, heat-sensitive visitors included, and carry no tags: they must not involve heat.
#[test]
fn staples_involve_no_heat() {
    let (_, heat) = TAG_WORDS.iter().find(|(tag, _)| *tag == Tag::Heat).unwrap();
    for staple in staples() {
        for lang in Lang::ALL {
            let text = staple.text.get(lang).to_lowercase();
            let found: Vec<&&str> = heat.iter().filter(|w| mentions(&text, w)).collect();
            assert!(found.is_empty(), "staple {} mentions {found:?}", staple.id);
        }
    }
}

#[test]
fn names_exist_in_every_language() {
    for lang in Lang::ALL {
        for axis in Axis::ALL {
            assert!(!axis_name(axis).get(lang).is_empty());
        }
        for step in RoutineStep::ALL {
            assert!(!routine_step_name(step).get(lang).is_empty());
        }
    }
}

/// `Reason::text` lowercases English axis names with `to_ascii_lowercase` (Unicode case mapping would cost the
/// wasm its tables), which is exact only for ASCII names.
#[test]
fn english_axis_names_are_ascii() {
    for axis in Axis::ALL {
        assert!(axis_name(axis).get(Lang::En).is_ascii(), "{axis:?}");
    }
}

/// A home-made preparation keeps no better than the food it is made of: it is made fresh, rinsed off and used now and
/// then, never left on the face or kept (issue 18: the rice water fermented for a day and left on as a mist). Its test
/// is one dab of a fresh mix, rinsed off and watched for 48 hours; the 7–10-day test of a product would take some
/// twenty batches of raw egg.
#[test]
fn home_made_preparations_are_fresh_and_rinsed_off() {
    let rinsed_off = [
        RoutineStep::OilCleanse,
        RoutineStep::WaterCleanse,
        RoutineStep::WashOffMask,
        RoutineStep::Rinse,
    ];
    let home_made: Vec<&Tip> = tips()
        .iter()
        .filter(|t| t.tags.contains(&Tag::HomeMade))
        .collect();
    assert!(!home_made.is_empty());
    for tip in home_made {
        let placement = tip
            .placement
            .unwrap_or_else(|| panic!("{}: no step", tip.id));
        assert!(
            rinsed_off.contains(&placement.step) && placement.frequency.is_some(),
            "{}: {placement:?} is not an occasional rinse-off step",
            tip.id
        );
        let text = tip_text(tip);
        assert!(
            text.contains("48") && !text.contains("7–10") && !text.contains("7~10"),
            "{}: not the one-dab test of a fresh mix",
            tip.id
        );
    }
}
