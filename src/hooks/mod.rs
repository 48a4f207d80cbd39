//! The widget's behaviour, one hook a file named after its hook, so `App` is only their composition and the screen
//! on show.
//!
//! Each hook does one thing around the reducer: [`use_persisted_quiz`] owns the state and saves it, [`use_history`]
//! keeps each completed result in the reader's history on the device, [`use_results`] works the results out once per
//! result (`skin_rules::results::ResultsModel`), [`use_host_events`] is the one way out to the host page, [`use_screen_focus`] moves focus to
//! each new screen, [`use_products`] loads the owner's product catalog, [`use_product_check`] loads the product checker's data when it
//! is asked for and keeps the products checked on the device, [`use_share_links`] opens share links that
//! arrive while the page is open, [`use_storage_changes`] follows another tab's writes to a storage key (for the
//! progress and the history), [`use_text`] picks the language to render (fetching one not loaded yet). None of them
//! decides a transition: they dispatch [`crate::state::Action`]s.

mod use_history;
mod use_host_events;
mod use_persisted_quiz;
mod use_product_check;
mod use_products;
mod use_results;
mod use_screen_focus;
mod use_share_links;
mod use_storage_changes;
mod use_text;

pub use use_history::{today, use_history, HistoryHandle, Notice};
pub use use_host_events::use_host_events;
pub use use_persisted_quiz::use_persisted_quiz;
pub use use_product_check::use_product_check;
pub use use_products::use_products;
pub use use_results::use_results;
pub use use_screen_focus::use_screen_focus;
pub use use_share_links::use_share_links;
pub use use_storage_changes::use_storage_changes;
pub use use_text::use_text;
