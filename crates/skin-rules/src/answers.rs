//! A visitor's answers, the rules every answer must follow, and the compact share code answers travel in.

use crate::data::{self, QUESTION_COUNT};
use crate::{question_index, questionnaire, strings, Lang, Question, QuestionKind, Slot};
use std::fmt;

/// The choices picked for one question: a bit per choice index (a question has at most 16 choices).
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, Hash)]
pub struct ChoiceSet(u16);

impl ChoiceSet {
    /// Just this choice; empty if the index cannot be a choice.
    pub fn single(choice: usize) -> ChoiceSet {
        ChoiceSet(
            u32::try_from(choice)
                .ok()
                .and_then(|c| 1u16.checked_shl(c))
                .unwrap_or(0),
        )
    }

    /// Whether choice `choice` is in the set.
    pub fn contains(self, choice: usize) -> bool {
        choice < 16 && self.0 >> choice & 1 != 0
    }

    /// How many choices are in the set.
    pub fn len(self) -> usize {
        self.0.count_ones() as usize
    }

    /// Whether no choice is in the set.
    pub fn is_empty(self) -> bool {
        self.0 == 0
    }

    /// The choice indices in the set, in ascending order.
    pub fn iter(self) -> impl Iterator<Item = usize> {
        let mut bits = self.0;
        std::iter::from_fn(move || {
            let choice = bits.trailing_zeros() as usize;
            // Clears the lowest set bit; once none is left, trailing_zeros is 16 and iteration ends.
            bits &= bits.wrapping_sub(1);
            (choice < 16).then_some(choice)
        })
    }

    /// The set after the visitor taps `choice` of `question`, as a choice button behaves.
    ///
    /// A single-choice question just takes the tapped choice. In a multi-select question a tap removes a picked
    /// choice or adds an unpicked one; an exclusive choice ("none of these") replaces everything, and any other
    /// choice replaces an exclusive one. A tap beyond the question's `max`, or on a choice the question does not have,
    /// changes nothing: the visitor has to untick one first.
    pub fn toggled(self, question: &Question, choice: usize) -> ChoiceSet {
        let Some(tapped) = question.choices.get(choice) else {
            return self;
        };
        let max = match question.kind {
            QuestionKind::Single => return ChoiceSet::single(choice),
            QuestionKind::Multi { max } => usize::from(max),
        };
        if self.contains(choice) {
            return ChoiceSet(self.0 & !ChoiceSet::single(choice).0);
        }
        if tapped.exclusive {
            return ChoiceSet::single(choice);
        }
        let others = ChoiceSet(self.0 & !exclusive_choices(question).0);
        if others.len() >= max {
            self
        } else {
            ChoiceSet(others.0 | ChoiceSet::single(choice).0)
        }
    }
}

fn exclusive_choices(question: &Question) -> ChoiceSet {
    let bits = question
        .choices
        .iter()
        .enumerate()
        .filter(|(_, c)| c.exclusive)
        .fold(0, |bits, (i, _)| bits | 1 << i);
    ChoiceSet(bits)
}

/// Checks that `choices` is a complete, valid answer to `question`.
fn validate(question: &'static Question, choices: ChoiceSet) -> Result<(), AnswerError> {
    let id = question.id;
    if let Some(choice) = choices.iter().find(|&c| c >= question.choices.len()) {
        return Err(AnswerError::NoSuchChoice {
            question: id,
            choice,
        });
    }
    match question.kind {
        QuestionKind::Single if choices.len() != 1 => Err(AnswerError::NotSingle { question: id }),
        QuestionKind::Single => Ok(()),
        QuestionKind::Multi { .. } if choices.is_empty() => {
            Err(AnswerError::Empty { question: id })
        }
        QuestionKind::Multi { max } if choices.len() > usize::from(max) => {
            Err(AnswerError::TooMany { question: id, max })
        }
        QuestionKind::Multi { .. } => {
            let exclusive = ChoiceSet(choices.0 & exclusive_choices(question).0);
            match exclusive.iter().next() {
                Some(choice) if choices.len() > 1 => Err(AnswerError::NotAlone {
                    question: id,
                    choice: question.choices[choice].id,
                }),
                _ => Ok(()),
            }
        }
    }
}

/// Why an answer was refused. Each names the question (and choice) by id.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum AnswerError {
    /// No question has this id.
    UnknownQuestion(String),
    /// There is no question at this index.
    NoSuchQuestion(usize),
    /// The question has no choice with this id.
    UnknownChoice {
        /// The question's id.
        question: &'static str,
        /// The id that was asked for.
        choice: String,
    },
    /// The question has no choice at this index.
    NoSuchChoice {
        /// The question's id.
        question: &'static str,
        /// The index that was asked for.
        choice: usize,
    },
    /// A single-choice question was given no choice or several.
    NotSingle {
        /// The question's id.
        question: &'static str,
    },
    /// A multi-select question was given an empty set; skip or clear it instead.
    Empty {
        /// The question's id.
        question: &'static str,
    },
    /// More choices than the question's `max`.
    TooMany {
        /// The question's id.
        question: &'static str,
        /// How many it takes.
        max: u8,
    },
    /// An exclusive choice ("none of these") together with others.
    NotAlone {
        /// The question's id.
        question: &'static str,
        /// The exclusive choice's id.
        choice: &'static str,
    },
    /// A required question cannot be skipped.
    Required {
        /// The question's id.
        question: &'static str,
    },
}

impl fmt::Display for AnswerError {
    fn fmt(&self, f: &mut fmt::Formatter) -> fmt::Result {
        match self {
            AnswerError::UnknownQuestion(id) => write!(f, "question `{id}` does not exist"),
            AnswerError::NoSuchQuestion(index) => {
                write!(
                    f,
                    "there is no question {index}: the questionnaire has {QUESTION_COUNT}"
                )
            }
            AnswerError::UnknownChoice { question, choice } => {
                write!(f, "question `{question}` has no choice `{choice}`")
            }
            AnswerError::NoSuchChoice { question, choice } => {
                write!(f, "question `{question}` has no choice number {choice}")
            }
            AnswerError::NotSingle { question } => {
                write!(f, "question `{question}` takes exactly one answer")
            }
            AnswerError::Empty { question } => {
                write!(f, "question `{question}` needs at least one answer")
            }
            AnswerError::TooMany { question, max } => {
                write!(f, "question `{question}` takes at most {max} answers")
            }
            AnswerError::NotAlone { question, choice } => {
                write!(f, "answer `{choice}` to question `{question}` cannot be combined with other answers")
            }
            AnswerError::Required { question } => {
                write!(f, "question `{question}` cannot be skipped")
            }
        }
    }
}

impl std::error::Error for AnswerError {}

/// Why a share code could not be read.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum DecodeError {
    /// The code does not start with a format version this build reads (`None`: the code is empty).
    UnknownVersion {
        /// The first character of the code.
        found: Option<char>,
    },
    /// A format `1` code (0.1.0's) made for a questionnaire other than 0.1.0's: a development build's, whose answers
    /// cannot be trusted.
    OtherQuestionnaire,
    /// The code answers a question or names a choice this build does not know: made by a newer release (after a
    /// downgrade) or damaged. Nothing of it is read.
    Newer {
        /// The id of the question whose answer names an unknown choice; `None`: a question past this build's.
        question: Option<&'static str>,
    },
    /// A character outside the code's alphabet.
    InvalidChar {
        /// Byte offset in the code.
        position: usize,
        /// The character.
        found: char,
    },
    /// The code ends before this question's answer.
    Truncated {
        /// The question's id.
        question: &'static str,
    },
    /// Characters left over after the last question's answer.
    TooLong {
        /// Byte offset of the first extra character.
        position: usize,
    },
    /// The code holds an answer that is not valid for its question.
    InvalidAnswer {
        /// The question's id.
        question: &'static str,
        /// What is wrong with the answer.
        error: AnswerError,
    },
}

impl fmt::Display for DecodeError {
    fn fmt(&self, f: &mut fmt::Formatter) -> fmt::Result {
        match self {
            DecodeError::UnknownVersion { found: None } => write!(f, "the answer code is empty"),
            DecodeError::UnknownVersion { found: Some(found) } => {
                write!(
                    f,
                    "unknown answer code version `{found}` (this quiz reads version `{VERSION}`)"
                )
            }
            DecodeError::OtherQuestionnaire => {
                write!(f, "the answer code was made for a different questionnaire")
            }
            DecodeError::Newer { question: None } => {
                write!(f, "the answer code answers more questions than this version of the quiz has (made by a newer version?)")
            }
            DecodeError::Newer {
                question: Some(question),
            } => {
                write!(f, "the answer code names a choice of question `{question}` this version of the quiz does not know (made by a newer version?)")
            }
            DecodeError::InvalidChar { position, found } => {
                write!(
                    f,
                    "invalid character `{found}` at position {position} of the answer code"
                )
            }
            DecodeError::Truncated { question } => {
                write!(
                    f,
                    "the answer code ends before the answer to question `{question}`"
                )
            }
            DecodeError::TooLong { position } => {
                write!(f, "unexpected characters at position {position}, after the last answer of the code")
            }
            DecodeError::InvalidAnswer { question, error } => {
                write!(
                    f,
                    "invalid answer to question `{question}` in the answer code: {error}"
                )
            }
        }
    }
}

impl std::error::Error for DecodeError {
    fn source(&self) -> Option<&(dyn std::error::Error + 'static)> {
        match self {
            DecodeError::InvalidAnswer { error, .. } => Some(error),
            _ => None,
        }
    }
}

/// The answer code's format version, its first character: `2` names every answer by permanent numbers; `1` is
/// 0.1.0's, still read.
const VERSION: char = '2';
const VERSION_1: char = '1';
/// Marks an unanswered or skipped question.
const UNANSWERED: char = '-';
/// Five bits a character: the last character of a number, then one of the characters before it (lowest bits
/// first). `-` is in neither, so it can never be mistaken for an answer.
const LAST: &[u8; 32] = b"0123456789abcdefghijklmnopqrstuv";
const MORE: &[u8; 32] = b"ABCDEFGHIJKLMNOPQRSTUVWXYZwxyz_~";
const BITS_PER_CHAR: usize = 5;

/// What reading an answer code found ([`Answers::read`]): the answers, and what an upgrade since the code was made
/// left unanswered. Questions are indices into [`questionnaire()`], in order.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct Read {
    /// Every answer whose question and choices still exist, read as their ids mean now.
    pub answers: Answers,
    /// Questions whose answer held a choice retired since: left unanswered, for the reader to answer again.
    pub again: Vec<usize>,
    /// Questions added since the code was made: unanswered.
    pub added: Vec<usize>,
}

impl Read {
    /// Whether the answers miss nothing but what an upgrade left unanswered: a result made with fewer questions.
    pub fn is_complete_but_for_upgrades(&self) -> bool {
        self.answers
            .missing()
            .all(|q| self.again.contains(&q) || self.added.contains(&q))
    }
}

/// The visitor's answers: for each question of [`questionnaire()`], the picked choices, or `None` while it is
/// unanswered or after it was skipped. Every stored answer is valid for its question.
#[derive(Clone, Debug, PartialEq, Eq, Hash)]
pub struct Answers {
    picks: [Option<ChoiceSet>; QUESTION_COUNT],
}

impl Default for Answers {
    fn default() -> Self {
        Answers {
            picks: [None; QUESTION_COUNT],
        }
    }
}

impl Answers {
    /// The answer to question `question`, if any.
    pub fn get(&self, question: usize) -> Option<ChoiceSet> {
        self.picks.get(question).copied().flatten()
    }

    /// The answer to question `question` as the visitor reads it: the picked choices' labels (joined by semicolons:
    /// a label may hold a comma), or "Skipped".
    pub fn text(&self, question: usize, lang: Lang) -> String {
        match (self.get(question), questionnaire().get(question)) {
            (Some(set), Some(q)) => set
                .iter()
                .filter_map(|c| q.choices.get(c))
                .map(|c| c.label.get(lang))
                .collect::<Vec<_>>()
                .join("; "),
            _ => strings::ui::SKIPPED.get(lang).to_owned(),
        }
    }

    /// Whether choice `choice` of question `question` is picked.
    pub fn picked(&self, question: usize, choice: usize) -> bool {
        self.get(question).is_some_and(|set| set.contains(choice))
    }

    /// Answers question `question`, replacing any earlier answer, if `choices` is a valid answer to it.
    pub fn set(&mut self, question: usize, choices: ChoiceSet) -> Result<(), AnswerError> {
        let q = questionnaire()
            .get(question)
            .ok_or(AnswerError::NoSuchQuestion(question))?;
        validate(q, choices)?;
        self.picks[question] = Some(choices);
        Ok(())
    }

    /// Forgets the answer to question `question`, required or not (for example when the visitor goes back and
    /// unticks everything). An index past the questionnaire is ignored.
    pub fn clear(&mut self, question: usize) {
        if let Some(pick) = self.picks.get_mut(question) {
            *pick = None;
        }
    }

    /// Skips question `question` ("not sure"): only optional questions can be skipped.
    pub fn skip(&mut self, question: usize) -> Result<(), AnswerError> {
        let q = questionnaire()
            .get(question)
            .ok_or(AnswerError::NoSuchQuestion(question))?;
        if !q.optional {
            return Err(AnswerError::Required { question: q.id });
        }
        self.picks[question] = None;
        Ok(())
    }

    /// The required questions that have no answer yet, as indices in order.
    pub fn missing(&self) -> impl Iterator<Item = usize> + '_ {
        questionnaire()
            .iter()
            .zip(&self.picks)
            .enumerate()
            .filter(|(_, (q, pick))| !q.optional && pick.is_none())
            .map(|(index, _)| index)
    }

    /// Whether every required question is answered.
    pub fn is_complete(&self) -> bool {
        self.missing().next().is_none()
    }

    /// Picks a choice by ids, as the CLI's `--answer question=choice` does: it sets a single-choice question's answer
    /// and adds to a multi-select one's, refusing anything that would make the answer invalid.
    pub fn pick_by_id(&mut self, question_id: &str, choice_id: &str) -> Result<(), AnswerError> {
        let index = question_index(question_id)
            .ok_or_else(|| AnswerError::UnknownQuestion(question_id.to_owned()))?;
        let question = &questionnaire()[index];
        let choice = question
            .choices
            .iter()
            .position(|c| c.id == choice_id)
            .ok_or_else(|| AnswerError::UnknownChoice {
                question: question.id,
                choice: choice_id.to_owned(),
            })?;
        let picked = match (question.kind, self.get(index)) {
            (QuestionKind::Multi { .. }, Some(current)) => {
                ChoiceSet(current.0 | ChoiceSet::single(choice).0)
            }
            _ => ChoiceSet::single(choice),
        };
        self.set(index, picked)
    }

    /// A short code for these answers, safe in a URL fragment, that [`Answers::read`] reads back in this release and
    /// every later one.
    ///
    /// The format: the version character `2`; how many questions follow (so a cut code is refused, never read as
    /// one made with fewer questions); then for each question by permanent number (`content/released.toml`:
    /// released ones first, a retired one kept as unanswered) `-` if unanswered, else the set of its picked choices'
    /// permanent numbers, lowest bit first. Numbers take five bits a character: `0-9a-v` for the last character,
    /// `A-Z w-z _ ~` for each one before it.
    pub fn encode(&self) -> String {
        let mut code = String::with_capacity(2 + 2 * data::SLOTS.len());
        code.push(VERSION);
        push_number(&mut code, data::SLOTS.len() as u32);
        for (number, slot) in data::SLOTS.iter().enumerate() {
            // A renamed question's old number stays unanswered: its answers go under its own.
            let own = slot
                .question
                .map(usize::from)
                .filter(|&q| usize::from(data::OWN_SLOTS[q].0) == number);
            match own.and_then(|q| Some((q, self.get(q)?))) {
                None => code.push(UNANSWERED),
                Some((q, set)) => {
                    let numbers = data::OWN_SLOTS[q].1;
                    let bits = set.iter().fold(0u32, |bits, c| bits | 1 << numbers[c]);
                    push_number(&mut code, bits);
                }
            }
        }
        code
    }

    /// Reads a code made by [`Answers::encode`] (and 0.1.0's), checking every answer; unanswered required questions
    /// are allowed (see [`Answers::is_complete`]). What an upgrade changed is left out: see [`Answers::read`].
    pub fn decode(code: &str) -> Result<Answers, DecodeError> {
        Answers::read(code).map(|read| read.answers)
    }

    /// Reads a code made by this release or an earlier one: each answer read by its question's and choices'
    /// permanent numbers as their ids mean now. An answer holding a retired choice is dropped ([`Read::again`]);
    /// questions added since are unanswered ([`Read::added`]). Anything else amiss refuses the whole code: nothing
    /// is ever read as something else.
    pub fn read(code: &str) -> Result<Read, DecodeError> {
        let mut chars = code.char_indices().peekable();
        let entries = match chars.next() {
            Some((_, VERSION)) => read_entries(&mut chars)?,
            Some((_, VERSION_1)) => read_format_1(&mut chars)?,
            other => {
                return Err(DecodeError::UnknownVersion {
                    found: other.map(|(_, c)| c),
                })
            }
        };
        let mut read = Read::default();
        for (slot, bits) in data::SLOTS.iter().zip(&entries) {
            let (Some(question), Some(bits)) = (slot.question.map(usize::from), *bits) else {
                continue;
            };
            let mut set = ChoiceSet::default();
            let mut retired = false;
            for number in (0..32).filter(|n| bits >> n & 1 != 0) {
                match slot.choices.get(number) {
                    None => {
                        return Err(DecodeError::Newer {
                            question: Some(slot.id),
                        })
                    }
                    Some(None) => retired = true,
                    Some(Some(choice)) => set.0 |= 1 << choice,
                }
            }
            if retired {
                read.again.push(question);
                continue;
            }
            let q = &questionnaire()[question];
            read.answers
                .set(question, set)
                .map_err(|error| DecodeError::InvalidAnswer {
                    question: q.id,
                    error,
                })?;
        }
        // A question is added since when no number the code holds is read as it (its own, or one renamed to it).
        let known = &data::SLOTS[..entries.len()];
        read.added = (0..QUESTION_COUNT)
            .filter(|&q| {
                !known
                    .iter()
                    .any(|slot| slot.question.map(usize::from) == Some(q))
            })
            .collect();
        crate::engine::sort_small_by_key(&mut read.again, |&q| q);
        Ok(read)
    }
}

type Chars<'a> = std::iter::Peekable<std::str::CharIndices<'a>>;

/// Format `2`'s answers, one entry per permanent number (`None`: unanswered), as many as the code says.
fn read_entries(chars: &mut Chars) -> Result<Vec<Option<u32>>, DecodeError> {
    let first = data::SLOTS.first().map_or("", |s| s.id);
    let count = read_number(chars, first)? as usize;
    let Some(slots) = data::SLOTS.get(..count) else {
        return Err(DecodeError::Newer { question: None });
    };
    read_each(
        chars,
        slots.iter().map(|slot| (slot, ())),
        |chars, slot, ()| match read_number(chars, slot.id)? {
            0 => Err(invalid(slot, AnswerError::Empty { question: slot.id })),
            bits => Ok(bits),
        },
    )
}

/// 0.1.0's answers: its fingerprint, then for each of its questions `-` or a fixed number of characters of `0-9a-v`
/// (the choice index of a single-choice question, the choice bits of a multi-select one).
fn read_format_1(chars: &mut Chars) -> Result<Vec<Option<u32>>, DecodeError> {
    let first = data::SLOTS.first().map_or("", |s| s.id);
    if read_fixed(chars, 2, first)? != u32::from(data::FORMAT_1_FINGERPRINT) {
        return Err(DecodeError::OtherQuestionnaire);
    }
    let slots = data::SLOTS
        .iter()
        .zip(data::FORMAT_1_CHOICES.map(usize::from));
    read_each(chars, slots, |chars, slot, choices| {
        let width = if slot.multi {
            choices.div_ceil(BITS_PER_CHAR)
        } else {
            1
        };
        let value = read_fixed(chars, width, slot.id)?;
        let bits = if slot.multi {
            value
        } else {
            1u32.checked_shl(value).unwrap_or(0)
        };
        if bits == 0 || bits >> choices != 0 {
            let choice = value as usize;
            return Err(invalid(
                slot,
                AnswerError::NoSuchChoice {
                    question: slot.id,
                    choice,
                },
            ));
        }
        Ok(bits)
    })
}

/// For each of `slots`, `-` (`None`) or the choice bits `answer` reads; then the end of the code.
fn read_each<T>(
    chars: &mut Chars,
    slots: impl IntoIterator<Item = (&'static Slot, T)>,
    mut answer: impl FnMut(&mut Chars, &'static Slot, T) -> Result<u32, DecodeError>,
) -> Result<Vec<Option<u32>>, DecodeError> {
    let mut entries = Vec::new();
    for (slot, with) in slots {
        let entry = match chars.next_if(|&(_, c)| c == UNANSWERED) {
            Some(_) => None,
            None => Some(answer(chars, slot, with)?),
        };
        entries.push(entry);
    }
    match chars.next() {
        Some((position, _)) => Err(DecodeError::TooLong { position }),
        None => Ok(entries),
    }
}

fn invalid(slot: &'static Slot, error: AnswerError) -> DecodeError {
    DecodeError::InvalidAnswer {
        question: slot.id,
        error,
    }
}

fn push_number(code: &mut String, mut bits: u32) {
    while bits >= 32 {
        code.push(char::from(MORE[(bits & 31) as usize]));
        bits >>= BITS_PER_CHAR;
    }
    code.push(char::from(LAST[bits as usize]));
}

/// A number written by [`push_number`]: characters of [`MORE`] up to one of [`LAST`].
fn read_number(chars: &mut Chars, question: &'static str) -> Result<u32, DecodeError> {
    let mut bits: u64 = 0;
    for i in 0.. {
        let (position, found) = chars.next().ok_or(DecodeError::Truncated { question })?;
        let digit = |set: &[u8; 32]| set.iter().position(|&a| char::from(a) == found);
        let (digit, last) = match (digit(MORE), digit(LAST)) {
            (Some(d), _) => (d, false),
            (_, Some(d)) => (d, true),
            _ => return Err(DecodeError::InvalidChar { position, found }),
        };
        bits |= (digit as u64) << (i * BITS_PER_CHAR);
        if last {
            break;
        }
        if i == 6 {
            // Seven characters hold 35 bits: more than any question's 32 choices.
            return Err(DecodeError::Newer {
                question: Some(question),
            });
        }
    }
    u32::try_from(bits).map_err(|_| DecodeError::Newer {
        question: Some(question),
    })
}

fn read_fixed(chars: &mut Chars, count: usize, question: &'static str) -> Result<u32, DecodeError> {
    let mut bits: u32 = 0;
    for i in 0..count {
        let (position, found) = chars.next().ok_or(DecodeError::Truncated { question })?;
        let digit = LAST.iter().position(|&a| char::from(a) == found);
        let digit = digit.ok_or(DecodeError::InvalidChar { position, found })?;
        bits |= (digit as u32) << (i * BITS_PER_CHAR);
    }
    Ok(bits)
}
