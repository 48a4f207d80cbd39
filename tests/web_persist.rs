//! Persistence and sharing in a real browser: a reload resumes the quiz and the results, a share link shows the
//! shared result, corrupt saved data is ignored.
#![cfg(target_arch = "wasm32")]

use skin_analysis::share::fragment;
use skin_analysis::storage;
use skin_analysis::storage::Saved;
use skin_analysis_testkit::*;
use skin_rules::{questionnaire, strings::ui, Answers, Lang};
use wasm_bindgen::JsValue;
use wasm_bindgen_test::*;

wasm_bindgen_test_configure!(run_in_browser);

const EN: Lang = Lang::En;

fn set_hash(hash: &str) {
    let window = web_sys::window().expect("a window");
    let href = window.location().href().expect("an address");
    let base = href.split('#').next().unwrap_or(&href).to_owned();
    let url = if hash.is_empty() {
        base
    } else {
        format!("{base}#{hash}")
    };
    window
        .history()
        .expect("history")
        .replace_state_with_url(&JsValue::NULL, "", Some(&url))
        .expect("replaced");
}

/// A new app ([`fresh_app`], in English) on a page whose address has the fragment `hash` (none when empty).
async fn fresh_app_at(instance_id: &str, hash: &str) -> Mounted {
    set_hash(hash);
    fresh_app(instance_id, Some(EN)).await
}

/// Ends a test that set a fragment: [`Mounted::finish`], and the address without its fragment for the next test.
async fn finish_and_clear_hash(app: Mounted) {
    app.finish().await;
    set_hash("");
}

fn hash() -> String {
    web_sys::window()
        .and_then(|w| w.location().hash().ok())
        .unwrap_or_default()
}

fn complete_answers() -> Answers {
    let mut answers = Answers::default();
    for (index, question) in questionnaire().iter().enumerate() {
        let choice = question.choices.len() - 1;
        answers
            .set(index, skin_rules::ChoiceSet::single(choice))
            .expect("a valid answer");
    }
    assert!(answers.is_complete());
    answers
}

#[wasm_bindgen_test]
async fn a_reload_resumes_the_same_question_with_the_same_answers() {
    let id = "persist-resume";
    let app = fresh_app(id, Some(EN)).await;
    assert_eq!(saved(id), None, "merely showing the quiz stores nothing");
    app.click(ui::START.get(EN)).await;
    app.pick(1).await;
    app.next().await;
    app.pick(2).await;
    app.next().await;
    app.pick(0).await; // answered but not moved on
    let saved = saved(id).expect("saved");
    let record = storage::decode(&saved).unwrap_or_else(|e| panic!("{saved:?}: {e}"));
    assert!(saved.starts_with("v2|") && record.revision > 0, "{saved}");
    app.unmount().await;

    let again = mount(config(id, Some(EN))).await;
    assert_eq!(
        again.question_on_screen(EN),
        Some(2),
        "back on the same question"
    );
    assert_eq!(again.checked(), vec![0], "with its answer");
    again.click(ui::BACK.get(EN)).await;
    assert_eq!(again.checked(), vec![2]);
    again.click(ui::BACK.get(EN)).await;
    assert_eq!(again.checked(), vec![1]);
    again.finish().await;
}

#[wasm_bindgen_test]
async fn a_reload_shows_the_last_result() {
    let id = "persist-results";
    let app = finished_app(id, EN).await;
    let label = app.text_of(".sa-profile-label");
    app.unmount().await;

    let again = mount(config(id, Some(EN))).await;
    assert!(again.on_results());
    assert_eq!(again.text_of(".sa-profile-label"), label);
    again.finish().await;
}

#[wasm_bindgen_test]
async fn instances_keep_separate_progress() {
    let (a, b) = ("persist-a", "persist-b");
    forget(a);
    forget(b);
    let first = mount(config(a, Some(EN))).await;
    first.click(ui::START.get(EN)).await;
    first.pick(0).await;
    first.next().await;
    first.unmount().await;
    let second = mount(config(b, Some(EN))).await;
    assert!(
        second.text().contains(ui::INTRO_TITLE.get(EN)),
        "another id starts fresh"
    );
    second.finish().await;
    forget(a);
}

#[wasm_bindgen_test]
async fn corrupt_or_old_saved_data_is_ignored() {
    for (id, value) in [
        ("persist-corrupt", "v1|results|-|not-a-code"),
        ("persist-old", "v0|something|from|before"),
        ("persist-json", "{\"screen\":\"results\"}"),
        ("persist-incomplete", "v1|results|-|"),
    ] {
        storage().set_item(&key(id), value).expect("stored");
        let app = mount(config(id, Some(EN))).await;
        assert!(
            app.text().contains(ui::INTRO_TITLE.get(EN)),
            "{value:?} is ignored"
        );
        app.click(ui::START.get(EN)).await;
        app.pick(0).await;
        app.next().await;
        assert_eq!(app.question_on_screen(EN), Some(1), "the quiz works");
        let saved = saved(id).unwrap_or_default();
        assert!(
            saved.starts_with("v2|") && storage::decode(&saved).is_ok(),
            "and saves over the bad value: {saved}"
        );
        app.finish().await;
    }
}

#[wasm_bindgen_test]
async fn a_share_link_shows_the_shared_result() {
    let id = "share-open";
    let answers = complete_answers();
    let app = fresh_app_at(id, &fragment(&iid(id), &answers)).await;
    assert!(app.on_results(), "the link opens the results");
    assert_eq!(app.text_of(".sa-title"), ui::SHARED_RESULTS_TITLE.get(EN));
    let expected = skin_rules::evaluate(&answers);
    assert_eq!(app.text_of(".sa-profile-label"), expected.profile.label(EN));
    assert_eq!(app.count(".sa-tip--highlighted"), expected.highlighted);
    assert_eq!(
        hash(),
        "",
        "the fragment is cleared so a reload resumes saved progress"
    );
    finish_and_clear_hash(app).await;
}

#[wasm_bindgen_test]
async fn viewing_a_share_link_keeps_the_visitors_own_progress() {
    let id = "share-keeps-mine";
    let mine = started_app(id, EN).await;
    mine.pick(1).await;
    mine.next().await;
    mine.unmount().await;

    set_hash(&fragment(&iid(id), &complete_answers()));
    let shared = mount(config(id, Some(EN))).await;
    assert!(shared.on_results());
    shared.unmount().await;

    let again = mount(config(id, Some(EN))).await;
    assert_eq!(
        again.question_on_screen(EN),
        Some(1),
        "own progress is still there"
    );
    again.click(ui::BACK.get(EN)).await;
    assert_eq!(again.checked(), vec![1]);
    finish_and_clear_hash(again).await;
}

#[wasm_bindgen_test]
async fn a_share_link_opened_on_the_same_page_shows_the_result() {
    let app = fresh_app_at("share-hashchange", "").await;
    app.click(ui::START.get(EN)).await;
    let answers = complete_answers();
    open_link_in_place(&app, &answers).await;
    assert_eq!(
        app.text_of(".sa-profile-label"),
        skin_rules::evaluate(&answers).profile.label(EN)
    );
    finish_and_clear_hash(app).await;
}

#[wasm_bindgen_test]
async fn a_share_link_for_another_instance_or_a_broken_one_is_ignored() {
    let id = "share-mine";
    let app = fresh_app_at(id, &fragment(&iid("share-other"), &complete_answers())).await;
    assert!(app.text().contains(ui::INTRO_TITLE.get(EN)));
    assert!(
        hash().contains("share-other"),
        "another instance's link is left alone"
    );
    app.unmount().await;

    set_hash(&format!("skin-analysis={id}.garbage"));
    let app = mount(config(id, Some(EN))).await;
    assert!(
        app.text().contains(ui::INTRO_TITLE.get(EN)),
        "a broken link is ignored"
    );
    finish_and_clear_hash(app).await;
}

#[wasm_bindgen_test]
async fn the_share_button_offers_the_link() {
    let id = "share-button";
    let app = finished_app(id, EN).await;
    assert!(
        app.text_of(".sa-share-note") == ui::SHARE_PRIVACY_NOTE.get(EN),
        "the button says what the link contains"
    );
    app.click(ui::SHARE_LINK.get(EN)).await;
    // The clipboard may or may not be allowed in a headless browser: either it worked, or the link is shown.
    app.wait_until(|app| !app.text_of(".sa-status").is_empty())
        .await;
    let status = app.text_of(".sa-status");
    if status == ui::SHARE_COPIED.get(EN) {
        assert!(app.find(".sa-copy-field").is_none());
    } else {
        assert_eq!(status, ui::COPY_FAILED.get(EN));
        let field: web_sys::HtmlInputElement = wasm_bindgen::JsCast::dyn_into(
            app.find(".sa-copy-field")
                .expect("the link to copy by hand"),
        )
        .expect("input");
        assert!(field.read_only());
        let shown = field.value();
        let code = shown
            .split("#skin-analysis=")
            .nth(1)
            .expect("a share fragment");
        assert!(code.starts_with(&format!("{id}.")));
    }
    app.finish().await;
}

/// Opens a share link on the page the app is on (a `hashchange`) and waits for its result.
async fn open_link_in_place(app: &Mounted, answers: &Answers) {
    web_sys::window()
        .expect("a window")
        .location()
        .set_hash(&fragment(&app.id, answers))
        .expect("navigated");
    app.wait_until(Mounted::on_results).await;
    assert!(app.on_results(), "the shared result is shown");
}

/// The visitor's own saved progress: screen and answers (the language may change on its own).
fn own_saved(id: &str) -> Saved {
    let value = saved(id).expect("own progress saved");
    storage::decode(&value)
        .unwrap_or_else(|e| panic!("{value:?}: {e}"))
        .saved
}

/// Starts the quiz and answers the first question with its second choice: own progress, on question 1.
async fn begin_own_quiz(app: &Mounted) {
    app.click(ui::START.get(EN)).await;
    app.pick(1).await;
    app.next().await;
    assert_eq!(app.question_on_screen(EN), Some(1));
}

#[wasm_bindgen_test]
async fn own_progress_survives_a_share_link_opened_on_the_same_page() {
    let id = "share-in-place-keeps-mine";
    set_hash("");
    let app = fresh_app(id, Some(EN)).await;
    begin_own_quiz(&app).await;
    let mine = own_saved(id);

    open_link_in_place(&app, &complete_answers()).await;
    assert_eq!(own_saved(id), mine, "the friend's answers are not saved");
    assert!(app.text().contains(ui::SHARED_NOTICE.get(EN)));
    assert!(
        app.find(".sa-review").is_none(),
        "someone else's answers are not listed"
    );
    assert!(app.button(ui::SHARE_LINK.get(EN)).is_none());
    app.click(ui::BACK_TO_MY_QUIZ.get(EN)).await;

    assert_eq!(app.question_on_screen(EN), Some(1), "back where I was");
    app.click(ui::BACK.get(EN)).await;
    assert_eq!(app.checked(), vec![1], "with my answers");
    assert_eq!(own_saved(id).answers, mine.answers);
    finish_and_clear_hash(app).await;
}

#[wasm_bindgen_test]
async fn own_progress_survives_switching_language_on_a_shared_result() {
    let id = "share-lang-keeps-mine";
    // The visitor's own quiz, unmounted before the page "reloads": two live widgets must never share one id.
    let own = fresh_app(id, Some(EN)).await;
    begin_own_quiz(&own).await;
    own.unmount().await;
    let mine = own_saved(id);

    // The page opens with a share link: small actions on the shared result must not save it.
    set_hash(&fragment(&iid(id), &complete_answers()));
    let app = mount(config(id, Some(EN))).await;
    assert!(app.on_results());
    app.click("한국어").await;
    // The shared result has more tips than the highlighted ones, so the disclosure is there to open.
    let more = app
        .find(".sa-fold--tips .sa-fold-button")
        .expect("a 'more tips' button on the shared result");
    wasm_bindgen::JsCast::dyn_ref::<web_sys::HtmlElement>(&more)
        .expect("a button")
        .click();
    yew::scheduler::flush().await;
    assert_eq!(
        app.find(".sa-fold--tips .sa-fold-button")
            .and_then(|b| b.get_attribute("aria-expanded"))
            .as_deref(),
        Some("true"),
        "the disclosure opened"
    );
    let now = own_saved(id);
    assert_eq!(
        (now.screen, &now.answers),
        (mine.screen, &mine.answers),
        "own progress kept"
    );
    assert_eq!(
        now.lang,
        Some(Lang::Ko),
        "the language pick is the visitor's own"
    );
    assert!(app.text().contains(ui::SHARED_NOTICE.get(Lang::Ko)));

    app.click(ui::BACK_TO_MY_QUIZ.get(Lang::Ko)).await;
    assert_eq!(app.question_on_screen(Lang::Ko), Some(1));
    app.click(ui::BACK.get(Lang::Ko)).await;
    assert_eq!(app.checked(), vec![1]);
    finish_and_clear_hash(app).await;
}

#[wasm_bindgen_test]
async fn a_visitor_without_progress_starts_their_own_quiz_from_a_shared_result() {
    let id = "share-start-own";
    let app = fresh_app_at(id, &fragment(&iid(id), &complete_answers())).await;
    assert!(app.on_results());
    assert_eq!(saved(id), None, "viewing a shared result stores nothing");
    // The way out is offered at the top and in place of "Start again".
    assert_eq!(
        app.all("button")
            .iter()
            .filter(|b| b.text_content().unwrap_or_default() == ui::START_MY_OWN.get(EN))
            .count(),
        2
    );
    app.click(ui::START_MY_OWN.get(EN)).await;
    assert_eq!(app.question_on_screen(EN), Some(0));
    assert!(
        app.checked().is_empty(),
        "a fresh quiz, not the friend's answers"
    );
    finish_and_clear_hash(app).await;
}
