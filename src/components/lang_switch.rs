use skin_rules::{strings, Lang};
use yew::prelude::*;

#[derive(Properties, PartialEq)]
pub struct LangSwitchProps {
    pub lang: Lang,
    pub on_change: Callback<Lang>,
}

/// The language buttons in the widget's header. Each language is named in itself (and marked with its own
/// `lang`), so a visitor who cannot read the current language still finds theirs.
#[component]
pub fn LangSwitch(props: &LangSwitchProps) -> Html {
    let label = strings::ui::LANGUAGE_LABEL.get(props.lang);
    html! {
        <div class="sa-lang" role="group" aria-label={label}>
            { for Lang::ALL.into_iter().map(|lang| {
                let current = lang == props.lang;
                let onclick = props.on_change.reform(move |_: MouseEvent| lang);
                html! {
                    <button type="button" class={classes!("sa-lang-button", current.then_some("sa-lang-button--current"))}
                        lang={lang.tag()} aria-pressed={if current { "true" } else { "false" }} {onclick}>
                        { lang.name() }
                    </button>
                }
            }) }
        </div>
    }
}
