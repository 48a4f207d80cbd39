//! Native tests of the reader's history (`history`): its format and typed refusals, the store shared by tabs,
//! storage that fails, the dates; and of the check-in reminder's calendar file (`reminder`).
#![cfg(not(target_arch = "wasm32"))]

// Shared with `storage.rs` and `fuzz.rs`; this file uses only its storage, not its progress helpers.
#[allow(dead_code)]
mod tabs;

use std::rc::Rc;

use skin_analysis::config::InstanceId;
use skin_analysis::history::{
    date_text, local_day, Entry, EntryError, History, HistoryError, HistoryStore, Kept,
    MAX_ENTRIES, MAX_LEN,
};
use skin_analysis::kept::Format;
use skin_analysis::reminder::{data_url, Reminder, WEEKS};
use skin_rules::{questionnaire, Answers, ChoiceSet, DecodeError, Lang};
use tabs::Shared;

fn id() -> InstanceId {
    InstanceId::parse("tabs").expect("a valid id")
}

/// Complete answers: choice `pick` (or the last one) of every question.
fn answers(pick: usize) -> Answers {
    let mut answers = Answers::default();
    for (index, question) in questionnaire().iter().enumerate() {
        let choice = pick.min(question.choices.len() - 1);
        answers
            .set(index, ChoiceSet::single(choice))
            .expect("a single choice is valid");
    }
    answers
}

fn entry(day: u32, pick: usize) -> Entry {
    Entry::new(day, &answers(pick))
}

/// A code of a development build before 0.1.0: format `1` with another questionnaire's fingerprint.
const EARLIER: &str = "1s91104060121-00gg";

fn stored(shared: &Shared) -> Option<String> {
    shared.get(&HistoryStore::key_of(&id()))
}

/// A history of these entries, oldest first.
fn history_of(entries: &[(u32, usize)]) -> History {
    entries
        .iter()
        .try_fold(History::default(), |history, &(day, pick)| {
            history.with(entry(day, pick))
        })
        .expect("added")
}

fn store(shared: &Rc<Shared>) -> HistoryStore {
    HistoryStore::with_backend(&id(), tabs::backend(shared))
}

#[test]
fn the_format_reads_back_what_it_writes_newest_last() {
    let history = history_of(&[(20_000, 0), (20_035, 1)]);
    let value = history.encode();
    assert_eq!(
        value,
        format!(
            "h1|20000.{}|20035.{}",
            answers(0).encode(),
            answers(1).encode()
        )
    );
    assert_eq!(History::decode(&value), Ok(history.clone()));
    assert_eq!(history.entries().last(), Some(&entry(20_035, 1)));
    assert_eq!(History::decode("h1"), Ok(History::default()));
}

#[test]
fn an_entry_of_another_questionnaire_is_kept_as_written_and_never_read_as_answers() {
    assert_eq!(
        Answers::decode(EARLIER),
        Err(DecodeError::OtherQuestionnaire)
    );
    let value = format!("h1|19000.{EARLIER}|20000.{}", answers(1).encode());
    let history = History::decode(&value).expect("reads");
    assert_eq!(history.entries()[0].kept, Kept::EarlierQuiz);
    assert_eq!(history.entries()[0].answers(), None);
    assert_eq!(history.encode(), value, "written back unchanged");
}

#[test]
fn damaged_or_oversized_values_are_refused_with_a_reason() {
    let good = answers(0).encode();
    let cases = [
        ("h2|1.x".to_owned(), HistoryError::Version("h2".into())),
        (String::new(), HistoryError::Version(String::new())),
        (
            format!("h1|{good}"),
            HistoryError::Entry {
                index: 0,
                error: EntryError::Shape,
            },
        ),
        (
            format!("h1|+1.{good}"),
            HistoryError::Entry {
                index: 0,
                error: EntryError::Day("+1".into()),
            },
        ),
        (
            format!("h1|1.{good}|99999999999.{good}"),
            HistoryError::Entry {
                index: 1,
                error: EntryError::Day("99999999999".into()),
            },
        ),
        (
            "h1|1.".to_owned(),
            HistoryError::Entry {
                index: 0,
                error: EntryError::Answers(DecodeError::UnknownVersion { found: None }),
            },
        ),
        // Another questionnaire's fingerprint, followed by what no code holds.
        (
            format!("h1|1.{}!!", &EARLIER[..3]),
            HistoryError::Entry {
                index: 0,
                error: EntryError::Answers(DecodeError::OtherQuestionnaire),
            },
        ),
        (
            format!("h1|1.{good}x"),
            HistoryError::Entry {
                index: 0,
                error: EntryError::Answers(DecodeError::TooLong {
                    position: good.len(),
                }),
            },
        ),
        // A newer release's code format (after a downgrade): the whole history is refused, never read in part.
        (
            format!("h1|1.{good}|2.3abc"),
            HistoryError::Entry {
                index: 1,
                error: EntryError::Answers(DecodeError::UnknownVersion { found: Some('3') }),
            },
        ),
        (
            format!("h1{}", format!("|1.{good}").repeat(MAX_ENTRIES + 1)),
            HistoryError::TooMany(MAX_ENTRIES + 1),
        ),
        (
            format!("h1|{}", "9".repeat(MAX_LEN)),
            HistoryError::TooLong(MAX_LEN + 3),
        ),
    ];
    for (value, expected) in cases {
        let refused = History::decode(&value);
        assert_eq!(refused, Err(expected), "{value:?}");
        assert!(!refused.unwrap_err().to_string().is_empty());
    }
}

#[test]
fn the_history_keeps_the_newest_dozen_and_adds_a_result_once() {
    let mut history = History::default();
    for day in 0..20 {
        history = history
            .with(entry(day, day as usize % 3))
            .expect("a new result");
    }
    assert_eq!(history.entries().len(), MAX_ENTRIES);
    assert_eq!(
        history.entries()[0].day,
        20 - MAX_ENTRIES as u32,
        "the oldest went first"
    );
    assert_eq!(
        history.with(entry(19, 19 % 3)),
        None,
        "the same result the same day again: nothing to add"
    );
    assert!(
        history.with(entry(20, 19 % 3)).is_some(),
        "the same answers another day: a check-in"
    );
}

#[test]
fn a_result_is_compared_with_the_one_before_it() {
    let history = history_of(&[(1, 0), (30, 1)]);
    // On screen: the newest result; compared with the one before.
    assert_eq!(history.before(&answers(1)), Some(&entry(1, 0)));
    // On screen: a result not recorded (yet): compared with the newest.
    assert_eq!(history.before(&answers(2)), Some(&entry(30, 1)));
    let one = history_of(&[(1, 0)]);
    assert_eq!(
        one.before(&answers(0)),
        None,
        "a first result has nothing to compare with"
    );
}

#[test]
fn two_tabs_add_to_one_history_and_forget_it_together() {
    let shared: Rc<Shared> = Rc::default();
    let (one, two) = (store(&shared), store(&shared));
    let shown_one = one.append(&History::default(), entry(10, 0));
    // The second tab shows an older (empty) history: appending keeps what the first tab added.
    let shown_two = two.append(&History::default(), entry(12, 1));
    assert_eq!(shown_two.entries(), &[entry(10, 0), entry(12, 1)]);
    assert_eq!(
        stored(&shared).as_deref().map(History::decode),
        Some(Ok(shown_two.clone()))
    );
    // The first tab follows the storage event.
    assert_eq!(
        HistoryStore::follow(stored(&shared).as_deref()),
        Some(shown_two.clone())
    );
    assert_ne!(shown_one, shown_two);
    // The same result again (a reload, the other tab following): nothing written.
    let writes = shared.writes.borrow().len();
    assert_eq!(one.append(&shown_two, entry(12, 1)), shown_two);
    assert_eq!(shared.writes.borrow().len(), writes);

    // Forgetting removes exactly the history key; the other tab's event (no value) empties its history too.
    shared
        .values
        .borrow_mut()
        .insert("skin-analysis:v1:tabs".into(), "v2|1|intro|-|1".into());
    two.forget();
    assert_eq!(stored(&shared), None);
    assert!(
        shared.values.borrow().contains_key("skin-analysis:v1:tabs"),
        "the progress stays"
    );
    assert_eq!(HistoryStore::follow(None), Some(History::default()));
    assert_eq!(
        HistoryStore::follow(Some("garbage")),
        None,
        "an unreadable value changes nothing"
    );
    assert_eq!(one.load(), History::default());
    assert!(shared.warnings.borrow().is_empty());
}

#[test]
fn a_corrupt_or_oversized_history_is_ignored_with_one_warning_and_replaced() {
    for value in [
        "h1|nonsense".to_owned(),
        format!("h1|{}", "1".repeat(MAX_LEN + 1)),
    ] {
        let shared: Rc<Shared> = Rc::default();
        shared
            .values
            .borrow_mut()
            .insert(HistoryStore::key_of(&id()), value);
        let store = store(&shared);
        assert_eq!(store.load(), History::default());
        let shown = store.append(&History::default(), entry(5, 0));
        assert_eq!(shown.entries(), &[entry(5, 0)]);
        assert_eq!(
            stored(&shared).as_deref().map(History::decode),
            Some(Ok(shown))
        );
        assert_eq!(shared.warnings.borrow().len(), 1, "{:?}", shared.warnings);
        assert!(shared.warnings.borrow()[0].contains("ignoring the stored history"));
    }
}

#[test]
fn storage_that_throws_keeps_the_history_in_memory() {
    let shared: Rc<Shared> = Rc::default();
    shared.refused.set(true);
    let store = store(&shared);
    assert_eq!(store.load(), History::default());
    let first = store.append(&History::default(), entry(1, 0));
    let second = store.append(&first, entry(2, 1));
    assert_eq!(second.entries(), &[entry(1, 0), entry(2, 1)]);
    store.forget();
    // The quiz's own store reports storage that throws, once for the page; the history adds no warning.
    assert!(shared.warnings.borrow().is_empty(), "{:?}", shared.warnings);
    // Room again: the next result saves the history shown.
    shared.refused.set(false);
    let third = store.append(&second, entry(3, 2));
    assert_eq!(
        stored(&shared).as_deref().map(History::decode),
        Some(Ok(third))
    );
}

#[test]
fn days_are_local_dates() {
    // 2026-12-07 00:30 UTC is still the 6th in New York (UTC-5) and already the 7th in Seoul (UTC+9).
    let ms = 20_794.0 * 86_400_000.0 + 30.0 * 60_000.0;
    assert_eq!(local_day(ms, -300.0), 20_793);
    assert_eq!(local_day(ms, 540.0), 20_794);
    assert_eq!(local_day(-1.0, 0.0), 0);
    assert_eq!(local_day(f64::NAN, 0.0), 0);
    assert_eq!(date_text(20_794, Lang::En), "7 December 2026");
    assert_eq!(date_text(20_794, Lang::Ko), "2026년 12월 7일");
}

// ---- the reminder -------------------------------------------------------------------------------------------------

/// The content lines of an iCalendar file, unfolded, after checking RFC 5545's line rules: CRLF endings only, at most
/// 75 octets a line, continuation lines starting with a space, no control character but tab.
fn unfold(ics: &str) -> Vec<String> {
    assert!(ics.ends_with("\r\n"), "ends with CRLF");
    let mut lines: Vec<String> = Vec::new();
    for line in ics[..ics.len() - 2].split("\r\n") {
        assert!(line.len() <= 75, "{} octets: {line:?}", line.len());
        assert!(
            !line.chars().any(|c| c.is_control() && c != '\t'),
            "a control character in {line:?}"
        );
        match line.strip_prefix(' ') {
            Some(rest) => lines
                .last_mut()
                .expect("a continuation follows a line")
                .push_str(rest),
            None => lines.push(line.to_owned()),
        }
    }
    lines
}

/// Checks each content line's grammar (`name[;param=value]:value`, names in capitals, digits and dashes), the
/// nesting of BEGIN/END and the properties each component must have exactly once; returns (name, value) pairs.
fn validate(ics: &str) -> Vec<(String, String)> {
    let mut stack: Vec<String> = Vec::new();
    let mut seen: Vec<Vec<String>> = vec![Vec::new()];
    let mut props = Vec::new();
    let required = |component: &str| -> &[&str] {
        match component {
            "VCALENDAR" => &["PRODID", "VERSION"],
            "VEVENT" => &["UID", "DTSTAMP", "DTSTART"],
            "VALARM" => &["ACTION", "TRIGGER", "DESCRIPTION"],
            other => panic!("unexpected component {other}"),
        }
    };
    for line in unfold(ics) {
        let (head, value) = line
            .split_once(':')
            .unwrap_or_else(|| panic!("no ':' in {line:?}"));
        let name = head.split(';').next().expect("a name");
        assert!(
            !name.is_empty()
                && name
                    .bytes()
                    .all(|b| b.is_ascii_uppercase() || b.is_ascii_digit() || b == b'-'),
            "{name:?}"
        );
        match name {
            "BEGIN" => {
                stack.push(value.to_owned());
                seen.push(Vec::new());
            }
            "END" => {
                assert_eq!(stack.pop().as_deref(), Some(value), "END matches BEGIN");
                let names = seen.pop().expect("a level");
                for needed in required(value) {
                    assert_eq!(
                        names.iter().filter(|n| n == needed).count(),
                        1,
                        "{value} has one {needed}"
                    );
                }
            }
            _ => {
                assert!(!stack.is_empty(), "{name} outside any component");
                seen.last_mut().expect("a level").push(name.to_owned());
                props.push((name.to_owned(), value.to_owned()));
            }
        }
    }
    assert!(stack.is_empty(), "every BEGIN ends");
    assert!(ics.starts_with("BEGIN:VCALENDAR\r\n") && ics.ends_with("END:VCALENDAR\r\n"));
    props
}

fn value<'a>(props: &'a [(String, String)], name: &str) -> &'a str {
    &props
        .iter()
        .find(|(n, _)| n == name)
        .unwrap_or_else(|| panic!("no {name}"))
        .1
}

#[test]
fn the_reminder_is_a_valid_calendar_four_weeks_ahead_with_an_alarm() {
    let now_secs = 20_794 * 86_400 + 2 * 3_600 + 47 * 60 + 5;
    let reminder = Reminder {
        summary: "Check in: What does your skin need?",
        url: "https://blog.example/posts/glass-skin/?utm=a,b;c#skin-analysis=default.1abc",
        now_secs,
        today: 20_794,
        instance_id: "default",
    };
    let ics = reminder.calendar();
    let props = validate(&ics);
    assert_eq!(WEEKS, 4);
    let uid = format!("check-in-default-{now_secs}@skin-analysis");
    for (name, expected) in [
        ("VERSION", "2.0"),
        ("DTSTAMP", "20261207T024705Z"),
        // 28 days later, 09:00 the reader's time.
        ("DTSTART", "20270104T090000"),
        ("SUMMARY", "Check in: What does your skin need?"),
        // Without the fragment.
        ("URL", "https://blog.example/posts/glass-skin/?utm=a,b;c"),
        ("UID", uid.as_str()),
        ("TRIGGER", "PT0S"),
        ("ACTION", "DISPLAY"),
    ] {
        assert_eq!(value(&props, name), expected, "{name}");
    }
}

#[test]
fn the_reminder_escapes_text_and_folds_long_korean_lines_between_characters() {
    let summary = "체크인: 내 피부에 필요한 건 뭘까요? 한 번 더, 천천히; 그리고 \\ 끝\n다음 줄";
    let reminder = Reminder {
        summary,
        url: "https://블로그.example/글",
        now_secs: 0,
        today: 0,
        instance_id: "a-b_c",
    };
    let ics = reminder.calendar();
    let props = validate(&ics);
    let escaped = value(&props, "SUMMARY");
    assert_eq!(
        escaped,
        "체크인: 내 피부에 필요한 건 뭘까요? 한 번 더\\, 천천히\\; 그리고 \\\\ 끝\\n다음 줄"
    );
    assert_eq!(value(&props, "DESCRIPTION"), escaped);
    assert!(
        ics.lines().any(|l| l.starts_with(' ')),
        "the long summary is folded"
    );
    assert_eq!(value(&props, "DTSTART"), "19700129T090000");
}

/// The calendar of a reminder with this summary and page, made at the epoch's first second.
fn calendar(summary: &str, url: &str) -> String {
    let reminder = Reminder {
        summary,
        url,
        now_secs: 1,
        today: 1,
        instance_id: "default",
    };
    reminder.calendar()
}

#[test]
fn the_reminder_carries_no_answer() {
    let code = answers(1).encode();
    let ics = calendar(
        "Check in",
        &format!("https://blog.example/#skin-analysis=default.{code}"),
    );
    assert!(
        !ics.contains(&code) && !ics.contains("skin-analysis="),
        "{ics}"
    );
}

#[test]
fn the_reminder_link_carries_the_calendar_byte_for_byte() {
    let ics = calendar(
        "체크인: 내 피부, 100% 확인?",
        "https://blog.example/a b/?x=1&y=2",
    );
    let url = data_url(&ics);
    let body = url
        .strip_prefix("data:text/calendar;charset=utf-8,")
        .expect("a calendar data URL");
    assert!(
        body.bytes()
            .all(|b| b.is_ascii_alphanumeric() || b"-._~%".contains(&b)),
        "only unreserved characters and escapes: {body}"
    );
    let mut bytes = Vec::new();
    let mut rest = body.as_bytes();
    while let Some((&b, tail)) = rest.split_first() {
        if b == b'%' {
            let hex = std::str::from_utf8(&tail[..2]).expect("two hex digits");
            bytes.push(u8::from_str_radix(hex, 16).expect("hex"));
            rest = &tail[2..];
        } else {
            bytes.push(b);
            rest = tail;
        }
    }
    assert_eq!(String::from_utf8(bytes).expect("UTF-8"), ics);
}
