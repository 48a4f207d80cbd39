//! The results model (`skin_rules::results`): what a results screen shows, worked out once, and its mail links.

#[allow(dead_code)]
mod common;

use common::answers;
use skin_rules::products::Catalog;
use skin_rules::results::{medical_questions, Earlier, ResultsModel, MAILTO_MAX};
use skin_rules::strings::ui;
use skin_rules::{evaluate, question_index, questionnaire, Lang, Profile};

const PAGE: &str =
    "https://blog.example.com/2026/03/a-rather-long-article-address-about-korean-skincare/";

/// The text a `mailto:` link's `key` parameter holds, decoded.
fn param(link: &str, key: &str) -> String {
    let query = link.split_once('?').map_or("", |(_, q)| q);
    let value = query
        .split('&')
        .find_map(|pair| pair.strip_prefix(&format!("{key}=")))
        .unwrap_or_default();
    let mut bytes = Vec::new();
    let mut rest = value.as_bytes();
    while let Some((&first, tail)) = rest.split_first() {
        if first == b'%' {
            let hex = std::str::from_utf8(&tail[..2]).unwrap();
            bytes.push(u8::from_str_radix(hex, 16).unwrap());
            rest = &tail[2..];
        } else {
            bytes.push(first);
            rest = tail;
        }
    }
    String::from_utf8(bytes).expect("UTF-8")
}

fn model(picks: &[(&str, &str)], lang: Lang) -> ResultsModel {
    ResultsModel::new(
        &answers(picks),
        None,
        lang,
        &Catalog::default(),
        None,
        &[],
        PAGE,
    )
}

#[test]
fn the_model_holds_the_outcome_what_changed_and_the_history_newest_first() {
    let (before, now) = (answers(&[("skin_feel", "tight")]), answers(&[]));
    let before = skin_rules::Read {
        answers: before,
        ..skin_rules::Read::default()
    };
    let history = [
        Earlier {
            day: 100,
            answers: Some(&before),
        },
        Earlier {
            day: 120,
            answers: None,
        },
    ];
    let model = ResultsModel::new(
        &now,
        None,
        Lang::En,
        &Catalog::default(),
        Some(history[0]),
        &history,
        PAGE,
    );
    assert_eq!(model.outcome, evaluate(&now));
    let since = model.since.as_ref().expect("an earlier result");
    assert_eq!(since.day, 100);
    assert!(since.changes.as_ref().is_some_and(|c| !c.is_empty()));
    assert_eq!(
        model.history.iter().map(|p| p.day).collect::<Vec<_>>(),
        [120, 100]
    );
    assert_eq!(model.history[0].profile, None);
    assert_eq!(
        model.history[1].profile,
        Some(Profile::from_answers(&before.answers))
    );
    assert_eq!(model.products_am.len(), model.outcome.routine.am.len());
}

#[test]
fn the_safety_questions_are_the_medical_ones() {
    let ids: Vec<&str> = medical_questions().map(|q| questionnaire()[q].id).collect();
    for id in ["conditions", "allergies", "health"] {
        assert!(ids.contains(&id), "{id} in {ids:?}");
    }
    for id in ["water", "travel", "makeup"] {
        assert!(!ids.contains(&id), "{id} in {ids:?}");
    }
}

#[test]
fn mail_links_hold_the_routine_and_stay_within_the_limit() {
    let sets: [&[(&str, &str)]; 4] = [
        &[],
        &[
            ("health", "pregnant"),
            ("conditions", "rosacea"),
            ("conditions", "retinoid"),
        ],
        &[
            ("health", "changing_mole"),
            ("health", "swelling"),
            ("sensitivity", "reactive"),
        ],
        &[
            ("skin_feel", "shiny_all"),
            ("breakouts", "frequent"),
            ("allergies", "fragrance"),
        ],
    ];
    for picks in sets {
        for lang in Lang::ALL {
            let model = model(picks, lang);
            for link in [&model.mail_myself, &model.mail_dermatologist] {
                assert!(link.starts_with("mailto:?subject="), "{link}");
                assert!(link.len() <= MAILTO_MAX, "{} > {MAILTO_MAX}", link.len());
                let body = param(link, "body");
                // The red flags come first (whole lines, most important first): at least their heading always fits.
                if model.outcome.see_dermatologist() {
                    let heading = ui::SEE_DERMATOLOGIST_HEADING.get(lang);
                    assert!(body.contains(heading), "{lang:?} {picks:?}: no red flag");
                }
                if lang == Lang::En {
                    for flag in model.outcome.urgent() {
                        assert!(
                            body.contains(flag.text.get(lang)),
                            "{picks:?}: red flag missing"
                        );
                    }
                }
                // The page's address always ends it.
                assert!(body.ends_with(PAGE), "{body}");
            }
        }
    }
}

#[test]
fn the_dermatologists_mail_says_it_comes_from_a_quiz_and_gives_the_medical_answers() {
    let model = model(
        &[("health", "pregnant"), ("allergies", "fragrance")],
        Lang::En,
    );
    let mine = param(&model.mail_myself, "body");
    let theirs = param(&model.mail_dermatologist, "body");
    let note = ui::MAIL_DOCTOR_NOTE.get(Lang::En);
    assert!(theirs.starts_with(note) && !mine.contains(note));
    let health = question_index("health").unwrap();
    let answer = model.answers.text(health, Lang::En);
    assert!(
        theirs.contains(&answer) && !mine.contains(&answer),
        "{theirs}"
    );
    assert_eq!(
        param(&model.mail_myself, "subject"),
        ui::MAIL_SUBJECT.get(Lang::En)
    );
}

#[test]
fn an_ordinary_readers_mail_holds_the_whole_morning_routine_in_english() {
    // Korean takes nine characters a letter once percent-encoded: its mail holds fewer lines, then the page's address.
    for lang in [Lang::En] {
        let model = model(&[], lang);
        let body = param(&model.mail_myself, "body");
        for (i, item) in model.outcome.routine.am.iter().enumerate() {
            assert!(
                body.contains(&item.short_line(i + 1, lang)),
                "{lang:?}: {body}"
            );
        }
    }
}
