//! Old data read forward: what the released 0.1.0 saved (progress at several screens, a history of two results,
//! share links; `tests/fixtures/v0.1.0/`, made by 0.1.0 itself: with its encoders, and by its release files in
//! Chromium) read by today's code, and a code made before a question was added.
#![cfg(not(target_arch = "wasm32"))]

use skin_analysis::config::InstanceId;
use skin_analysis::history::{History, Kept};
use skin_analysis::kept::Format;
use skin_analysis::share::{fragment, parse_fragment, ShareError};
use skin_analysis::state::{Action, Screen, State};
use skin_analysis::storage;
use skin_rules::progress::Changes;
use skin_rules::{questionnaire, Answers, Lang};

mod readers;
use readers::{answers, first_with, q, value, FIRST, FRIEND};

/// The fixture files of `tests/fixtures/v0.1.0/` (`name = "value"` lines): made with 0.1.0's encoders, and by
/// 0.1.0's release files in Chromium (`e2e/make-v0.1.0-fixtures.mjs`).
const FILES: [(&str, &str); 2] = [
    ("values.txt", include_str!("fixtures/v0.1.0/values.txt")),
    (
        "values-browser.txt",
        include_str!("fixtures/v0.1.0/values-browser.txt"),
    ),
];

/// The value `name` of the fixture file `file` (one of [`FILES`]).
fn fixture(file: &str, name: &str) -> String {
    let (_, text) = FILES
        .iter()
        .find(|(shown, _)| *shown == file)
        .unwrap_or_else(|| panic!("no fixture file {file}"));
    value(text, name)
}

/// The names of [`FILES`]: every test reads both.
fn files() -> impl Iterator<Item = &'static str> {
    FILES.iter().map(|(file, _)| *file)
}

/// Her check-in four weeks later: calmer, and now pregnant.
fn check_in() -> Answers {
    answers(&first_with(&[("stress", "calm"), ("health", "pregnant")]))
}

fn restored(file: &str, name: &str) -> State {
    storage::restore(&fixture(file, name), Lang::En)
        .unwrap_or_else(|e| panic!("{file}: {name}: {e}"))
}

#[test]
fn progress_saved_by_0_1_0_resumes_where_it_was() {
    for file in files() {
        progress_resumes(file);
    }
}

fn progress_resumes(file: &str) {
    let restored = |name| restored(file, name);
    let intro = restored("progress-intro-ko");
    assert_eq!(
        (intro.screen, intro.lang, intro.lang_chosen),
        (Screen::Intro, Lang::Ko, true)
    );
    assert_eq!(restored("progress-q1").screen, Screen::Question(0));
    let conditions = restored("progress-conditions");
    assert_eq!(conditions.screen, Screen::Question(q("conditions")));
    assert_eq!(conditions.answers, answers(&FIRST[..2]));
    let allergies = restored("progress-allergies-ko");
    assert_eq!(allergies.screen, Screen::Question(q("allergies")));
    assert_eq!(allergies.lang, Lang::Ko);
    assert_eq!(allergies.answers, answers(&FIRST[..13]));
    let results = restored("progress-results");
    assert_eq!(results.screen, Screen::Results);
    assert_eq!(results.answers, answers(FIRST));
    assert!(results.to_answer.is_empty(), "nothing to answer again");
}

#[test]
fn the_history_of_0_1_0_reads_with_what_changed_and_is_written_back_as_it_was() {
    for file in files() {
        history_reads(file);
    }
}

fn history_reads(file: &str) {
    let value = fixture(file, "history-two");
    let history = History::decode(&value).expect("0.1.0's history reads");
    let read: Vec<&Answers> = history
        .entries()
        .iter()
        .filter_map(|e| e.answers())
        .collect();
    assert_eq!(read, [&answers(FIRST), &check_in()]);
    assert_eq!(history.encode(), value, "kept as written");
    let Kept::Answers(before) = &history.entries()[0].kept else {
        panic!("read as answers")
    };
    let changes = Changes::between(&before.answers, &check_in()).since_upgrade(&before.added);
    assert_eq!(changes.answers, [q("stress"), q("health")]);
    assert!(changes.new_questions.is_empty());
}

#[test]
fn share_links_of_0_1_0_open_their_result_in_both_languages() {
    let id = InstanceId::default();
    let links = files().flat_map(|file| [(file, "share-en", FIRST), (file, "share-ko", FRIEND)]);
    for (file, name, picks) in links {
        let link = fixture(file, name);
        let read = parse_fragment(&link, &id)
            .expect("for this instance")
            .unwrap_or_else(|e| panic!("{file}: {name}: {e}"));
        assert_eq!(read.answers, answers(picks), "{file}: {name}");
        let shared = State::new(Lang::Ko)
            .apply(Action::ViewShared(read))
            .expect("shown");
        assert!(!shared.shared_fewer, "made with every question of today");
        // Today's link is no longer than 0.1.0's.
        let today = fragment(&id, &answers(picks));
        assert!(today.len() <= link.len(), "{today} vs {link}");
    }
}

/// The code `answers` had if the quiz's last question had not been added yet: today's without it.
fn before_the_last_question(answers: &Answers) -> String {
    let mut without = answers.clone();
    without.clear(questionnaire().len() - 1);
    let code = without.encode();
    let count = questionnaire().len();
    assert_eq!(
        code.matches('-').count(),
        1,
        "{code}: the last question alone unanswered"
    );
    let fewer = char::from(b"0123456789abcdefghijklmnopqrstuv"[count - 1]);
    format!("2{fewer}{}", &code[2..code.len() - 1])
}

#[test]
fn a_question_added_since_is_unanswered_resumed_and_said() {
    let last = questionnaire().len() - 1;
    let first = answers(FIRST);
    let old = before_the_last_question(&first);
    let read = Answers::read(&old).expect("reads");
    assert_eq!(read.added, [last]);
    assert_eq!(read.answers.get(last), None);

    // Saved results: resumed at the new question, which the line names.
    let saved = format!("v2|7|results|-|{old}");
    let state = storage::restore(&saved, Lang::En).expect("reads");
    assert_eq!(state.screen, Screen::Question(last));
    assert_eq!(state.to_answer, [last]);

    // A shared result: shown, made with fewer questions.
    let id = InstanceId::default();
    let link = format!("skin-analysis={}.{old}", id.as_str());
    let read = parse_fragment(&link, &id).expect("ours").expect("shown");
    let shared = State::new(Lang::En)
        .apply(Action::ViewShared(read))
        .expect("shown");
    assert!(shared.shared_fewer);
    // Not a cut link: one more character missing is refused.
    assert!(matches!(
        parse_fragment(&link[..link.len() - 1], &id),
        Some(Err(ShareError::Answers(_)))
    ));

    // What changed: the new question is said as new, never as a changed answer.
    let value = format!("h1|20600.{old}");
    let history = History::decode(&value).expect("reads");
    let Kept::Answers(before) = &history.entries()[0].kept else {
        panic!("read as answers")
    };
    let changes = Changes::between(&before.answers, &first).since_upgrade(&before.added);
    assert_eq!(changes.new_questions, [last]);
    assert!(!changes.answers.contains(&last));
    let report = changes.report(Lang::En);
    assert!(
        report.iter().any(|part| part
            .lines
            .iter()
            .any(|l| l.contains("This question is new"))),
        "{report:?}"
    );
}
