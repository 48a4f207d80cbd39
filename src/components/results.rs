use std::rc::Rc;

use skin_rules::products::Catalog;
use skin_rules::{fill, strings::ui, Answers, Lang, Outcome, RankedTip};
use yew::prelude::*;

use super::answer_review::AnswerReview;
use super::cautions::Cautions;
use super::check_ins::check_ins;
use super::profile_summary::ProfileSummary;
use super::result_actions::ResultActions;
use super::routine_list::RoutineList;
use super::shared_notice::use_shared_view;
use super::tip_card::TipCard;
use super::week_grid::WeekGrid;
use super::what_changed::what_changed;
use crate::config::InstanceId;
use crate::events::HostEvent;
use crate::hooks::HistoryHandle;
use crate::state::Action;

#[derive(Properties, PartialEq)]
pub struct ResultsProps {
    pub lang: Lang,
    pub answers: Answers,
    /// The outcome of `answers`, worked out once by `App` (`hooks::use_outcome`) for this view and the host event.
    pub outcome: Rc<Outcome>,
    pub more_tips_open: bool,
    /// Passed on to the share button.
    pub instance_id: InstanceId,
    pub id_prefix: AttrValue,
    /// The results title: focus moves there when the results appear.
    pub heading_ref: NodeRef,
    pub on_action: Callback<Action>,
    /// The source article the page is, if it is one (an index in `skin_rules::articles()`).
    pub article: Option<usize>,
    /// Where this site has each source article (`Config::article_urls`).
    pub article_urls: Vec<(usize, String)>,
    /// The owner's products (empty without `data-products`).
    pub catalog: Rc<Catalog>,
    /// Told when a product link is followed.
    pub on_event: Callback<HostEvent>,
    /// The reader's own earlier results (`hooks::use_history`); not shown on a shared result.
    pub history: HistoryHandle,
    pub on_check_in: Callback<()>,
}

/// The outcome of the answers: urgent cautions first, then what changed since the reader's earlier result, the profile, the calm-plan notice instead of the tips when the skin needs rest, else the highlighted tips (the rest behind a
/// disclosure button), the routine, the other cautions, the actions, the reader's check-ins, the disclaimer and the answers with "Change".
#[component]
pub fn Results(props: &ResultsProps) -> Html {
    let lang = props.lang;
    let outcome = &props.outcome;
    let own = use_shared_view().is_none();
    // Someone else's result must not be titled "Your skin results".
    let title = if !own {
        ui::SHARED_RESULTS_TITLE
    } else {
        ui::RESULTS_TITLE
    };
    let (top, rest) = (outcome.highlighted_tips(), outcome.other_tips());
    let more_id = format!("{}-more-tips", props.id_prefix);
    let ontoggle = props
        .on_action
        .reform(|_: MouseEvent| Action::ToggleMoreTips);
    let more_label = if props.more_tips_open {
        ui::FEWER_TIPS.get(lang).to_owned()
    } else {
        fill(
            ui::MORE_TIPS.get(lang),
            &[("count", &rest.len().to_string())],
        )
    };
    let card = |ranked: &RankedTip, highlighted: bool| {
        let source = ranked.tip.source;
        let source_url = props
            .article_urls
            .iter()
            .find(|(article, _)| *article == source)
            .map(|(_, url)| AttrValue::from(url.clone()));
        html! {
            <TipCard {lang} tip={*ranked} {highlighted} from_page_article={props.article == Some(source)} {source_url} />
        }
    };
    let products = |items: &[skin_rules::RoutineItem]| {
        props
            .catalog
            .for_routine(items, &props.answers, outcome, lang)
            .into_iter()
            .map(|picks| picks.into_iter().cloned().collect())
            .collect::<Vec<_>>()
    };
    let disclaimer = outcome.disclaimer();
    let routine_text = outcome.routine_text(lang);

    html! {
        <section class="sa-screen sa-results">
            <h2 class="sa-title" tabindex="-1" ref={props.heading_ref.clone()}>{ title.get(lang) }</h2>
            <Cautions {lang} cautions={outcome.urgent().collect::<Vec<_>>()} urgent=true />
            if let Some(since) = own.then(|| props.history.history.before(&props.answers)).flatten() {
                { what_changed(lang, &props.answers, since) }
            }
            <ProfileSummary {lang} profile={outcome.profile} />
            if outcome.calm {
                <section class="sa-section sa-calm">
                    <h3 class="sa-section-title">{ ui::CALM_HEADING.get(lang) }</h3>
                    <p>{ ui::CALM_BODY.get(lang) }</p>
                </section>
            } else {
            <section class="sa-section sa-tips">
                <h3 class="sa-section-title">{ ui::TIPS_HEADING.get(lang) }</h3>
                <div class="sa-tip-grid">
                    { for top.iter().map(|tip| card(tip, true)) }
                </div>
                if !rest.is_empty() {
                    <button type="button" class="sa-button sa-button--disclosure" aria-controls={more_id.clone()}
                        aria-expanded={if props.more_tips_open { "true" } else { "false" }} onclick={ontoggle}>
                        { more_label }
                    </button>
                    // Always rendered, hidden on screen while closed, so printing shows every tip.
                    <div id={more_id.clone()}
                        class={classes!("sa-tip-grid", "sa-more-tips", (!props.more_tips_open).then_some("sa-more-tips--closed"))}>
                        { for rest.iter().map(|tip| card(tip, false)) }
                    </div>
                }
            </section>
            }
            <section class="sa-section sa-routine">
                <h3 class="sa-section-title">{ ui::ROUTINE_HEADING.get(lang) }</h3>
                <div class="sa-routine-grid">
                    <RoutineList {lang} title={ui::ROUTINE_AM.get(lang)} items={outcome.routine.am.clone()} evening=false
                        products={products(&outcome.routine.am)} on_event={props.on_event.clone()} />
                    <RoutineList {lang} title={ui::ROUTINE_PM.get(lang)} items={outcome.routine.pm.clone()} evening=true
                        products={products(&outcome.routine.pm)} on_event={props.on_event.clone()} />
                </div>
                <WeekGrid {lang} items={outcome.routine.planned().copied().collect::<Vec<_>>()} />
                if outcome.routine.phased() {
                    <p class="sa-routine-phased">{ ui::ROUTINE_PHASED.get(lang) }</p>
                }
                if !outcome.calm {
                    <p class="sa-routine-results">{ ui::ROUTINE_RESULTS.get(lang) }</p>
                }
            </section>
            <Cautions {lang} cautions={outcome.other_cautions().collect::<Vec<_>>()} urgent=false />
            <ResultActions {lang} answers={props.answers.clone()} instance_id={props.instance_id.clone()}
                routine_text={routine_text} on_action={props.on_action.clone()} />
            if own {
                { check_ins(lang, &props.history, &props.instance_id, &props.on_check_in) }
            }
            <AnswerReview {lang} answers={props.answers.clone()} on_action={props.on_action.clone()} />
            <p class="sa-disclaimer">{ disclaimer.text.get(lang) }</p>
        </section>
    }
}
