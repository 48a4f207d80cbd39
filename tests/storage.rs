//! Native tests of saved progress (`storage`): its format (every screen read back, corrupt values refused with a
//! reason), then `Store`: tabs sharing one key, the revision rule, the old format, and storage that fails (two tabs
//! of one browser are two stores on one `tabs::Shared` map).
#![cfg(not(target_arch = "wasm32"))]

mod tabs;

use std::rc::Rc;

use skin_analysis::state::{Action, Rejected, Screen, State};
use skin_analysis::storage::{self, LoadError, Record, Saved};
use skin_analysis_testkit::iid as id;
use skin_analysis_testkit::walk::{apply, at_question, at_results, view_shared};
use skin_rules::{questionnaire, Answers, Lang};
use tabs::{save, stored, tab, Shared};

/// Answers the question on screen with its first choice and goes on.
fn answer(state: &State) -> State {
    let Screen::Question(question) = state.screen else {
        panic!("no question on screen: {:?}", state.screen)
    };
    let picked = if state.answers.get(question).is_some() {
        state.clone()
    } else {
        apply(
            state,
            Action::Toggle {
                question,
                choice: 0,
            },
        )
    };
    apply(&picked, Action::Next)
}

#[test]
fn every_write_is_a_new_revision_and_an_unchanged_state_writes_nothing() {
    let shared = Rc::default();
    let store = tab(&shared);
    let first = apply(&State::new(Lang::En), Action::Start);
    save(&store, &first);
    assert_eq!(stored(&shared).map(|r| r.revision), Some(1));
    save(&store, &first);
    assert_eq!(
        stored(&shared).map(|r| r.revision),
        Some(1),
        "same progress, no write"
    );
    save(&store, &answer(&first));
    assert_eq!(stored(&shared).map(|r| r.revision), Some(2));
}

#[test]
fn a_stale_tab_never_overwrites_the_result_finished_in_another() {
    let shared = Rc::default();
    let (one, two) = (tab(&shared), tab(&shared));
    // Both tabs open the quiz on question 1.
    let start = apply(&State::new(Lang::En), Action::Start);
    save(&one, &start);
    let stale = two.load(Lang::En).expect("the second tab reads it");
    // The first tab finishes the quiz, one save per step.
    let mut state = start;
    while state.screen != Screen::Results {
        state = answer(&state);
        save(&one, &state);
    }
    let result = stored(&shared).expect("saved");
    assert_eq!(result.saved.screen, Screen::Results);

    // The second tab (its storage event not handled yet) answers a question: storage keeps the result and the
    // tab takes it instead.
    let clicked = answer(&stale);
    let now = save(&two, &clicked);
    assert_eq!(stored(&shared), Some(result.clone()), "the result stays");
    assert_eq!(now.screen, Screen::Results);
    assert_eq!(now.answers, state.answers);
    // From there on both tabs agree, and the next change wins in both.
    let retaken = save(&two, &apply(&now, Action::Retake));
    assert_eq!(retaken.screen, Screen::Question(0));
    let followed = one
        .follow(Some(&storage::encode(&stored(&shared).expect("saved"))))
        .expect("the first tab follows");
    assert_eq!(followed, Saved::of(&retaken));
}

#[test]
fn a_tab_follows_only_newer_progress_of_its_quiz() {
    let shared = Rc::default();
    let (one, two) = (tab(&shared), tab(&shared));
    let results = at_results();
    save(&one, &apply(&State::new(Lang::En), Action::Start));
    save(&one, &results);
    let newest = storage::encode(&stored(&shared).expect("saved"));
    assert_eq!(two.follow(Some(&newest)), Some(Saved::of(&results)));
    // The same value again, an older one, a removed or unreadable one: nothing to follow.
    assert_eq!(two.follow(Some(&newest)), None);
    let older = storage::encode(&Record {
        revision: 1,
        saved: Saved::of(&State::new(Lang::En)),
    });
    assert_eq!(two.follow(Some(&older)), None);
    assert_eq!(two.follow(None), None);
    assert_eq!(two.follow(Some("v2|garbage")), None);
    // Following under a shared result keeps it on screen.
    let viewing = apply(&State::new(Lang::En), view_shared(results.answers.clone()));
    let newer = storage::encode(&Record {
        revision: 9,
        saved: Saved::of(&apply(&results, Action::SetLang(Lang::Ko))),
    });
    let followed = apply(
        &viewing,
        two.follow(Some(&newer)).expect("newer").into_action(),
    );
    assert!(followed.shared.is_some());
    assert_eq!(
        (followed.screen, followed.lang),
        (Screen::Results, Lang::Ko)
    );
}

#[test]
fn progress_saved_by_the_first_format_is_read_and_then_upgraded() {
    let shared: Rc<Shared> = Rc::default();
    let question = questionnaire()[1].id;
    let answers = answer(&apply(&State::new(Lang::En), Action::Start)).answers;
    let v1 = format!("v1|q:{question}|ko|{}", answers.encode());
    shared.put(&v1);
    let store = tab(&shared);
    let state = store.load(Lang::En).expect("v1 progress is read");
    assert_eq!(
        (state.screen, state.lang, state.lang_chosen),
        (Screen::Question(1), Lang::Ko, true)
    );
    assert_eq!(state.answers, answers);
    save(&store, &answer(&state));
    let upgraded = stored(&shared).expect("saved");
    assert_eq!(upgraded.revision, 1, "v1 counts as revision 0");
    assert_eq!(upgraded.saved.screen, Screen::Question(2));
}

#[test]
fn a_full_quota_keeps_the_progress_in_memory_with_one_warning() {
    let shared: Rc<Shared> = Rc::default();
    let store = tab(&shared);
    shared.full.set(true);
    let mut state = apply(&State::new(Lang::En), Action::Start);
    for _ in 0..4 {
        state = save(&store, &answer(&state));
    }
    assert_eq!(
        state.screen,
        Screen::Question(4),
        "every answer kept on screen"
    );
    assert_eq!(stored(&shared), None);
    assert_eq!(shared.warnings.borrow().len(), 1, "{:?}", shared.warnings);
    assert!(shared.warnings.borrow()[0].contains("QuotaExceededError"));
    // Room again: the next change saves everything.
    shared.full.set(false);
    state = save(&store, &answer(&state));
    let saved = stored(&shared).expect("saved once there is room");
    assert_eq!(saved.saved, Saved::of(&state));
    assert_eq!(shared.warnings.borrow().len(), 1);
}

#[test]
fn refused_storage_warns_once_and_never_stops_the_quiz() {
    let shared: Rc<Shared> = Rc::default();
    shared.refused.set(true);
    let store = tab(&shared);
    assert!(store.load(Lang::En).is_none());
    let mut state = apply(&State::new(Lang::En), Action::Start);
    while state.screen != Screen::Results {
        state = save(&store, &answer(&state));
    }
    assert_eq!(state.answers, at_results().answers);
    assert_eq!(shared.warnings.borrow().len(), 1, "{:?}", shared.warnings);
}

#[test]
fn storage_cleared_by_another_tab_loses_nothing_on_screen() {
    let shared: Rc<Shared> = Rc::default();
    let store = tab(&shared);
    let mut state = apply(&State::new(Lang::En), Action::Start);
    for _ in 0..3 {
        state = save(&store, &answer(&state));
    }
    // Another tab runs `localStorage.clear()`: its storage event carries no value.
    shared.values.borrow_mut().clear();
    assert_eq!(store.follow(None), None, "nothing to follow");
    let next = save(&store, &answer(&state));
    assert_eq!(next.screen, Screen::Question(4));
    let saved = stored(&shared).expect("the next change saves it all again");
    assert_eq!(saved.saved, Saved::of(&next));
    assert_eq!(saved.revision, 4);
    assert!(shared.warnings.borrow().is_empty());
}

#[test]
fn a_corrupt_value_is_reported_once_on_load_and_overwritten() {
    let shared: Rc<Shared> = Rc::default();
    shared.put("v2|3|results|-|nonsense");
    let store = tab(&shared);
    assert!(store.load(Lang::En).is_none());
    assert_eq!(shared.warnings.borrow().len(), 1);
    assert!(shared.warnings.borrow()[0].contains("ignoring saved quiz"));
    let state = save(&store, &apply(&State::new(Lang::En), Action::Start));
    assert_eq!(
        stored(&shared).map(|r| r.saved),
        Some(Saved::of(&state)),
        "replaced by real progress"
    );
    assert_eq!(shared.warnings.borrow().len(), 1);
}

// ---- the format ----------------------------------------------------------------------------------------------------

/// `state`'s own progress as stored at revision 7.
fn record(state: &State) -> String {
    storage::encode(&Record {
        revision: 7,
        saved: Saved::of(state),
    })
}

#[test]
fn storage_key_is_versioned_per_instance() {
    assert_eq!(storage::key(&id("blog-1")), "skin-analysis:v1:blog-1");
}

#[test]
fn storage_roundtrips_every_screen() {
    for state in [
        State::new(Lang::En),
        at_question(0),
        at_question(5),
        apply(&at_question(7), Action::SetLang(Lang::Ko)),
        at_results(),
    ] {
        let value = record(&state);
        assert!(value.starts_with("v2|7|"), "{value}");
        let restored =
            storage::restore(&value, Lang::En).unwrap_or_else(|e| panic!("{value}: {e}"));
        assert_eq!(restored.screen, state.screen);
        assert_eq!(restored.answers, state.answers);
        assert_eq!(restored.lang, state.lang);
        assert_eq!(restored.lang_chosen, state.lang_chosen);
    }
}

#[test]
fn storage_uses_the_page_language_unless_one_was_chosen() {
    let value = record(&at_question(1));
    assert_eq!(
        storage::restore(&value, Lang::Ko).map(|s| s.lang),
        Ok(Lang::Ko)
    );
    let chosen = record(&apply(&at_question(1), Action::SetLang(Lang::Ko)));
    assert!(chosen.contains("|ko|"), "{chosen}");
    assert_eq!(
        storage::restore(&chosen, Lang::En).map(|s| s.lang),
        Ok(Lang::Ko)
    );
}

#[test]
fn corrupt_storage_values_are_refused_with_a_reason() {
    let good = record(&at_results());
    let answers = good.rsplit('|').next().unwrap_or_default().to_owned();
    type Check = fn(&LoadError) -> bool;
    let cases: Vec<(String, Check)> = vec![
        (String::new(), |e| matches!(e, LoadError::Version(_))),
        (
            "v0|intro|-|1".into(),
            |e| matches!(e, LoadError::Version(v) if v == "v0"),
        ),
        ("{\"json\":true}".into(), |e| {
            matches!(e, LoadError::Version(_))
        }),
        ("v1|intro".into(), |e| *e == LoadError::Shape),
        ("v2|5".into(), |e| *e == LoadError::Shape),
        (
            format!("v2|intro|-|{answers}"),
            |e| matches!(e, LoadError::Revision(r) if r == "intro"),
        ),
        (format!("v2|+3|intro|-|{answers}"), |e| {
            matches!(e, LoadError::Revision(_))
        }),
        (format!("v2|18446744073709551616|intro|-|{answers}"), |e| {
            matches!(e, LoadError::Revision(_))
        }),
        (format!("v2|-1|intro|-|{answers}"), |e| {
            matches!(e, LoadError::Revision(_))
        }),
        (
            format!("v1|q:nope|-|{answers}"),
            |e| matches!(e, LoadError::UnknownScreen(s) if s == "q:nope"),
        ),
        (format!("v1|elsewhere|-|{answers}"), |e| {
            matches!(e, LoadError::UnknownScreen(_))
        }),
        (
            format!("v1|results|fr|{answers}"),
            |e| matches!(e, LoadError::UnknownLang(l) if l == "fr"),
        ),
        ("v1|results|-|garbage".into(), |e| {
            matches!(e, LoadError::Answers(_))
        }),
        ("v1|results|-|".into(), |e| {
            matches!(e, LoadError::Answers(_))
        }),
        (
            format!("v1|results|-|{}", Answers::default().encode()),
            |e| *e == LoadError::Unreachable(Rejected::Incomplete),
        ),
        (
            format!(
                "v1|q:{}|-|{}",
                questionnaire()[3].id,
                Answers::default().encode()
            ),
            |e| matches!(e, LoadError::Unreachable(Rejected::Unreachable(0))),
        ),
    ];
    for (value, expected) in cases {
        match storage::restore(&value, Lang::En) {
            Ok(state) => panic!("{value:?} was accepted as {state:?}"),
            Err(e) => {
                assert!(expected(&e), "{value:?}: unexpected error {e:?}");
                assert!(!e.to_string().is_empty());
            }
        }
    }
}
