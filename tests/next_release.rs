//! The tests' next release (`cargo xtask test` builds the widget with `xtask/src/next.rs`'s content: one question,
//! `sleep`, added; one choice, `water.some`, retired) reading what today's release and 0.1.0 saved and shared
//! (`tests/fixtures/next-release/values.txt`, `tests/fixtures/v0.1.0/`): natively, and the widget in a browser. Only
//! built with the `next-release` feature, which xtask sets with that content.

use skin_rules::questionnaire;

mod readers;
use readers::{q, value};

/// A value of `tests/fixtures/next-release/values.txt` (what today's release wrote, `today`) or of 0.1.0's
/// browser-made fixtures (`0.1.0`).
fn fixture(file: &str, name: &str) -> String {
    match file {
        "today" => value(include_str!("fixtures/next-release/values.txt"), name),
        "0.1.0" => value(include_str!("fixtures/v0.1.0/values-browser.txt"), name),
        other => panic!("no fixture file {other}"),
    }
}

#[test]
fn the_content_is_the_next_releases() {
    assert_eq!(questionnaire().last().map(|q| q.id), Some("sleep"));
    let water = &questionnaire()[q("water")];
    assert!(
        water.choices.iter().all(|c| c.id != "some"),
        "water.some retired"
    );
}

/// What the next release reads of today's fixtures. Their reader is 0.1.0's, [`readers::FIRST`], but drinks 4 to 7
/// glasses a day, `water.some`, the choice the next release retires: her answers but that one.
#[cfg(not(target_arch = "wasm32"))]
fn today_without_water(until: &str) -> skin_rules::Answers {
    let before: Vec<_> = readers::FIRST
        .iter()
        .copied()
        .take_while(|(q, _)| *q != until)
        .filter(|(q, _)| *q != "water")
        .collect();
    readers::answers(&before)
}

#[cfg(not(target_arch = "wasm32"))]
mod native {
    use super::readers::{answers, FIRST};
    use super::*;
    use skin_analysis::config::InstanceId;
    use skin_analysis::history::{History, Kept};
    use skin_analysis::kept::Format;
    use skin_analysis::share::parse_fragment;
    use skin_analysis::state::{Action, Screen, State};
    use skin_analysis::storage;
    use skin_rules::progress::Changes;
    use skin_rules::Lang;

    /// The progress saved in `file`'s value `name`, as the next release restores it.
    fn restored(file: &str, name: &str) -> State {
        storage::restore(&fixture(file, name), Lang::En).expect("reads")
    }

    #[test]
    fn her_result_resumes_at_the_retired_answer_and_asks_both_questions() {
        let state = restored("today", "progress-results");
        assert_eq!(state.screen, Screen::Question(q("water")));
        assert_eq!(state.to_answer, [q("water"), q("sleep")]);
        assert_eq!(
            state.answers,
            today_without_water(""),
            "every other answer kept"
        );
    }

    #[test]
    fn a_quiz_in_progress_asks_the_retired_answer_again_and_the_new_question_in_its_turn() {
        let state = restored("today", "progress-days");
        assert_eq!(state.screen, Screen::Question(q("water")));
        assert_eq!(state.to_answer, [q("water")]);
        assert_eq!(state.answers, today_without_water("days"));
    }

    #[test]
    fn share_links_show_their_result_made_with_fewer_questions() {
        let id = InstanceId::default();
        for (file, picks) in [
            ("today", today_without_water("")),
            ("0.1.0", answers(FIRST)),
        ] {
            let read = parse_fragment(&fixture(file, "share-en"), &id)
                .expect("ours")
                .unwrap_or_else(|e| panic!("{file}: {e}"));
            assert_eq!(read.answers, picks, "{file}");
            let shared = State::new(Lang::En)
                .apply(Action::ViewShared(read))
                .expect("shown");
            assert!(
                shared.shared_fewer,
                "{file}: said to be made with fewer questions"
            );
        }
    }

    #[test]
    fn what_changed_says_the_new_question_and_the_retired_answer_are_not_changes() {
        for file in ["today", "0.1.0"] {
            let value = fixture(file, "history-two");
            let history = History::decode(&value).expect("reads");
            assert_eq!(history.encode(), value, "{file}: kept as written");
            let Kept::Answers(before) = &history.entries()[1].kept else {
                panic!("{file}: read as answers")
            };
            assert_eq!(before.added, [q("sleep")], "{file}");
            let mut now = before.answers.clone();
            now.pick_by_id("water", "plenty").unwrap();
            now.pick_by_id("sleep", "short").unwrap();
            let unasked: Vec<usize> = before.added.iter().chain(&before.again).copied().collect();
            let changes = Changes::between(&before.answers, &now).since_upgrade(&unasked);
            if file == "today" {
                assert_eq!(before.again, [q("water")], "water asked again");
                assert_eq!(changes.new_questions, [q("water"), q("sleep")]);
                assert!(changes.answers.is_empty(), "nothing she changed");
            } else {
                assert!(
                    before.again.is_empty(),
                    "0.1.0's water was `low`, still a choice"
                );
                assert_eq!(changes.new_questions, [q("sleep")]);
                assert_eq!(changes.answers, [q("water")]);
            }
        }
    }

    #[test]
    fn progress_saved_by_0_1_0_asks_the_new_question() {
        let state = restored("0.1.0", "progress-results");
        assert_eq!(state.screen, Screen::Question(q("sleep")));
        assert_eq!(state.to_answer, [q("sleep")]);
        assert_eq!(state.answers, answers(FIRST));
    }
}

#[cfg(target_arch = "wasm32")]
mod browser {
    use super::*;
    use skin_analysis_testkit::*;
    use skin_rules::Lang;
    use wasm_bindgen_test::*;

    wasm_bindgen_test_configure!(run_in_browser);

    const EN: Lang = Lang::En;

    /// Her saved result from today's release: the quiz opens at the retired answer's question, one line naming
    /// what to answer again; answered, the line names only the new question, asked in its turn, then her results.
    #[wasm_bindgen_test]
    async fn the_reader_is_told_what_to_answer_again_and_gets_her_results() {
        let id = "next-release";
        forget(id);
        storage()
            .set_item(&key(id), &fixture("today", "progress-results"))
            .expect("stored");
        let app = mount(config(id, Some(EN))).await;
        let topic = |id: &str| questionnaire()[q(id)].topic.get(EN);
        let line = || app.text_of(".sa-answer-again");
        assert_eq!(app.question_on_screen(EN), Some(q("water")));
        assert!(
            line().contains(&format!("{}, {}", topic("water"), topic("sleep"))),
            "{}",
            line()
        );
        assert_eq!(
            app.checked(),
            Vec::<usize>::new(),
            "the retired answer is dropped"
        );
        app.pick(0).await;
        app.next().await;
        assert!(!line().contains(topic("water")), "{}", line());
        while app.question_on_screen(EN) != Some(q("sleep")) {
            assert!(line().contains(topic("sleep")), "{}", line());
            app.next().await;
        }
        app.pick(1).await;
        app.next().await;
        assert!(app.on_results());
        assert_eq!(app.count(".sa-answer-again"), 0, "nothing left to answer");
        app.finish().await;
    }
}
