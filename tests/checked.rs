//! Native tests of the product checker around the reducer: its transitions (the data asked for when the section
//! opens, checks kept newest first, forgotten, another tab's followed), the checked products' storage format and its
//! typed refusals (corrupt, newer or oversized values refused whole, with one warning, the current result kept), and
//! the verdict read again after a check-in.
#![cfg(not(target_arch = "wasm32"))]

// Shared with `storage.rs` and `fuzz.rs`; this file uses only its storage.
#[allow(dead_code)]
mod tabs;

use std::rc::Rc;

use skin_analysis::checked::{CheckedError, CheckedStore, ProductError, MAX_LEN};
use skin_analysis::checker::{self as product_checker, Checker};
use skin_analysis::config::InstanceId;
use skin_analysis::kept::Format;
use skin_analysis::state::{
    Action, Fold, Ingredients, LoadError, Opening, Rejected, Screen, State, MAX_LABEL, MAX_PRODUCTS,
};
use skin_analysis::storage;
use skin_rules::ingredients::{bundled_file, Level};
use skin_rules::results::{KeptProduct, ResultsModel};
use skin_rules::{questionnaire, Answers, ChoiceSet, Lang};
use tabs::Shared;

type Products = Vec<KeptProduct>;

const RETINOL_SERUM: &str =
    "Ingredients: Water/Aqua/Eau, Squalane, Caprylic/Capric Triglyceride, Retinol, \
                             Butyrospermum Parkii (Shea) Butter, Tocopherol, Phenoxyethanol.";
const SNAIL_ESSENCE: &str =
    "Snail Secretion Filtrate, Betaine, Butylene Glycol, 1,2-Hexanediol, Sodium Hyaluronate, \
                             Allantoin, Panthenol";

fn id() -> InstanceId {
    InstanceId::parse("tabs").expect("a valid id")
}

/// The checker with the rules crate's engine in this process (the page's module answers the same requests).
fn known() -> Checker {
    product_checker::install(bundled_file()).expect("the bundled file reads")
}

/// An adult with resilient skin and nothing to declare.
const CALM: &[&str] = &[
    "sensitivity=resilient",
    "conditions=none",
    "allergies=none",
    "health=none",
    "breakouts=rarely",
];

/// Complete answers: the first choice of every question, then [`CALM`] and `picks` (`question=choice`) on top.
fn answers(picks: &[&str]) -> Answers {
    let mut answers = Answers::default();
    for index in 0..questionnaire().len() {
        answers.set(index, ChoiceSet::single(0)).expect("valid");
    }
    for pick in CALM.iter().chain(picks) {
        let (question, choice) = pick.split_once('=').expect("question=choice");
        let index = skin_rules::question_index(question).expect("a question");
        answers.clear(index);
        answers.pick_by_id(question, choice).expect("a choice");
    }
    answers
}

#[track_caller]
fn apply(state: &State, action: Action) -> State {
    state
        .apply(action.clone())
        .unwrap_or_else(|e| panic!("{action:?} rejected: {e}"))
}

/// The results of `answers`, with the checker's section open and its data loaded.
fn checker(answers: Answers) -> State {
    let state = apply(
        &State::new(Lang::En),
        Action::Restore {
            answers,
            screen: Screen::Results,
            lang: None,
        },
    );
    let open = apply(&state, Action::ToggleFold(Fold::Products));
    apply(&open, Action::IngredientsLoaded(known()))
}

fn check(state: &State, name: &str, label: &str) -> State {
    apply(
        state,
        Action::CheckProduct {
            name: name.into(),
            label: label.into(),
        },
    )
}

/// `state` with someone's shared result on screen.
fn viewing_shared(state: &State) -> State {
    apply(
        state,
        Action::ViewShared(skin_rules::Read {
            answers: answers(&[]),
            ..Default::default()
        }),
    )
}

fn pregnant() -> Answers {
    answers(&["health=pregnant"])
}

#[test]
fn opening_the_section_asks_for_the_data_once_and_a_failure_can_be_retried() {
    let state = apply(
        &State::new(Lang::En),
        Action::Restore {
            answers: pregnant(),
            screen: Screen::Results,
            lang: None,
        },
    );
    // A reader who never opens the checker never asks for its data.
    assert_eq!(state.ingredients, Ingredients::NotLoaded);
    let why = apply(&state, Action::ToggleFold(Fold::Why));
    assert_eq!(why.ingredients, Ingredients::NotLoaded);
    let open = apply(&state, Action::ToggleFold(Fold::Products));
    assert_eq!(open.ingredients, Ingredients::Loading);
    // Closed and opened again while loading: still the one request.
    let again = apply(
        &apply(&open, Action::ToggleFold(Fold::Products)),
        Action::ToggleFold(Fold::Products),
    );
    assert_eq!(again.ingredients, Ingredients::Loading);

    let error = LoadError::Module("not a skin-analysis ingredients file".into());
    let failed = apply(&open, Action::IngredientsFailed(error.clone()));
    assert_eq!(failed.ingredients, Ingredients::Failed(error));
    assert_eq!(
        failed.apply(Action::CheckProduct {
            name: String::new(),
            label: RETINOL_SERUM.into()
        }),
        Err(Rejected::IngredientsNotReady)
    );
    let retried = apply(&failed, Action::RetryIngredients);
    assert_eq!(retried.ingredients, Ingredients::Loading);
    let ready = apply(&retried, Action::IngredientsLoaded(known()));
    assert!(matches!(ready.ingredients, Ingredients::Ready(_)));
    // Data nobody asked for is refused.
    assert_eq!(
        state.apply(Action::IngredientsLoaded(known())),
        Err(Rejected::IngredientsNotReady)
    );
    assert_eq!(
        ready.apply(Action::RetryIngredients),
        Err(Rejected::IngredientsNotReady)
    );
}

#[test]
fn a_saved_result_with_the_section_open_asks_for_the_data_as_it_opens() {
    let results = checker(pregnant());
    let opened = State::open(Opening {
        lang: Lang::En,
        focus: None,
        saved: Some(State {
            ingredients: Ingredients::NotLoaded,
            ..results.clone()
        }),
        shared: None,
        folds: [Fold::Products].into_iter().collect(),
        products: vec![KeptProduct {
            name: "Serum".into(),
            label: RETINOL_SERUM.into(),
            verdict: Some(Level::Avoid),
        }],
    });
    assert_eq!(opened.ingredients, Ingredients::Loading);
    assert_eq!(opened.products.len(), 1);
}

#[test]
fn checks_are_kept_newest_first_with_their_verdict_and_a_list_checked_again_moves_up() {
    let state = checker(pregnant());
    let serum = check(&state, "  Night serum ", RETINOL_SERUM);
    assert_eq!(
        *serum.products,
        [KeptProduct {
            name: "Night serum".into(),
            label: RETINOL_SERUM.into(),
            verdict: Some(Level::Avoid),
        }]
    );
    let both = check(&serum, "", SNAIL_ESSENCE);
    assert_eq!(both.products.len(), 2);
    assert_eq!(both.products[0].verdict, None);
    assert_eq!(both.products[0].label, SNAIL_ESSENCE);
    let renamed = check(&both, "Retinol serum", RETINOL_SERUM);
    assert_eq!(renamed.products.len(), 2);
    assert_eq!(renamed.products[0].name, "Retinol serum");
    assert_eq!(renamed.products[1].label, SNAIL_ESSENCE);

    let mut many = state.clone();
    for n in 0..MAX_PRODUCTS + 3 {
        many = check(&many, "", &format!("Glycerin, Water {n}"));
    }
    assert_eq!(many.products.len(), MAX_PRODUCTS);
    assert_eq!(
        many.products[0].label,
        format!("Glycerin, Water {}", MAX_PRODUCTS + 2)
    );

    let nothing = Action::CheckProduct {
        name: "x".into(),
        label: " \n ".into(),
    };
    assert_eq!(state.apply(nothing), Err(Rejected::NothingToCheck));
    let huge = Action::CheckProduct {
        name: String::new(),
        label: "a".repeat(MAX_LABEL + 1),
    };
    assert_eq!(state.apply(huge), Err(Rejected::TooLong));
    // Only on the visitor's own results, never a shared one.
    let shared = viewing_shared(&serum);
    assert_eq!(
        shared.apply(Action::CheckProduct {
            name: String::new(),
            label: SNAIL_ESSENCE.into()
        }),
        Err(Rejected::ViewingShared)
    );
}

#[test]
fn forgetting_and_another_tabs_products_replace_those_on_show() {
    let state = check(&checker(pregnant()), "Serum", RETINOL_SERUM);
    let forgotten = apply(&state, Action::ForgetProducts);
    assert!(forgotten.products.is_empty());
    assert_eq!(
        forgotten.apply(Action::ForgetProducts),
        Err(Rejected::Unchanged)
    );
    let followed = apply(&forgotten, Action::RestoreProducts(state.products.clone()));
    assert_eq!(followed.products, state.products);
}

#[test]
fn removing_one_product_keeps_the_others_in_order_and_its_store_writes_them() {
    let three = ["Serum", "Essence", "Toner"]
        .into_iter()
        .zip([RETINOL_SERUM, SNAIL_ESSENCE, "Glycerin, Water"])
        .fold(checker(pregnant()), |state, (name, label)| {
            check(&state, name, label)
        });
    let names =
        |state: &State| -> Vec<String> { state.products.iter().map(|p| p.name.clone()).collect() };
    assert_eq!(names(&three), ["Toner", "Essence", "Serum"]);
    let removed = apply(&three, Action::RemoveProduct(1));
    assert_eq!(names(&removed), ["Toner", "Serum"]);
    assert_eq!(
        removed.apply(Action::RemoveProduct(2)),
        Err(Rejected::NoSuchProduct(2))
    );
    let last = apply(
        &apply(&removed, Action::RemoveProduct(0)),
        Action::RemoveProduct(0),
    );
    assert!(last.products.is_empty());

    // Kept as the reducer left them: the other tab reads exactly those back.
    let shared = Rc::new(Shared::default());
    store(&shared).save(&removed.products);
    assert_eq!(
        CheckedStore::follow(stored(&shared).as_deref()),
        Some((*removed.products).clone())
    );
    store(&shared).save(&last.products);
    assert_eq!(stored(&shared), None, "the last one removed: the key goes");

    // Only on the visitor's own quiz, never while a shared result is on screen.
    let viewing = viewing_shared(&three);
    assert_eq!(
        viewing.apply(Action::RemoveProduct(0)),
        Err(Rejected::ViewingShared)
    );
}

#[test]
fn a_check_in_that_makes_a_kept_verdict_worse_says_so() {
    let calm = checker(answers(&[]));
    let kept = check(&calm, "Serum", RETINOL_SERUM);
    assert_eq!(
        kept.products[0].verdict, None,
        "nothing conflicts for this reader"
    );
    let known = known();
    let read = |answers: &Answers| {
        let mut model =
            ResultsModel::new(answers, None, Lang::En, &Default::default(), None, &[], "");
        model.checked = known
            .check(answers, &kept.products, Lang::En)
            .expect("checked");
        model.checked.remove(0)
    };
    let before = read(&kept.answers);
    assert!(!before.worse);
    assert_eq!(before.verdict, "Nothing here conflicts with your answers.");
    assert!(before.fits.is_some(), "a product she may use has its step");
    // She checks in pregnant: the same kept product now conflicts.
    let now = read(&pregnant());
    assert!(now.worse);
    assert_eq!(now.level, Some(Level::Avoid));
    let (name, flag) = now
        .known
        .iter()
        .find(|(name, _)| name == "Retinol")
        .expect("retinol is named");
    assert_eq!(name, "Retinol");
    let (level, why) = flag.as_ref().expect("flagged");
    assert_eq!(*level, Level::Avoid);
    assert!(why.contains("pregnant"), "{why}");
    // The ordinary ingredients are named and flag nothing; the product's step is said.
    assert!(now
        .known
        .iter()
        .any(|(name, flag)| name == "Tocopherol" && flag.is_none()));
    assert!(now.fits.is_none(), "a product to avoid has no step");
}

fn stored(shared: &Shared) -> Option<String> {
    shared.get(&CheckedStore::key_of(&id()))
}

fn store(shared: &Rc<Shared>) -> CheckedStore {
    CheckedStore::with_backend(&id(), tabs::backend(shared))
}

fn products() -> Vec<KeptProduct> {
    vec![
        KeptProduct {
            name: "Back\\slash\tserum".into(),
            label: "Water,\nRetinol\r\n".into(),
            verdict: Some(Level::Avoid),
        },
        KeptProduct {
            name: String::new(),
            label: "글리세린, 달팽이분비물여과물".into(),
            verdict: None,
        },
        KeptProduct {
            name: "Toner".into(),
            label: "Glycolic Acid".into(),
            verdict: Some(Level::Caution),
        },
    ]
}

#[test]
fn the_format_reads_back_what_it_writes_escaping_what_separates() {
    let value = products().encode();
    assert_eq!(
        value,
        "p1\na\tBack\\\\slash\\tserum\tWater,\\nRetinol\\r\\n\n-\t\t글리세린, 달팽이분비물여과물\nc\tToner\tGlycolic Acid"
    );
    assert_eq!(Products::decode(&value), Ok(products()));
    assert_eq!(Products::decode("p1"), Ok(Vec::new()));
    assert_eq!(
        CheckedStore::key_of(&id()),
        format!("{}:products", storage::key(&id()))
    );
}

#[test]
fn corrupt_newer_or_oversized_values_are_refused_whole_with_the_reason() {
    let good = products().encode();
    let cases: [(String, CheckedError); 7] = [
        ("p2\na\tx\ty".into(), CheckedError::Version("p2".into())),
        ("".into(), CheckedError::Version(String::new())),
        (
            good.replacen("\nc\t", "\nx\t", 1),
            CheckedError::Entry {
                index: 2,
                error: ProductError::Verdict("x".into()),
            },
        ),
        (
            format!("{good}\na\tonly a name"),
            CheckedError::Entry {
                index: 3,
                error: ProductError::Shape,
            },
        ),
        (
            "p1\na\tbad\\q\tlist".into(),
            CheckedError::Entry {
                index: 0,
                error: ProductError::Escape,
            },
        ),
        (
            format!("p1\na\t\t{}", "a".repeat(MAX_LABEL + 1)),
            CheckedError::Entry {
                index: 0,
                error: ProductError::TooLong,
            },
        ),
        (
            format!("p1{}", "\n-\t\tGlycerin".repeat(MAX_PRODUCTS + 1)),
            CheckedError::TooMany(MAX_PRODUCTS + 1),
        ),
    ];
    for (value, error) in cases {
        assert_eq!(Products::decode(&value), Err(error), "{value:?}");
    }
    let long = format!("p1\n-\t\t{}", "a".repeat(MAX_LEN));
    assert_eq!(
        Products::decode(&long),
        Err(CheckedError::TooLong(long.len()))
    );
}

#[test]
fn the_store_keeps_forgets_and_refuses_a_corrupt_value_with_one_warning_keeping_the_result() {
    let shared = Rc::new(Shared::default());
    let store = store(&shared);
    assert!(store.load().is_empty());
    store.save(&products());
    assert_eq!(stored(&shared), Some(products().encode()));
    assert_eq!(store.load(), products());
    store.save(&Vec::new());
    assert_eq!(stored(&shared), None);

    // The current result is under its own key: a corrupt products value leaves it as it is.
    shared.put("v2|1|results|en|saved-result");
    shared
        .values
        .borrow_mut()
        .insert(CheckedStore::key_of(&id()), "p9\nfrom the future".into());
    let reader = self::store(&shared);
    assert!(reader.load().is_empty());
    assert!(reader.load().is_empty());
    assert_eq!(shared.warnings.borrow().len(), 1, "{:?}", shared.warnings);
    assert!(shared.warnings.borrow()[0].contains("ignoring the stored checked products"));
    assert_eq!(
        shared
            .values
            .borrow()
            .get(&storage::key(&id()))
            .map(String::as_str),
        Some("v2|1|results|en|saved-result")
    );
    // Loading writes nothing: the refused value stays until the next check replaces it.
    assert_eq!(stored(&shared).as_deref(), Some("p9\nfrom the future"));

    // Storage that throws: nothing read, nothing warned here (the progress's store warns once for the page).
    let refused = Rc::new(Shared::default());
    refused.refused.set(true);
    let quiet = self::store(&refused);
    quiet.save(&products());
    assert!(quiet.load().is_empty());
    assert!(refused.warnings.borrow().is_empty());
}

#[test]
fn another_tab_is_followed_and_its_unreadable_value_ignored() {
    assert_eq!(
        CheckedStore::follow(Some(&products().encode())),
        Some(products())
    );
    assert_eq!(CheckedStore::follow(None), Some(Vec::new()));
    assert_eq!(CheckedStore::follow(Some("garbage")), None);
}
