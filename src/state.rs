//! The one reducer: the visitor's answers and where they are in the quiz.
//!
//! All transition rules live in [`State::apply`], a pure function that either returns the next state or says why
//! the action does not apply ([`Rejected`]). Components dispatch [`Action`]s; the [`Reducible`] impl keeps the same
//! `Rc` on rejection, so an impossible action never re-renders anything. Results are not stored here: they are
//! derived from the answers on screen with [`skin_rules::evaluate`], once per results screen (`hooks::use_outcome`).
//!
//! A result opened from someone's share link replaces the visitor's own quiz on screen, but is kept beside it in
//! the state ([`State::shared`]): their own screen and answers stay untouched underneath, only those are ever
//! saved, and [`Action::LeaveShared`] goes back to them.

use std::fmt;
use std::rc::Rc;

use skin_rules::results::KeptProduct;
use skin_rules::{questionnaire, Answers, Lang, Read};
use yew::Reducible;

use crate::checker::Checker;

/// The most checked products kept; the oldest go first.
pub const MAX_PRODUCTS: usize = 10;
/// The longest product name the checker takes, in characters.
pub const MAX_NAME: usize = 100;
/// The longest ingredient list it takes, in characters (long real labels hold about 2,000).
pub const MAX_LABEL: usize = 6000;

/// Which screen is showing.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum Screen {
    Intro,
    /// The question at this index of [`questionnaire`].
    Question(usize),
    Results,
}

#[derive(Clone, Debug, PartialEq)]
pub struct State {
    pub lang: Lang,
    /// The visitor picked `lang` with the switch, so it wins over the page's language when restored.
    pub lang_chosen: bool,
    pub screen: Screen,
    pub answers: Answers,
    /// The folded sections of the results that are open (all closed on a new result).
    pub folds: Folds,
    /// The visitor came from the results to change one answer: "Next" goes straight back to the results.
    pub editing: bool,
    /// The complete answers of a share link whose result replaces the visitor's own quiz on screen. It is kept
    /// beside that quiz here: `screen` and `answers` above stay the visitor's own all along (so saving them never
    /// writes someone else's answers); while this is set only the language, the tips disclosure and leaving apply.
    pub shared: Option<Answers>,
    /// The shared result on screen was made with fewer questions than the quiz has now (its link is older than an
    /// upgrade that added or changed some).
    pub shared_fewer: bool,
    /// Questions an upgrade since the saved progress was made left for the visitor to answer (again): one line on
    /// screen names those still unanswered.
    pub to_answer: Vec<usize>,
    /// How many times the visitor reached their results from a question since the page opened (never from saved
    /// progress, another tab or a share link): each is one result for their history (`hooks::use_history`).
    pub completions: u32,
    /// The product checker's data, asked for the first time its section opens (`hooks::use_product_check` fetches
    /// it when this is [`Ingredients::Loading`]).
    pub ingredients: Ingredients,
    /// The products the visitor checked, newest first, at most [`MAX_PRODUCTS`] (kept on the device by `checked`).
    pub products: Rc<Vec<KeptProduct>>,
}

/// The product checker (its module and the ingredients file, `checker`): loaded only for a reader who opens it.
#[derive(Clone, Debug, Default, PartialEq)]
pub enum Ingredients {
    #[default]
    NotLoaded,
    Loading,
    Failed(LoadError),
    Ready(Checker),
}

/// Why the ingredients file could not be loaded.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum LoadError {
    /// A request failed (the file and the reason, as the browser gives it).
    Fetch(String),
    /// The checker's module did not start, or refused the ingredients file (which, and why).
    Module(String),
}

impl fmt::Display for LoadError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            LoadError::Fetch(reason) => write!(f, "the request failed ({reason})"),
            LoadError::Module(reason) => write!(f, "the checker did not start ({reason})"),
        }
    }
}

/// What the page holds for one instance as it opens, read once by `page::opening` and handed to [`State::open`] as
/// plain data, so where a visitor starts is decided (and tested) without a browser.
#[derive(Clone, Debug, PartialEq)]
pub struct Opening {
    /// The language to open in before any saved choice (see `Config::starting_lang`).
    pub lang: Lang,
    /// The host's `data-focus` concern, for a fresh quiz.
    pub focus: Option<usize>,
    /// The visitor's saved progress, already read and checked.
    pub saved: Option<State>,
    /// The answers of a share link opened for this instance.
    pub shared: Option<Read>,
    /// The sections the visitor had open on their saved result (`folds`), if it is that result.
    pub folds: Folds,
    /// The products the visitor checked (`checked`), newest first.
    pub products: Vec<KeptProduct>,
}

/// A folded section of the results, under a counted heading: what the routine and the highlighted tips leave for
/// later. Red flags and "stop" cautions are never folded.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum Fold {
    /// Why these tips: the profile's scores and each tip's reasons.
    Why,
    /// The week plan of occasional evening steps.
    Week,
    /// Every tip, beyond the highlighted ones.
    Tips,
    /// The cautions that are neither red flags nor "stop" warnings.
    Cautions,
    /// The answers, each with "Change".
    Answers,
    /// What changed since the last result, and the check-ins.
    CheckIns,
    /// The product checker and the products checked.
    Products,
}

impl Fold {
    pub const ALL: [Fold; 7] = [
        Fold::Why,
        Fold::Week,
        Fold::Tips,
        Fold::Cautions,
        Fold::Answers,
        Fold::CheckIns,
        Fold::Products,
    ];

    /// Its id in the saved value (`folds`) and in element ids.
    pub fn id(self) -> &'static str {
        match self {
            Fold::Why => "why",
            Fold::Week => "week",
            Fold::Tips => "tips",
            Fold::Cautions => "cautions",
            Fold::Answers => "answers",
            Fold::CheckIns => "check-ins",
            Fold::Products => "products",
        }
    }

    pub fn from_id(id: &str) -> Option<Fold> {
        Fold::ALL.into_iter().find(|fold| fold.id() == id)
    }
}

/// A set of [`Fold`]s: the open ones.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, Hash)]
pub struct Folds(u8);

impl Folds {
    pub fn is_open(self, fold: Fold) -> bool {
        self.0 & (1 << fold as u8) != 0
    }

    pub fn toggled(self, fold: Fold) -> Folds {
        Folds(self.0 ^ (1 << fold as u8))
    }

    pub fn is_empty(self) -> bool {
        self.0 == 0
    }

    /// The open folds, in [`Fold::ALL`] order.
    pub fn open(self) -> impl Iterator<Item = Fold> {
        Fold::ALL
            .into_iter()
            .filter(move |&fold| self.is_open(fold))
    }
}

impl FromIterator<Fold> for Folds {
    fn from_iter<I: IntoIterator<Item = Fold>>(folds: I) -> Folds {
        folds.into_iter().fold(Folds::default(), |set, fold| {
            if set.is_open(fold) {
                set
            } else {
                set.toggled(fold)
            }
        })
    }
}

#[derive(Clone, Debug, PartialEq)]
pub enum Action {
    /// Leave the intro for the first question.
    Start,
    /// Click on a choice of the question on screen (picks it, or unpicks it in a multi-select question).
    Toggle {
        question: usize,
        choice: usize,
    },
    /// Go on from an answered question.
    Next,
    /// Go to the previous question (or the intro); answers are kept.
    Back,
    /// Leave an optional question unanswered and go on.
    Skip,
    /// Forget every answer and begin again at the first question.
    Retake,
    /// From their own results, go through the quiz again from the first question with the answers filled in, to
    /// change only what is different (a check-in).
    CheckIn,
    SetLang(Lang),
    /// From the results, go back to one question to change its answer.
    Edit(usize),
    /// Open or close a folded section of the results.
    ToggleFold(Fold),
    /// Replace the visitor's own progress with saved progress: read as the widget opens, or newer progress another
    /// tab of the same quiz saved. `lang` is the language picked there, if one was. A shared result on screen stays
    /// on screen, with the new progress underneath.
    Restore {
        answers: Answers,
        screen: Screen,
        lang: Option<Lang>,
    },
    /// [`Action::Restore`] of progress an upgrade left questions to answer in (`to_answer`, see
    /// `skin_rules::Read`): on the saved screen if it can still be reached, else at the first question to answer.
    RestoreUpgraded {
        answers: Answers,
        screen: Screen,
        lang: Option<Lang>,
        to_answer: Vec<usize>,
    },
    /// Show the result of a share link without touching the visitor's own quiz: complete answers, or answers that
    /// miss only what an upgrade since the link was made left unanswered (said on screen).
    ViewShared(Read),
    /// Leave a shared result for the visitor's own quiz, where they were; one they had not started opens at its
    /// first question (the intro would only ask them to start again).
    LeaveShared,
    /// The checker's data arrived, after [`State::ingredients`] asked for it.
    IngredientsLoaded(Checker),
    /// The checker's data could not be loaded.
    IngredientsFailed(LoadError),
    /// Ask for the checker's data again after it failed.
    RetryIngredients,
    /// "Check": read the ingredient list `label` of the product `name` (may be empty) against the visitor's own
    /// answers and keep it as the newest product (a list already kept moves up, with its new name and verdict).
    CheckProduct {
        name: String,
        label: String,
    },
    /// Forget the checked product at this index (0 is the newest), and only it.
    RemoveProduct(usize),
    /// Forget every checked product (with the history).
    ForgetProducts,
    /// The checked products another tab kept, or forgot.
    RestoreProducts(Rc<Vec<KeptProduct>>),
}

/// Why an action does not apply to the current state.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Rejected {
    /// The action needs a question on screen.
    NotOnAQuestion,
    /// The action needs the intro on screen.
    NotOnIntro,
    /// The action needs the results on screen.
    NotOnResults,
    /// A toggle for a question that is not the one on screen.
    NotTheQuestionShown {
        question: usize,
        shown: usize,
    },
    NoSuchQuestion(usize),
    NoSuchChoice {
        question: usize,
        choice: usize,
    },
    /// A removal of a checked product that is not kept (its index).
    NoSuchProduct(usize),
    /// "Next" on a question without an answer.
    NotAnswered(usize),
    /// "Skip" on a question that must be answered.
    NotOptional(usize),
    /// The state already is what the action asks for (same language, nothing to retake).
    Unchanged,
    /// A restore of the results with answers that do not complete the quiz.
    Incomplete,
    /// A restore onto a question while an earlier required question is unanswered.
    Unreachable(usize),
    /// The answers library refused the change (e.g. more choices than the question allows).
    InvalidAnswer(usize),
    /// An action on the visitor's own quiz while a shared result is on screen.
    ViewingShared,
    /// "Leave the shared result" with none on screen.
    NotViewingShared,
    /// A check, or its data's arrival, while the data is not what that needs.
    IngredientsNotReady,
    /// A check of an empty ingredient list.
    NothingToCheck,
    /// A product name or list longer than the checker takes.
    TooLong,
    /// The checker gave no answer (its module failed, and said why in the console).
    CheckFailed,
}

impl fmt::Display for Rejected {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            Rejected::NotOnAQuestion => write!(f, "no question is on screen"),
            Rejected::NotOnIntro => write!(f, "the intro is not on screen"),
            Rejected::NotOnResults => write!(f, "the results are not on screen"),
            Rejected::NotTheQuestionShown { question, shown } => {
                write!(
                    f,
                    "question {question} is not on screen (question {shown} is)"
                )
            }
            Rejected::NoSuchQuestion(q) => write!(f, "there is no question {q}"),
            Rejected::NoSuchChoice { question, choice } => {
                write!(f, "question {question} has no choice {choice}")
            }
            Rejected::NoSuchProduct(index) => write!(f, "no checked product {index}"),
            Rejected::NotAnswered(q) => write!(f, "question {q} is not answered yet"),
            Rejected::NotOptional(q) => write!(f, "question {q} cannot be skipped"),
            Rejected::Unchanged => write!(f, "nothing to change"),
            Rejected::Incomplete => write!(f, "the answers do not complete the quiz"),
            Rejected::Unreachable(q) => {
                write!(f, "question {q} comes after an unanswered question")
            }
            Rejected::InvalidAnswer(q) => write!(f, "that answer is not allowed for question {q}"),
            Rejected::ViewingShared => write!(f, "a shared result is on screen"),
            Rejected::NotViewingShared => write!(f, "no shared result is on screen"),
            Rejected::IngredientsNotReady => write!(f, "the ingredients are not in that state"),
            Rejected::NothingToCheck => write!(f, "there is no ingredient list to check"),
            Rejected::TooLong => write!(f, "the product name or list is too long"),
            Rejected::CheckFailed => write!(f, "the product checker gave no answer"),
        }
    }
}

impl std::error::Error for Rejected {}

/// Whether the visitor may be past question `q`: it is answered, or optional (a skipped question has no answer).
fn is_settled(answers: &Answers, q: usize) -> bool {
    answers.get(q).is_some()
        || questionnaire()
            .get(q)
            .is_some_and(|question| question.optional)
}

impl State {
    /// A fresh quiz on the intro.
    pub fn new(lang: Lang) -> State {
        State {
            lang,
            lang_chosen: false,
            screen: Screen::Intro,
            answers: Answers::default(),
            folds: Folds::default(),
            editing: false,
            shared: None,
            shared_fewer: false,
            to_answer: Vec::new(),
            completions: 0,
            ingredients: Ingredients::NotLoaded,
            products: Rc::default(),
        }
    }

    /// A fresh quiz with one concern picked in advance (the host's `data-focus`); an invalid choice is ignored.
    pub fn with_focus(lang: Lang, focus: Option<usize>) -> State {
        let mut state = State::new(lang);
        if let (Some(choice), Some(question)) = (focus, skin_rules::question_index("concerns")) {
            if let Ok(answers) = toggle(&state.answers, question, choice) {
                state.answers = answers;
            }
        }
        state
    }

    /// Where an instance opens: the saved progress, else a fresh quiz (with the host's `data-focus` concern picked
    /// in advance); a share link's result on top, exactly as when one opens later.
    pub fn open(opening: Opening) -> State {
        let mut own = match opening.saved {
            // Its sections as they were left, when it opens on its results.
            Some(saved) if saved.screen == Screen::Results => State {
                folds: opening.folds,
                ..saved
            },
            Some(saved) => saved,
            None => State::with_focus(opening.lang, opening.focus),
        };
        own.products = Rc::new(opening.products);
        own.ask_for_ingredients();
        match opening.shared {
            Some(read) => own.apply(Action::ViewShared(read)).unwrap_or(own),
            None => own,
        }
    }

    /// The checker's section is open without its data: ask for it.
    fn ask_for_ingredients(&mut self) {
        if self.folds.is_open(Fold::Products) && self.ingredients == Ingredients::NotLoaded {
            self.ingredients = Ingredients::Loading;
        }
    }

    /// The next state, or why `action` does not apply. Never panics, whatever the action holds.
    pub fn apply(&self, action: Action) -> Result<State, Rejected> {
        let questions = questionnaire();
        let last = questions.len().saturating_sub(1);
        let mut next = self.clone();
        let about_own_quiz = !matches!(
            action,
            Action::SetLang(_)
                | Action::Restore { .. }
                | Action::RestoreUpgraded { .. }
                | Action::ToggleFold(_)
                | Action::ViewShared(_)
                | Action::LeaveShared
                | Action::IngredientsLoaded(_)
                | Action::IngredientsFailed(_)
                | Action::RetryIngredients
                | Action::RestoreProducts(_)
        );
        if self.shared.is_some() && about_own_quiz {
            // The visitor's own quiz is not on screen: nothing done here may change it unseen. Only progress they
            // made in another tab (`Restore`) replaces it underneath, so "Back to my quiz" shows the newest.
            return Err(Rejected::ViewingShared);
        }
        match action {
            Action::Start => {
                if self.screen != Screen::Intro {
                    return Err(Rejected::NotOnIntro);
                }
                next.screen = Screen::Question(0);
            }
            Action::Toggle { question, choice } => {
                let shown = self.question_shown()?;
                if question != shown {
                    return Err(Rejected::NotTheQuestionShown { question, shown });
                }
                next.answers = toggle(&self.answers, question, choice)?;
            }
            Action::Next => {
                let q = self.question_shown()?;
                if self.answers.get(q).is_none() {
                    return Err(Rejected::NotAnswered(q));
                }
                next.advance_from(q, last);
            }
            Action::Back => {
                let q = self.question_shown()?;
                next.screen = if q == 0 {
                    Screen::Intro
                } else {
                    Screen::Question(q - 1)
                };
            }
            Action::Skip => {
                let q = self.question_shown()?;
                if !questions
                    .get(q)
                    .ok_or(Rejected::NoSuchQuestion(q))?
                    .optional
                {
                    return Err(Rejected::NotOptional(q));
                }
                next.answers.skip(q).map_err(|_| Rejected::NotOptional(q))?;
                next.advance_from(q, last);
            }
            Action::Retake => {
                if self.screen == Screen::Intro && self.answers == Answers::default() {
                    return Err(Rejected::Unchanged);
                }
                next.answers = Answers::default();
                next.screen = Screen::Question(0);
                next.folds = Folds::default();
                next.editing = false;
                next.to_answer.clear();
            }
            Action::CheckIn => {
                if self.screen != Screen::Results {
                    return Err(Rejected::NotOnResults);
                }
                next.screen = Screen::Question(0);
                next.folds = Folds::default();
                next.editing = false;
            }
            Action::SetLang(lang) => {
                if lang == self.lang {
                    return Err(Rejected::Unchanged);
                }
                next.lang = lang;
                next.lang_chosen = true;
            }
            Action::Edit(q) => {
                if self.screen != Screen::Results {
                    return Err(Rejected::NotOnResults);
                }
                if q >= questions.len() {
                    return Err(Rejected::NoSuchQuestion(q));
                }
                next.screen = Screen::Question(q);
                next.editing = true;
            }
            Action::ToggleFold(fold) => {
                if self.shown_screen() != Screen::Results {
                    return Err(Rejected::NotOnResults);
                }
                next.folds = self.folds.toggled(fold);
            }
            Action::Restore {
                answers,
                screen,
                lang,
            } => {
                check_reachable(&answers, screen)?;
                if let Some(lang) = lang {
                    next.lang = lang;
                    next.lang_chosen = true;
                }
                // The open sections belong to the results on screen: they stay open only if those stay.
                if !(screen == Screen::Results
                    && self.shown_screen() == Screen::Results
                    && answers == self.answers)
                {
                    next.folds = Folds::default();
                }
                next.answers = answers;
                next.screen = screen;
                next.editing = false;
                next.to_answer.clear();
            }
            Action::RestoreUpgraded {
                answers,
                screen,
                lang,
                to_answer,
            } => {
                let resumed = match check_reachable(&answers, screen) {
                    Ok(()) => screen,
                    Err(_) => {
                        let first = (0..questions.len()).find(|&q| !is_settled(&answers, q));
                        Screen::Question(first.or(to_answer.first().copied()).unwrap_or(0))
                    }
                };
                next = self.apply(Action::Restore {
                    answers,
                    screen: resumed,
                    lang,
                })?;
                next.to_answer = to_answer;
            }
            Action::ViewShared(read) => {
                if !read.is_complete_but_for_upgrades() {
                    return Err(Rejected::Incomplete);
                }
                next.shared_fewer = !read.added.is_empty() || !read.again.is_empty();
                next.shared = Some(read.answers);
                next.folds = Folds::default();
            }
            Action::LeaveShared => {
                if self.shared.is_none() {
                    return Err(Rejected::NotViewingShared);
                }
                next.shared = None;
                next.folds = Folds::default();
                if self.screen == Screen::Intro {
                    next.screen = Screen::Question(0);
                }
            }
            Action::IngredientsLoaded(checker) => {
                if self.ingredients != Ingredients::Loading {
                    return Err(Rejected::IngredientsNotReady);
                }
                next.ingredients = Ingredients::Ready(checker);
            }
            Action::IngredientsFailed(error) => {
                if self.ingredients != Ingredients::Loading {
                    return Err(Rejected::IngredientsNotReady);
                }
                next.ingredients = Ingredients::Failed(error);
            }
            Action::RetryIngredients => {
                if !matches!(self.ingredients, Ingredients::Failed(_)) {
                    return Err(Rejected::IngredientsNotReady);
                }
                next.ingredients = Ingredients::Loading;
            }
            Action::CheckProduct { name, label } => {
                if self.screen != Screen::Results {
                    return Err(Rejected::NotOnResults);
                }
                let Ingredients::Ready(checker) = &self.ingredients else {
                    return Err(Rejected::IngredientsNotReady);
                };
                let (name, label) = (name.trim(), label.trim());
                if label.is_empty() {
                    return Err(Rejected::NothingToCheck);
                }
                if name.chars().count() > MAX_NAME || label.chars().count() > MAX_LABEL {
                    return Err(Rejected::TooLong);
                }
                let mut product = KeptProduct {
                    name: name.to_owned(),
                    label: label.to_owned(),
                    verdict: None,
                };
                let checked = checker
                    .check(&self.answers, std::slice::from_ref(&product), self.lang)
                    .map_err(|_| Rejected::CheckFailed)?;
                product.verdict = checked.first().ok_or(Rejected::CheckFailed)?.level;
                let mut products = vec![product];
                products.extend(
                    self.products
                        .iter()
                        .filter(|kept| kept.label != label)
                        .take(MAX_PRODUCTS - 1)
                        .cloned(),
                );
                next.products = Rc::new(products);
            }
            Action::RemoveProduct(index) => {
                if index >= self.products.len() {
                    return Err(Rejected::NoSuchProduct(index));
                }
                let mut products = (*self.products).clone();
                products.remove(index);
                next.products = Rc::new(products);
            }
            Action::ForgetProducts => {
                if self.products.is_empty() {
                    return Err(Rejected::Unchanged);
                }
                next.products = Rc::default();
            }
            Action::RestoreProducts(products) => {
                if products == self.products {
                    return Err(Rejected::Unchanged);
                }
                next.products = products;
            }
        }
        next.ask_for_ingredients();
        Ok(next)
    }

    /// The screen on show: the results while a shared result is viewed, else the visitor's own screen.
    pub fn shown_screen(&self) -> Screen {
        if self.shared.is_some() {
            Screen::Results
        } else {
            self.screen
        }
    }

    /// The answers whose results or question are on show (the shared ones while a shared result is viewed).
    pub fn shown_answers(&self) -> &Answers {
        self.shared.as_ref().unwrap_or(&self.answers)
    }

    /// The answers whose results are on show, if the results are.
    pub fn results_shown(&self) -> Option<&Answers> {
        (self.shown_screen() == Screen::Results).then(|| self.shown_answers())
    }

    /// What is on screen, for effects that run once per change: the screen, and the shared result if one is shown.
    pub fn on_screen(&self) -> (Screen, Option<Answers>) {
        (self.shown_screen(), self.shared.clone())
    }

    fn question_shown(&self) -> Result<usize, Rejected> {
        match self.screen {
            Screen::Question(q) => Ok(q),
            _ => Err(Rejected::NotOnAQuestion),
        }
    }

    /// After question `q` is settled: the next question, or the results after the last one (or when editing).
    fn advance_from(&mut self, q: usize, last: usize) {
        if q >= last || (self.editing && self.answers.is_complete()) {
            self.screen = Screen::Results;
            self.editing = false;
            self.folds = Folds::default();
            self.completions = self.completions.saturating_add(1);
        } else {
            self.screen = Screen::Question(q + 1);
        }
    }

    /// Whether the primary button on question `q` leads to the results rather than the next question.
    pub fn next_shows_results(&self, q: usize) -> bool {
        q + 1 >= questionnaire().len() || (self.editing && self.answers.is_complete())
    }
}

/// The answers with `choice` of `question` toggled, as a click on it does.
fn toggle(answers: &Answers, question: usize, choice: usize) -> Result<Answers, Rejected> {
    let questions = questionnaire();
    let q = questions
        .get(question)
        .ok_or(Rejected::NoSuchQuestion(question))?;
    if choice >= q.choices.len() {
        return Err(Rejected::NoSuchChoice { question, choice });
    }
    let current = answers.get(question).unwrap_or_default();
    let set = current.toggled(q, choice);
    let mut next = answers.clone();
    if set.is_empty() {
        next.clear(question);
    } else {
        next.set(question, set)
            .map_err(|_| Rejected::InvalidAnswer(question))?;
    }
    // A multi-select click past its maximum leaves the answer as it was: report it rather than re-render for nothing.
    if next == *answers {
        return Err(Rejected::Unchanged);
    }
    Ok(next)
}

/// A restored screen must be one the visitor could have reached with these answers.
fn check_reachable(answers: &Answers, screen: Screen) -> Result<(), Rejected> {
    match screen {
        Screen::Intro => Ok(()),
        Screen::Results if answers.is_complete() => Ok(()),
        Screen::Results => Err(Rejected::Incomplete),
        Screen::Question(q) if q >= questionnaire().len() => Err(Rejected::NoSuchQuestion(q)),
        Screen::Question(q) => match (0..q).find(|&earlier| !is_settled(answers, earlier)) {
            Some(missing) => Err(Rejected::Unreachable(missing)),
            None => Ok(()),
        },
    }
}

impl Reducible for State {
    type Action = Action;

    fn reduce(self: Rc<Self>, action: Action) -> Rc<Self> {
        match self.apply(action) {
            Ok(next) => Rc::new(next),
            // Same Rc: Yew skips the re-render.
            Err(_) => self,
        }
    }
}
