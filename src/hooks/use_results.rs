use std::rc::Rc;

use skin_rules::products::Catalog;
use skin_rules::results::{Earlier, ResultsModel};
use skin_rules::Lang;
use yew::prelude::*;

use crate::history::{Entry, History, Kept};
use crate::share;
use crate::state::{Ingredients, State};

/// The results on screen, if they are: worked out once per result, language, catalog, history (an earlier result
/// to compare with, the history's labels) and checked products (read again by the checker, once it is
/// loaded) and shared by the views and the host's `complete` event. Derived from the
/// answers, never stored, so a changed answer always shows its new result. On a source article (`article`, an index
/// in `skin_rules::articles()`) its tips lead their ties. Someone else's shared result gets no history.
#[hook]
pub fn use_results(
    state: &State,
    lang: Lang,
    article: Option<usize>,
    catalog: Rc<Catalog>,
    history: Rc<History>,
) -> Option<Rc<ResultsModel>> {
    let answers = state.results_shown().cloned();
    let own = state.shared.is_none();
    let checker = match &state.ingredients {
        Ingredients::Ready(checker) => Some(checker.clone()),
        _ => None,
    };
    let products = state.products.clone();
    let model = use_memo(
        (
            answers, own, lang, article, catalog, history, checker, products,
        ),
        |(answers, own, lang, article, catalog, history, checker, products)| {
            let answers = answers.as_ref()?;
            let (since, past) = if *own {
                let past: Vec<Earlier> = history.entries().iter().map(earlier).collect();
                (history.before(answers).map(earlier), past)
            } else {
                (None, Vec::new())
            };
            let page = share::page_address().unwrap_or_default();
            let mut model =
                ResultsModel::new(answers, *article, *lang, catalog, since, &past, &page);
            if let (true, Some(checker)) = (*own, checker) {
                // A failure is the module's console warning; the products then show unchecked.
                model.checked = checker.check(answers, products, *lang).unwrap_or_default();
            }
            Some(Rc::new(model))
        },
    );
    (*model).clone()
}

/// A history entry as the results model reads it.
fn earlier(entry: &Entry) -> Earlier<'_> {
    Earlier {
        day: entry.day,
        answers: match &entry.kept {
            Kept::Answers(read) => Some(read),
            Kept::EarlierQuiz => None,
        },
    }
}
