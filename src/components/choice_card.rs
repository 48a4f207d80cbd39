use yew::prelude::*;

#[derive(Properties, PartialEq)]
pub struct ChoiceCardProps {
    /// Radio for single-choice questions, checkbox for multi-select ones.
    pub multi: bool,
    /// The radio group's name, unique per instance and question.
    pub name: AttrValue,
    pub id: AttrValue,
    pub label: AttrValue,
    pub checked: bool,
    /// A multi-select question at its maximum disables the unpicked boxes (the visitor unticks one first).
    pub disabled: bool,
    pub on_toggle: Callback<()>,
}

/// One choice: a native radio or checkbox inside its label, styled as a big tappable card. Native inputs give
/// keyboard (arrows, Space) and screen reader behaviour for free.
#[component]
pub fn ChoiceCard(props: &ChoiceCardProps) -> Html {
    let onchange = props.on_toggle.reform(|_: Event| ());
    let kind = if props.multi { "checkbox" } else { "radio" };
    let class = classes!(
        "sa-choice",
        props.multi.then_some("sa-choice--multi"),
        props.checked.then_some("sa-choice--checked"),
        props.disabled.then_some("sa-choice--disabled"),
    );
    html! {
        <label {class} for={props.id.clone()}>
            <input type={kind} class="sa-choice-input" id={props.id.clone()} name={props.name.clone()}
                checked={props.checked} disabled={props.disabled} {onchange} />
            <span class="sa-choice-label">{ props.label.clone() }</span>
        </label>
    }
}
