//! Answers: what counts as a valid answer, the choice-button toggle, and the share code.

use skin_rules::{
    question_index, questionnaire, AnswerError, Answers, ChoiceSet, DecodeError, Question,
};

fn q(id: &str) -> usize {
    question_index(id).unwrap_or_else(|| panic!("no question {id}"))
}

fn question(id: &str) -> &'static Question {
    &questionnaire()[q(id)]
}

fn c(question_id: &str, choice_id: &str) -> usize {
    question(question_id)
        .choices
        .iter()
        .position(|c| c.id == choice_id)
        .unwrap()
}

/// The set the choice buttons make when these choices are tapped in order.
fn set(question_id: &str, choice_ids: &[&str]) -> ChoiceSet {
    choice_ids.iter().fold(ChoiceSet::default(), |set, choice| {
        set.toggled(question(question_id), c(question_id, choice))
    })
}

/// The raw bits of these choices, as a share code may carry them, valid or not.
fn mask(question_id: &str, choice_ids: &[&str]) -> u16 {
    choice_ids
        .iter()
        .fold(0, |bits, choice| bits | 1 << c(question_id, choice))
}

/// Every required question answered with its first choice.
fn complete() -> Answers {
    let mut answers = Answers::default();
    for (index, question) in questionnaire()
        .iter()
        .enumerate()
        .filter(|(_, q)| !q.optional)
    {
        answers
            .set(index, ChoiceSet::single(0))
            .unwrap_or_else(|e| panic!("{}: {e}", question.id));
    }
    answers
}

#[test]
fn choice_sets() {
    let allergies = question("allergies");
    let s = [3, 0, 2]
        .into_iter()
        .fold(ChoiceSet::default(), |s, choice| {
            s.toggled(allergies, choice)
        });
    assert_eq!(s.iter().collect::<Vec<_>>(), [0, 2, 3]);
    assert_eq!(s.len(), 3);
    assert!(s.contains(2) && !s.contains(1) && !s.contains(16) && !s.contains(usize::MAX));
    assert_eq!(ChoiceSet::single(15).iter().collect::<Vec<_>>(), [15]);
    assert!(ChoiceSet::single(16).is_empty());
    assert!(ChoiceSet::default().iter().next().is_none());
}

#[test]
fn single_choice_questions_take_exactly_one() {
    let mut answers = Answers::default();
    let skin = q("skin_feel");
    assert_eq!(answers.set(skin, set("skin_feel", &["tight"])), Ok(()));
    assert_eq!(answers.get(skin), Some(set("skin_feel", &["tight"])));
    assert!(answers.picked(skin, c("skin_feel", "tight")));
    assert_eq!(
        answers.set(skin, ChoiceSet::default()),
        Err(AnswerError::NotSingle {
            question: "skin_feel"
        })
    );
    let past = question("skin_feel").choices.len();
    assert_eq!(
        answers.set(skin, ChoiceSet::single(past)),
        Err(AnswerError::NoSuchChoice {
            question: "skin_feel",
            choice: past
        })
    );
    // A refused answer leaves the previous one.
    assert_eq!(answers.get(skin), Some(set("skin_feel", &["tight"])));
    assert_eq!(
        answers.set(99, ChoiceSet::single(0)),
        Err(AnswerError::NoSuchQuestion(99))
    );
    assert_eq!(answers.get(99), None);
}

#[test]
fn multi_select_questions_respect_max_and_exclusive_choices() {
    let mut answers = Answers::default();
    let concerns = q("concerns");
    assert_eq!(
        answers.set(concerns, set("concerns", &["dryness", "lines"])),
        Ok(())
    );
    // Sets the buttons cannot make (too many, an exclusive choice with others) come only from share codes; see
    // `bad_codes_are_refused_with_what_and_where`.
    assert_eq!(
        answers.set(concerns, ChoiceSet::default()),
        Err(AnswerError::Empty {
            question: "concerns"
        })
    );

    let allergies = q("allergies");
    assert_eq!(
        answers.set(allergies, set("allergies", &["eggs", "honey", "dairy"])),
        Ok(())
    );
    assert_eq!(answers.set(allergies, set("allergies", &["none"])), Ok(()));
}

#[test]
fn toggling_behaves_like_choice_buttons() {
    let concerns = question("concerns");
    let tap = |s: ChoiceSet, choice: &str| s.toggled(concerns, c("concerns", choice));
    let two = tap(tap(ChoiceSet::default(), "dryness"), "lines");
    assert_eq!(two, set("concerns", &["dryness", "lines"]));
    assert_eq!(
        tap(two, "pores"),
        two,
        "a third pick beyond max 2 is refused"
    );
    assert_eq!(
        tap(two, "dryness"),
        set("concerns", &["lines"]),
        "tapping a picked choice unpicks it"
    );
    assert_eq!(two.toggled(concerns, 99), two);

    let allergies = question("allergies");
    let tap = |s: ChoiceSet, choice: &str| s.toggled(allergies, c("allergies", choice));
    let some = tap(tap(ChoiceSet::default(), "eggs"), "honey");
    assert_eq!(
        tap(some, "none"),
        set("allergies", &["none"]),
        "the exclusive choice clears the others"
    );
    assert_eq!(
        tap(set("allergies", &["none"]), "dairy"),
        set("allergies", &["dairy"]),
        "and is cleared by them"
    );

    let skin = question("skin_feel");
    let tight = ChoiceSet::single(c("skin_feel", "tight"));
    assert_eq!(
        tight.toggled(skin, c("skin_feel", "shiny_all")),
        set("skin_feel", &["shiny_all"])
    );
    assert_eq!(
        tight.toggled(skin, c("skin_feel", "tight")),
        tight,
        "a single choice stays picked"
    );
}

#[test]
fn skipping_clearing_and_completeness() {
    let mut answers = complete();
    assert!(answers.is_complete());
    assert_eq!(answers.missing().count(), 0);

    assert_eq!(answers.skip(q("days")), Ok(()));
    assert_eq!(answers.get(q("days")), None);
    assert_eq!(
        answers.skip(q("makeup")),
        Err(AnswerError::Required { question: "makeup" })
    );
    assert!(
        answers.get(q("makeup")).is_some(),
        "a refused skip keeps the answer"
    );
    assert_eq!(answers.skip(99), Err(AnswerError::NoSuchQuestion(99)));

    answers.clear(q("makeup"));
    answers.clear(99);
    assert!(!answers.is_complete());
    assert_eq!(answers.missing().collect::<Vec<_>>(), [q("makeup")]);
}

#[test]
fn picking_by_id() {
    let mut answers = Answers::default();
    answers.pick_by_id("concerns", "dryness").unwrap();
    answers.pick_by_id("concerns", "pores").unwrap();
    answers.pick_by_id("concerns", "pores").unwrap();
    assert_eq!(
        answers.get(q("concerns")),
        Some(set("concerns", &["dryness", "pores"]))
    );
    assert_eq!(
        answers.pick_by_id("concerns", "lines"),
        Err(AnswerError::TooMany {
            question: "concerns",
            max: 2
        })
    );
    answers.pick_by_id("skin_feel", "tight").unwrap();
    answers.pick_by_id("skin_feel", "shiny_all").unwrap();
    assert_eq!(
        answers.get(q("skin_feel")),
        Some(set("skin_feel", &["shiny_all"])),
        "a single answer is replaced"
    );
    answers.pick_by_id("allergies", "eggs").unwrap();
    assert_eq!(
        answers.pick_by_id("allergies", "none"),
        Err(AnswerError::NotAlone {
            question: "allergies",
            choice: "none"
        })
    );

    let unknown = answers.pick_by_id("breakout", "rarely").unwrap_err();
    assert_eq!(unknown, AnswerError::UnknownQuestion("breakout".into()));
    assert_eq!(unknown.to_string(), "question `breakout` does not exist");
    let unknown = answers.pick_by_id("sensitivity", "reactve").unwrap_err();
    assert_eq!(
        unknown.to_string(),
        "question `sensitivity` has no choice `reactve`"
    );
}

#[test]
fn error_messages_name_the_ids() {
    let messages = [
        (
            AnswerError::TooMany {
                question: "concerns",
                max: 2,
            },
            "question `concerns` takes at most 2 answers",
        ),
        (
            AnswerError::NotAlone {
                question: "allergies",
                choice: "none",
            },
            "answer `none` to question `allergies` cannot be combined with other answers",
        ),
        (
            AnswerError::Required { question: "makeup" },
            "question `makeup` cannot be skipped",
        ),
    ];
    for (error, message) in messages {
        assert_eq!(error.to_string(), message);
    }
    let error = DecodeError::InvalidAnswer {
        question: "breakouts",
        error: AnswerError::NotSingle {
            question: "breakouts",
        },
    };
    assert!(error.to_string().contains("`breakouts`"), "{error}");
    assert!(std::error::Error::source(&error).is_some());
}

#[test]
fn codes_round_trip() {
    let mut partial = Answers::default();
    partial.pick_by_id("concerns", "redness").unwrap();
    partial.pick_by_id("concerns", "lines").unwrap();
    let mut full = complete();
    full.pick_by_id("skin_feel", "shiny_all").unwrap();
    full.set(q("allergies"), set("allergies", &["none"]))
        .unwrap();
    full.pick_by_id("health", "pregnant").unwrap();
    full.pick_by_id("health", "slow_sore").unwrap();
    full.pick_by_id("days", "humid").unwrap();
    // The last choice of every question, to exercise the highest bits.
    let mut last = Answers::default();
    for (index, question) in questionnaire().iter().enumerate() {
        last.set(index, ChoiceSet::single(question.choices.len() - 1))
            .unwrap();
    }

    for answers in [Answers::default(), partial, complete(), full, last] {
        let code = answers.encode();
        assert!(
            code.chars()
                .all(|c| c.is_ascii_alphanumeric() || "-_~".contains(c)),
            "{code}"
        );
        assert_eq!(Answers::decode(&code), Ok(answers), "{code}");
    }
}

#[test]
fn codes_are_compact() {
    let code = complete().encode();
    // The version and the number of questions, then one character per question, or two or three for a multi-select
    // one's several choices.
    assert!(code.len() <= 2 + 2 * questionnaire().len(), "{code}");
    assert!(code.starts_with('2'));
    assert_eq!(
        Answers::default().encode(),
        format!("2{}{}", number(slots() as u32), "-".repeat(slots()))
    );
}

/// How many questions an answer code has room for: every question ever released, and any new one.
fn slots() -> usize {
    Answers::default().encode().matches('-').count()
}

#[test]
fn bad_codes_are_refused_with_what_and_where() {
    let good = complete().encode();
    let first = questionnaire()[0].id;

    assert_eq!(
        Answers::decode(""),
        Err(DecodeError::UnknownVersion { found: None })
    );
    assert_eq!(
        Answers::decode(&good.replacen('2', "3", 1)),
        Err(DecodeError::UnknownVersion { found: Some('3') })
    );
    // More questions than this release has: a newer release's code, never read in part.
    let newer = format!("2{}{}-", number(slots() as u32 + 1), &good[2..]);
    assert_eq!(
        Answers::decode(&newer),
        Err(DecodeError::Newer { question: None })
    );
    assert_eq!(
        Answers::decode(&format!("{good}-")),
        Err(DecodeError::TooLong {
            position: good.len()
        })
    );
    let last = &good[..good.len() - 1];
    assert!(
        matches!(Answers::decode(last), Err(DecodeError::Truncated { .. })),
        "a cut code is never read as one with fewer questions"
    );
    assert_eq!(
        Answers::decode("2A"),
        Err(DecodeError::Truncated { question: first })
    );
    for bad in ['!', '.', '한'] {
        let code = format!("{}{bad}{}", &good[..2], &good[3..]);
        assert_eq!(
            Answers::decode(&code),
            Err(DecodeError::InvalidChar {
                position: 2,
                found: bad
            }),
            "{code}"
        );
    }
    // A choice number this release does not know: skin_feel has had four choices.
    assert_eq!(
        Answers::decode(&code_with("skin_feel", &number(1 << 4))),
        Err(DecodeError::Newer {
            question: Some("skin_feel")
        })
    );
    let invalid = [
        (
            "skin_feel",
            mask("skin_feel", &["tight", "comfortable"]),
            AnswerError::NotSingle {
                question: "skin_feel",
            },
        ),
        (
            "concerns",
            mask("concerns", &["dryness", "lines", "pores"]),
            AnswerError::TooMany {
                question: "concerns",
                max: 2,
            },
        ),
        (
            "allergies",
            mask("allergies", &["eggs", "none"]),
            AnswerError::NotAlone {
                question: "allergies",
                choice: "none",
            },
        ),
        ("health", 0, AnswerError::Empty { question: "health" }),
    ];
    for (question, bits, error) in invalid {
        let code = code_with(question, &number(u32::from(bits)));
        assert_eq!(
            Answers::decode(&code),
            Err(DecodeError::InvalidAnswer { question, error }),
            "{code}"
        );
    }
}

/// Where question `id`'s answer is in a code (after the version character and the number of questions, one
/// character while there are fewer than 32).
fn at(id: &str) -> usize {
    let mut answers = Answers::default();
    answers.set(q(id), ChoiceSet::single(0)).unwrap();
    2 + answers.encode()[2..].find(|c| c != '-').unwrap()
}

/// A code with only question `id` answered, by the raw characters `answer`.
fn code_with(id: &str, answer: &str) -> String {
    let empty = Answers::default().encode();
    let at = at(id);
    format!("{}{answer}{}", &empty[..at], &empty[at + 1..])
}

/// A set of choice numbers as the format writes it: five bits a character, lowest first, the last from `0-9a-v`.
fn number(mut bits: u32) -> String {
    const LAST: &[u8; 32] = b"0123456789abcdefghijklmnopqrstuv";
    const MORE: &[u8; 32] = b"ABCDEFGHIJKLMNOPQRSTUVWXYZwxyz_~";
    let mut code = String::new();
    while bits >= 32 {
        code.push(char::from(MORE[(bits & 31) as usize]));
        bits >>= 5;
    }
    code.push(char::from(LAST[bits as usize]));
    code
}
