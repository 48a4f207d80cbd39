//! Realistic visitors, as a dermatologist would try the quiz: for each, what must be shown (tips, cautions, a doctor
//! pointer), what must never be, and a routine they could follow. Every persona answers every question; anything not
//! named takes the calm default of `common::CALM`.

mod common;

use skin_rules::{
    evaluate, Answers, Lang, Outcome, RoutineSource, RoutineStep, Severity, Tag, QUICK_DAILY_AM,
    QUICK_DAILY_PM,
};

struct Persona {
    name: &'static str,
    /// Answers instead of the calm ones to the same questions; a question named twice gets both choices.
    answers: &'static [(&'static str, &'static str)],
    /// Tips that must be among those shown.
    shown: &'static [&'static str],
    /// Tips that must not be shown.
    hidden: &'static [&'static str],
    /// No shown tip may carry one of these tags.
    no_tags: &'static [Tag],
    /// Cautions that must be in the outcome.
    cautions: &'static [&'static str],
    /// Words a caution must contain, in English and in Korean: (caution id, en, ko).
    says: &'static [(&'static str, &'static str, &'static str)],
    /// Whether the outcome points to a doctor first (a see-a-dermatologist box).
    doctor: bool,
}

const PERSONAS: &[Persona] = &[
    Persona {
        name: "pregnant, with melasma",
        answers: &[
            ("sensitivity", "sometimes"),
            ("concerns", "dark_marks"),
            ("concerns", "dullness"),
            ("makeup", "light"),
            ("days", "outdoors_sun"),
            ("health", "pregnant"),
        ],
        shown: &["head_to_toe_moisture"],
        hidden: &["steam_session", "egg_white_honey_mask", "skin_teas"],
        no_tags: &[Tag::Heat, Tag::EssentialOil, Tag::Egg, Tag::Ginseng],
        cautions: &["pregnancy", "dark_marks", "sun"],
        says: &[
            ("pregnancy", "Retinoids", "레티노이드"),
            ("pregnancy", "isotretinoin", "이소트레티노인"),
        ],
        doctor: false,
    },
    Persona {
        name: "pregnant, with frequent spots",
        answers: &[
            ("skin_feel", "shiny_all"),
            ("breakouts", "frequent"),
            ("concerns", "pores"),
            ("health", "pregnant"),
        ],
        shown: &["charcoal_mask"],
        hidden: &["steam_session", "essential_oil_massage"],
        no_tags: &[Tag::Heat, Tag::EssentialOil, Tag::Friction],
        cautions: &["pregnancy", "breakouts_frequent"],
        says: &[
            // The spot treatments it names include a retinoid: the same caution must rule it out in pregnancy.
            (
                "breakouts_frequent",
                "not while pregnant or breastfeeding",
                "임신·수유 중에는",
            ),
            ("pregnancy", "Retinoids", "레티노이드"),
        ],
        doctor: false,
    },
    Persona {
        name: "darker skin, prone to dark marks after spots",
        answers: &[
            ("skin_feel", "shiny_tzone"),
            ("breakouts", "occasional"),
            ("concerns", "dark_marks"),
            ("concerns", "pores"),
        ],
        shown: &["tzone_first", "head_to_toe_moisture"],
        hidden: &[
            "steam_session",
            "washcloth_exfoliation",
            "warm_palms",
            // Irritation darkens marks: no essential oil either.
            "essential_oil_massage",
        ],
        no_tags: &[Tag::Heat, Tag::Friction, Tag::EssentialOil],
        cautions: &["dark_marks"],
        says: &[("dark_marks", "sunscreen", "선크림")],
        doctor: false,
    },
    Persona {
        name: "teen with deep, painful acne",
        answers: &[
            ("skin_feel", "shiny_all"),
            ("sensitivity", "sometimes"),
            ("breakouts", "deep_painful"),
            ("concerns", "pores"),
            ("routine_time", "generous"),
            ("stress", "tense"),
        ],
        shown: &["green_tea_sheet_mask"],
        hidden: &[
            "essential_oil_massage",
            "kneading_acupressure",
            "sculpting_massage",
            "soothing_strokes",
            "lymphatic_drainage",
            "steam_session",
            "egg_white_honey_mask",
        ],
        no_tags: &[
            Tag::Heat,
            Tag::Friction,
            Tag::FirmMassage,
            Tag::EssentialOil,
        ],
        cautions: &["see_dermatologist_cystic"],
        says: &[("see_dermatologist_cystic", "dermatologist", "피부과")],
        doctor: true,
    },
    Persona {
        name: "eczema-prone, very dry",
        answers: &[
            ("skin_feel", "tight"),
            ("sensitivity", "sometimes"),
            ("conditions", "eczema"),
            ("concerns", "dryness"),
            ("days", "dry_indoor"),
        ],
        shown: &["sleeping_mask", "moisturise_within_seconds"],
        hidden: &[
            "washcloth_exfoliation",
            "milk_cleanse",
            "rice_water_mist",
            "warm_palms",
            "cleanse_424",
        ],
        no_tags: &[
            Tag::Heat,
            Tag::Friction,
            Tag::EssentialOil,
            Tag::Egg,
            Tag::Dairy,
        ],
        cautions: &["eczema", "patch_test"],
        says: &[
            ("eczema", "fragrance-free", "무향"),
            ("patch_test", "inner arm", "팔 안쪽"),
        ],
        doctor: false,
    },
    Persona {
        name: "freshly shaving",
        answers: &[
            ("conditions", "shaving"),
            ("concerns", "dullness"),
            ("skin_feel", "tight"),
        ],
        shown: &[],
        hidden: &["washcloth_exfoliation"],
        no_tags: &[Tag::Friction],
        cautions: &["shaving"],
        says: &[("shaving", "with a clean, sharp blade", "면도날")],
        doctor: false,
    },
    Persona {
        name: "fragrance-allergic, sometimes reactive",
        answers: &[
            ("sensitivity", "sometimes"),
            ("allergies", "fragrance"),
            ("concerns", "dullness"),
            ("routine_time", "generous"),
            ("stress", "tense"),
        ],
        shown: &["adapt_to_the_day"],
        hidden: &[
            "essential_oil_massage",
            "steamy_toner_spot",
            "washcloth_exfoliation",
        ],
        no_tags: &[Tag::EssentialOil, Tag::Friction],
        cautions: &["allergy_fragrance", "patch_test"],
        says: &[("patch_test", "7–10 days", "7~10일")],
        doctor: false,
    },
    Persona {
        name: "diagnosed rosacea",
        answers: &[
            ("sensitivity", "reactive"),
            ("conditions", "rosacea"),
            ("concerns", "redness"),
            ("routine_time", "generous"),
            ("concerns", "lines"),
            ("stress", "tense"),
        ],
        shown: &["tapping", "green_tea_rinse"],
        hidden: &[
            // Light strokes too: the National Rosacea Society advises against massaging the face.
            "soothing_strokes",
            "kneading_acupressure",
            "sculpting_massage",
            "steam_session",
            "washcloth_exfoliation",
        ],
        no_tags: &[
            Tag::Heat,
            Tag::Friction,
            Tag::FirmMassage,
            Tag::EssentialOil,
        ],
        cautions: &["rosacea", "heat_sensitive"],
        says: &[("rosacea", "sunscreen", "선크림")],
        doctor: true,
    },
    Persona {
        name: "reactive skin with persistent redness, never diagnosed",
        answers: &[("sensitivity", "reactive"), ("concerns", "redness")],
        shown: &["tapping"],
        hidden: &["steam_session", "warm_palms", "kneading_acupressure"],
        no_tags: &[Tag::Heat, Tag::Friction, Tag::FirmMassage],
        cautions: &["see_dermatologist_rosacea", "heat_sensitive"],
        says: &[("see_dermatologist_rosacea", "rosacea", "주사")],
        doctor: true,
    },
    Persona {
        name: "retinoid user with fine lines",
        answers: &[
            ("conditions", "retinoid"),
            ("concerns", "lines"),
            ("concerns", "dullness"),
        ],
        shown: &["facial_exercises"],
        hidden: &["washcloth_exfoliation"],
        no_tags: &[Tag::Friction],
        cautions: &["actives"],
        says: &[("actives", "sunscreen", "선크림")],
        doctor: false,
    },
    Persona {
        name: "on isotretinoin",
        answers: &[
            ("conditions", "prescription"),
            ("skin_feel", "tight"),
            ("concerns", "dullness"),
        ],
        shown: &[],
        hidden: &["washcloth_exfoliation"],
        no_tags: &[Tag::Friction],
        cautions: &["prescription"],
        says: &[("prescription", "wax", "왁싱")],
        doctor: false,
    },
    Persona {
        name: "frequent spots, already using benzoyl peroxide",
        answers: &[
            ("skin_feel", "shiny_all"),
            ("breakouts", "frequent"),
            ("conditions", "benzoyl_peroxide"),
            ("makeup", "light"),
        ],
        shown: &["green_tea_sheet_mask", "double_cleanse"],
        hidden: &[
            "washcloth_exfoliation",
            "essential_oil_massage",
            "kneading_acupressure",
        ],
        no_tags: &[Tag::Friction, Tag::FirmMassage, Tag::EssentialOil],
        cautions: &["breakouts_frequent", "benzoyl_peroxide"],
        says: &[
            ("breakouts_frequent", "2–3 months", "2~3개월"),
            ("benzoyl_peroxide", "bleaches", "탈색"),
        ],
        doctor: false,
    },
    Persona {
        name: "hives after a new product",
        answers: &[("health", "swelling"), ("sensitivity", "sometimes")],
        shown: &[],
        hidden: &[],
        no_tags: &[],
        cautions: &["see_dermatologist_swelling"],
        says: &[("see_dermatologist_swelling", "Stop using", "멈추")],
        doctor: true,
    },
    Persona {
        name: "a mole that has changed, loves a long massage",
        answers: &[
            ("health", "changing_mole"),
            ("routine_time", "generous"),
            ("concerns", "dullness"),
        ],
        shown: &[],
        hidden: &[],
        no_tags: &[],
        cautions: &["see_dermatologist_mole"],
        says: &[(
            "see_dermatologist_mole",
            "massage and exfoliation",
            "마사지나 각질 제거",
        )],
        doctor: true,
    },
    Persona {
        name: "under five minutes, wears makeup daily",
        answers: &[
            ("routine_time", "quick"),
            ("makeup", "full"),
            ("skin_feel", "shiny_tzone"),
            ("days", "humid"),
            ("concerns", "dullness"),
        ],
        shown: &[],
        hidden: &[],
        no_tags: &[],
        cautions: &[],
        says: &[],
        doctor: false,
    },
    Persona {
        name: "calm skin, enjoys a long evening ritual",
        answers: &[
            ("routine_time", "generous"),
            ("concerns", "dullness"),
            ("concerns", "pores"),
            ("makeup", "full"),
        ],
        shown: &["steam_session", "washcloth_exfoliation", "cleanse_424"],
        hidden: &[],
        no_tags: &[],
        cautions: &[],
        says: &[],
        doctor: false,
    },
];

fn answers(persona: &Persona) -> Answers {
    common::answers(persona.answers)
}

/// The routine checks every visitor is owed: one cleanse in the morning, at most two passes in the evening, the
/// moisturiser step a moisturiser, the short routine for little time, the week plan's treatments apart.
fn check_routine(persona: &Persona, outcome: &Outcome, quick: bool) {
    let name = persona.name;
    for (items, cleanses, limit) in [
        (&outcome.routine.am, 1, QUICK_DAILY_AM),
        (&outcome.routine.pm, 2, QUICK_DAILY_PM),
    ] {
        let passes: usize = items
            .iter()
            .map(|i| {
                [RoutineStep::OilCleanse, RoutineStep::WaterCleanse]
                    .into_iter()
                    .filter(|&s| i.covers(s))
                    .count()
            })
            .sum();
        assert!(
            passes <= cleanses,
            "{name}: {passes} cleansing passes: {items:?}"
        );
        let moisturiser = items
            .iter()
            .find(|i| i.covers(RoutineStep::Moisturiser) && i.frequency.is_none())
            .unwrap_or_else(|| panic!("{name}: no moisturiser"));
        let is_product = match moisturiser.source {
            RoutineSource::Staple(_) => true,
            RoutineSource::Tip { tip, .. } => tip.placement.is_some_and(|p| !p.note),
        };
        assert!(
            is_product,
            "{name}: the moisturiser step is {moisturiser:?}"
        );
        let daily = items.iter().filter(|i| i.frequency.is_none()).count();
        if quick {
            assert!(
                daily <= limit,
                "{name}: {daily} daily steps with little time"
            );
        }
    }
    let treatments = common::treatments_per_evening(outcome);
    assert!(
        treatments.iter().all(|&n| n <= 1),
        "{name}: treatments per evening {treatments:?}"
    );
}

#[test]
fn every_persona_gets_what_a_dermatologist_would_sign() {
    let mut problems = Vec::new();
    for persona in PERSONAS {
        let answers = answers(persona);
        let outcome = evaluate(&answers);
        let name = persona.name;
        let ids: Vec<&str> = outcome.tips.iter().map(|t| t.tip.id).collect();
        for id in persona.shown {
            if !ids.contains(id) {
                problems.push(format!("{name}: {id} is not shown ({ids:?})"));
            }
        }
        for id in persona.hidden {
            if ids.contains(id) {
                problems.push(format!("{name}: {id} is shown"));
            }
        }
        for ranked in &outcome.tips {
            if let Some(tag) = ranked.tip.tags.iter().find(|t| persona.no_tags.contains(t)) {
                problems.push(format!("{name}: {} ({tag:?}) is shown", ranked.tip.id));
            }
        }
        let caution_ids: Vec<&str> = outcome.cautions.iter().map(|c| c.id).collect();
        for id in persona.cautions {
            if !caution_ids.contains(id) {
                problems.push(format!("{name}: no caution {id} ({caution_ids:?})"));
            }
        }
        for (id, en, ko) in persona.says {
            match outcome.cautions.iter().find(|c| c.id == *id) {
                Some(c)
                    if c.text.get(Lang::En).contains(en) && c.text.get(Lang::Ko).contains(ko) => {}
                _ => problems.push(format!("{name}: caution {id} does not say {en:?} / {ko:?}")),
            }
        }
        if outcome.see_dermatologist() != persona.doctor {
            problems.push(format!(
                "{name}: see a doctor is {}, expected {}",
                outcome.see_dermatologist(),
                persona.doctor
            ));
        }
        // The doctor pointer is the first thing a flagged visitor reads.
        if persona.doctor
            && outcome.cautions.first().map(|c| c.severity) != Some(Severity::SeeDermatologist)
        {
            problems.push(format!("{name}: the red flag is not first"));
        }
        let quick = persona.answers.contains(&("routine_time", "quick"));
        check_routine(persona, &outcome, quick);
    }
    assert!(problems.is_empty(), "{problems:#?}");
}

#[test]
fn a_visitor_short_of_time_gets_a_routine_they_can_follow() {
    let persona = PERSONAS
        .iter()
        .find(|p| p.name.starts_with("under five minutes"))
        .unwrap();
    let outcome = evaluate(&answers(persona));
    let [am, pm] = common::daily_steps(&outcome);
    assert_eq!(am, QUICK_DAILY_AM, "{:?}", outcome.routine.am);
    assert!(pm <= QUICK_DAILY_PM, "{:?}", outcome.routine.pm);
    // Makeup every day: the evening still starts with a cleanse that takes it off.
    let first = outcome
        .routine
        .pm
        .iter()
        .find(|i| i.frequency.is_none())
        .unwrap();
    assert!(
        first.covers(RoutineStep::OilCleanse),
        "{:?}",
        outcome.routine.pm
    );
}

#[test]
fn a_long_ritual_spreads_its_treatments_over_the_week() {
    let persona = PERSONAS
        .iter()
        .find(|p| p.name.starts_with("calm skin"))
        .unwrap();
    let outcome = evaluate(&answers(persona));
    let planned: Vec<_> = outcome.routine.planned().collect();
    assert!(
        planned.iter().filter(|i| i.is_treatment()).count() >= 2,
        "{planned:?}"
    );
    let text = outcome.routine_text(Lang::En);
    assert!(text.contains("Mon: "), "{text}");
}
