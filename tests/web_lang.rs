//! Languages in a real browser: the switch changes every visible string, the page's `<html lang>` is followed
//! when the host sets no language, and the visitor's pick survives a reload.
#![cfg(target_arch = "wasm32")]

use skin_analysis_testkit::*;
use skin_rules::{questionnaire, steps, strings::ui, Lang, Text};
use wasm_bindgen_test::*;

wasm_bindgen_test_configure!(run_in_browser);

/// Every UI string without placeholders, and the question texts: none of their English must remain in Korean.
fn english_strings() -> Vec<&'static str> {
    let ui: [Text; 27] = [
        ui::INTRO_TITLE,
        ui::INTRO_LEAD,
        ui::INTRO_PRIVACY,
        ui::START,
        ui::NEXT,
        ui::BACK,
        ui::SKIP,
        ui::SEE_RESULTS,
        ui::CHOOSE_ONE,
        ui::CHOOSE_ANY,
        ui::RESULTS_TITLE,
        ui::PROFILE_HEADING,
        ui::TIPS_HEADING,
        ui::WHY_THIS_TIP,
        ui::PRINT,
        ui::ROUTINE_HEADING,
        ui::ROUTINE_AM,
        ui::ROUTINE_PM,
        ui::ROUTINE_DAILY,
        ui::CAUTIONS_HEADING,
        ui::RETAKE,
        ui::SHARE_LINK,
        ui::COPY_ROUTINE,
        ui::AXIS_CHART_LABEL,
        ui::YOUR_ANSWERS,
        ui::CHANGE,
        ui::SKIPPED,
    ];
    let mut all: Vec<&'static str> = ui.iter().map(|t| t.get(Lang::En)).collect();
    all.extend([
        "Question ",
        " of ",
        "From the article",
        "Choose up to",
        "You answered",
        "About 2 minutes",
    ]);
    all.extend(questionnaire().iter().map(|q| q.text.get(Lang::En)));
    all.extend(
        questionnaire()
            .iter()
            .flat_map(|q| q.choices.iter().map(|c| c.label.get(Lang::En))),
    );
    all.extend(steps().iter().map(|s| s.title.get(Lang::En)));
    all
}

/// The widget's text without the language switch (which names English in English on purpose).
fn text_without_switch(app: &Mounted) -> String {
    let switch = app.text_of(".sa-lang");
    app.text().replacen(&switch, "", 1)
}

#[track_caller]
fn assert_no_english(app: &Mounted, screen: &str) {
    let text = text_without_switch(app);
    for en in english_strings() {
        assert!(
            !text.contains(en),
            "{screen}: English {en:?} left in {text:?}"
        );
    }
    assert!(
        text.chars().any(|c| ('\u{AC00}'..='\u{D7A3}').contains(&c)),
        "{screen}: Korean text shown"
    );
}

#[wasm_bindgen_test]
async fn the_switch_changes_every_string_on_every_screen() {
    let id = "lang-switch";
    let app = fresh_app(id, Some(Lang::En)).await;
    assert_eq!(app.root().get_attribute("lang").as_deref(), Some("en"));
    assert!(app.text().contains(ui::START.get(Lang::En)));
    app.click("한국어").await;
    assert_eq!(app.root().get_attribute("lang").as_deref(), Some("ko"));
    let pressed = app
        .find(".sa-lang-button[aria-pressed=true]")
        .and_then(|b| b.text_content())
        .unwrap_or_default();
    assert_eq!(pressed, "한국어");
    assert_no_english(&app, "intro");

    app.click(ui::START.get(Lang::Ko)).await;
    assert_no_english(&app, "first question");
    // Through the whole quiz in Korean, checking each question, including the multi-select ones.
    for _ in 0..questionnaire().len() {
        assert_no_english(
            &app,
            &format!("question {:?}", app.question_on_screen(Lang::Ko)),
        );
        app.pick(0).await;
        app.next().await;
    }
    assert!(app.on_results());
    assert_no_english(&app, "results");
    if let Some(more) = app.find(".sa-fold--tips .sa-fold-button") {
        wasm_bindgen::JsCast::dyn_ref::<web_sys::HtmlElement>(&more)
            .expect("a button")
            .click();
        yew::scheduler::flush().await;
    }
    assert_no_english(&app, "results with every tip");

    // And back: no Korean left.
    app.click("English").await;
    let text = text_without_switch(&app);
    assert!(
        !text.chars().any(|c| ('\u{AC00}'..='\u{D7A3}').contains(&c)),
        "Korean left in {text:?}"
    );
    assert!(text.contains(ui::RESULTS_TITLE.get(Lang::En)));
    app.finish().await;
}

#[wasm_bindgen_test]
async fn without_a_configured_language_the_page_language_is_used() {
    let id = "lang-page";
    forget(id);
    let html = document().document_element().expect("<html>");
    let before = html.get_attribute("lang");
    html.set_attribute("lang", "ko-KR").expect("set");
    let app = mount(config(id, None)).await;
    assert_eq!(app.root().get_attribute("lang").as_deref(), Some("ko"));
    assert!(app.text().contains(ui::INTRO_TITLE.get(Lang::Ko)));
    app.unmount().await;

    // The host's data-lang wins over the page.
    let app = mount(config(id, Some(Lang::En))).await;
    assert!(app.text().contains(ui::INTRO_TITLE.get(Lang::En)));
    app.unmount().await;
    match before {
        Some(lang) => html.set_attribute("lang", &lang).expect("restored"),
        None => html.remove_attribute("lang").expect("restored"),
    }
    forget(id);
}

#[wasm_bindgen_test]
async fn the_visitors_pick_survives_a_reload() {
    let id = "lang-kept";
    let app = fresh_app(id, Some(Lang::En)).await;
    app.click("한국어").await;
    app.unmount().await;
    let again = mount(config(id, Some(Lang::En))).await;
    assert!(
        again.text().contains(ui::INTRO_TITLE.get(Lang::Ko)),
        "the switch is remembered over the page default"
    );
    again.finish().await;
}
