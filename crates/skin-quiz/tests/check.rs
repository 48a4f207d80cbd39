//! `skin-quiz check`: the contract held-out labels are run through, with the list on standard input.

use serde_json::{json, Value};
use std::io::Write;
use std::process::{Command, Output, Stdio};

fn run(args: &[&str], stdin: &str) -> Output {
    let mut child = Command::new(env!("CARGO_BIN_EXE_skin-quiz"))
        .arg("check")
        .args(args)
        .stdin(Stdio::piped())
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .spawn()
        .unwrap();
    // A usage error exits before reading: the list then goes nowhere.
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

fn json(args: &[&str], stdin: &str) -> Value {
    let mut all = vec!["--format", "json"];
    all.extend(args);
    serde_json::from_str(&stdout(&run(&all, stdin))).unwrap()
}

#[test]
fn the_json_is_exactly_the_contract() {
    let out = json(
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
fn korean_readers_read_korean_reasons() {
    let out = json(
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
fn the_readable_report_starts_with_the_verdict() {
    let text = stdout(&run(
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

    let clear = stdout(&run(&[], "Glycerin, Tocopherol"));
    assert!(
        clear.starts_with("Nothing here conflicts with your answers.\n"),
        "{clear}"
    );
}

#[test]
fn usage_errors_name_the_problem() {
    let output = run(&["--answer", "health=sometimes"], "Water");
    assert_eq!(output.status.code(), Some(2));
    assert!(String::from_utf8_lossy(&output.stderr).contains("sometimes"));
    let output = run(&["--content", "x"], "Water");
    assert_eq!(output.status.code(), Some(2));
}
