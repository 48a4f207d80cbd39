//! `cautions.toml`: cautions, the disclaimer, and the proof of every "we left out" promise.

use super::*;

impl Checker {
    /// Resolves the cautions, and finds the disclaimer: the one caution without `when`, an `info` that every outcome
    /// shows (in small print, apart from the other cautions).
    pub(super) fn cautions(&mut self, file: CautionsFile, refs: &Refs) -> (Vec<Caution>, usize) {
        let mut seen = HashSet::new();
        let cautions: Vec<Caution> = file
            .caution
            .into_iter()
            .map(|raw| {
                let entry = self.id("caution", &raw.id, false, &mut seen);
                let severity = Severity::ALL
                    .into_iter()
                    .find(|s| s.id() == raw.severity)
                    .unwrap_or_else(|| {
                        self.error(
                            &entry,
                            format!(
                                "unknown severity `{}` (expected {})",
                                raw.severity,
                                Severity::ALL.map(Severity::id).join(", ")
                            ),
                        );
                        Severity::Info
                    });
                let when: Vec<Condition> = raw
                    .when
                    .iter()
                    .filter_map(|c| self.condition(&entry, "when", c, refs))
                    .collect();
                let when_all: Vec<Condition> = raw
                    .when_all
                    .iter()
                    .filter_map(|c| self.condition(&entry, "when_all", c, refs))
                    .collect();
                let excludes = self.tags(&entry, "excludes", &raw.excludes);
                if !when_all.is_empty() && !excludes.is_empty() {
                    self.error(
                        &entry,
                        "`excludes` takes `when` only: write the caution that leaves tips out without `when_all`",
                    );
                }
                if raw.when.is_empty() && raw.when_all.is_empty() {
                    if severity != Severity::Info {
                        self.error(
                            &entry,
                            "a caution without `when` is the disclaimer and must have severity info",
                        );
                    }
                    if !excludes.is_empty() {
                        self.error(
                            &entry,
                            "`excludes` needs `when`: the conditions under which the tips are left out",
                        );
                    }
                }
                Caution {
                    text: self.text(&entry, "text", raw.text),
                    id: raw.id,
                    severity,
                    when,
                    when_all,
                    excludes,
                }
            })
            .collect();
        let mut always = cautions
            .iter()
            .enumerate()
            .filter(|(_, c)| c.when.is_empty() && c.when_all.is_empty());
        let disclaimer = match always.next() {
            Some((index, _)) => index,
            None => {
                self.error(
                    "cautions",
                    "no caution without `when`: every outcome needs the note that this is not medical advice",
                );
                0
            }
        };
        let extra: Vec<String> = always.map(|(_, c)| format!("`{}`", c.id)).collect();
        if !extra.is_empty() {
            let first = &cautions[disclaimer].id;
            self.error(
                "cautions",
                format!(
                    "only one caution may lack `when` (the disclaimer, `{first}`); also without: {}",
                    extra.join(", ")
                ),
            );
        }
        (cautions, disclaimer)
    }

    /// A caution that `excludes` a tag says those tips are left out whenever it shows: checks that every tip with the
    /// tag avoids every condition of the caution's `when`, so the sentence is guaranteed by the rules.
    pub(super) fn excludes(&mut self, cautions: &[Caution], tips: &[Tip], questions: &[Question]) {
        for caution in cautions {
            for &tag in &caution.excludes {
                for tip in tips.iter().filter(|t| t.tags.contains(&tag)) {
                    let missing: Vec<String> = caution
                        .when
                        .iter()
                        .filter(|&&when| !tip.avoid_if.iter().any(|&a| covers(a, when)))
                        .map(|when| format!("`{}`", describe(*when, questions)))
                        .collect();
                    if !missing.is_empty() {
                        self.error(
                            &format!("caution `{}`", caution.id),
                            format!(
                                "excludes `{}`, but tip `{}` (tagged `{}`) does not avoid_if {}",
                                tag.id(),
                                tip.id,
                                tag.id(),
                                missing.join(", ")
                            ),
                        );
                    }
                }
            }
        }
    }
}
