//! Native tests of the widget's reducer (`state`): every action, valid and invalid, on the visitor's own quiz and on
//! a shared result.
#![cfg(not(target_arch = "wasm32"))]

use std::rc::Rc;

use skin_analysis::state::{Action, Fold, Rejected, Screen, State};
use skin_analysis::storage::Saved;
use skin_analysis_testkit::walk::{
    answer_first_and_next, apply, at_question, at_results, c, last, q, shared_answers, view_shared,
};
use skin_rules::{evaluate, questionnaire, Answers, Lang, QuestionKind};
use yew::Reducible;

#[test]
fn start_leaves_the_intro_only() {
    let state = State::new(Lang::En);
    assert_eq!(state.screen, Screen::Intro);
    let started = apply(&state, Action::Start);
    assert_eq!(started.screen, Screen::Question(0));
    assert_eq!(started.apply(Action::Start), Err(Rejected::NotOnIntro));
    assert_eq!(at_results().apply(Action::Start), Err(Rejected::NotOnIntro));
}

#[test]
fn toggle_picks_the_choice_on_screen() {
    let state = at_question(0);
    let picked = apply(
        &state,
        Action::Toggle {
            question: 0,
            choice: 2,
        },
    );
    assert!(picked.answers.picked(0, 2));
    // Single choice: another click replaces it.
    let replaced = apply(
        &picked,
        Action::Toggle {
            question: 0,
            choice: 1,
        },
    );
    assert!(replaced.answers.picked(0, 1) && !replaced.answers.picked(0, 2));
    assert_eq!(replaced.screen, Screen::Question(0));
}

#[test]
fn toggle_is_rejected_off_screen_or_out_of_range() {
    let state = at_question(0);
    assert_eq!(
        state.apply(Action::Toggle {
            question: 1,
            choice: 0
        }),
        Err(Rejected::NotTheQuestionShown {
            question: 1,
            shown: 0
        })
    );
    let choices = questionnaire()[0].choices.len();
    assert_eq!(
        state.apply(Action::Toggle {
            question: 0,
            choice: choices
        }),
        Err(Rejected::NoSuchChoice {
            question: 0,
            choice: choices
        })
    );
    assert_eq!(
        State::new(Lang::En).apply(Action::Toggle {
            question: 0,
            choice: 0
        }),
        Err(Rejected::NotOnAQuestion)
    );
    assert_eq!(
        at_results().apply(Action::Toggle {
            question: 0,
            choice: 0
        }),
        Err(Rejected::NotOnAQuestion)
    );
}

#[test]
fn multi_select_respects_max_and_exclusive_choices() {
    let concerns = q("concerns");
    let QuestionKind::Multi { max } = questionnaire()[concerns].kind else {
        panic!("concerns is multi")
    };
    assert_eq!(max, 2);
    let state = at_question(concerns);
    let one = apply(
        &state,
        Action::Toggle {
            question: concerns,
            choice: 0,
        },
    );
    let two = apply(
        &one,
        Action::Toggle {
            question: concerns,
            choice: 1,
        },
    );
    assert_eq!(two.answers.get(concerns).map(|s| s.len()), Some(2));
    // A third is refused, and the reducer keeps the same state.
    assert_eq!(
        two.apply(Action::Toggle {
            question: concerns,
            choice: 2
        }),
        Err(Rejected::Unchanged)
    );
    // Unticking both leaves the question unanswered, so Next is refused again.
    let none = apply(
        &apply(
            &two,
            Action::Toggle {
                question: concerns,
                choice: 0,
            },
        ),
        Action::Toggle {
            question: concerns,
            choice: 1,
        },
    );
    assert_eq!(none.answers.get(concerns), None);
    assert_eq!(
        none.apply(Action::Next),
        Err(Rejected::NotAnswered(concerns))
    );

    let allergies = q("allergies");
    let none_choice = c("allergies", "none");
    let state = at_question(allergies);
    let eggs_honey = apply(
        &apply(
            &state,
            Action::Toggle {
                question: allergies,
                choice: 0,
            },
        ),
        Action::Toggle {
            question: allergies,
            choice: 1,
        },
    );
    let exclusive = apply(
        &eggs_honey,
        Action::Toggle {
            question: allergies,
            choice: none_choice,
        },
    );
    assert_eq!(
        exclusive
            .answers
            .get(allergies)
            .map(|s| s.iter().collect::<Vec<_>>()),
        Some(vec![none_choice])
    );
    let back_to_eggs = apply(
        &exclusive,
        Action::Toggle {
            question: allergies,
            choice: 0,
        },
    );
    assert_eq!(
        back_to_eggs
            .answers
            .get(allergies)
            .map(|s| s.iter().collect::<Vec<_>>()),
        Some(vec![0])
    );
}

#[test]
fn next_needs_an_answer_and_moves_on() {
    let state = at_question(0);
    assert_eq!(state.apply(Action::Next), Err(Rejected::NotAnswered(0)));
    let answered = apply(
        &state,
        Action::Toggle {
            question: 0,
            choice: 0,
        },
    );
    assert_eq!(apply(&answered, Action::Next).screen, Screen::Question(1));
    assert_eq!(
        State::new(Lang::En).apply(Action::Next),
        Err(Rejected::NotOnAQuestion)
    );
    assert_eq!(
        at_results().apply(Action::Next),
        Err(Rejected::NotOnAQuestion)
    );
}

#[test]
fn the_last_question_leads_to_complete_results() {
    let state = at_question(last());
    assert!(state.next_shows_results(last()));
    assert!(!state.next_shows_results(0));
    let results = answer_first_and_next(&state);
    assert_eq!(results.screen, Screen::Results);
    assert!(results.answers.is_complete());
}

#[test]
fn back_keeps_answers() {
    let state = at_question(3);
    let answers = state.answers.clone();
    let back = apply(&state, Action::Back);
    assert_eq!(back.screen, Screen::Question(2));
    assert_eq!(back.answers, answers);
    assert!(back.answers.picked(2, 0));
    let mut state = back;
    for expected in [Screen::Question(1), Screen::Question(0), Screen::Intro] {
        state = apply(&state, Action::Back);
        assert_eq!(state.screen, expected);
        assert_eq!(state.answers, answers);
    }
    assert_eq!(state.apply(Action::Back), Err(Rejected::NotOnAQuestion));
    assert_eq!(
        at_results().apply(Action::Back),
        Err(Rejected::NotOnAQuestion)
    );
}

#[test]
fn only_optional_questions_can_be_skipped() {
    let required = at_question(0);
    assert!(!questionnaire()[0].optional);
    assert_eq!(required.apply(Action::Skip), Err(Rejected::NotOptional(0)));

    let concerns = q("concerns");
    assert!(questionnaire()[concerns].optional);
    let state = apply(
        &at_question(concerns),
        Action::Toggle {
            question: concerns,
            choice: 0,
        },
    );
    let skipped = apply(&state, Action::Skip);
    assert_eq!(skipped.screen, Screen::Question(concerns + 1));
    assert_eq!(
        skipped.answers.get(concerns),
        None,
        "skipping forgets a half-made answer"
    );
    assert_eq!(
        State::new(Lang::En).apply(Action::Skip),
        Err(Rejected::NotOnAQuestion)
    );
}

#[test]
fn a_quiz_with_every_optional_question_skipped_completes() {
    let mut state = apply(&State::new(Lang::En), Action::Start);
    while let Screen::Question(index) = state.screen {
        state = if questionnaire()[index].optional {
            apply(&state, Action::Skip)
        } else {
            answer_first_and_next(&state)
        };
    }
    assert_eq!(state.screen, Screen::Results);
    assert!(state.answers.is_complete());
}

#[test]
fn retake_clears_everything() {
    let results = apply(&at_results(), Action::ToggleFold(Fold::Tips));
    let retaken = apply(&results, Action::Retake);
    assert_eq!(retaken.screen, Screen::Question(0));
    assert_eq!(retaken.answers, Answers::default());
    assert!(!retaken.folds.is_open(Fold::Tips) && !retaken.editing);
    assert_eq!(retaken.lang, results.lang);
    assert_eq!(
        apply(&at_question(4), Action::Retake).answers,
        Answers::default()
    );
    assert_eq!(
        State::new(Lang::En).apply(Action::Retake),
        Err(Rejected::Unchanged)
    );
}

#[test]
fn set_lang_switches_and_remembers_the_choice() {
    let state = at_question(2);
    let ko = apply(&state, Action::SetLang(Lang::Ko));
    assert_eq!(ko.lang, Lang::Ko);
    assert!(ko.lang_chosen);
    assert_eq!(ko.screen, state.screen);
    assert_eq!(ko.answers, state.answers);
    assert_eq!(
        ko.apply(Action::SetLang(Lang::Ko)),
        Err(Rejected::Unchanged)
    );
}

#[test]
fn edit_from_results_changes_the_result() {
    let results = at_results();
    let skin = q("skin_feel");
    let before = evaluate(&results.answers);
    let editing = apply(&results, Action::Edit(skin));
    assert_eq!(editing.screen, Screen::Question(skin));
    assert!(editing.editing);
    assert!(
        editing.next_shows_results(skin),
        "the button goes straight back to the results"
    );
    let changed = apply(
        &editing,
        Action::Toggle {
            question: skin,
            choice: c("skin_feel", "shiny_all"),
        },
    );
    let back = apply(&changed, Action::Next);
    assert_eq!(back.screen, Screen::Results);
    assert!(!back.editing);
    let after = evaluate(&back.answers);
    assert_ne!(
        before.profile, after.profile,
        "the new answer gives a new result"
    );

    assert_eq!(
        at_question(1).apply(Action::Edit(0)),
        Err(Rejected::NotOnResults)
    );
    let count = questionnaire().len();
    assert_eq!(
        results.apply(Action::Edit(count)),
        Err(Rejected::NoSuchQuestion(count))
    );
}

#[test]
fn editing_then_going_back_returns_through_the_questions() {
    let editing = apply(&at_results(), Action::Edit(3));
    let back = apply(&editing, Action::Back);
    assert_eq!(back.screen, Screen::Question(2));
    assert!(back.editing);
    // Still complete, so Next goes straight to the results.
    assert_eq!(apply(&back, Action::Next).screen, Screen::Results);
}

#[test]
fn more_tips_toggle_only_on_results() {
    let results = at_results();
    let open = apply(&results, Action::ToggleFold(Fold::Tips));
    assert!(open.folds.is_open(Fold::Tips));
    assert!(!apply(&open, Action::ToggleFold(Fold::Tips))
        .folds
        .is_open(Fold::Tips));
    assert_eq!(
        at_question(0).apply(Action::ToggleFold(Fold::Tips)),
        Err(Rejected::NotOnResults)
    );
}

#[test]
fn restore_checks_the_screen_is_reachable() {
    let complete = at_results().answers;
    let fresh = State::new(Lang::En);
    let shown = apply(
        &fresh,
        Action::Restore {
            answers: complete.clone(),
            screen: Screen::Results,
            lang: None,
        },
    );
    assert_eq!(shown.screen, Screen::Results);
    assert_eq!(shown.answers, complete);

    assert_eq!(
        fresh.apply(Action::Restore {
            answers: Answers::default(),
            screen: Screen::Results,
            lang: None,
        }),
        Err(Rejected::Incomplete)
    );
    assert_eq!(
        fresh.apply(Action::Restore {
            answers: Answers::default(),
            screen: Screen::Question(2),
            lang: None,
        }),
        Err(Rejected::Unreachable(0))
    );
    let count = questionnaire().len();
    assert_eq!(
        fresh.apply(Action::Restore {
            answers: complete.clone(),
            screen: Screen::Question(count),
            lang: None,
        }),
        Err(Rejected::NoSuchQuestion(count))
    );
    // An optional question left unanswered does not block the way.
    let partial = at_question(q("concerns") + 1).answers;
    let mut without_concerns = partial.clone();
    without_concerns.clear(q("concerns"));
    assert!(fresh
        .apply(Action::Restore {
            answers: without_concerns,
            screen: Screen::Question(q("concerns") + 1),
            lang: None,
        })
        .is_ok());
}

#[test]
fn reduce_keeps_the_same_rc_when_rejected() {
    let state = Rc::new(at_question(0));
    let same = Rc::clone(&state).reduce(Action::Next);
    assert!(Rc::ptr_eq(&state, &same));
    let moved = Rc::clone(&state).reduce(Action::Back);
    assert!(!Rc::ptr_eq(&state, &moved));
    assert_eq!(moved.screen, Screen::Intro);
}

#[test]
fn focus_preselects_a_concern() {
    let concerns = q("concerns");
    let state = State::with_focus(Lang::En, Some(c("concerns", "pores")));
    assert!(state.answers.picked(concerns, c("concerns", "pores")));
    assert_eq!(state.screen, Screen::Intro);
    assert_eq!(
        State::with_focus(Lang::En, Some(99)).answers,
        Answers::default()
    );
    assert_eq!(State::with_focus(Lang::Ko, None), State::new(Lang::Ko));
}

#[test]
fn rejections_read_well() {
    assert_eq!(
        Rejected::NotOptional(0).to_string(),
        "question 0 cannot be skipped"
    );
    assert_eq!(
        Rejected::NotAnswered(3).to_string(),
        "question 3 is not answered yet"
    );
}
// ---- shared results ----------------------------------------------------------------------------------------------

#[test]
fn a_shared_result_is_shown_beside_the_visitors_own_quiz() {
    let mine = at_question(3);
    let friend = shared_answers();
    let viewing = apply(&mine, view_shared(friend.clone()));
    assert_eq!(viewing.shown_screen(), Screen::Results);
    assert_eq!(viewing.shown_answers(), &friend);
    assert_eq!(viewing.screen, mine.screen, "own screen untouched");
    assert_eq!(viewing.answers, mine.answers, "own answers untouched");
    assert_eq!(
        Saved::of(&viewing),
        Saved::of(&mine),
        "only own progress is saved"
    );

    // Language and the tips disclosure work on the shared result; neither touches the own quiz.
    let switched = apply(&viewing, Action::SetLang(Lang::Ko));
    let opened = apply(&switched, Action::ToggleFold(Fold::Tips));
    assert!(opened.folds.is_open(Fold::Tips));
    assert_eq!(opened.answers, mine.answers);
    assert_eq!(opened.screen, mine.screen);

    // Leaving returns to the own quiz, in the language chosen meanwhile.
    let back = apply(&opened, Action::LeaveShared);
    assert_eq!(back.shared, None);
    assert_eq!(back.shown_screen(), Screen::Question(3));
    assert_eq!(back.shown_answers(), &mine.answers);
    assert_eq!(back.lang, Lang::Ko);
    assert!(!back.folds.is_open(Fold::Tips));
}

#[test]
fn the_own_quiz_cannot_change_unseen_while_a_shared_result_is_shown() {
    let viewing = apply(&at_question(2), view_shared(shared_answers()));
    for action in [
        Action::Start,
        Action::Toggle {
            question: 2,
            choice: 0,
        },
        Action::Next,
        Action::Back,
        Action::Skip,
        Action::Retake,
        Action::Edit(0),
    ] {
        assert_eq!(
            viewing.apply(action.clone()),
            Err(Rejected::ViewingShared),
            "{action:?}"
        );
    }
    // Another share link replaces the shared result; still nothing of the own quiz changes.
    let other = apply(&viewing, view_shared(at_results().answers));
    assert_eq!(other.shown_answers(), &at_results().answers);
    assert_eq!(other.screen, Screen::Question(2));

    // Progress saved in another tab goes underneath: the shared result stays on screen, leaving it shows the newest.
    let finished = at_results();
    let followed = apply(
        &other,
        Action::Restore {
            answers: finished.answers.clone(),
            screen: Screen::Results,
            lang: Some(Lang::Ko),
        },
    );
    assert_eq!(followed.shown_answers(), &at_results().answers);
    assert_eq!((followed.lang, followed.lang_chosen), (Lang::Ko, true));
    let left = apply(&followed, Action::LeaveShared);
    assert_eq!(
        (left.screen, left.answers),
        (Screen::Results, finished.answers)
    );
}

#[test]
fn only_complete_answers_are_viewed_and_only_a_shared_result_is_left() {
    let fresh = State::new(Lang::En);
    assert_eq!(
        fresh.apply(view_shared(Answers::default())),
        Err(Rejected::Incomplete)
    );
    assert_eq!(
        fresh.apply(Action::LeaveShared),
        Err(Rejected::NotViewingShared)
    );
    assert_eq!(fresh.shown_screen(), Screen::Intro);
}

#[test]
fn leaving_a_shared_result_for_an_unstarted_quiz_opens_its_first_question() {
    let viewing = apply(&State::new(Lang::En), view_shared(shared_answers()));
    let own = apply(&viewing, Action::LeaveShared);
    assert_eq!(own.shared, None);
    assert_eq!(own.shown_screen(), Screen::Question(0));
    assert_eq!(
        own.answers,
        Answers::default(),
        "nothing of the shared answers"
    );

    // A quiz already on its results goes back there, not to a question.
    let done = apply(&at_results(), view_shared(shared_answers()));
    assert_eq!(
        apply(&done, Action::LeaveShared).shown_screen(),
        Screen::Results
    );
}

#[test]
fn check_in_goes_through_the_quiz_again_with_the_answers_filled_in() {
    let results = at_results();
    assert_eq!(
        results.completions, 1,
        "reaching the results is one completion"
    );
    let checking = apply(
        &apply(&results, Action::ToggleFold(Fold::Tips)),
        Action::CheckIn,
    );
    assert_eq!(checking.screen, Screen::Question(0));
    assert_eq!(checking.answers, results.answers, "every answer filled in");
    assert!(!checking.folds.is_open(Fold::Tips) && !checking.editing);
    // Next on every question (nothing to click) reaches the results again: a second completion.
    let mut state = checking;
    while state.screen != Screen::Results {
        state = apply(&state, Action::Next);
    }
    assert_eq!(state.completions, 2);
    // Changing one answer on the way changes the result.
    let mut changed = apply(&state, Action::CheckIn);
    let skin_feel = q("skin_feel");
    while changed.screen != Screen::Question(skin_feel) {
        changed = apply(&changed, Action::Next);
    }
    changed = apply(
        &changed,
        Action::Toggle {
            question: skin_feel,
            choice: 1,
        },
    );
    while changed.screen != Screen::Results {
        changed = apply(&changed, Action::Next);
    }
    assert_ne!(changed.answers, results.answers);
    assert_eq!(changed.completions, 3);
}

#[test]
fn check_in_needs_the_visitors_own_results() {
    assert_eq!(
        at_question(2).apply(Action::CheckIn),
        Err(Rejected::NotOnResults)
    );
    assert_eq!(
        State::new(Lang::En).apply(Action::CheckIn),
        Err(Rejected::NotOnResults)
    );
    let shared = apply(&at_results(), view_shared(at_results().answers));
    assert_eq!(shared.apply(Action::CheckIn), Err(Rejected::ViewingShared));
}

#[test]
fn only_the_visitors_own_finish_counts_as_a_completion() {
    let results = at_results();
    // Restored progress (a reload, another tab finishing) and a shared result are not completions here.
    let restored = apply(&State::new(Lang::En), Saved::of(&results).into_action());
    assert_eq!(
        (restored.screen, restored.completions),
        (Screen::Results, 0)
    );
    let viewing = apply(&State::new(Lang::En), view_shared(results.answers.clone()));
    assert_eq!(viewing.completions, 0);
    // Changing one answer from the results and going back to them is a completion.
    let edited = apply(&apply(&results, Action::Edit(0)), Action::Next);
    assert_eq!((edited.screen, edited.completions), (Screen::Results, 2));
}

#[test]
fn folds_open_one_at_a_time_and_belong_to_the_result_on_screen() {
    let results = at_results();
    let why = apply(&results, Action::ToggleFold(Fold::Why));
    assert!(why.folds.is_open(Fold::Why));
    assert_eq!(why.folds.open().collect::<Vec<_>>(), [Fold::Why]);
    let both = apply(&why, Action::ToggleFold(Fold::Answers));
    assert_eq!(
        both.folds.open().collect::<Vec<_>>(),
        [Fold::Why, Fold::Answers]
    );
    // Another tab's progress: the same result keeps them open, another closes them.
    let same = apply(
        &both,
        Action::Restore {
            answers: both.answers.clone(),
            screen: Screen::Results,
            lang: None,
        },
    );
    assert_eq!(same.folds, both.folds);
    let mut other_answers = both.answers.clone();
    other_answers
        .pick_by_id("skin_feel", "shiny_all")
        .expect("a choice");
    let other = apply(
        &both,
        Action::Restore {
            answers: other_answers,
            screen: Screen::Results,
            lang: None,
        },
    );
    assert!(other.folds.is_empty());
    assert!(apply(&both, Action::Retake).folds.is_empty());
}
