//! Fuzzing every boundary where outside text reaches the widget, natively with proptest: share-link fragments,
//! saved state (and two tabs sharing it), the reader's history, and the placeholder's `data-*` attributes. Each target feeds random and
//! mutated-valid input, requires that nothing panics, that every refusal is a typed error, and that each format
//! reads back what it writes.
//!
//! `cargo test` runs a fixed-seed 20,000 cases a target; `cargo xtask fuzz` runs each with 1,000,000 and a fresh seed
//! (`skin_analysis_fuzzkit::config`).
#![cfg(not(target_arch = "wasm32"))]

mod tabs;

use std::rc::Rc;

use proptest::prelude::*;
use skin_analysis::config::{Config, InstanceId, Theme, MAX_ID_LEN};
use skin_analysis::history::{Entry, History, HistoryStore, MAX_ENTRIES};
use skin_analysis::kept::Format;
use skin_analysis::share::{fragment, parse_fragment, ShareError, PREFIX};
use skin_analysis::state::{Action, Fold, Screen, State};
use skin_analysis::storage::{self, Record, Saved};
use skin_analysis_fuzzkit::answers;
use skin_rules::{questionnaire, Answers, ChoiceSet, Lang};

/// Codes of earlier builds a history may hold: a development build's before 0.1.0 (kept as a date only), and the
/// released 0.1.0's (`fixtures/v0.1.0`, read forward).
const EARLIER: [&str; 3] = [
    "1s91104060121-00gg",
    "1e102h00111110211401",
    "1e1200012g0002-00g20",
];

// ---- generators ---------------------------------------------------------------------------------------------------

/// Valid answers that complete the quiz (every required question answered).
fn complete_answers() -> impl Strategy<Value = Answers> {
    (answers(), any::<u16>()).prop_map(|(mut answers, pick)| {
        for question in answers.missing().collect::<Vec<_>>() {
            let choices = questionnaire()[question].choices.len();
            let _ = answers.set(question, ChoiceSet::single(usize::from(pick) % choices));
        }
        answers
    })
}

fn instance_id() -> impl Strategy<Value = InstanceId> {
    proptest::string::string_regex(&format!("[A-Za-z0-9_-]{{1,{MAX_ID_LEN}}}"))
        .expect("a valid pattern")
        .prop_map(|id| InstanceId::parse(&id).expect("generated from the allowed characters"))
}

/// One edit of a string: insert, delete or replace a character, or cut it short.
#[derive(Clone, Debug)]
enum Edit {
    Insert(usize, char),
    Delete(usize),
    Replace(usize, char),
    Truncate(usize),
}

/// Characters that matter to the formats (separators, the alphabet's edges) more often than any other.
fn interesting_char() -> impl Strategy<Value = char> {
    prop_oneof![
        prop::sample::select(vec![
            '|', '.', '#', '=', ':', '-', '0', '1', '9', 'a', 'v', 'w', 'z', 'A', '+', ' ', '\0',
            'é', '가',
        ]),
        any::<char>(),
    ]
}

fn edits() -> impl Strategy<Value = Vec<Edit>> {
    let edit = prop_oneof![
        (any::<usize>(), interesting_char()).prop_map(|(at, c)| Edit::Insert(at, c)),
        any::<usize>().prop_map(Edit::Delete),
        (any::<usize>(), interesting_char()).prop_map(|(at, c)| Edit::Replace(at, c)),
        any::<usize>().prop_map(Edit::Truncate),
    ];
    prop::collection::vec(edit, 1..4)
}

fn mutate(text: &str, edits: &[Edit]) -> String {
    let mut chars: Vec<char> = text.chars().collect();
    for edit in edits {
        let at = |i: usize, len: usize| if len == 0 { 0 } else { i % len };
        match *edit {
            Edit::Insert(i, c) => chars.insert(at(i, chars.len() + 1), c),
            Edit::Delete(i) if !chars.is_empty() => {
                chars.remove(at(i, chars.len()));
            }
            Edit::Replace(i, c) if !chars.is_empty() => {
                let i = at(i, chars.len());
                chars[i] = c;
            }
            Edit::Truncate(i) => chars.truncate(at(i, chars.len() + 1)),
            Edit::Delete(_) | Edit::Replace(..) => {}
        }
    }
    chars.into_iter().collect()
}

/// A visitor's clicks, as indices interpreted against the state they meet (see [`act`]).
fn clicks() -> impl Strategy<Value = Vec<(u8, u8)>> {
    prop::collection::vec((any::<u8>(), any::<u8>()), 0..60)
}

/// The action click `(kind, value)` stands for in `state`: mostly answering and going on, as visitors do, with
/// every other action (out-of-range ones included) now and then.
fn act(state: &State, (kind, value): (u8, u8)) -> Action {
    let value = usize::from(value);
    let shown = match state.screen {
        Screen::Question(q) => q,
        _ => value % (questionnaire().len() + 1),
    };
    match kind % 16 {
        0..=5 => Action::Toggle {
            question: shown,
            choice: value % 17,
        },
        6..=9 => Action::Next,
        10 => Action::Start,
        11 => Action::Back,
        12 => Action::Skip,
        13 => Action::Edit(value % (questionnaire().len() + 1)),
        14 => Action::SetLang(Lang::ALL[value % Lang::ALL.len()]),
        _ if value % 3 == 0 => Action::Retake,
        _ => Action::ToggleFold(Fold::ALL[value % Fold::ALL.len()]),
    }
}

/// The state after `clicks` from a fresh quiz, through the reducer (refused clicks change nothing, as on screen).
fn play(clicks: &[(u8, u8)]) -> State {
    clicks.iter().fold(State::new(Lang::En), |state, &click| {
        let action = act(&state, click);
        state.apply(action).unwrap_or(state)
    })
}

// ---- targets ------------------------------------------------------------------------------------------------------

proptest! {
    #![proptest_config(skin_analysis_fuzzkit::config())]

    /// Share-link fragments: a link made for an instance reads back in it and in no other; random and damaged
    /// fragments never panic, concern only the instance they name, and give complete answers or a typed error.
    #[test]
    fn share_codes(
        id in instance_id(),
        other in instance_id(),
        answers in complete_answers(),
        edits in edits(),
        random in ".{0,80}",
    ) {
        let link = fragment(&id, &answers);
        let answers_of = |hash: &str| parse_fragment(hash, &id).map(|found| found.map(|read| read.answers));
        prop_assert_eq!(answers_of(&format!("#{link}")), Some(Ok(answers.clone())));
        prop_assert_eq!(answers_of(&link), Some(Ok(answers)));
        if other != id {
            prop_assert_eq!(parse_fragment(&link, &other), None);
        }
        for hash in [mutate(&link, &edits), random.clone(), format!("{PREFIX}{random}")] {
            let Some(found) = parse_fragment(&hash, &id) else {
                continue;
            };
            let rest = hash.strip_prefix('#').unwrap_or(&hash).strip_prefix(PREFIX);
            let named = rest.map(|rest| rest.split('.').next().unwrap_or(rest));
            prop_assert_eq!(named, Some(id.as_str()), "only the named instance answers: {:?}", hash);
            match found {
                Ok(read) => {
                    prop_assert!(read.is_complete_but_for_upgrades());
                    // What a link reads as, it also writes as (today's code has every question).
                    if read.answers.is_complete() {
                        prop_assert_eq!(answers_of(&fragment(&id, &read.answers)), Some(Ok(read.answers)));
                    }
                }
                Err(err @ (ShareError::Shape | ShareError::Answers(_) | ShareError::Incomplete)) => {
                    prop_assert!(!err.to_string().is_empty());
                }
            }
        }
    }

    /// Saved state: every state a visitor can reach reads back the same at any revision; random and damaged
    /// values never panic and either are refused with a reason or restore a state that saves back to themselves.
    #[test]
    fn saved_state(
        clicks in clicks(),
        revision in prop_oneof![Just(0u64), Just(u64::MAX), any::<u64>()],
        edits in edits(),
        random in ".{0,80}",
    ) {
        let state = play(&clicks);
        let record = Record { revision, saved: Saved::of(&state) };
        let value = storage::encode(&record);
        prop_assert_eq!(storage::decode(&value), Ok(record));
        let restored = storage::restore(&value, Lang::En).map_err(|e| e.to_string());
        prop_assert_eq!(restored.map(|s| Saved::of(&s)), Ok(Saved::of(&state)));

        for value in [mutate(&value, &edits), random.clone(), format!("v2|{random}"), format!("v1|{random}")] {
            match storage::decode(&value) {
                Ok(read) => {
                    prop_assert_eq!(storage::decode(&storage::encode(&read)), Ok(read.clone()));
                    if let Ok(state) = read.saved.clone().into_state(Lang::Ko) {
                        prop_assert_eq!(Saved::of(&state), read.saved);
                    }
                }
                Err(err) => prop_assert!(!err.to_string().is_empty()),
            }
        }
    }

    /// Two tabs of one quiz, opened on any stored value, clicking and hearing each other's `storage` events in any interleaving: storage's
    /// revision only grows, no tab writes over newer progress, and once every event is heard both tabs show what
    /// storage holds.
    #[test]
    fn tabs(
        before in prop_oneof![
            Just(None),
            (clicks(), any::<u64>()).prop_map(|(clicks, revision)| Some(storage::encode(&Record {
                revision: revision >> 1,
                saved: Saved::of(&play(&clicks)),
            }))),
            ".{0,40}".prop_map(Some),
        ],
        steps in prop::collection::vec((any::<bool>(), any::<bool>(), any::<(u8, u8)>()), 0..80),
    ) {
        let shared: Rc<tabs::Shared> = Rc::default();
        if let Some(value) = &before {
            shared.put(value);
        }
        let stores = [tabs::tab(&shared), tabs::tab(&shared)];
        let mut states = [0, 1].map(|t| stores[t].load(Lang::En).unwrap_or_else(|| State::new(Lang::En)));
        let mut heard = [0usize; 2];
        let mut revision = 0;
        // Tab `t` handles the next storage event written by the other tab, if any.
        let hear = |t: usize, heard: &mut [usize; 2], states: &mut [State; 2]| -> bool {
            let writes = shared.writes.borrow();
            let Some(offset) = writes[heard[t]..].iter().position(|(by, _)| *by != t) else {
                heard[t] = writes.len();
                return false;
            };
            let value = writes[heard[t] + offset].1.clone();
            heard[t] += offset + 1;
            drop(writes);
            if let Some(newer) = stores[t].follow(Some(&value)) {
                let followed = states[t].apply(newer.into_action()).unwrap_or(states[t].clone());
                states[t] = tabs::save(&stores[t], &followed);
            }
            true
        };
        for (second, listen, click) in steps {
            let t = usize::from(second);
            if listen {
                hear(t, &mut heard, &mut states);
            } else {
                let state = &states[t];
                let next = state.apply(act(state, click)).unwrap_or(state.clone());
                if Saved::of(&next) != Saved::of(state) {
                    states[t] = tabs::save(&stores[t], &next);
                } else {
                    states[t] = next;
                }
            }
            let now = tabs::stored(&shared).map_or(0, |r| r.revision);
            prop_assert!(now >= revision, "revision went back from {} to {}", revision, now);
            revision = now;
        }
        while hear(0, &mut heard, &mut states) | hear(1, &mut heard, &mut states) {}
        let wrote = !shared.writes.borrow().is_empty();
        if let (Some(stored), true) = (tabs::stored(&shared), wrote) {
            prop_assert_eq!(Saved::of(&states[0]), stored.saved.clone());
            prop_assert_eq!(Saved::of(&states[1]), stored.saved);
        }
    }

    /// The reader's history: any history (answers of this questionnaire, codes of another one) reads back; random
    /// and damaged values never panic and are refused with a reason or read as at most a dozen entries that write
    /// back to themselves; a store opened on any value still records the next result.
    #[test]
    fn history(
        entries in prop::collection::vec((any::<u32>(), prop::option::of(complete_answers())), 0..=MAX_ENTRIES),
        earlier in prop::sample::select(EARLIER.to_vec()),
        edits in edits(),
        random in ".{0,80}",
        day in any::<u32>(),
        now in complete_answers(),
    ) {
        let history = entries.into_iter().fold(History::default(), |history, (day, answers)| {
            let entry = match answers {
                Some(answers) => Entry::new(day, &answers),
                // A development build's code, or 0.1.0's, read forward.
                None => History::decode(&format!("h1|{day}.{earlier}"))
                    .expect("an earlier code reads")
                    .entries()[0]
                    .clone(),
            };
            history.with(entry).unwrap_or(history)
        });
        let value = history.encode();
        prop_assert_eq!(History::decode(&value), Ok(history.clone()));

        for value in [mutate(&value, &edits), random.clone(), format!("h1|{random}"), format!("h1|1.{random}")] {
            match History::decode(&value) {
                Ok(read) => {
                    prop_assert!(read.entries().len() <= MAX_ENTRIES);
                    prop_assert_eq!(History::decode(&read.encode()), Ok(read.clone()));
                }
                Err(err) => prop_assert!(!err.to_string().is_empty()),
            }
            let shared: Rc<tabs::Shared> = Rc::default();
            let id = InstanceId::parse("tabs").expect("a valid id");
            shared.values.borrow_mut().insert(HistoryStore::key_of(&id), value.clone());
            let store = HistoryStore::with_backend(&id, tabs::backend(&shared));
            let entry = Entry::new(day, &now);
            let shown = store.append(&store.load(), entry.clone());
            prop_assert_eq!(shown.entries().last(), Some(&entry));
            let stored = shared.get(&HistoryStore::key_of(&id));
            prop_assert_eq!(stored.map(|v| History::decode(&v)), Some(Ok(shown)));
            prop_assert!(shared.warnings.borrow().len() <= 1);
        }
    }

    /// The placeholder's `data-*` attributes: any values give a config and exactly one warning per value that was
    /// given and refused; accepted values mean what they say.
    #[test]
    fn attributes(
        values in prop::collection::vec(
            prop::option::of(prop_oneof![
                prop::sample::select(vec![
                    "en", "ko", "KO-kr", "en_US", "fr", "auto", "light", "DARK", "sepia", "default", "blog-1",
                    "pores", "redness", "none", " ko ", "", "a.b", "x y",
                ]).prop_map(str::to_owned),
                "[A-Za-z0-9_ -]{0,70}",
                ".{0,40}",
            ]),
            4,
        ),
    ) {
        let names = ["data-lang", "data-theme", "data-id", "data-focus"];
        let read = |name: &str| names.iter().position(|n| *n == name).and_then(|i| values[i].clone());
        let (config, warnings) = Config::from_attributes(read);
        let given = |i: usize| values[i].as_deref().map(str::trim).filter(|v| !v.is_empty());
        for (i, name) in names.iter().enumerate() {
            let warned = warnings.iter().filter(|w| w.attribute == *name).count();
            let accepted = match (i, given(i)) {
                (_, None) => true,
                (0, Some(v)) => config.lang == Lang::from_tag(v) && config.lang.is_some(),
                (1, Some(v)) => config.theme.as_str().eq_ignore_ascii_case(v),
                (2, Some(v)) => config.instance_id == v,
                (_, Some(v)) => config.focus.is_some_and(|index| {
                    questionnaire()[skin_rules::question_index("concerns").expect("concerns")].choices[index]
                        .id
                        .eq_ignore_ascii_case(v)
                }),
            };
            prop_assert_eq!(warned, usize::from(!accepted), "{}={:?}", name, values[i]);
            if !accepted {
                let defaults = Config::default();
                let kept = match i {
                    0 => config.lang == defaults.lang,
                    1 => config.theme == Theme::Auto,
                    2 => config.instance_id == defaults.instance_id,
                    _ => config.focus.is_none(),
                };
                prop_assert!(kept, "{}: the default stays", name);
            }
        }
        for warning in &warnings {
            prop_assert!(warning.to_string().contains(warning.attribute));
        }
        // Whatever id was accepted is safe where ids go: a storage key and a share fragment that reads back.
        prop_assert_eq!(InstanceId::parse(config.instance_id.as_str()), Some(config.instance_id.clone()));
        prop_assert!(!config.instance_id.as_str().contains(['.', '|', '#', ' ']));
    }
}
