//! The compiled-in content: every seed tip of the source articles is there, and every name is translated.

use skin_rules::{articles, axis_name, routine_step_name, tips, Axis, Lang, RoutineStep};

/// The seed tips, by source article, as the articles list them.
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
fn every_seed_tip_is_there_with_its_source() {
    let mut missing = Vec::new();
    for (article, ids) in SEED_TIPS {
        for id in ids {
            match tips().iter().find(|t| t.id == *id) {
                None => missing.push(format!("{id} (from {article})")),
                Some(tip) => assert_eq!(articles()[tip.source].id, article, "source of {id}"),
            }
        }
    }
    assert!(missing.is_empty(), "missing seed tips: {missing:?}");
    assert_eq!(
        SEED_TIPS.iter().map(|(_, ids)| ids.len()).sum::<usize>(),
        29
    );
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
