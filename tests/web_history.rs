//! The reader's history in a real browser: each finished result is kept once, "Check in" goes through the quiz
//! with the last answers, the results then say what changed and since when (in both languages), an earlier
//! questionnaire's result is a date only, "Forget my history" clears exactly the history, a shared result shows none.
#![cfg(target_arch = "wasm32")]

use skin_analysis::events::HostEvent;
use skin_analysis::history::{date_text, Entry, History, Kept};
use skin_analysis::hooks::today;
use skin_analysis::kept::Format;
use skin_analysis::reminder;
use skin_analysis_testkit::*;
use skin_rules::strings::{progress, ui};
use skin_rules::{fill, question_index, questionnaire, Lang};
use wasm_bindgen::JsCast;
use wasm_bindgen_test::*;
use web_sys::HtmlElement;

wasm_bindgen_test_configure!(run_in_browser);

const EN: Lang = Lang::En;

fn stored_history(id: &str) -> Option<History> {
    let value = storage().get_item(&history_key(id)).ok().flatten()?;
    Some(History::decode(&value).unwrap_or_else(|e| panic!("{value:?}: {e}")))
}

/// Moves every entry of the stored history `days` earlier, as if it was made that long ago.
fn age_history(id: &str, days: u32) {
    let aged = stored_history(id).expect("a history");
    let moved = aged.entries().iter().fold(History::default(), |h, e| {
        h.with(Entry {
            day: e.day - days,
            code: e.code.clone(),
            kept: e.kept.clone(),
        })
        .expect("an entry")
    });
    storage()
        .set_item(&history_key(id), &moved.encode())
        .expect("stored");
}

#[wasm_bindgen_test]
async fn a_check_in_changing_two_answers_says_what_changed_and_since_when() {
    let id = "history-check-in";
    let app = finished_app(id, EN).await;
    let first = stored_history(id).expect("the result is kept");
    assert_eq!(first.entries().len(), 1);
    assert_eq!(first.entries()[0].day, today());
    assert!(app.find(".sa-changes").is_none(), "nothing to compare yet");
    assert!(app.button(progress::CHECK_IN.get(EN)).is_some());

    // Another day: the reader comes back (a reload) and nothing new is recorded.
    age_history(id, 35);
    let since = today() - 35;
    app.unmount().await;
    let app = mount(config(id, Some(EN))).await;
    assert!(app.on_results());
    assert_eq!(
        stored_history(id).map(|h| h.entries().len()),
        Some(1),
        "a reload is no new result"
    );

    app.click(progress::CHECK_IN.get(EN)).await;
    assert!(app
        .events
        .borrow()
        .contains(&HostEvent::CheckIn { lang: EN }));
    assert_eq!(app.question_on_screen(EN), Some(0));
    assert_eq!(app.checked(), vec![0], "the last answer filled in");
    let (skin_feel, stress) = (
        question_index("skin_feel").unwrap(),
        question_index("stress").unwrap(),
    );
    for question in 0..questionnaire().len() {
        if question == skin_feel || question == stress {
            app.pick(1).await;
        }
        app.next().await;
    }
    assert!(app.on_results());

    let history = stored_history(id).expect("kept");
    assert_eq!(
        history.entries().len(),
        2,
        "the check-in is the newest result"
    );
    assert_eq!(history.entries()[0].day, since);
    let heading = app.text_of(".sa-changes .sa-subtitle");
    assert_eq!(
        heading,
        fill(
            progress::CHANGED_HEADING.get(EN),
            &[("date", &date_text(since, EN))]
        )
    );
    let changes = app.text_of(".sa-changes");
    assert!(
        changes.contains(progress::CHANGED_NOTE.get(EN)),
        "{changes}"
    );
    for question in [skin_feel, stress] {
        let q = &questionnaire()[question];
        assert!(changes.contains(q.text.get(EN)), "{changes}");
        assert!(
            changes.contains(q.choices[0].label.get(EN))
                && changes.contains(q.choices[1].label.get(EN))
        );
    }
    assert_eq!(app.count(".sa-check-in-list li"), 2);

    // In Korean: the same panel in Korean, the date the Korean way.
    app.click("한국어").await;
    let heading = app.text_of(".sa-changes .sa-subtitle");
    assert_eq!(
        heading,
        fill(
            progress::CHANGED_HEADING.get(Lang::Ko),
            &[("date", &date_text(since, Lang::Ko))]
        )
    );
    assert!(app
        .text_of(".sa-changes")
        .contains(progress::CHANGED_NOTE.get(Lang::Ko)));

    // Forget: exactly the history goes; the result stays on screen and saved.
    app.click(progress::FORGET.get(Lang::Ko)).await;
    assert_eq!(storage().get_item(&history_key(id)).ok().flatten(), None);
    assert!(saved(id).is_some(), "the progress is kept");
    assert!(app.on_results() && app.find(".sa-changes").is_none());
    assert!(app
        .text_of(".sa-check-ins .sa-status")
        .contains(progress::FORGOTTEN.get(Lang::Ko)));
    assert!(app.button(progress::CHECK_IN.get(Lang::Ko)).is_none());

    // The next result starts a new history, and the notice about the old one goes.
    app.click(ui::RETAKE.get(Lang::Ko)).await;
    for _ in 0..questionnaire().len() {
        app.pick(0).await;
        app.next().await;
    }
    assert!(app.on_results());
    assert_eq!(stored_history(id).map(|h| h.entries().len()), Some(1));
    assert_eq!(app.text_of(".sa-check-ins .sa-status"), "");
    app.finish().await;
}

#[wasm_bindgen_test]
async fn an_earlier_questionnaires_result_is_a_date_and_a_label_only() {
    let id = "history-earlier";
    forget(id);
    // A development build's code before 0.1.0: format `1` with another questionnaire's fingerprint.
    let earlier = "1s91104060121-00gg";
    storage()
        .set_item(&history_key(id), &format!("h1|{}.{earlier}", today() - 100))
        .expect("stored");
    let app = mount(config(id, Some(EN))).await;
    app.complete_with_first_choices(EN).await;
    let history = stored_history(id).expect("kept");
    assert_eq!(history.entries()[0].kept, Kept::EarlierQuiz);
    assert_eq!(history.entries()[0].code, earlier, "kept as written");
    assert_eq!(history.entries().len(), 2);
    let changes = app.text_of(".sa-changes");
    let date = date_text(today() - 100, EN);
    assert!(
        changes.contains(&fill(progress::EARLIER_VERSION.get(EN), &[("date", &date)])),
        "{changes}"
    );
    let list = app.text_of(".sa-check-in-list");
    assert!(list.contains(progress::EARLIER_QUIZ.get(EN)), "{list}");
    app.finish().await;
}

#[wasm_bindgen_test]
async fn a_corrupt_history_never_loses_the_result() {
    let id = "history-corrupt";
    forget(id);
    storage()
        .set_item(&history_key(id), "h1|garbage|")
        .expect("stored");
    let app = mount(config(id, Some(EN))).await;
    app.complete_with_first_choices(EN).await;
    assert!(app.on_results());
    assert_eq!(
        stored_history(id).map(|h| h.entries().len()),
        Some(1),
        "replaced by the new result"
    );
    app.finish().await;
}

#[wasm_bindgen_test]
async fn the_reminder_is_offered_and_a_shared_result_shows_no_history() {
    let id = "history-shared";
    let app = finished_app(id, EN).await;
    let history = stored_history(id).expect("kept");
    let answers = history.entries()[0]
        .answers()
        .expect("this questionnaire's answers")
        .clone();
    // A link to the calendar file itself: made in the page, with no answer in it.
    let link: HtmlElement = app
        .find(".sa-check-ins a[download]")
        .and_then(|link| link.dyn_into().ok())
        .expect("the reminder link");
    assert_eq!(
        link.text_content().as_deref(),
        Some(progress::REMIND.get(EN))
    );
    assert_eq!(
        link.get_attribute("download").as_deref(),
        Some(reminder::FILE_NAME)
    );
    let href = link.get_attribute("href").expect("an address");
    let body = href
        .strip_prefix("data:text/calendar;charset=utf-8,")
        .expect("a calendar data URL");
    let ics = String::from(js_sys::decode_uri_component(body).expect("decodes"));
    assert!(
        ics.starts_with("BEGIN:VCALENDAR\r\n") && ics.contains("SUMMARY:"),
        "{ics}"
    );
    assert!(!ics.contains(&answers.encode()), "{ics}");
    // Followed (the download itself held back in this test browser), it says what it did.
    let _hold = gloo::events::EventListener::new(&link, "click", |event| event.prevent_default());
    link.click();
    yew::scheduler::flush().await;
    let status = app.text_of(".sa-check-ins .sa-status");
    assert!(
        status.contains(&fill(progress::REMINDED.get(EN), &[("weeks", "4")])),
        "{status}"
    );
    app.finish().await;

    let viewer = finished_app("history-viewer", EN).await;
    viewer.unmount().await;
    let hash = skin_analysis::share::fragment(&iid("history-viewer"), &answers);
    let window = web_sys::window().expect("a window");
    window.location().set_hash(&hash).expect("hash set");
    let viewer = mount(config("history-viewer", Some(EN))).await;
    assert!(viewer.text().contains(ui::SHARED_RESULTS_TITLE.get(EN)));
    assert!(viewer.find(".sa-check-ins").is_none() && viewer.find(".sa-changes").is_none());
    viewer.finish().await;
}
