//! `staples.toml`: the basic routine steps.

use super::cautions::required;
use super::*;

impl Checker {
    /// The staples, each the only line of its step at its time. One with `when` (the reader's own step) sits where no
    /// daily tip is placed, so nothing takes its place, and never shows beside a caution that stops what it `keeps`.
    pub(super) fn staples(
        &mut self,
        file: StaplesFile,
        refs: &Refs,
        tips: &[Tip],
        cautions: &[Caution],
    ) -> Vec<Staple> {
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
            let mut conditions = |field: &str, raw: &[String]| -> Vec<Condition> {
                raw.iter()
                    .filter_map(|c| self.condition(&entry, field, c, refs))
                    .collect()
            };
            let when = conditions("when", &raw.when);
            let unless = conditions("unless", &raw.unless);
            let keeps = self.tags(&entry, "keeps", &raw.keeps);
            if when.is_empty() && !(unless.is_empty() && keeps.is_empty()) {
                self.error(
                    &entry,
                    "`unless` and `keeps` need `when`: a staple without it is every reader's",
                );
            }
            if !when.is_empty() {
                if let Some(tip) = tips.iter().find(|t| {
                    t.placement.as_ref().is_some_and(|p| {
                        !p.note
                            && p.frequency.is_none()
                            && overlap(p.time, time)
                            && p.step <= step
                            && step <= p.through.unwrap_or(p.step)
                    })
                }) {
                    self.error(
                        &entry,
                        format!(
                            "tip `{}` is placed daily at `{}`, where it would take the place of this reader's own \
                             step",
                            tip.id, raw.step
                        ),
                    );
                }
            }
            // The engine never shows the reader's own step on the calm plan, so a calm caution's `stops` holds.
            for caution in cautions.iter().filter(|c| !c.calm) {
                for tag in keeps.iter().filter(|t| caution.stops.contains(t)) {
                    if !unless
                        .iter()
                        .any(|&u| required(caution).any(|r| covers(u, r)))
                    {
                        self.error(
                            &entry,
                            format!(
                                "keeps `{}`, but caution `{}`, which tells the reader to stop it, can show beside it \
                                 (add one of its conditions to `unless`)",
                                tag.id(),
                                caution.id
                            ),
                        );
                    }
                }
            }
            staples.push(Staple {
                text: self.text(&entry, "text", raw.text),
                id: raw.id,
                step,
                time,
                seconds,
                when,
                unless,
                keeps,
            });
        }
        staples
    }
}

#[cfg(test)]
mod tests {
    use super::super::testing::{edited, problems, text};

    /// A staple for `staples.toml`.
    fn staple(id: &str, step: &str, time: &str) -> String {
        format!(
            "[[staple]]\nid = \"{id}\"\nstep = \"{step}\"\ntime = \"{time}\"\nminutes = 1\ntext = {}",
            text("x", "x")
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

    /// Issue 25: the reader's own retinoid line must never show beside the pregnancy caution that stops retinoids.
    #[test]
    fn the_readers_own_step_never_keeps_what_a_caution_stops() {
        let problems = edited("staples.toml", |text| {
            text.replace("unless = [\"health.pregnant\"]\n", "")
        });
        assert!(!problems.is_empty(), "{problems:?}");
        assert!(
            problems.iter().all(|p| p.starts_with(
                "content/staples.toml: staple `pm_own_active`: keeps `retinoid`, but caution `"
            ) && p.ends_with("which tells the reader to stop it, can show beside it (add one of its conditions to `unless`)")),
            "{problems:?}"
        );
    }

    #[test]
    fn no_daily_tip_takes_the_readers_own_step() {
        let problems = edited("staples.toml", |text| {
            text.replace(
                "id = \"pm_own_active\"\nstep = \"essence\"\ntime = \"pm\"",
                "id = \"pm_own_active\"\nstep = \"essence\"\ntime = \"am\"",
            )
        });
        assert_eq!(
            problems,
            ["content/staples.toml: staple `pm_own_active`: tip `vitamin_c_serum` is placed daily at `essence`, where \
              it would take the place of this reader's own step"],
        );
    }
}
