use std::rc::Rc;

use skin_rules::products::Catalog;
use skin_rules::results::{Earlier, ResultsModel};
use skin_rules::Lang;
use yew::prelude::*;

use crate::history::{Entry, History, Kept};
use crate::share;
use crate::state::{Ingredients, State};

/// The results on screen, if they are: worked out once per result, language, catalog, history (an earlier result
/// to compare with, the history's labels) and checked products (read again by the checker's data, once it is
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
    let known = match &state.ingredients {
        Ingredients::Ready(known) => Some(known.clone()),
        _ => None,
    };
    let products = state.products.clone();
    let model = use_memo(
        (
            answers, own, lang, article, catalog, history, known, products,
        ),
        |(answers, own, lang, article, catalog, history, known, products)| {
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
            if let (true, Some(known)) = (*own, known) {
                model.check_products(&known.0, products, *lang);
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
