use std::rc::Rc;

use skin_rules::results::ResultsModel;
use skin_rules::{fill, strings::ui, Lang, RankedTip};
use yew::prelude::*;

use super::answer_review::AnswerReview;
use super::cautions::Cautions;
use super::check_ins::check_ins;
use super::instance::use_instance;
use super::profile_summary::ProfileSummary;
use super::result_actions::ResultActions;
use super::routine_list::RoutineList;
use super::shared_notice::use_shared_view;
use super::tip_card::TipCard;
use super::week_grid::WeekGrid;
use super::what_changed::what_changed;
use crate::hooks::HistoryHandle;
use crate::state::{Action, Fold, Folds};

#[derive(Properties, PartialEq)]
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
}
/// The outcome of the answers: urgent cautions first, then what changed since the reader's earlier result, the profile, the highlighted tips (the rest behind a
/// disclosure button), the routine, the other cautions, the actions, the reader's check-ins, the disclaimer and the answers with "Change".
#[component]
pub fn Results(props: &ResultsProps) -> Html {
    let lang = props.lang;
    let Some(instance) = use_instance() else {
        return Html::default();
    };
    let results = &props.results;
    let outcome = &results.outcome;
    let own = use_shared_view().is_none();
    // Someone else's result must not be titled "Your skin results".
    let title = if !own {
        ui::SHARED_RESULTS_TITLE
    } else {
        ui::RESULTS_TITLE
    };
    let (top, rest) = (outcome.highlighted_tips(), outcome.other_tips());
    let more_id = format!("{}-more-tips", instance.id_prefix);
    let ontoggle = instance.on_click(Action::ToggleFold(Fold::Tips));
    let more_open = props.folds.is_open(Fold::Tips);
    let more_label = if more_open {
        ui::FEWER_TIPS.get(lang).to_owned()
    } else {
        fill(
            ui::MORE_TIPS.get(lang),
            &[("count", &rest.len().to_string())],
        )
    };
    let card = |ranked: &RankedTip, highlighted: bool| {
        let source = ranked.tip.source;
        html! {
            <TipCard {lang} tip={*ranked} {highlighted} from_page_article={instance.article == Some(source)}
                source_url={instance.article_url(source)} />
        }
    };
    let disclaimer = outcome.disclaimer();
    let routine_text = outcome.routine_text(lang);

    html! {
        <section class="sa-screen sa-results">
            <h2 class="sa-title" tabindex="-1" ref={props.heading_ref.clone()}>{ title.get(lang) }</h2>
            <Cautions {lang} cautions={outcome.urgent().collect::<Vec<_>>()} urgent=true />
            if let Some(since) = &results.since {
                { what_changed(lang, since) }
            }
            <ProfileSummary {lang} profile={outcome.profile} />
            <section class="sa-section sa-tips">
                <h3 class="sa-section-title">{ ui::TIPS_HEADING.get(lang) }</h3>
                <div class="sa-tip-grid">
                    { for top.iter().map(|tip| card(tip, true)) }
                </div>
                if !rest.is_empty() {
                    <button type="button" class="sa-button sa-button--disclosure" aria-controls={more_id.clone()}
                        aria-expanded={if more_open { "true" } else { "false" }} onclick={ontoggle}>
                        { more_label }
                    </button>
                    // Always rendered, hidden on screen while closed, so printing shows every tip.
                    <div id={more_id.clone()}
                        class={classes!("sa-tip-grid", "sa-more-tips", (!more_open).then_some("sa-more-tips--closed"))}>
                        { for rest.iter().map(|tip| card(tip, false)) }
                    </div>
                }
            </section>
            <section class="sa-section sa-routine">
                <h3 class="sa-section-title">{ ui::ROUTINE_HEADING.get(lang) }</h3>
                <div class="sa-routine-grid">
                    <RoutineList {lang} title={ui::ROUTINE_AM.get(lang)} items={outcome.routine.am.clone()} evening=false
                        products={results.products_am.clone()} />
                    <RoutineList {lang} title={ui::ROUTINE_PM.get(lang)} items={outcome.routine.pm.clone()} evening=true
                        products={results.products_pm.clone()} />
                </div>
                <WeekGrid {lang} items={outcome.routine.planned().copied().collect::<Vec<_>>()} />
                <p class="sa-routine-results">{ ui::ROUTINE_RESULTS.get(lang) }</p>
            </section>
            <Cautions {lang} cautions={outcome.other_cautions().collect::<Vec<_>>()} urgent=false />
            <ResultActions {lang} answers={results.answers.clone()} {routine_text} />
            if own {
                { check_ins(lang, &results.history, &props.history, &instance) }
            }
            <AnswerReview {lang} answers={results.answers.clone()} />
            <p class="sa-disclaimer">{ disclaimer.text.get(lang) }</p>
        </section>
    }
}
