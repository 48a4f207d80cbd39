use std::rc::Rc;

use skin_rules::results::ResultsModel;
use skin_rules::{fill, questionnaire, strings::progress, strings::ui, Lang, RankedTip};
use yew::prelude::*;

use super::answer_review::AnswerReview;
use super::cautions::{cautions, CautionKind};
use super::check_ins::check_ins;
use super::instance::{use_instance, Instance};
use super::profile_summary::profile_summary;
use super::result_actions::ResultActions;
use super::routine_list::RoutineList;
use super::shared_notice::use_shared_view;
use super::tip_card::tip_card;
use super::week_grid::week_grid;
use super::what_changed::what_changed;
use crate::history::date_text;
use crate::hooks::HistoryHandle;
use crate::share;
use crate::state::{Action, Fold, Folds};
use crate::text_files;

#[derive(Properties)]
pub struct ResultsProps {
    pub lang: Lang,
    /// The results on screen, worked out once by `App` (`hooks::use_results`) for this view and the host event.
    pub results: Rc<ResultsModel>,
    /// The sections open.
    pub folds: Folds,
    /// The results title: focus moves there when the results appear.
    pub heading_ref: NodeRef,
    /// The reader's history and what they can do with it (`hooks::use_history`); not shown on a shared result.
    pub history: HistoryHandle,
    /// The blog owner's line before the disclaimer, in place of ours (`config::OwnerWord::Source`).
    #[prop_or_default]
    pub source: Option<AttrValue>,
}

/// The model is compared by identity: `use_results` builds one per result, language, catalog and history, so the
/// same result is the same `Rc` (a derived comparison would walk the whole outcome on every render, and cost the wasm
/// its code).
impl PartialEq for ResultsProps {
    fn eq(&self, other: &Self) -> bool {
        Rc::ptr_eq(&self.results, &other.results)
            && self.lang == other.lang
            && self.folds == other.folds
            && self.heading_ref == other.heading_ref
            && self.history == other.history
            && self.source == other.source
    }
}

/// The results at a glance, then the rest folded: red flags and "stop" cautions first (never folded), the profile in
/// a sentence, the morning and evening routine, the highlighted tips, the ways to keep them (print, mail, link), then
/// each further section under a counted disclosure button (why these tips, the week plan, every tip, the other
/// cautions, the answers, the check-ins), the disclaimer. Printed: the routine, cautions and highlighted tips, with
/// the date and the page's address.
#[component]
pub fn Results(props: &ResultsProps) -> Html {
    let lang = props.lang;
    let own = use_shared_view().is_none();
    let Some(instance) = use_instance() else {
        return Html::default();
    };
    let results = &props.results;
    let outcome = &results.outcome;
    // Someone else's result must not be titled "Your skin results".
    let title = if own {
        ui::RESULTS_TITLE
    } else {
        ui::SHARED_RESULTS_TITLE
    };
    let card = |ranked: &RankedTip, highlighted: bool| {
        let source = ranked.tip.source;
        tip_card(
            lang,
            ranked,
            highlighted,
            instance.article == Some(source),
            instance.article_url(source),
        )
    };
    let folded = |fold: Fold, heading: &str, count: usize, body: Html| {
        folded(&instance, props.folds, lang, fold, heading, count, body)
    };
    let highlighted = outcome.highlighted_tips();
    let planned: Vec<_> = outcome.routine.planned().copied().collect();
    let good_to_know: Vec<_> = outcome.good_to_know().collect();
    let printed = fill(
        ui::PRINTED.get(lang),
        &[
            ("date", &date_text(props.history.today, lang)),
            ("url", &share::page_address().unwrap_or_default()),
        ],
    );

    html! {
        <section class="sa-screen sa-results">
            // Printed, the results alone matter: their print stylesheet loads with them, never blocking a paint.
            <link rel="stylesheet" media="print" href={text_files::beside_glue(text_files::PRINT_CSS_FILE)} />
            <h2 class="sa-title" tabindex="-1" ref={props.heading_ref.clone()}>{ title.get(lang) }</h2>
            { cautions(lang, &outcome.urgent().collect::<Vec<_>>(), CautionKind::Urgent) }
            { cautions(lang, &outcome.warnings().collect::<Vec<_>>(), CautionKind::Careful) }
            <p class="sa-profile-line">
                { fill(ui::PROFILE_LINE.get(lang), &[("label", outcome.profile.label(lang))]) }
            </p>
            <div class="sa-glance">
                <section class="sa-section sa-routine">
                    <h3 class="sa-section-title">{ ui::ROUTINE_HEADING.get(lang) }</h3>
                    <div class="sa-routine-grid">
                        <RoutineList {lang} title={ui::ROUTINE_AM.get(lang)} items={outcome.routine.am.clone()}
                            evening=false products={results.products_am.clone()} />
                        <RoutineList {lang} title={ui::ROUTINE_PM.get(lang)} items={outcome.routine.pm.clone()}
                            evening=true products={results.products_pm.clone()} />
                    </div>
                    if outcome.routine.phased() {
                        <p class="sa-routine-phased">{ ui::ROUTINE_PHASED.get(lang) }</p>
                    }
                </section>
                if outcome.calm {
                    <section class="sa-section sa-calm">
                        <h3 class="sa-section-title">{ ui::CALM_HEADING.get(lang) }</h3>
                        <p>{ ui::CALM_BODY.get(lang) }</p>
                    </section>
                } else {
                    <section class="sa-section sa-tips">
                        <h3 class="sa-section-title">{ ui::TIPS_HEADING.get(lang) }</h3>
                        <div class="sa-tip-grid">{ for highlighted.iter().map(|tip| card(tip, true)) }</div>
                    </section>
                }
            </div>
            <p class="sa-printed">{ printed }</p>
            <ResultActions {lang} answers={results.answers.clone()} routine_text={outcome.routine_text(lang)}
                mail_myself={results.mail_myself.clone()} mail_dermatologist={results.mail_dermatologist.clone()} />
            <div class="sa-folds">
                { folded(Fold::Why, ui::WHY_HEADING.get(lang), highlighted.len(), html! {
                    <>
                        { profile_summary(lang, outcome.profile) }
                        <ul class="sa-why-list">
                            { for highlighted.iter().map(|ranked| html! {
                                <li>
                                    <h4 class="sa-why-tip">{ ranked.tip.title.get(lang) }</h4>
                                    <ul class="sa-tip-reasons">
                                        { for ranked.reasons().map(|reason| html! { <li>{ reason.text(lang) }</li> }) }
                                    </ul>
                                </li>
                            }) }
                        </ul>
                        <p class="sa-routine-results">{ ui::ROUTINE_RESULTS.get(lang) }</p>
                    </>
                }) }
                if !planned.is_empty() {
                    { folded(Fold::Week, ui::WEEK_HEADING.get(lang), planned.len(), html! {
                        { week_grid(lang, &planned) }
                    }) }
                }
                { folded(Fold::Tips, ui::ALL_TIPS_HEADING.get(lang), outcome.tips.len(), html! {
                    <div class="sa-tip-grid">{ for outcome.tips.iter().map(|tip| card(tip, false)) }</div>
                }) }
                if !good_to_know.is_empty() {
                    { folded(Fold::Cautions, ui::CAUTIONS_HEADING.get(lang), good_to_know.len(), html! {
                        { cautions(lang, &good_to_know, CautionKind::Info) }
                    }) }
                }
                if own {
                    { folded(Fold::Answers, ui::YOUR_ANSWERS.get(lang), questionnaire().len(), html! {
                        <AnswerReview {lang} answers={results.answers.clone()} />
                    }) }
                    { folded(Fold::CheckIns, progress::HEADING.get(lang), results.history.len(), html! {
                        <>
                            if let Some(since) = &results.since {
                                { what_changed(lang, since) }
                            }
                            { check_ins(lang, &results.history, &props.history, &instance) }
                        </>
                    }) }
                }
            </div>
            <p class="sa-disclaimer">
                { props.source.clone().unwrap_or_else(|| ui::BASED_ON.get(lang).into()) }{ " " }
                { outcome.disclaimer().text.get(lang) }
            </p>
        </section>
    }
}

/// A section under a disclosure button: its heading (a level-3 heading holding the button, which says how many
/// items it holds and whether it is open) and its body, hidden while closed.
fn folded(
    instance: &Instance,
    folds: Folds,
    lang: Lang,
    fold: Fold,
    heading: &str,
    count: usize,
    body: Html,
) -> Html {
    let open = folds.is_open(fold);
    let id = format!("{}-{}", instance.id_prefix, fold.id());
    let label = fill(
        ui::FOLDED.get(lang),
        &[("title", heading), ("count", &count.to_string())],
    );
    html! {
        <section class={classes!("sa-fold", format!("sa-fold--{}", fold.id()))}>
            <h3 class="sa-fold-heading">
                <button type="button" class="sa-fold-button" aria-expanded={if open { "true" } else { "false" }}
                    aria-controls={id.clone()} onclick={instance.on_click(Action::ToggleFold(fold))}>
                    { label }
                </button>
            </h3>
            <div {id} class="sa-fold-body" hidden={!open}>{ body }</div>
        </section>
    }
}
