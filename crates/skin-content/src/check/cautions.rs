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

#[cfg(test)]
mod tests {
    use super::super::testing::problems;

    const FILE: &str = "content/cautions.toml";

    #[test]
    fn a_caution_that_leaves_tips_out_is_proved_by_their_rules() {
        // Excludes heat for an answer the heat row does not cover: its "left out" would be false (for every tip
        // tagged heat, which depends on the content; steam_session is one).
        let humid_heat =
            "[[caution]]\nid = \"humid_heat\"\nseverity = \"info\"\nwhen = [\"days.humid\"]\n\
             excludes = [\"heat\"]\ntext = { en = \"We left out heat.\", ko = \"열은 뺐어요.\" }";
        let problems = problems("cautions.toml", humid_heat);
        let line = format!(
            "{FILE}: caution `humid_heat`: excludes `heat`, but tip `steam_session` (tagged `heat`) does not \
             avoid_if `days.humid`"
        );
        assert!(problems.contains(&line), "{line}\nnot in {problems:#?}");
    }

    #[test]
    fn only_a_caution_with_when_leaves_tips_out() {
        let both_and = "[[caution]]\nid = \"both_and\"\nseverity = \"info\"\n\
             when_all = [\"sensitivity.reactive\", \"concerns.redness\"]\nexcludes = [\"heat\"]\n\
             text = { en = \"T\", ko = \"T\" }";
        assert_eq!(
            problems("cautions.toml", both_and),
            [format!(
                "{FILE}: caution `both_and`: `excludes` takes `when` only: write the caution that leaves tips out \
                 without `when_all`"
            )]
        );
    }

    #[test]
    fn only_the_disclaimer_lacks_when() {
        let second = "[[caution]]\nid = \"second_disclaimer\"\nseverity = \"warning\"\nexcludes = [\"egg\"]\n\
             text = { en = \"T\", ko = \"T\" }";
        assert_eq!(
            problems("cautions.toml", second),
            [
                format!(
                    "{FILE}: caution `second_disclaimer`: a caution without `when` is the disclaimer and must have \
                     severity info"
                ),
                format!(
                    "{FILE}: caution `second_disclaimer`: `excludes` needs `when`: the conditions under which the \
                     tips are left out"
                ),
                format!(
                    "{FILE}: cautions: only one caution may lack `when` (the disclaimer, `disclaimer`); also \
                     without: `second_disclaimer`"
                ),
            ]
        );
    }
}
