//! The `skin-quiz` binary, run as an editor would.

use serde_json::Value;
use std::process::{Command, Output};

fn run(args: &[&str]) -> Output {
    Command::new(env!("CARGO_BIN_EXE_skin-quiz"))
        .args(args)
        .output()
        .unwrap()
}

fn stdout(output: &Output) -> String {
    assert!(
        output.status.success(),
        "{}",
        String::from_utf8_lossy(&output.stderr)
    );
    String::from_utf8(output.stdout.clone()).unwrap()
}

/// `explain --format json` with `--answer` for each pick.
fn explain(picks: &[&str]) -> Value {
    let mut args = vec!["explain", "--format", "json"];
    for pick in picks {
        args.extend(["--answer", pick]);
    }
    serde_json::from_str(&stdout(&run(&args))).unwrap()
}

fn ids(list: &Value) -> Vec<&str> {
    list.as_array()
        .unwrap()
        .iter()
        .map(|item| item["id"].as_str().unwrap())
        .collect()
}

#[test]
fn reactive_red_skin_gets_no_heat_or_essential_oil_tips_and_a_caution() {
    let outcome = explain(&["sensitivity=reactive", "concerns=redness"]);
    let tips = ids(&outcome["tips"]);
    for id in [
        "steam_session",
        "warm_palms",
        "steamy_toner_spot",
        "essential_oil_massage",
    ] {
        assert!(!tips.contains(&id), "{id} in {tips:?}");
    }
    assert!(ids(&outcome["cautions"]).contains(&"heat_sensitive"));

    let text = stdout(&run(&[
        "explain",
        "--answer",
        "sensitivity=reactive",
        "--answer",
        "concerns=redness",
    ]));
    assert!(
        !text.contains("steam_session") && !text.contains("essential_oil_massage"),
        "{text}"
    );
    assert!(text.contains("heat_sensitive"), "{text}");
}

#[test]
fn oily_breakout_prone_full_makeup_gets_cleansing_tips_with_reasons() {
    let outcome = explain(&[
        "skin_feel=shiny_tzone",
        "breakouts=frequent",
        "makeup=full",
        "days=humid",
    ]);
    let tips = outcome["tips"].as_array().unwrap();
    let tip = |id: &str| tips.iter().find(|t| t["id"] == id);
    // The makeup-removal tip; not the 4-2-4, whose minutes of rubbing are not for frequent spots.
    assert!(tip("cleanse_424").is_none());
    let cleanse = tip("remove_makeup_always").expect("a cleansing tip");
    assert_eq!(cleanse["highlighted"], true);
    let reasons = cleanse["reasons"].to_string();
    assert!(
        reasons.contains("Most days, including long-wear"),
        "{reasons}"
    );
    let tzone = tip("tzone_first").expect("tzone_first");
    assert_eq!(tzone["highlighted"], true);
    assert!(
        tzone["reasons"]
            .to_string()
            .contains("Shiny on the forehead and nose"),
        "{}",
        tzone["reasons"]
    );
    assert_eq!(outcome["profile"]["skin_type"], "combination");
}

#[test]
fn explain_text_shows_every_part() {
    let text = stdout(&run(&[
        "explain",
        "--answer",
        "breakouts=deep_painful",
        "--lang",
        "ko",
    ]));
    assert!(
        text.starts_with("Note: required questions without an answer"),
        "{text}"
    );
    assert!(
        !text.contains("breakouts,"),
        "answered questions are not listed: {text}"
    );
    for part in [
        "PROFILE",
        "TIPS",
        "ROUTINE",
        "CAUTIONS",
        "[see_dermatologist] see_dermatologist_cystic",
        "아침",
    ] {
        assert!(text.contains(part), "{part} missing in\n{text}");
    }
}

#[test]
fn a_share_code_explains_the_same_answers() {
    let outcome = explain(&["skin_feel=tight", "concerns=lines", "concerns=dryness"]);
    let code = outcome["code"].as_str().unwrap();
    let again: Value = serde_json::from_str(&stdout(&run(&[
        "explain", "--code", code, "--format", "json",
    ])))
    .unwrap();
    assert_eq!(again, outcome);
}

#[test]
fn questions_lists_every_id() {
    let json: Value =
        serde_json::from_str(&stdout(&run(&["questions", "--format", "json"]))).unwrap();
    let questions: Vec<&Value> = json["steps"]
        .as_array()
        .unwrap()
        .iter()
        .flat_map(|s| s["questions"].as_array().unwrap())
        .collect();
    assert_eq!(questions.len(), skin_rules::questionnaire().len());
    let concerns = questions.iter().find(|q| q["id"] == "concerns").unwrap();
    assert_eq!(
        (
            concerns["kind"].as_str(),
            concerns["max"].as_u64(),
            concerns["optional"].as_bool()
        ),
        (Some("multi"), Some(2), Some(true))
    );

    let text = stdout(&run(&["questions", "--lang", "ko"]));
    assert!(
        text.contains("피부 타입") && text.contains("- reactive: "),
        "{text}"
    );
    assert!(
        text.contains("concerns (multi, up to 2, optional)"),
        "{text}"
    );
}

#[test]
fn lint_passes_on_the_real_content() {
    let text = stdout(&run(&["lint"]));
    assert!(
        text.starts_with("crates/skin-rules/content: ok: "),
        "{text}"
    );
}

#[test]
fn mistakes_exit_2_with_one_clear_line() {
    let cases: [(&[&str], &str); 9] = [
        (
            &["explain", "--answer", "breakout=rarely"],
            "error: question `breakout` does not exist; known: skin_feel, ",
        ),
        (
            &["explain", "--answer", "breakouts=sometimes"],
            "error: question `breakouts` has no choice `sometimes`; known: rarely, ",
        ),
        (
            &["explain", "--answer", "breakouts"],
            "error: `--answer` takes QUESTION=CHOICE, got `breakouts`",
        ),
        (
            &[
                "explain",
                "--answer",
                "concerns=lines",
                "--answer",
                "concerns=pores",
                "--answer",
                "concerns=redness",
            ],
            "error: question `concerns` takes at most 2 answers",
        ),
        (&["explain", "--code", "1zz"], "error: "),
        (
            &["questions", "--lang", "fr"],
            "error: unknown language `fr`; known: en, ko",
        ),
        (
            &["frobnicate"],
            "error: unknown command `frobnicate`; known: questions, explain, changes, lint",
        ),
        (
            &["changes", "--answer", "stress=tense"],
            "error: `changes` needs `--since CODE`, the earlier answers",
        ),
        (&["changes", "--since", "1zz"], "error: "),
    ];
    for (args, start) in cases {
        let output = run(args);
        assert_eq!(output.status.code(), Some(2), "{args:?}");
        let stderr = String::from_utf8(output.stderr).unwrap();
        assert!(stderr.starts_with(start), "{args:?}: {stderr}");
        assert_eq!(stderr.lines().count(), 1, "{args:?}: {stderr}");
        assert!(output.stdout.is_empty());
    }
    for args in [
        &["lint", "--lang", "ko"][..],
        &["explain", "--answer"],
        &["questions", "stray"],
    ] {
        assert_eq!(run(args).status.code(), Some(2), "{args:?}");
    }
}

#[test]
fn help() {
    for args in [&[][..], &["--help"], &["explain", "-h"]] {
        let text = stdout(&run(args));
        assert!(
            text.contains("USAGE")
                && text.contains("skin-quiz lint [--content DIR]")
                && text.contains("LANG is one of: en, ko"),
            "{text}"
        );
    }
}

#[test]
fn explain_json_routine_items_carry_span_note_and_evenings() {
    let outcome = explain(&[
        "makeup=light",
        "skin_feel=tight",
        "concerns=dullness",
        "routine_time=generous",
    ]);
    let pm = outcome["routine"]["pm"].as_array().unwrap();
    // The fields tools already read are all still there.
    for item in pm {
        for key in [
            "step",
            "step_name",
            "source",
            "id",
            "text",
            "frequency",
            "through",
            "note",
            "evenings",
        ] {
            assert!(item.get(key).is_some(), "{key} missing in {item}");
        }
    }
    let double = pm
        .iter()
        .find(|i| i["id"] == "double_cleanse")
        .expect("the double cleanse");
    assert_eq!(double["through"], "water_cleanse");
    let moisturiser = pm.iter().find(|i| i["step"] == "moisturiser").unwrap();
    assert!(moisturiser["note"]["id"].is_string(), "{moisturiser}");
    let planned: Vec<&Value> = pm
        .iter()
        .filter(|i| !i["evenings"].as_array().unwrap().is_empty())
        .collect();
    assert!(!planned.is_empty(), "{pm:?}");
    assert!(planned.iter().all(|i| i["frequency"].is_string()));
}

#[test]
fn changes_says_what_a_reader_checking_in_reads() {
    let code = |picks: &[&str]| explain(picks)["code"].as_str().unwrap().to_owned();
    let since = code(&["skin_feel=comfortable", "health=none"]);
    let args = [
        "changes",
        "--since",
        &since,
        "--answer",
        "skin_feel=shiny_all",
        "--answer",
        "health=changing_mole",
    ];
    let text = stdout(&run(&args));
    let at = |needle: &str| {
        text.find(needle)
            .unwrap_or_else(|| panic!("{needle:?} in {text}"))
    };
    assert!(at("not from a measurement of your skin") < at("New since last time"));
    assert!(at("New since last time") < at("Answers you changed"));
    assert!(
        text.contains("Before: Comfortable") && text.contains("Now: Shiny all over"),
        "{text}"
    );
    assert!(text.contains("Oiliness: 0 before,"), "{text}");

    let mut korean = args.to_vec();
    korean.extend(["--lang", "ko", "--format", "json"]);
    let json: Value = serde_json::from_str(&stdout(&run(&korean))).unwrap();
    let parts = json["parts"].as_array().unwrap();
    assert_eq!(parts[0]["urgent"], true);
    assert!(parts[1..].iter().all(|part| part["urgent"] == false));
    assert_eq!(parts[1]["heading"], "바꾼 답변");
    assert_eq!(parts[1]["lines"].as_array().unwrap().len(), 2);

    let same = stdout(&run(&["changes", "--since", &since, "--code", &since]));
    assert!(same.contains("nothing changed"), "{same}");
}
