//! The `skin-quiz` binary, run as an editor would.

use serde_json::{json, Value};
use std::io::Write;
use std::process::{Command, Output, Stdio};

fn run(args: &[&str]) -> Output {
    run_with_input(args, "")
}

/// Runs with `stdin` as standard input (`check` reads the ingredient list there).
fn run_with_input(args: &[&str], stdin: &str) -> Output {
    let mut child = Command::new(env!("CARGO_BIN_EXE_skin-quiz"))
        .args(args)
        .stdin(Stdio::piped())
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .spawn()
        .unwrap();
    // A usage error exits before reading: the input then goes nowhere.
    let _ = child.stdin.take().unwrap().write_all(stdin.as_bytes());
    child.wait_with_output().unwrap()
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
            "error: unknown command `frobnicate`; known: questions, explain, changes, check, lint",
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

// ---- `check`: the contract held-out labels are run through, the list on standard input -------------------------

/// `check --format json` of the list `stdin`.
fn check_json(args: &[&str], stdin: &str) -> Value {
    let mut all = vec!["check", "--format", "json"];
    all.extend(args);
    serde_json::from_str(&stdout(&run_with_input(&all, stdin))).unwrap()
}

/// `check` of the list `stdin`.
fn check(args: &[&str], stdin: &str) -> Output {
    run_with_input(&[&["check"][..], args].concat(), stdin)
}

#[test]
fn check_json_is_exactly_the_contract() {
    let out = check_json(
        &["--answer", "health=pregnant"],
        "Ingredients: Water/Aqua/Eau, Retinol, Cetearyl Alcohol, Mystery Root Extract.\n",
    );
    assert_eq!(
        out,
        json!({
            "ingredients": [
                { "text": "Water/Aqua/Eau", "name": "Water", "families": [] },
                { "text": "Retinol", "name": "Retinol", "families": ["retinoid"] },
                { "text": "Cetearyl Alcohol", "name": "Cetearyl Alcohol", "families": [] },
                { "text": "Mystery Root Extract", "name": null, "families": [] },
            ],
            "flags": [{
                "ingredient": "Retinol",
                "level": "avoid",
                "why": "A retinoid: avoid it, because you answered “I am pregnant or breastfeeding” about your health \
                        right now.",
            }],
            "unrecognised": ["Mystery Root Extract"],
        })
    );
}

#[test]
fn check_reads_korean_reasons_to_korean_readers() {
    let out = check_json(
        &["--answer", "conditions=prescription", "--lang", "ko"],
        "전성분: 정제수, 글리세린, 살리실릭애씨드, 달팽이분비물여과물",
    );
    assert_eq!(out["flags"].as_array().unwrap().len(), 1);
    assert_eq!(out["flags"][0]["ingredient"], "살리실릭애씨드");
    assert_eq!(out["flags"][0]["level"], "avoid");
    let why = out["flags"][0]["why"].as_str().unwrap();
    assert!(
        why.contains("이소트레티노인") && why.contains("피하는 게 좋아요"),
        "{why}"
    );
    assert_eq!(out["ingredients"][3]["name"], "Snail Secretion Filtrate");
    assert_eq!(out["unrecognised"], json!([]));
}

#[test]
fn check_report_starts_with_the_verdict() {
    let text = stdout(&check(
        &["--answer", "conditions=rosacea", "--name", "Cooling Toner"],
        "Water\nAlcohol Denat.\nMenthol\nGlycerin\nUnobtainium\n",
    ));
    let mut lines = text.lines();
    assert_eq!(
        lines.next(),
        Some("Usable with care: 2 of its ingredients to watch with your answers.")
    );
    assert!(
        lines
            .next()
            .unwrap()
            .starts_with("  CAUTION Alcohol Denat.: Alcohol high in the list"),
        "{text}"
    );
    assert!(
        text.contains("Where it fits in your routine: Toner"),
        "{text}"
    );
    assert!(
        text.contains("Not known to us, so not checked: Unobtainium"),
        "{text}"
    );

    let clear = stdout(&check(&[], "Glycerin, Tocopherol"));
    assert!(
        clear.starts_with("Nothing here conflicts with your answers.\n"),
        "{clear}"
    );
}

#[test]
fn check_usage_errors_name_the_problem() {
    let output = check(&["--answer", "health=sometimes"], "Water");
    assert_eq!(output.status.code(), Some(2));
    assert!(String::from_utf8_lossy(&output.stderr).contains("sometimes"));
    let output = check(&["--content", "x"], "Water");
    assert_eq!(output.status.code(), Some(2));
}

/// `skin-quiz check … | head`: a reader that stops reading ends the output quietly, without a panic (derm-3). The
/// output's reader is closed before `check` has its input, so its first write meets the closed pipe.
#[test]
fn a_closed_output_pipe_ends_quietly() {
    for format in ["text", "json"] {
        let mut child = Command::new(env!("CARGO_BIN_EXE_skin-quiz"))
            .args(["check", "--answer", "health=pregnant", "--format", format])
            .stdin(Stdio::piped())
            .stdout(Stdio::piped())
            .stderr(Stdio::piped())
            .spawn()
            .unwrap();
        drop(child.stdout.take());
        let mut stdin = child.stdin.take().unwrap();
        stdin.write_all(b"Water, Retinol, Glycerin").unwrap();
        drop(stdin);
        let output = child.wait_with_output().unwrap();
        let stderr = String::from_utf8_lossy(&output.stderr);
        assert!(!stderr.contains("panicked"), "{format}: {stderr}");
        assert!(output.status.success(), "{format}: {stderr}");
        assert_eq!(stderr, "", "{format}");
    }
}
