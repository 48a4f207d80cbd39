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
            let seconds = self.minutes(&entry, raw.minutes);
            staples.push(Staple {
                text: self.text(&entry, "text", raw.text),
                id: raw.id,
                step,
                time,
                seconds,
            });
        }
        staples
    }
}

#[cfg(test)]
mod tests {
    use super::super::testing::problems;

    /// A staple for `staples.toml`.
    fn staple(id: &str, step: &str, time: &str) -> String {
        format!(
            "[[staple]]\nid = \"{id}\"\nstep = \"{step}\"\ntime = \"{time}\"\nminutes = 1\ntext = {{ en = \"x\", ko = \"x\" }}"
        )
    }

    #[test]
    fn sunscreen_is_for_the_morning() {
        assert_eq!(
            problems("staples.toml", &staple("pm_sunscreen", "sunscreen", "pm")),
            [
                "content/staples.toml: staple `pm_sunscreen`: sunscreen belongs in the morning only (time = \"am\")"
            ]
        );
    }

    #[test]
    fn two_staples_cannot_fill_one_step_at_one_time() {
        let problems = problems(
            "staples.toml",
            &staple("second_sunscreen", "sunscreen", "am"),
        );
        assert_eq!(problems.len(), 1, "{problems:?}");
        assert!(
            problems[0].starts_with("content/staples.toml: staple `second_sunscreen`: staple `")
                && problems[0].ends_with("` already covers step `sunscreen` at that time"),
            "{problems:?}"
        );
    }
}
