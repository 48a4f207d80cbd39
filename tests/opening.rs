//! Native tests of where an instance starts (`State::open`, from the plain `Opening` that `page` reads): the intro
//! with the page's focus, saved progress, a share link on top, the sections left open.
#![cfg(not(target_arch = "wasm32"))]

use skin_analysis::state::{Fold, Folds, Opening, Screen, State};
use skin_analysis::storage::Saved;
use skin_analysis_testkit::walk::{at_question, at_results, c, q, read, shared_answers};
use skin_rules::{Answers, Lang};

fn opening(saved: Option<State>, shared: Option<Answers>) -> Opening {
    Opening {
        lang: Lang::Ko,
        focus: Some(c("concerns", "pores")),
        saved,
        shared: shared.as_ref().map(read),
        folds: Folds::default(),
        products: Vec::new(),
    }
}

#[test]
fn a_fresh_instance_opens_on_the_intro_with_the_focus_picked() {
    let opened = State::open(opening(None, None));
    assert_eq!(
        opened,
        State::with_focus(Lang::Ko, Some(c("concerns", "pores")))
    );
    assert_eq!(opened.screen, Screen::Intro);
    assert_eq!(opened.lang, Lang::Ko);
    assert!(opened.answers.picked(q("concerns"), c("concerns", "pores")));
}

#[test]
fn saved_progress_wins_over_the_focus() {
    let saved = at_question(3);
    assert_eq!(State::open(opening(Some(saved.clone()), None)), saved);
}

#[test]
fn a_share_link_opens_on_top_of_the_own_quiz() {
    let friend = shared_answers();
    let saved = at_question(2);
    let opened = State::open(opening(Some(saved.clone()), Some(friend.clone())));
    assert_eq!(opened.shown_screen(), Screen::Results);
    assert_eq!(opened.shown_answers(), &friend);
    assert_eq!(Saved::of(&opened), Saved::of(&saved), "own progress kept");
    assert_eq!(opened.results_shown(), Some(&friend));

    // Incomplete answers (which `share` never hands over) leave the own quiz on screen.
    let own = State::open(opening(None, Some(Answers::default())));
    assert_eq!(own.shared, None);
    assert_eq!(own.results_shown(), None);
}

#[test]
fn an_instance_opens_its_saved_result_with_the_sections_left_open() {
    let results = at_results();
    let folds: Folds = [Fold::Week, Fold::CheckIns].into_iter().collect();
    let opened = State::open(Opening {
        folds,
        ..opening(Some(results.clone()), None)
    });
    assert_eq!(opened.folds, folds);
    // Saved on a question, there is nothing to open.
    let question = State::open(Opening {
        folds,
        ..opening(Some(at_question(1)), None)
    });
    assert!(question.folds.is_empty());
}
