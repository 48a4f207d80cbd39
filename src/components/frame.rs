use skin_rules::Lang;
use yew::prelude::*;

use super::lang_switch::LangSwitch;
use crate::config::Theme;

#[derive(Properties, PartialEq)]
pub struct FrameProps {
    pub lang: Lang,
    pub theme: Theme,
    pub on_lang: Callback<Lang>,
    pub children: Html,
}

/// The card every screen sits in: the `.sa-root` with its language and theme, and the language switch on top.
/// One component, so the intro rendered into the page at build time (`src/bin/facade.rs`) has exactly the box
/// of the live intro that replaces it.
#[component]
pub fn Frame(props: &FrameProps) -> Html {
    let lang = props.lang;
    html! {
        <div class="sa-root" lang={lang.tag()} data-theme={props.theme.as_str()}>
            <div class="sa-card">
                <div class="sa-topbar">
                    <LangSwitch {lang} on_change={props.on_lang.clone()} />
                </div>
                { props.children.clone() }
            </div>
        </div>
    }
}
