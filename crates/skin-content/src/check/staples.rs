//! `staples.toml`: the basic routine steps.

use super::*;

impl Checker {
    pub(super) fn staples(&mut self, file: StaplesFile) -> Vec<Staple> {
        let mut seen = HashSet::new();
        let mut staples: Vec<Staple> = Vec::new();
        for raw in file.staple {
            let entry = self.id("staple", &raw.id, false, &mut seen);
            let Some((step, time)) = self.step_and_time(&entry, &raw.step, &raw.time) else {
                continue;
            };
            // The routine takes the first staple for a step, so a second one for the same time would never be shown.
            if let Some(other) = staples
                .iter()
                .find(|s| s.step == step && overlap(s.time, time))
            {
                self.error(
                    &entry,
                    format!(
                        "staple `{}` already covers step `{}` at that time",
                        other.id, raw.step
                    ),
                );
            }
            staples.push(Staple {
                text: self.text(&entry, "text", raw.text),
                id: raw.id,
                step,
                time,
            });
        }
        staples
    }
}
