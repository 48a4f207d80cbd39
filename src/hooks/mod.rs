//! The widget's behaviour, one hook a file, so `App` is only their composition and the screen on show.
//!
//! Each hook does one thing around the reducer: [`use_persisted_quiz`] owns the state and saves it,
//! [`use_outcome`] derives the results once per results screen, [`use_host_events`] tells the host page what is on
//! screen, [`use_screen_focus`] moves focus to each new screen, [`use_products`] loads the owner's product catalog, [`use_share_links`] opens share links that arrive
//! while the page is open, [`use_text`] picks the language to render (fetching one not loaded yet). None of them decides a transition: they dispatch [`crate::state::Action`]s.

mod focus;
mod host_events;
mod outcome;
mod persistence;
mod products;
mod share_links;
mod text;

pub use focus::use_screen_focus;
pub use host_events::use_host_events;
pub use outcome::use_outcome;
pub use persistence::use_persisted_quiz;
pub use products::use_products;
pub use share_links::use_share_links;
pub use text::use_text;
