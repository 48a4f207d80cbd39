//! The engine's rules, one behaviour at a time, on the real content.

use skin_rules::{
    cautions, evaluate, questionnaire, tips, Answers, Axis, Lang, Outcome, Reason, RoutineItem,
    RoutineSource, RoutineStep, Severity, SkinType, Tip,
};

mod common;

use common::answers;

fn outcome(picks: &[(&str, &str)]) -> Outcome {
    evaluate(&answers(picks))
}

fn tip_ids(outcome: &Outcome) -> Vec<&'static str> {
    outcome.tips.iter().map(|t| t.tip.id).collect()
}

/// Checks that the `favourable` answers bring each of `tips`: a test that then leaves them out for a safety answer
/// shows the safety rule at work, not tips that were never there.
fn assert_suit(favourable: &[(&str, &str)], tips: &[&str]) {
    let ids = tip_ids(&outcome(favourable));
    for id in tips {
        assert!(ids.contains(id), "{id} should suit {favourable:?}: {ids:?}");
    }
}

fn has_caution(outcome: &Outcome, id: &str) -> bool {
    outcome.cautions.iter().any(|c| c.id == id)
}

#[test]
fn baseline_is_balanced_and_calm() {
    let outcome = outcome(&[]);
    assert_eq!(outcome.profile.skin_type, SkinType::Balanced);
    assert!(!outcome.profile.sensitive);
    assert_eq!(outcome.profile.axes, [0; 6]);
    assert_eq!(outcome.profile.focus(), None);
    assert!(!outcome.see_dermatologist());
    assert!(outcome.tips.len() >= 3, "{:?}", tip_ids(&outcome));
}

#[test]
fn shiny_all_raises_oiliness_and_makes_skin_oily() {
    let before = outcome(&[]).profile.score(Axis::Oiliness);
    let profile = outcome(&[("skin_feel", "shiny_all")]).profile;
    assert!(profile.score(Axis::Oiliness) > before);
    assert_eq!(profile.skin_type, SkinType::Oily);
    assert_eq!(profile.label(Lang::En), "Oily skin");
}

#[test]
fn tight_skin_is_dry_and_a_shiny_tzone_is_combination() {
    assert_eq!(
        outcome(&[("skin_feel", "tight")]).profile.skin_type,
        SkinType::Dry
    );
    assert_eq!(
        outcome(&[("skin_feel", "shiny_tzone")]).profile.skin_type,
        SkinType::Combination
    );
    // Oily and dry at once, without the T-zone answer, is combination too.
    let both = outcome(&[
        ("skin_feel", "shiny_all"),
        ("concerns", "dryness"),
        ("days", "dry_indoor"),
    ]);
    assert_eq!(both.profile.skin_type, SkinType::Combination);
}

#[test]
fn axes_are_scaled_to_100_at_the_highest_possible_answers() {
    let profile = outcome(&[
        ("skin_feel", "shiny_all"),
        ("breakouts", "frequent"),
        ("concerns", "pores"),
        ("days", "humid"),
    ])
    .profile;
    assert_eq!(profile.score(Axis::Oiliness), 100);
    let profile = outcome(&[("sensitivity", "reactive"), ("concerns", "redness")]).profile;
    assert_eq!(profile.score(Axis::Sensitivity), 100);
    assert!(profile.sensitive);
}

#[test]
fn reactive_sensitivity_excludes_heat_and_essential_oil_tips_and_warns() {
    // Answers that would otherwise favour those tips.
    let favourable = [("routine_time", "generous"), ("concerns", "dullness")];
    assert_suit(&favourable, &["steam_session", "essential_oil_massage"]);

    let reactive = outcome(&[favourable.as_slice(), &[("sensitivity", "reactive")]].concat());
    let ids = tip_ids(&reactive);
    for id in [
        "steam_session",
        "warm_palms",
        "steamy_toner_spot",
        "essential_oil_massage",
    ] {
        assert!(
            !ids.contains(&id),
            "{id} must not be shown to reactive skin: {ids:?}"
        );
    }
    assert!(has_caution(&reactive, "heat_sensitive"));
    assert!(reactive.profile.sensitive);
    assert!(reactive.profile.label(Lang::En).contains("sensitive"));
}

#[test]
fn a_sensitive_profile_excludes_heat_tips_without_the_reactive_answer() {
    // "Sometimes" plus redness makes the profile sensitive.
    let outcome = outcome(&[
        ("sensitivity", "sometimes"),
        ("concerns", "redness"),
        ("skin_feel", "tight"),
    ]);
    assert!(outcome.profile.sensitive);
    let ids = tip_ids(&outcome);
    for id in ["steam_session", "warm_palms", "steamy_toner_spot"] {
        assert!(!ids.contains(&id), "{id}: {ids:?}");
    }
}

#[test]
fn occasional_breakouts_exclude_the_washcloth_exfoliation() {
    let favourable = [("concerns", "dullness"), ("skin_feel", "tight")];
    assert!(tip_ids(&outcome(&favourable)).contains(&"washcloth_exfoliation"));
    let spots = outcome(&[favourable.as_slice(), &[("breakouts", "occasional")]].concat());
    assert!(!tip_ids(&spots).contains(&"washcloth_exfoliation"));
}

#[test]
fn redness_excludes_heat_tips_too() {
    let outcome = outcome(&[
        ("concerns", "redness"),
        ("skin_feel", "tight"),
        ("routine_time", "quick"),
    ]);
    let ids = tip_ids(&outcome);
    for id in ["steam_session", "warm_palms", "steamy_toner_spot"] {
        assert!(!ids.contains(&id), "{id}: {ids:?}");
    }
    assert!(has_caution(&outcome, "heat_sensitive"));
}

#[test]
fn egg_allergy_excludes_the_egg_white_mask() {
    let favourable = [("concerns", "pores"), ("routine_time", "generous")];
    assert!(tip_ids(&outcome(&favourable)).contains(&"egg_white_honey_mask"));
    for allergy in ["eggs", "honey"] {
        let outcome = outcome(&[favourable.as_slice(), &[("allergies", allergy)]].concat());
        assert!(
            !tip_ids(&outcome).contains(&"egg_white_honey_mask"),
            "{allergy}"
        );
        assert!(has_caution(&outcome, "allergies"));
        assert!(has_caution(&outcome, &format!("allergy_{allergy}")));
    }
}

#[test]
fn pregnancy_excludes_essential_oils_and_ginseng() {
    let favourable = [
        ("routine_time", "generous"),
        ("stress", "tense"),
        ("water", "low"),
    ];
    assert_suit(&favourable, &["essential_oil_massage", "skin_teas"]);
    let pregnant = outcome(&[favourable.as_slice(), &[("health", "pregnant")]].concat());
    let ids = tip_ids(&pregnant);
    for id in ["essential_oil_massage", "skin_teas"] {
        assert!(!ids.contains(&id), "{id}: {ids:?}");
    }
    assert!(has_caution(&pregnant, "pregnancy"));
}

#[test]
fn red_flags_advise_a_dermatologist_first() {
    for pick in [
        ("breakouts", "deep_painful"),
        ("health", "changing_mole"),
        ("health", "slow_sore"),
    ] {
        let outcome = outcome(&[pick]);
        assert!(outcome.see_dermatologist(), "{pick:?}");
        assert_eq!(
            outcome.cautions[0].severity,
            Severity::SeeDermatologist,
            "{pick:?}"
        );
    }
    let both = outcome(&[("health", "changing_mole"), ("health", "slow_sore")]);
    assert_eq!(
        both.cautions
            .iter()
            .filter(|c| c.severity == Severity::SeeDermatologist)
            .count(),
        2
    );
}

#[test]
fn cautions_are_sorted_by_severity_and_always_include_the_disclaimer() {
    for outcome in [
        evaluate(&Answers::default()),
        outcome(&[]),
        outcome(&[
            ("sensitivity", "reactive"),
            ("breakouts", "deep_painful"),
            ("days", "outdoors_sun"),
        ]),
    ] {
        assert!(outcome.cautions.contains(&outcome.disclaimer()));
        assert!(outcome
            .cautions
            .windows(2)
            .all(|w| w[0].severity >= w[1].severity));
    }
}

#[test]
fn the_disclaimer_is_the_one_unconditional_info_caution() {
    let always: Vec<_> = cautions()
        .iter()
        .filter(|c| c.when.is_empty() && c.when_all.is_empty())
        .collect();
    let disclaimer = evaluate(&Answers::default()).disclaimer();
    assert_eq!(always, [disclaimer]);
    assert_eq!(disclaimer.severity, Severity::Info);
}

#[test]
fn cautions_split_into_urgent_other_and_disclaimer() {
    let flagged = outcome(&[
        ("health", "changing_mole"),
        ("sensitivity", "reactive"),
        ("days", "outdoors_sun"),
    ]);
    let urgent: Vec<&str> = flagged.urgent().map(|c| c.id).collect();
    let other: Vec<&str> = flagged.other_cautions().map(|c| c.id).collect();
    assert_eq!(urgent, ["see_dermatologist_mole"]);
    assert!(
        other.contains(&"heat_sensitive") && other.contains(&"sun"),
        "{other:?}"
    );
    assert!(!other.contains(&flagged.disclaimer().id));
    // Together, without overlap, they are every caution that applies.
    assert_eq!(urgent.len() + other.len() + 1, flagged.cautions.len());
    assert!(flagged.see_dermatologist());

    let calm = outcome(&[]);
    assert_eq!(calm.urgent().count(), 0);
    assert!(!calm.see_dermatologist());
}

#[test]
fn oily_breakout_prone_full_makeup_gets_thorough_cleansing_with_reasons() {
    let outcome = outcome(&[
        ("skin_feel", "shiny_tzone"),
        ("breakouts", "frequent"),
        ("makeup", "full"),
        ("days", "humid"),
    ]);
    let highlighted: Vec<&str> = outcome
        .highlighted_tips()
        .iter()
        .map(|t| t.tip.id)
        .collect();
    // A cleanse that takes long-wear makeup off (the 4-2-4 is not for frequent spots: minutes of rubbing).
    let cleanse = ["double_cleanse", "remove_makeup_always"]
        .into_iter()
        .find(|id| highlighted.contains(id))
        .unwrap_or_else(|| panic!("highlighted: {highlighted:?}"));
    assert!(
        !highlighted.contains(&"cleanse_424"),
        "highlighted: {highlighted:?}"
    );
    assert!(
        highlighted.contains(&"tzone_first"),
        "highlighted: {highlighted:?}"
    );

    let picked = |tip: &str| -> Vec<(&str, &str)> {
        let ranked = outcome.tips.iter().find(|t| t.tip.id == tip).unwrap();
        ranked
            .reasons()
            .filter_map(|r| match r {
                Reason::Picked { question, choice } => Some((question.id, choice.id)),
                Reason::Axis { .. } => None,
            })
            .collect()
    };
    assert!(
        picked(cleanse).contains(&("makeup", "full")),
        "{:?}",
        picked(cleanse)
    );
    assert!(
        picked("tzone_first").contains(&("skin_feel", "shiny_tzone")),
        "{:?}",
        picked("tzone_first")
    );
}

#[test]
fn reasons_read_as_sentences_in_both_languages() {
    let outcome = outcome(&[
        ("makeup", "full"),
        ("concerns", "lines"),
        ("concerns", "puffiness"),
    ]);
    let ranked = outcome
        .tips
        .iter()
        .find(|t| t.tip.id == "remove_makeup_always")
        .unwrap();
    let reason = ranked.reasons().next().unwrap();
    let makeup = &questionnaire()[skin_rules::question_index("makeup").unwrap()];
    for lang in Lang::ALL {
        let text = reason.text(lang);
        assert!(text.contains(makeup.choices[2].label.get(lang)), "{text}");
        assert!(!text.contains('{'), "{text}");
    }
    // Firmness at 80 fires `firmness>=60` on sculpting_massage.
    let sculpting = outcome
        .tips
        .iter()
        .find(|t| t.tip.id == "sculpting_massage")
        .unwrap();
    let axis = sculpting
        .reasons()
        .find(|r| matches!(r, Reason::Axis { .. }))
        .unwrap();
    assert_eq!(
        axis,
        Reason::Axis {
            axis: Axis::Firmness,
            score: outcome.profile.score(Axis::Firmness)
        }
    );
    assert_eq!(
        axis.text(Lang::En),
        format!(
            "Your lines & firmness concern score is {} out of 100",
            outcome.profile.score(Axis::Firmness)
        )
    );
}

#[test]
fn tips_are_ranked_by_score_then_content_order() {
    let outcome = outcome(&[
        ("skin_feel", "tight"),
        ("concerns", "dryness"),
        ("water", "low"),
    ]);
    for pair in outcome.tips.windows(2) {
        assert!(
            pair[0].score > pair[1].score
                || (pair[0].score == pair[1].score && index(pair[0].tip) < index(pair[1].tip)),
            "{} before {}",
            pair[0].tip.id,
            pair[1].tip.id
        );
    }
    assert!(outcome.tips.iter().all(|t| t.score > 0));
}

#[test]
fn a_sparse_answer_set_highlights_three_tips() {
    // Nothing answered: only the tips with a base relevance show, all equally weak.
    let outcome = evaluate(&Answers::default());
    assert!(outcome.tips.len() > 3, "{:?}", tip_ids(&outcome));
    assert_eq!(outcome.highlighted, 3);
    assert_eq!(outcome.highlighted_tips().len(), 3);
    assert_eq!(outcome.other_tips().len(), outcome.tips.len() - 3);
}

#[test]
fn a_rich_answer_set_highlights_at_most_six_tips() {
    let outcome = outcome(&[
        ("skin_feel", "tight"),
        ("concerns", "dryness"),
        ("concerns", "dullness"),
        ("makeup", "full"),
        ("routine_time", "generous"),
        ("water", "low"),
        ("days", "dry_indoor"),
        ("travel", "often"),
        ("stress", "tense"),
    ]);
    let strong = outcome.tips.iter().filter(|t| t.score >= 3).count();
    assert!(
        strong > 6,
        "only {strong} strong tips: {:?}",
        tip_ids(&outcome)
    );
    assert_eq!(outcome.highlighted, 6);
    // What is highlighted is never outranked by what is not.
    let lowest = outcome
        .highlighted_tips()
        .iter()
        .map(|t| t.score)
        .min()
        .unwrap();
    assert!(outcome.other_tips().iter().all(|t| t.score <= lowest));
    assert_eq!(
        outcome.highlighted_tips().len() + outcome.other_tips().len(),
        outcome.tips.len()
    );
}

#[test]
fn routine_follows_the_layering_order() {
    let outcome = outcome(&[
        ("skin_feel", "tight"),
        ("concerns", "dryness"),
        ("makeup", "full"),
        ("routine_time", "generous"),
    ]);
    let routine = &outcome.routine;
    for items in [&routine.am, &routine.pm] {
        let order = |item: &RoutineItem| (item.step, item.frequency.is_some());
        assert!(
            items.windows(2).all(|w| order(&w[0]) < order(&w[1])),
            "{items:?}"
        );
    }
    assert!(routine
        .am
        .iter()
        .all(|i| i.step != RoutineStep::SleepingMask));
    assert!(routine.pm.iter().all(|i| i.step != RoutineStep::Sunscreen));
    assert_eq!(routine.am.last().unwrap().step, RoutineStep::Sunscreen);
    // Dry skin gets the sleeping mask tip as the last evening step.
    let last = routine.pm.last().unwrap();
    assert_eq!(last.step, RoutineStep::SleepingMask);
    assert!(matches!(last.source, RoutineSource::Tip { tip, .. } if tip.id == "sleeping_mask"));
    // A tip in the routine points at its rank among the tips.
    for item in routine.am.iter().chain(&routine.pm) {
        if let RoutineSource::Tip { rank, tip } = item.source {
            assert_eq!(outcome.tips[rank].tip.id, tip.id);
        }
    }
}

#[test]
fn each_step_takes_the_best_ranked_tip_or_else_a_staple() {
    let outcome = outcome(&[("makeup", "full"), ("breakouts", "frequent")]);
    let first_cleanse = outcome.routine.pm.first().unwrap();
    assert_eq!(first_cleanse.step, RoutineStep::OilCleanse);
    let best = outcome
        .tips
        .iter()
        .position(|t| {
            t.tip
                .placement
                .is_some_and(|p| p.step == RoutineStep::OilCleanse)
        })
        .unwrap();
    assert!(matches!(first_cleanse.source, RoutineSource::Tip { rank, .. } if rank == best));

    let calm = evaluate(&Answers::default());
    let sunscreen = calm
        .routine
        .am
        .iter()
        .find(|i| i.step == RoutineStep::Sunscreen)
        .unwrap();
    assert!(
        matches!(sunscreen.source, RoutineSource::Staple(staple) if staple.id == "am_sunscreen")
    );
}

fn tip_item<'a>(items: &'a [RoutineItem], id: &str) -> Option<&'a RoutineItem> {
    items
        .iter()
        .find(|i| matches!(i.source, RoutineSource::Tip { tip, .. } if tip.id == id))
}

#[test]
fn an_occasional_tip_is_an_extra_on_its_evenings() {
    let outcome = outcome(&[("concerns", "redness"), ("concerns", "puffiness")]);
    let pm = &outcome.routine.pm;
    let rinse = tip_item(pm, "green_tea_rinse").expect("the rinse is in the evening");
    // A rinse: nothing it would wash off (toner onwards) comes before it.
    assert_eq!(rinse.step, RoutineStep::Rinse);
    let at = |item: &RoutineItem| pm.iter().position(|i| std::ptr::eq(i, item));
    assert!(
        pm.iter()
            .filter(|i| i.step >= RoutineStep::Toner)
            .all(|i| at(i) > at(rinse)),
        "{pm:?}"
    );
    assert!(rinse.frequency.is_some());
    assert_eq!(
        rinse.days.count_ones(),
        2,
        "twice a week: {:#b}",
        rinse.days
    );
    assert!(outcome.routine.planned().any(|i| std::ptr::eq(i, rinse)));
    // The daily cleanse is still there every evening.
    assert!(pm.iter().any(|i| i.frequency.is_none()
        && matches!(i.source, RoutineSource::Staple(s) if s.step == RoutineStep::WaterCleanse)));
}

#[test]
fn a_double_cleanse_is_both_evening_cleanses() {
    // Makeup ranks the makeup remover too, but the double cleanse already is both passes: no third one.
    let outcome = outcome(&[
        ("makeup", "light"),
        ("skin_feel", "tight"),
        ("routine_time", "generous"),
    ]);
    assert!(tip_ids(&outcome).contains(&"remove_makeup_always"));
    let pm = &outcome.routine.pm;
    let double = tip_item(pm, "double_cleanse").expect("the double cleanse leads the evening");
    assert!(double.covers(RoutineStep::OilCleanse) && double.covers(RoutineStep::WaterCleanse));
    assert!(tip_item(pm, "remove_makeup_always").is_none(), "{pm:?}");
    // Dry skin ranks the milk pack: an occasional extra after the cleanse, never the cleanse itself.
    let milk = tip_item(pm, "milk_pack").expect("the milk pack is in the evening");
    assert!(
        milk.frequency.is_some() && !milk.step.is_cleanse(),
        "{milk:?}"
    );
    let cleanses = pm
        .iter()
        .filter(|i| i.step.is_cleanse() || i.covers(RoutineStep::WaterCleanse))
        .count();
    assert_eq!(cleanses, 1, "{pm:?}");
    // The morning has one cleanse, and it is not a double one.
    let am: Vec<_> = outcome
        .routine
        .am
        .iter()
        .filter(|i| i.step.is_cleanse())
        .collect();
    assert_eq!(am.len(), 1);
    assert_eq!(am[0].step, RoutineStep::WaterCleanse);
}

#[test]
fn a_technique_is_a_note_on_the_moisturiser_never_the_moisturiser() {
    let outcome = outcome(&[("skin_feel", "tight"), ("routine_time", "quick")]);
    let warm_palms = outcome.tips.iter().position(|t| t.tip.id == "warm_palms");
    assert!(warm_palms.is_some(), "{:?}", tip_ids(&outcome));
    for items in [&outcome.routine.am, &outcome.routine.pm] {
        let moisturiser = items
            .iter()
            .find(|i| i.step == RoutineStep::Moisturiser)
            .unwrap();
        let is_note = |source: RoutineSource| matches!(source, RoutineSource::Tip { tip, .. } if tip.placement.is_some_and(|p| p.note));
        assert!(!is_note(moisturiser.source), "{moisturiser:?}");
        let note = moisturiser.note.expect("a technique for the moisturiser");
        assert!(is_note(note));
    }
    let text = outcome.routine_text(Lang::En);
    assert!(text.contains("(Tip: "), "{text}");
}

#[test]
fn little_time_means_a_routine_that_fits_in_five_minutes_a_day() {
    let busy = [
        ("concerns", "dullness"),
        ("concerns", "pores"),
        ("days", "humid"),
        ("makeup", "full"),
        ("skin_feel", "shiny_tzone"),
    ];
    let roomy = outcome(&[&busy[..], &[("routine_time", "generous")]].concat());
    assert!(
        common::day_seconds(&roomy).iter().any(|&s| s > 5 * 60),
        "{:?}",
        roomy.routine
    );
    let quick = outcome(&[&busy[..], &[("routine_time", "quick")]].concat());
    // Every line counted, the week plan's extras included (issue 25).
    let days = common::day_seconds(&quick);
    assert!(
        days.iter().all(|&s| s <= 5 * 60),
        "{days:?} {:?}",
        quick.routine
    );
    // The essentials stay: cleanse, moisturiser, sunscreen.
    for step in [
        RoutineStep::WaterCleanse,
        RoutineStep::Moisturiser,
        RoutineStep::Sunscreen,
    ] {
        assert!(quick.routine.am.iter().any(|i| i.covers(step)), "{step:?}");
    }
}

#[test]
fn the_week_plan_never_puts_two_heat_or_friction_treatments_on_one_evening() {
    let outcome = outcome(&[
        ("concerns", "dullness"),
        ("concerns", "pores"),
        ("routine_time", "generous"),
    ]);
    let steam = tip_item(&outcome.routine.pm, "steam_session").expect("steam is planned");
    let cloth =
        tip_item(&outcome.routine.pm, "washcloth_exfoliation").expect("the washcloth is planned");
    assert!(steam.is_treatment() && cloth.is_treatment());
    assert_eq!(
        steam.days & cloth.days,
        0,
        "{:#b} {:#b}",
        steam.days,
        cloth.days
    );
    assert_eq!(steam.step, RoutineStep::BeforeCleanse);
    assert!(common::treatments_per_evening(&outcome)
        .iter()
        .all(|&n| n <= 1));
    for lang in Lang::ALL {
        let text = outcome.routine_text(lang);
        assert!(
            text.contains(skin_rules::strings::ui::WEEK_HEADING.get(lang)),
            "{text}"
        );
        assert!(
            text.contains(skin_rules::strings::ui::ROUTINE_RESULTS.get(lang)),
            "{text}"
        );
    }
}

#[test]
fn probable_rosacea_is_pointed_out_for_redness_reactive_or_not() {
    let flag = |picks: &[(&str, &str)]| has_caution(&outcome(picks), "see_dermatologist_rosacea");
    assert!(!flag(&[("sensitivity", "reactive")]));
    assert!(flag(&[("concerns", "redness")]));
    assert!(flag(&[("conditions", "flushing")]));
    // Not for what a doctor has already diagnosed.
    assert!(!flag(&[
        ("conditions", "rosacea"),
        ("conditions", "flushing")
    ]));
    assert!(flag(&[
        ("sensitivity", "sometimes"),
        ("concerns", "redness")
    ]));
}

#[test]
fn routine_text_lists_morning_and_evening() {
    let outcome = outcome(&[("concerns", "dullness")]);
    for lang in Lang::ALL {
        let text = outcome.routine_text(lang);
        let am = skin_rules::strings::ui::ROUTINE_AM.get(lang);
        let pm = skin_rules::strings::ui::ROUTINE_PM.get(lang);
        assert!(text.starts_with(am), "{text}");
        assert!(text.contains(&format!("\n{pm}\n1. ")), "{text}");
        assert_eq!(
            text.lines().filter(|l| l.starts_with("1. ")).count(),
            2,
            "{text}"
        );
    }
}

#[test]
fn explanation_is_type_then_focus() {
    let lines = outcome(&[("concerns", "lines"), ("skin_feel", "shiny_all")]).profile;
    assert_eq!(lines.focus(), Some(Axis::Firmness));
    let explain = skin_rules::strings::profile::EXPLAIN_OILY.get(Lang::Ko);
    let focus = skin_rules::strings::profile::FOCUS_FIRMNESS.get(Lang::Ko);
    assert_eq!(lines.explanation(Lang::Ko), format!("{explain} {focus}"));
    // The type's own axis is not repeated as the focus.
    let oily = outcome(&[("skin_feel", "shiny_all"), ("days", "humid")]).profile;
    assert_eq!(oily.score(Axis::Oiliness), 75);
    assert_eq!(oily.focus(), None);
}

#[test]
fn partial_answers_still_give_an_outcome_and_evaluation_is_deterministic() {
    let mut partial = Answers::default();
    partial.pick_by_id("skin_feel", "tight").unwrap();
    let first = evaluate(&partial);
    assert_eq!(first, evaluate(&partial));
    assert!(first.tips.len() >= 3);
    assert_eq!(first.profile.skin_type, SkinType::Dry);
}

/// A tip's index in `tips()`, from its address: every `&Tip` an outcome holds points into that one static array.
fn index(tip: &Tip) -> usize {
    (tip as *const Tip as usize - tips().as_ptr() as usize) / std::mem::size_of::<Tip>()
}
