//! The compiled-in content: every seed tip of the source articles is there, and every name is translated.

use skin_rules::{articles, axis_name, routine_step_name, tips, Axis, Lang, RoutineStep, Tag};

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
            "rice_water_mist",
            "head_to_toe_moisture",
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
            "milk_cleanse",
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

/// Tags are what safety rules and cautions rely on, so a tip that names a tagged ingredient must carry the tag.
#[test]
fn tips_that_name_an_ingredient_carry_its_tag() {
    let words: [(Tag, &[&str]); 5] = [
        (Tag::EssentialOil, &["essential oil", "tea tree"]),
        (Tag::Egg, &["egg"]),
        (Tag::Honey, &["honey"]),
        (Tag::Dairy, &["milk"]),
        (Tag::Ginseng, &["ginseng"]),
    ];
    for tip in tips() {
        let text = format!("{} {}", tip.title.en, tip.body.en).to_lowercase();
        for (tag, words) in words {
            if words.iter().any(|w| text.contains(w)) {
                assert!(
                    tip.tags.contains(&tag),
                    "{} mentions {words:?} but is not tagged {tag:?}",
                    tip.id
                );
            }
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
