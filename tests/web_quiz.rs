//! The quiz in a real browser: complete it by clicking, Back keeps answers, keyboard-only completion with focus
//! moving to each new question, results with tips, reasons and the routine, changing an answer from the results.
#![cfg(target_arch = "wasm32")]

use skin_analysis::events::HostEvent;
use skin_analysis_testkit::*;
use skin_rules::{
    evaluate, question_index, questionnaire, strings::ui, Answers, Lang, QuestionKind,
};
use wasm_bindgen::JsCast;
use wasm_bindgen_test::*;
use web_sys::HtmlElement;

wasm_bindgen_test_configure!(run_in_browser);

const EN: Lang = Lang::En;

/// The choice `completes_by_clicking_and_shows_tips_reasons_and_routine` picks: the first, but a generous time for
/// the routine, so the week plan has occasional steps (under five minutes leaves no room for them).
fn picked(question: &skin_rules::Question) -> usize {
    if question.id == "routine_time" {
        question
            .choices
            .iter()
            .position(|c| c.id == "generous")
            .expect("generous")
    } else {
        0
    }
}

#[wasm_bindgen_test]
async fn completes_by_clicking_and_shows_tips_reasons_and_routine() {
    let app = fresh_app("quiz-click", Some(EN)).await;
    assert!(app.text().contains(ui::INTRO_TITLE.get(EN)));
    assert!(
        app.events.borrow().is_empty(),
        "no event before the first question"
    );

    app.click(ui::START.get(EN)).await;
    assert_eq!(
        app.events.borrow().first(),
        Some(&HostEvent::Start { lang: EN }),
        "Start tells the host first"
    );
    for (index, question) in questionnaire().iter().enumerate() {
        assert_eq!(app.question_on_screen(EN), Some(index));
        assert!(
            app.text().contains(&format!(
                "Question {} of {}",
                index + 1,
                questionnaire().len()
            )),
            "progress on question {index}"
        );
        assert_eq!(app.count(".sa-choice-input"), question.choices.len());
        let kind = if matches!(question.kind, QuestionKind::Single) {
            "radio"
        } else {
            "checkbox"
        };
        assert!(
            app.inputs().iter().all(|i| i.type_() == kind),
            "{kind} inputs for {}",
            question.id
        );
        assert!(
            app.find("fieldset legend").is_some(),
            "a fieldset with a legend"
        );
        assert!(
            app.next_button().has_attribute("disabled"),
            "Next is disabled until answered"
        );
        app.pick(picked(question)).await;
        assert!(!app.next_button().has_attribute("disabled"));
        let label = if index + 1 == questionnaire().len() {
            ui::SEE_RESULTS
        } else {
            ui::NEXT
        };
        assert_eq!(
            app.next_button().text_content().unwrap_or_default().trim(),
            label.get(EN)
        );
        app.next().await;
    }

    assert!(app.on_results());
    let text = app.text();
    assert!(text.contains(ui::RESULTS_TITLE.get(EN)));
    assert!(text.contains(ui::PROFILE_HEADING.get(EN)));
    assert!(!app.text_of(".sa-profile-label").is_empty());
    assert_eq!(app.count(".sa-axis"), 6, "six axes, each with a text value");
    assert!(app.all(".sa-axis-value").iter().all(|v| v
        .text_content()
        .unwrap_or_default()
        .parse::<u8>()
        .is_ok()));
    let highlighted = app.count(".sa-tip--highlighted");
    assert!(
        (3..=6).contains(&highlighted),
        "{highlighted} highlighted tips"
    );
    assert!(
        app.count(".sa-tip-reasons li") >= 1,
        "tips say why they were picked"
    );
    assert!(text.contains(ui::WHY_THIS_TIP.get(EN)));
    assert_eq!(
        app.count(".sa-tip-source"),
        app.count(".sa-tip:not(.sa-tip--highlighted)"),
        "every tip of the full list names its article"
    );
    assert!(text.contains("From the article: "));
    assert_eq!(app.count(".sa-routine-list"), 2, "morning and evening");
    assert!(app.count(".sa-routine-list li") >= 4);
    assert!(text.contains(ui::ROUTINE_AM.get(EN)) && text.contains(ui::ROUTINE_PM.get(EN)));
    // The same outcome's notes and week plan are on screen.
    let mut answers = Answers::default();
    for (index, question) in questionnaire().iter().enumerate() {
        answers
            .pick_by_id(question.id, question.choices[picked(question)].id)
            .unwrap();
        assert!(answers.get(index).is_some());
    }
    let routine = evaluate(&answers).routine;
    let notes = routine
        .am
        .iter()
        .chain(&routine.pm)
        .filter(|i| i.note.is_some())
        .count();
    assert_eq!(app.count(".sa-routine-note"), notes, "a note per technique");
    let planned = routine.planned().count();
    assert!(planned > 0, "these answers have an occasional evening step");
    assert_eq!(
        app.count(".sa-week-table tbody tr"),
        planned,
        "a week row per planned step"
    );
    let dots: u32 = routine.planned().map(|i| i.days.count_ones()).sum();
    assert_eq!(
        app.count(".sa-week-day--on"),
        dots as usize,
        "a dot per planned evening"
    );
    assert!(text.contains(ui::WEEK_HEADING.get(EN)));
    assert!(text.contains(ui::ROUTINE_RESULTS.get(EN)));
    assert!(app.find(".sa-disclaimer").is_some());
    for label in [ui::RETAKE, ui::SHARE_LINK, ui::COPY_ROUTINE] {
        assert!(
            app.button(label.get(EN)).is_some(),
            "a {:?} button",
            label.get(Lang::En)
        );
    }

    let events = app.events.borrow().clone();
    let steps = events
        .iter()
        .filter(|e| matches!(e, HostEvent::Step { .. }))
        .count();
    assert_eq!(steps, questionnaire().len(), "one step event per question");
    match events.last() {
        Some(HostEvent::Complete {
            profile_label,
            axes,
            tip_ids,
            lang,
        }) => {
            assert_eq!(*profile_label, app.text_of(".sa-profile-label"));
            assert_eq!(axes.len(), 6);
            assert!(!tip_ids.is_empty());
            assert_eq!(*lang, EN);
        }
        other => panic!("the last event is not Complete: {other:?}"),
    }
    app.finish().await;
}

#[wasm_bindgen_test]
async fn the_rest_is_folded_behind_counted_disclosure_buttons_and_stays_open_on_reload() {
    let app = finished_app("quiz-folds", EN).await;
    let buttons = app.all(".sa-fold-button");
    assert!(
        buttons.len() >= 4,
        "why, every tip, the answers, the check-ins"
    );
    for button in &buttons {
        assert_eq!(
            button.get_attribute("aria-expanded").as_deref(),
            Some("false")
        );
        let body = app
            .find(&format!(
                "#{}",
                button.get_attribute("aria-controls").unwrap_or_default()
            ))
            .expect("each button controls its section");
        assert!(body.has_attribute("hidden"), "closed at first");
    }
    let tips = app.find(".sa-fold--tips").expect("every tip, folded");
    let count = tips
        .query_selector_all(".sa-tip")
        .map(|l| l.length())
        .unwrap_or(0);
    let button = tips
        .query_selector(".sa-fold-button")
        .ok()
        .flatten()
        .expect("its button");
    assert!(button
        .text_content()
        .unwrap_or_default()
        .ends_with(&format!("({count})")));
    button.dyn_ref::<HtmlElement>().expect("a button").click();
    yew::scheduler::flush().await;
    let button = app
        .find(".sa-fold--tips .sa-fold-button")
        .expect("still there");
    assert_eq!(
        button.get_attribute("aria-expanded").as_deref(),
        Some("true")
    );
    assert!(!app
        .find(".sa-fold--tips .sa-fold-body")
        .expect("its body")
        .has_attribute("hidden"));
    // The routine and the highlighted tips are never folded.
    assert!(app.find(".sa-glance .sa-routine-list").is_some());
    assert!(app.count(".sa-glance .sa-tip--highlighted") >= 3);
    app.unmount().await;

    let again = mount(config("quiz-folds", Some(EN))).await;
    assert!(again.on_results());
    assert_eq!(
        again
            .find(".sa-fold--tips .sa-fold-button")
            .and_then(|b| b.get_attribute("aria-expanded"))
            .as_deref(),
        Some("true"),
        "the open section is remembered with the result"
    );
    assert_eq!(
        again
            .find(".sa-fold--why .sa-fold-button")
            .and_then(|b| b.get_attribute("aria-expanded"))
            .as_deref(),
        Some("false")
    );
    again.finish().await;
}

#[wasm_bindgen_test]
async fn back_keeps_answers() {
    let app = started_app("quiz-back", EN).await;
    app.pick(2).await;
    app.next().await;
    app.pick(1).await;
    app.next().await;
    assert_eq!(app.question_on_screen(EN), Some(2));
    app.click(ui::BACK.get(EN)).await;
    assert_eq!(app.question_on_screen(EN), Some(1));
    assert_eq!(app.checked(), vec![1]);
    assert!(!app.next_button().has_attribute("disabled"));
    app.click(ui::BACK.get(EN)).await;
    assert_eq!(app.question_on_screen(EN), Some(0));
    assert_eq!(app.checked(), vec![2]);
    app.click(ui::BACK.get(EN)).await;
    assert!(
        app.text().contains(ui::INTRO_TITLE.get(EN)),
        "back from the first question is the intro"
    );
    app.click(ui::START.get(EN)).await;
    assert_eq!(app.checked(), vec![2], "answers survive the intro too");
    app.finish().await;
}

#[wasm_bindgen_test]
async fn keyboard_only_completion_moves_focus_to_each_question() {
    let app = fresh_app("quiz-keys", Some(EN)).await;
    let start = app.button(ui::START.get(EN)).expect("Start");
    start.focus().expect("focusable");
    start.click();
    yew::scheduler::flush().await;
    for index in 0..questionnaire().len() {
        let focus = focused().expect("something has focus");
        assert!(
            focus.class_list().contains("sa-legend"),
            "focus on the legend of question {index}, not {:?}",
            focus.outer_html().chars().take(200).collect::<String>()
        );
        assert_eq!(
            focus.text_content().unwrap_or_default().trim(),
            questionnaire()[index].text.get(EN)
        );
        // Tab to the first choice, Space on it (the activation a keyboard triggers), Tab to Next, Enter.
        let input = app.inputs().into_iter().next().expect("a choice");
        input.focus().expect("focusable");
        input.click();
        yew::scheduler::flush().await;
        assert!(input.checked());
        let next = app.next_button();
        next.focus().expect("focusable");
        assert_eq!(
            focused().as_ref(),
            Some(next.unchecked_ref::<web_sys::Element>())
        );
        next.click();
        yew::scheduler::flush().await;
    }
    assert!(app.on_results());
    let focus = focused().expect("something has focus");
    assert!(
        focus.class_list().contains("sa-title"),
        "focus on the results title"
    );
    assert_eq!(
        focus.text_content().unwrap_or_default(),
        ui::RESULTS_TITLE.get(EN)
    );
    app.finish().await;
}

/// Submits the question's form, as Enter in it does.
async fn submit(app: &Mounted) {
    let form: web_sys::HtmlFormElement = app
        .find(".sa-form")
        .and_then(|f| f.dyn_into().ok())
        .expect("a form");
    form.request_submit().expect("submits");
    yew::scheduler::flush().await;
}

#[wasm_bindgen_test]
async fn enter_in_the_form_moves_on_only_when_answered() {
    let app = started_app("quiz-enter", EN).await;
    submit(&app).await;
    assert_eq!(
        app.question_on_screen(EN),
        Some(0),
        "an unanswered question stays"
    );
    app.pick(0).await;
    submit(&app).await;
    assert_eq!(app.question_on_screen(EN), Some(1));
    app.finish().await;
}

#[wasm_bindgen_test]
async fn skip_only_on_optional_questions_and_multi_select_limits() {
    let app = started_app("quiz-skip", EN).await;
    assert!(
        app.button(ui::SKIP.get(EN)).is_none(),
        "the first question must be answered"
    );
    let concerns = question_index("concerns").expect("a concerns question");
    while app.question_on_screen(EN) != Some(concerns) {
        app.pick(0).await;
        app.next().await;
    }
    assert!(app.text().contains("Choose up to 2"));
    assert_eq!(app.inputs()[0].type_(), "checkbox");
    app.pick(0).await;
    app.pick(1).await;
    assert_eq!(app.checked(), vec![0, 1]);
    let inputs = app.inputs();
    assert!(
        inputs[2..].iter().all(|i| i.disabled()),
        "at the maximum the others are disabled"
    );
    app.pick(1).await;
    assert!(app.inputs().iter().all(|i| !i.disabled()));
    app.click(ui::SKIP.get(EN)).await;
    assert_eq!(app.question_on_screen(EN), Some(concerns + 1));
    app.click(ui::BACK.get(EN)).await;
    assert!(app.checked().is_empty(), "a skipped question has no answer");
    assert!(app.next_button().has_attribute("disabled"));
    app.finish().await;
}

#[wasm_bindgen_test]
async fn changing_an_answer_from_the_results_updates_them() {
    let app = finished_app("quiz-edit", EN).await;
    let before = app.text_of(".sa-profile-label");
    let skin = question_index("skin_feel").expect("skin_feel");
    let shiny = questionnaire()[skin]
        .choices
        .iter()
        .position(|c| c.id == "shiny_all")
        .expect("shiny_all");
    let change = app.all(".sa-review-item .sa-button");
    assert_eq!(
        change.len(),
        questionnaire().len(),
        "one Change button per question"
    );
    change[skin]
        .dyn_ref::<HtmlElement>()
        .expect("a button")
        .click();
    yew::scheduler::flush().await;
    assert_eq!(app.question_on_screen(EN), Some(skin));
    assert!(focused().is_some_and(|f| f.class_list().contains("sa-legend")));
    assert_eq!(
        app.next_button().text_content().unwrap_or_default().trim(),
        ui::SEE_RESULTS.get(EN)
    );
    app.pick(shiny).await;
    app.next().await;
    assert!(app.on_results());
    let after = app.text_of(".sa-profile-label");
    assert_ne!(before, after, "the profile follows the changed answer");
    assert!(
        app.text()
            .contains(questionnaire()[skin].choices[shiny].label.get(EN)),
        "the answers list shows it"
    );
    app.click(ui::RETAKE.get(EN)).await;
    assert_eq!(app.question_on_screen(EN), Some(0));
    assert!(app.checked().is_empty(), "retake forgets the answers");
    app.finish().await;
}
