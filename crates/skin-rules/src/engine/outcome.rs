//! The outcome: everything the quiz tells the visitor, with the views the widget and the CLI show it through.

use super::{Profile, RankedTip, Routine, RoutineItem};
use crate::{data, fill, routine_step_name, strings, weekday_name, Caution, Lang, Severity};

/// Everything the quiz tells the visitor.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Outcome {
    /// The skin profile.
    pub profile: Profile,
    /// Every tip that suits the visitor, most relevant first (ties in content order).
    pub tips: Vec<RankedTip>,
    /// How many of the first [`Outcome::tips`] to highlight: those scoring 3 or more, but at least 3 and at most 6
    /// (none in the calm plan, which has no tips).
    pub highlighted: usize,
    /// The morning and evening routine built from the tips.
    pub routine: Routine,
    /// Whether the answers say something is wrong with the skin now (a caution with `calm = true` applies): then
    /// this is the calm plan, the staples (gentle cleanse, moisturiser, sunscreen) with no tip, no note, no extra
    /// and no product, until the skin has settled.
    pub calm: bool,
    /// The cautions that apply, most serious first; the disclaimer is always among them. To show them, use
    /// [`Outcome::urgent`], [`Outcome::other_cautions`] and [`Outcome::disclaimer`], which split them without overlap.
    pub cautions: Vec<&'static Caution>,
}

impl Outcome {
    /// The highlighted tips: the first [`Outcome::highlighted`] of [`Outcome::tips`].
    pub fn highlighted_tips(&self) -> &[RankedTip] {
        &self.tips[..self.highlighted]
    }

    /// The tips after the highlighted ones, in rank order (what "more tips" reveals).
    pub fn other_tips(&self) -> &[RankedTip] {
        &self.tips[self.highlighted..]
    }

    /// The not-medical-advice note: the one caution without conditions, part of every outcome. The build guarantees
    /// there is exactly one, with severity `info`.
    pub fn disclaimer(&self) -> &'static Caution {
        &data::CAUTIONS[data::DISCLAIMER]
    }

    /// The red flags that apply (severity `see_dermatologist`), in content order: shown first and most prominently.
    pub fn urgent(&self) -> impl Iterator<Item = &'static Caution> + '_ {
        self.cautions
            .iter()
            .copied()
            .filter(|c| c.severity == Severity::SeeDermatologist)
    }

    /// The "stop" cautions (severity `warning`): never folded away, right after the red flags.
    pub fn warnings(&self) -> impl Iterator<Item = &'static Caution> + '_ {
        self.cautions
            .iter()
            .copied()
            .filter(|c| c.severity == Severity::Warning)
    }

    /// The cautions that are good to know (severity `info`), other than the disclaimer.
    pub fn good_to_know(&self) -> impl Iterator<Item = &'static Caution> + '_ {
        let disclaimer = self.disclaimer();
        self.cautions
            .iter()
            .copied()
            .filter(move |c| c.severity == Severity::Info && !std::ptr::eq(*c, disclaimer))
    }

    /// The cautions that apply other than the red flags and the disclaimer, most serious first.
    pub fn other_cautions(&self) -> impl Iterator<Item = &'static Caution> + '_ {
        let disclaimer = self.disclaimer();
        self.cautions.iter().copied().filter(move |c| {
            c.severity != Severity::SeeDermatologist && !std::ptr::eq(*c, disclaimer)
        })
    }

    /// Whether an answer is a red flag: the outcome then advises seeing a dermatologist.
    pub fn see_dermatologist(&self) -> bool {
        self.urgent().next().is_some()
    }

    /// The routine as plain text, for "copy my routine": a numbered list for the morning and one for the evening.
    pub fn routine_text(&self, lang: Lang) -> String {
        let mut text = String::new();
        for (heading, items) in [
            (strings::ui::ROUTINE_AM, &self.routine.am),
            (strings::ui::ROUTINE_PM, &self.routine.pm),
        ] {
            if !text.is_empty() {
                text.push('\n');
            }
            text.push_str(heading.get(lang));
            text.push('\n');
            for (number, item) in items.iter().enumerate() {
                text.push_str(&item.line(number + 1, lang));
                text.push('\n');
            }
        }
        if self.routine.planned().next().is_some() {
            text.push('\n');
            text.push_str(strings::ui::WEEK_HEADING.get(lang));
            text.push('\n');
            for day in 0..7 {
                let titles: Vec<&str> = self
                    .routine
                    .evening(day)
                    .map(|item| item.text().get(lang))
                    .collect();
                if !titles.is_empty() {
                    let name = weekday_name(day).get(lang);
                    text.push_str(&format!("{name}: {}\n", titles.join("; ")));
                }
            }
        }
        if self.routine.phased() {
            text.push('\n');
            text.push_str(strings::ui::ROUTINE_PHASED.get(lang));
            text.push('\n');
        }
        // When to expect results is about habits: the calm plan has none.
        if !self.calm {
            text.push('\n');
            text.push_str(strings::ui::ROUTINE_RESULTS.get(lang));
            text.push('\n');
        }
        text
    }
}

impl RoutineItem {
    /// The item as one line of plain text, numbered `number`: "1. Cleanse: … (twice a week) (Tip: …)".
    pub fn line(&self, number: usize, lang: Lang) -> String {
        let mut line = self.short_line(number, lang);
        if let Some(note) = self.note {
            let note = fill(
                strings::ui::ROUTINE_NOTE.get(lang),
                &[("tip", note.text().get(lang))],
            );
            line.push_str(&format!(" ({note})"));
        }
        line
    }

    /// [`RoutineItem::line`] without the technique: "1. Cleanse: … (twice a week)" (for a mail, which must be short).
    pub fn short_line(&self, number: usize, lang: Lang) -> String {
        let step = routine_step_name(self.step).get(lang);
        let mut line = format!("{number}. {step}: {}", self.text().get(lang));
        if let Some(frequency) = self.frequency {
            line.push_str(&format!(" ({})", frequency.get(lang)));
        }
        if self.start_week > 1 {
            let week = self.start_week.to_string();
            let from = fill(
                strings::ui::ROUTINE_START_WEEK.get(lang),
                &[("week", &week)],
            );
            line.push_str(&format!(" ({from})"));
        }
        line
    }
}
