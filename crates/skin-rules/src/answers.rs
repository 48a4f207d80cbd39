//! A visitor's answers, the rules every answer must follow, and the compact share code answers travel in.

use crate::data::{self, QUESTION_COUNT};
use crate::{question_index, questionnaire, strings, Lang, Question, QuestionKind};
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
    /// The code was made for a questionnaire with other questions or choices, so its answers cannot be trusted.
    OtherQuestionnaire,
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

/// The share code's format version: its first character.
const VERSION: char = '1';
/// Marks an unanswered or skipped question.
const UNANSWERED: char = '-';
/// Five bits per character; `-` is not among them, so it can never be mistaken for an answer.
const ALPHABET: &[u8; 32] = b"0123456789abcdefghijklmnopqrstuv";
const BITS_PER_CHAR: usize = 5;

/// How many characters a question's answer takes: a choice index for a single-choice question (at most 16 choices
/// fit one character), the bit set, five bits a character, for a multi-select one.
fn width(question: &Question) -> usize {
    match question.kind {
        QuestionKind::Single => 1,
        QuestionKind::Multi { .. } => question.choices.len().div_ceil(BITS_PER_CHAR),
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

    /// A short code for these answers, safe in a URL fragment, that [`Answers::decode`] reads back.
    ///
    /// The format: the version character `1`, two characters identifying the questionnaire, then for each question
    /// `-` if unanswered, else its answer in a fixed number of characters of `0-9a-v` (five bits each): the choice
    /// index for a single-choice question, the choice bits (lowest first) for a multi-select one.
    pub fn encode(&self) -> String {
        let mut code = String::with_capacity(3 + 2 * QUESTION_COUNT);
        code.push(VERSION);
        push_bits(&mut code, data::QUESTIONNAIRE_FINGERPRINT, 2);
        for (question, pick) in questionnaire().iter().zip(&self.picks) {
            match (pick, question.kind) {
                (None, _) => code.push(UNANSWERED),
                (Some(set), QuestionKind::Single) => {
                    push_bits(&mut code, set.iter().next().unwrap_or(0) as u16, 1);
                }
                (Some(set), QuestionKind::Multi { .. }) => {
                    push_bits(&mut code, set.0, width(question))
                }
            }
        }
        code
    }

    /// Reads a code made by [`Answers::encode`], checking every answer; unanswered required questions are allowed
    /// (see [`Answers::is_complete`]).
    pub fn decode(code: &str) -> Result<Answers, DecodeError> {
        let mut chars = code.char_indices().peekable();
        match chars.next() {
            Some((_, VERSION)) => {}
            other => {
                return Err(DecodeError::UnknownVersion {
                    found: other.map(|(_, c)| c),
                })
            }
        }
        // The fingerprint comes before any question, so a truncated one blames the first.
        let first = questionnaire().first().map_or("", |q| q.id);
        if read_bits(&mut chars, 2, first)? != data::QUESTIONNAIRE_FINGERPRINT {
            return Err(DecodeError::OtherQuestionnaire);
        }
        let mut answers = Answers::default();
        for (index, question) in questionnaire().iter().enumerate() {
            if chars.next_if(|&(_, c)| c == UNANSWERED).is_some() {
                continue;
            }
            let bits = read_bits(&mut chars, width(question), question.id)?;
            let set = match question.kind {
                QuestionKind::Single => ChoiceSet::single(usize::from(bits)),
                QuestionKind::Multi { .. } => ChoiceSet(bits),
            };
            // A single-choice index past 15 has no bit: report the index itself rather than an empty answer.
            let checked = match question.kind {
                QuestionKind::Single if usize::from(bits) >= question.choices.len() => {
                    Err(AnswerError::NoSuchChoice {
                        question: question.id,
                        choice: usize::from(bits),
                    })
                }
                _ => answers.set(index, set),
            };
            checked.map_err(|error| DecodeError::InvalidAnswer {
                question: question.id,
                error,
            })?;
        }
        match chars.next() {
            Some((position, _)) => Err(DecodeError::TooLong { position }),
            None => Ok(answers),
        }
    }
}

fn push_bits(code: &mut String, mut bits: u16, chars: usize) {
    for _ in 0..chars {
        code.push(char::from(ALPHABET[usize::from(bits & 0x1f)]));
        bits >>= BITS_PER_CHAR;
    }
}

fn read_bits(
    chars: &mut std::iter::Peekable<std::str::CharIndices>,
    count: usize,
    question: &'static str,
) -> Result<u16, DecodeError> {
    let mut bits: u32 = 0;
    for i in 0..count {
        let (position, found) = chars.next().ok_or(DecodeError::Truncated { question })?;
        let digit = ALPHABET.iter().position(|&a| char::from(a) == found);
        let digit = digit.ok_or(DecodeError::InvalidChar { position, found })?;
        bits |= (digit as u32) << (i * BITS_PER_CHAR);
    }
    // A 16-choice question takes four characters, 20 bits; bits past the 16th name choices that do not exist.
    u16::try_from(bits).map_err(|_| DecodeError::InvalidAnswer {
        question,
        error: AnswerError::NoSuchChoice {
            question,
            choice: 16,
        },
    })
}
