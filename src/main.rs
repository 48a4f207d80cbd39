//! Standalone entry point (`trunk serve`, and the module the embed loader starts): mounts the quiz into every
//! `[data-skin-analysis]` element and `<skin-analysis>` element on the page.

fn main() {
    skin_analysis::embed::start();
}
