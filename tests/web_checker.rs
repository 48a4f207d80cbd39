//! "Check a product" in a real browser: folded and counted like the other sections; opening it asks for the
//! ingredients file, whose failure is said on screen with a way to try again and never loses what was typed; a check
//! shows the verdict first and each flagged ingredient with its reason; the product is kept over a reload, removed
//! alone by its own button, and "Forget my history" forgets the rest.
#![cfg(target_arch = "wasm32")]

use skin_analysis::checked::CheckedStore;
use skin_analysis::checker;
use skin_analysis_testkit::*;
use skin_rules::ingredients::bundled_file;
use skin_rules::strings::{check, progress};
use skin_rules::{fill, Lang};
use wasm_bindgen::JsCast;
use wasm_bindgen_test::*;
use web_sys::{HtmlElement, HtmlInputElement, HtmlTextAreaElement};

wasm_bindgen_test_configure!(run_in_browser);

const EN: Lang = Lang::En;
const SERUM: &str =
    "INGREDIENTS: Water/Aqua/Eau, Squalane, Retinol (0.3%), Tocopherol, Mystery Extract.";

fn field<T: JsCast>(app: &Mounted, selector: &str) -> T {
    app.find(selector)
        .and_then(|e| e.dyn_into().ok())
        .unwrap_or_else(|| panic!("no {selector}"))
}

fn stored(id: &str) -> Option<String> {
    storage()
        .get_item(&CheckedStore::key_of(&iid(id)))
        .ok()
        .flatten()
}

async fn open_checker(app: &Mounted) {
    let button: HtmlElement = field(app, ".sa-fold--products .sa-fold-button");
    button.click();
    yew::scheduler::flush().await;
}

#[wasm_bindgen_test]
async fn a_check_says_the_verdict_and_flags_is_kept_and_forgotten_and_a_failed_load_keeps_the_paste(
) {
    let id = "checker";
    let app = fresh_app(id, Some(EN)).await;
    // The first choices: pregnant (and more) among them.
    app.complete_with_first_choices(EN).await;
    assert_eq!(
        app.text_of(".sa-fold--products .sa-fold-button"),
        format!("{} (0)", check::HEADING.get(EN))
    );

    // The test server has no ingredients file: opening says so, and what was typed stays.
    open_checker(&app).await;
    let list: HtmlTextAreaElement = field(&app, ".sa-check-form textarea");
    list.set_value(SERUM);
    app.wait_until(|app| app.find(".sa-check-failed").is_some())
        .await;
    assert!(
        app.text_of(".sa-check-failed")
            .starts_with(check::LOAD_FAILED.get(EN)),
        "{}",
        app.text()
    );
    let submit: HtmlElement = field(&app, ".sa-check-form button[type=submit]");
    assert!(
        submit.has_attribute("disabled"),
        "nothing to check with yet"
    );
    assert_eq!(list.value(), SERUM, "what she typed is kept");

    // Try again, with the file there this time.
    checker::install(bundled_file()).expect("the bundled file reads");
    app.click(check::RETRY.get(EN)).await;
    app.wait_until(|app| {
        app.find(".sa-check-form button[type=submit]:not([disabled])")
            .is_some()
    })
    .await;
    let name: HtmlInputElement = field(&app, ".sa-check-form input");
    name.set_value("Night serum");
    let submit: HtmlElement = field(&app, ".sa-check-form button[type=submit]");
    submit.click();
    yew::scheduler::flush().await;

    assert_eq!(app.count(".sa-checked"), 1, "{}", app.text());
    assert_eq!(app.text_of(".sa-checked-name"), "Night serum");
    assert!(app
        .text_of(".sa-checked-verdict")
        .starts_with("Not for you as it is"));
    let flagged = app.all(".sa-checked-ingredients li");
    let retinol = flagged
        .iter()
        .find(|li| {
            li.query_selector(".sa-flag--avoid")
                .ok()
                .flatten()
                .is_some()
        })
        .and_then(|li| li.text_content())
        .expect("an avoid flag");
    assert!(retinol.starts_with("Retinol"), "{retinol}");
    assert!(retinol.contains(check::AVOID.get(EN)));
    assert!(
        retinol.contains("I am pregnant or breastfeeding"),
        "{retinol}"
    );
    assert!(app
        .text_of(".sa-checked-unknown")
        .contains("Mystery Extract"));
    assert_eq!(
        app.text_of(".sa-fold--products .sa-fold-button"),
        format!("{} (1)", check::HEADING.get(EN))
    );
    let kept = stored(id).expect("kept on the device");
    assert!(kept.starts_with("p1\na\tNight serum\t"), "{kept:?}");
    // Nothing pasted in the progress or the history.
    assert!(!saved(id).unwrap_or_default().contains("Retinol"));

    // A reload: kept, and shown again (the section was left open).
    app.unmount().await;
    let app = mount(config(id, Some(EN))).await;
    app.wait_until(|app| app.find(".sa-checked").is_some())
        .await;
    assert_eq!(app.text_of(".sa-checked-name"), "Night serum");
    assert!(app.find(".sa-checked-worse").is_none());

    // A second product, then the first removed by its own button: only it goes, from screen and storage, and a
    // reload does not bring it back.
    app.wait_until(|app| {
        app.find(".sa-check-form button[type=submit]:not([disabled])")
            .is_some()
    })
    .await;
    field::<HtmlInputElement>(&app, ".sa-check-form input").set_value("Toner");
    field::<HtmlTextAreaElement>(&app, ".sa-check-form textarea").set_value("Water, Glycerin");
    field::<HtmlElement>(&app, ".sa-check-form button[type=submit]").click();
    yew::scheduler::flush().await;
    assert_eq!(app.count(".sa-checked"), 2, "{}", app.text());
    app.click(&fill(check::REMOVE.get(EN), &[("name", "Night serum")]))
        .await;
    assert_eq!(app.count(".sa-checked"), 1, "{}", app.text());
    assert_eq!(app.text_of(".sa-checked-name"), "Toner");
    let kept = stored(id).expect("the other product is kept");
    assert!(
        kept.starts_with("p1\n-\tToner\t") && !kept.contains("Night serum"),
        "{kept:?}"
    );
    app.unmount().await;
    let app = mount(config(id, Some(EN))).await;
    app.wait_until(|app| app.find(".sa-checked").is_some())
        .await;
    assert_eq!(app.count(".sa-checked"), 1, "{}", app.text());
    assert_eq!(app.text_of(".sa-checked-name"), "Toner");

    // Forget my history: the products go too.
    let check_ins: HtmlElement = field(&app, ".sa-fold--check-ins .sa-fold-button");
    check_ins.click();
    yew::scheduler::flush().await;
    app.click(progress::FORGET.get(EN)).await;
    assert_eq!(app.count(".sa-checked"), 0);
    assert_eq!(stored(id), None);
    assert_eq!(
        app.text_of(".sa-fold--products .sa-fold-button"),
        format!("{} (0)", check::HEADING.get(EN))
    );
    app.finish().await;
}
