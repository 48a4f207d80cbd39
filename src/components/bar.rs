use yew::prelude::*;

#[derive(Properties, PartialEq)]
pub struct BarProps {
    /// 0–100.
    pub value: u8,
    #[prop_or_default]
    pub class: Classes,
}

/// A thin horizontal bar filled to `value` percent. Decorative (`aria-hidden`): every bar is shown next to its
/// value as text. The width is set through the CSSOM rather than a `style` attribute, so a host page whose
/// Content-Security-Policy forbids inline styles still gets the bars.
#[component]
pub fn Bar(props: &BarProps) -> Html {
    let fill = use_node_ref();
    {
        let fill = fill.clone();
        use_effect_with(props.value, move |value| {
            if let Some(el) = fill.cast::<web_sys::HtmlElement>() {
                let _ = el
                    .style()
                    .set_property("width", &format!("{}%", (*value).min(100)));
            }
        });
    }
    html! {
        <span class={classes!("sa-bar", props.class.clone())} aria-hidden="true">
            <span class="sa-bar-fill" ref={fill}></span>
        </span>
    }
}
