//! `cautions.toml`: cautions, the disclaimer, and the proof of every "we left out" promise.

use super::tags::TagNames;
use super::*;

impl Checker {
    /// Resolves the cautions, and finds the disclaimer: the one caution without `when`, an `info` that every outcome
    /// shows (in small print, apart from the other cautions).
    pub(super) fn cautions(&mut self, raw: Vec<RawCaution>, refs: &Refs) -> (Vec<Caution>, usize) {
        let mut seen = HashSet::new();
        let cautions: Vec<Caution> = raw
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
                let unless: Vec<Condition> = raw
                    .unless
                    .iter()
                    .filter_map(|c| self.condition(&entry, "unless", c, refs))
                    .collect();
                let excludes = self.tags(&entry, "excludes", &raw.excludes);
                let suggests = self.tags(&entry, "suggests", &raw.suggests);
                let keeps = self.tags(&entry, "keeps", &raw.keeps);
                let stops = self.tags(&entry, "stops", &raw.stops);
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
                    if !unless.is_empty() {
                        self.error(&entry, "`unless` needs `when`: the disclaimer is always shown");
                    }
                    if raw.calm {
                        self.error(&entry, "`calm` needs `when`: the answers that say something is wrong now");
                    }
                }
                Caution {
                    text: self.text(&entry, "text", raw.text),
                    id: raw.id,
                    severity,
                    when,
                    when_all,
                    unless,
                    excludes,
                    calm: raw.calm,
                    suggests,
                    keeps,
                    stops,
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
        // A calm caution brings the calm plan, which shows no tip at all: whatever it says it left out, is.
        for caution in cautions.iter().filter(|c| !c.calm) {
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

    /// The text proves nothing by itself, so what a caution *says* it left out must be what it `excludes`: every tag a
    /// "left out" clause names (by the tag's `names`) is in `excludes`, every language names the same tags, and a
    /// caution that excludes tags says so in every language. A "left out" clause is one that holds the file's
    /// `left_out` marker of its language ("we have left out the steam tips", "스팀 팁은 뺐어요").
    pub(super) fn left_out(&mut self, cautions: &[Caution], markers: RawText, names: &TagNames) {
        let markers = self
            .text("`left_out`", "marker", markers)
            .0
            .map(|m| m.to_lowercase());
        for caution in cautions {
            let entry = format!("caution `{}`", caution.id);
            let said: PerLang<Option<Vec<Tag>>> = Lang::ALL.map(|lang| {
                let text = caution.text[lang].to_lowercase();
                let marker = &markers[lang.index()];
                let clauses: Vec<&str> = text
                    .split(['.', ':', ';', '!', '?', '。'])
                    .filter(|clause| !marker.is_empty() && clause.contains(marker.as_str()))
                    .collect();
                (!clauses.is_empty()).then(|| {
                    let mut tags: Vec<Tag> =
                        clauses.iter().flat_map(|c| named(c, names, lang)).collect();
                    tags.sort();
                    tags.dedup();
                    tags
                })
            });
            for lang in Lang::ALL {
                let tag = lang.tag();
                match &said[lang.index()] {
                    None if !caution.excludes.is_empty() => self.error(
                        &entry,
                        format!(
                            "excludes {}, but the `{tag}` text never says what it left out (\"{}\")",
                            list(&caution.excludes),
                            markers[lang.index()]
                        ),
                    ),
                    None => {}
                    Some(tags) if tags.is_empty() => self.error(
                        &entry,
                        format!(
                            "the `{tag}` text says something is left out but names no tag's tips (the tag's \
                             `names` in tags.toml)"
                        ),
                    ),
                    Some(tags) => {
                        let missing: Vec<Tag> =
                            tags.iter().copied().filter(|t| !caution.excludes.contains(t)).collect();
                        if !missing.is_empty() {
                            self.error(
                                &entry,
                                format!(
                                    "the `{tag}` text says it left out the tips tagged {}, but `excludes` does \
                                     not name them",
                                    list(&missing)
                                ),
                            );
                        }
                    }
                }
            }
            let (first, rest) = said.split_first().expect("there is a language");
            for (lang, other) in Lang::ALL.into_iter().skip(1).zip(rest) {
                if let (Some(first), Some(other)) = (first, other) {
                    if first != other {
                        self.error(
                            &entry,
                            format!(
                                "the `{}` text leaves out {} but the `{}` text {}",
                                Lang::ALL[0].tag(),
                                list(first),
                                lang.tag(),
                                list(other)
                            ),
                        );
                    }
                }
            }
        }
    }
}

impl Checker {
    /// Every promise kept in every line the reader sees: a caution that suggests starting something (`suggests`)
    /// never shows to a reader whom that tag's row in the tag table keeps it from (the same rows keep it from tips and
    /// products), and a caution that tells the reader to stop something (`stops`) never shows beside one that tells
    /// them how to keep using it or to start it (`keeps`, `suggests`).
    pub(super) fn promises(
        &mut self,
        cautions: &[Caution],
        tag_avoid_if: &[Vec<Condition>],
        questions: &[Question],
    ) {
        for caution in cautions {
            let entry = format!("caution `{}`", caution.id);
            for &tag in &caution.suggests {
                for &barred in &tag_avoid_if[tag.index()] {
                    if !never_with(caution, barred, questions) {
                        self.error(
                            &entry,
                            format!(
                                "suggests `{}`, but it can show to a reader with `{}`, whom the tag table keeps \
                                 `{}` from (add it to `unless`, or suggest it in another caution)",
                                tag.id(),
                                describe(barred, questions),
                                tag.id()
                            ),
                        );
                    }
                }
            }
            if !caution.suggests.is_empty() {
                for calm in cautions.iter().filter(|c| c.calm) {
                    if !never_beside(caution, calm, questions)
                        && !never_beside(calm, caution, questions)
                    {
                        self.error(
                            &entry,
                            format!(
                                "suggests {}, but it can show beside the calm plan of caution `{}`, which adds \
                                 nothing (add its condition to `unless`)",
                                list(&caution.suggests),
                                calm.id
                            ),
                        );
                    }
                }
            }
            for other in cautions {
                for &tag in &caution.stops {
                    let told = if other.keeps.contains(&tag) {
                        "how to keep using it"
                    } else if other.suggests.contains(&tag) {
                        "to start it"
                    } else {
                        continue;
                    };
                    if !never_beside(caution, other, questions)
                        && !never_beside(other, caution, questions)
                    {
                        self.error(
                            &entry,
                            format!(
                                "tells the reader to stop `{}`, but caution `{}`, which can show beside it, tells them \
                                 {told} (give one an `unless` the other needs)",
                                tag.id(),
                                other.id
                            ),
                        );
                    }
                }
            }
        }
    }
}

/// The conditions a caution cannot show without: all of `when_all`, and its `when` if it has only one.
pub(super) fn required(caution: &Caution) -> impl Iterator<Item = Condition> + '_ {
    let single = (caution.when.len() == 1).then(|| caution.when[0]);
    caution.when_all.iter().copied().chain(single)
}

/// Whether `a` and `b` can never hold together: two different answers to one single-choice question.
fn conflict(a: Condition, b: Condition, questions: &[Question]) -> bool {
    matches!((a, b), (
        Condition::Picked { question, choice },
        Condition::Picked { question: other, choice: other_choice },
    ) if question == other && choice != other_choice && questions[question].multi_max.is_none())
}

/// Whether `caution` can never show while `condition` holds.
fn never_with(caution: &Caution, condition: Condition, questions: &[Question]) -> bool {
    caution.unless.iter().any(|&u| covers(u, condition))
        || required(caution).any(|r| conflict(r, condition, questions))
        || (!caution.when.is_empty()
            && caution
                .when
                .iter()
                .all(|&w| conflict(w, condition, questions)))
}

/// Whether `caution` can never show beside `other`: something `other` needs keeps `caution` away.
fn never_beside(caution: &Caution, other: &Caution, questions: &[Question]) -> bool {
    required(other).any(|r| never_with(caution, r, questions))
        || (!other.when.is_empty()
            && other
                .when
                .iter()
                .all(|&w| never_with(caution, w, questions)))
}

/// The tags a clause names: each occurrence of one of a tag's names, except an occurrence inside a longer name's
/// ("massage" inside "firm massage").
fn named(clause: &str, names: &TagNames, lang: Lang) -> Vec<Tag> {
    let found: Vec<(usize, usize, Tag)> = Tag::ALL
        .iter()
        .zip(names)
        .flat_map(|(&tag, names)| {
            names[lang.index()].iter().flat_map(move |name| {
                clause
                    .match_indices(name.as_str())
                    .map(move |(at, _)| (at, at + name.len(), tag))
            })
        })
        .collect();
    found
        .iter()
        .filter(|&&(start, end, _)| {
            !found
                .iter()
                .any(|&(s, e, _)| s <= start && end <= e && e - s > end - start)
        })
        .map(|&(_, _, tag)| tag)
        .collect()
}

/// Tags as `a`, `b`.
fn list(tags: &[Tag]) -> String {
    tags.iter()
        .map(|t| format!("`{}`", t.id()))
        .collect::<Vec<_>>()
        .join(", ")
}

#[cfg(test)]
mod tests {
    use super::super::testing::{edited, problems, text};
    use crate::model::Lang;

    /// Issue 18: the swelling caution promised "we have left out the oil, food and home-made tips" while excluding
    /// only the oil and allergen tags, so a home-made green tea rinse still showed.
    #[test]
    fn a_caution_that_says_it_left_something_out_must_exclude_it() {
        let caution = |excludes: &str, en: &str, ko: &str| {
            format!(
                "[[caution]]\nid = \"promise\"\nseverity = \"warning\"\nwhen = [\"health.swelling\"]\n\
                 excludes = [{excludes}]\ntext = {}",
                text(en, ko)
            )
        };
        let said = problems(
            "cautions.toml",
            &caution(
                "\"essential_oil\", \"egg\"",
                "Start nothing new: we have left out the oil, food and home-made tips.",
                "오일, 음식 재료, 직접 만드는 팁은 뺐어요.",
            ),
        );
        let entry = "content/cautions.toml: caution `promise`";
        assert_eq!(
            said,
            Lang::ALL.map(|lang| format!(
                "{entry}: the `{}` text says it left out the tips tagged `home_made`, but `excludes` does not name \
                 them",
                lang.tag()
            ))
        );
        // Excluding without saying so, and the two languages promising different things.
        let silent = problems(
            "cautions.toml",
            &caution("\"massage\"", "Be gentle.", "부드럽게 하세요."),
        );
        assert_eq!(silent.len(), Lang::ALL.len(), "{silent:#?}");
        for (line, lang) in silent.iter().zip(Lang::ALL) {
            let said = format!(
                "{entry}: excludes `massage`, but the `{}` text never says what it left out",
                lang.tag()
            );
            assert!(line.starts_with(&said), "{line}");
        }
        assert!(
            silent[Lang::Ko.index()].ends_with("(\"뺐\")"),
            "{silent:#?}"
        );
        let apart = problems(
            "cautions.toml",
            &caution(
                "\"massage\", \"heat\"",
                "We have left out face massage.",
                "열은 뺐어요.",
            ),
        );
        assert_eq!(
            apart,
            [format!(
                "{entry}: the `en` text leaves out `massage` but the `ko` text `heat`"
            )]
        );
    }

    /// "Firm massage" names the firm-massage tips only, not every massage: a name inside a longer one does not count.
    /// (The real spot caution says "firm massage" and excludes `firm_massage`, not `massage`, and is valid.)
    #[test]
    fn a_name_inside_a_longer_name_is_that_longer_name() {
        let without_firm = edited("cautions.toml", |text| {
            text.replace(
                "excludes = [\"heat\", \"friction\", \"firm_massage\", \"essential_oil\"]",
                "excludes = [\"heat\", \"friction\", \"massage\", \"essential_oil\"]",
            )
        });
        assert!(
            without_firm
                .iter()
                .any(|p| p.contains("`breakouts_frequent`") && p.contains("tagged `firm_massage`")),
            "{without_firm:#?}"
        );
    }

    const FILE: &str = "content/cautions.toml";

    #[test]
    fn a_caution_that_leaves_tips_out_is_proved_by_their_rules() {
        // Excludes heat for an answer the heat row does not cover: its "left out" would be false (for every tip
        // tagged heat, which depends on the content; steam_session is one).
        let humid_heat = format!(
            "[[caution]]\nid = \"humid_heat\"\nseverity = \"info\"\nwhen = [\"days.humid\"]\n\
             excludes = [\"heat\"]\ntext = {}",
            text("We left out heat.", "열은 뺐어요.")
        );
        let problems = problems("cautions.toml", &humid_heat);
        let line = format!(
            "{FILE}: caution `humid_heat`: excludes `heat`, but tip `steam_session` (tagged `heat`) does not \
             avoid_if `days.humid`"
        );
        assert!(problems.contains(&line), "{line}\nnot in {problems:#?}");
    }

    #[test]
    fn only_a_caution_with_when_leaves_tips_out() {
        let both_and = format!(
            "[[caution]]\nid = \"both_and\"\nseverity = \"info\"\n\
             when_all = [\"sensitivity.reactive\", \"concerns.redness\"]\nexcludes = [\"heat\"]\ntext = {}",
            text("We left out heat.", "열은 뺐어요.")
        );
        assert_eq!(
            problems("cautions.toml", &both_and),
            [format!(
                "{FILE}: caution `both_and`: `excludes` takes `when` only: write the caution that leaves tips out \
                 without `when_all`"
            )]
        );
    }

    #[test]
    fn only_the_disclaimer_lacks_when() {
        let second = format!(
            "[[caution]]\nid = \"second_disclaimer\"\nseverity = \"warning\"\nexcludes = [\"egg\"]\ntext = {}",
            text("We left out egg.", "달걀은 뺐어요.")
        );
        assert_eq!(
            problems("cautions.toml", &second),
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

    /// Issue 25: a caution told a pregnant reader how to keep using the retinoid another told her to stop, and a
    /// caution suggested to readers what the tag table keeps from them. Both fail the build.
    #[test]
    fn no_caution_breaks_another_cautions_promise() {
        let beside = edited("cautions.toml", |text| {
            text.replacen(
                "unless = [\n    \"health.pregnant\",\n    \"health.swelling\",",
                "unless = [\n    \"health.swelling\",",
                1,
            )
        });
        let entry = format!("{FILE}: caution `see_dermatologist_pregnancy_medicine`");
        assert!(
            beside.contains(&format!(
                "{entry}: tells the reader to stop `retinoid`, but caution `actives`, which can show beside it, tells \
                 them how to keep using it (give one an `unless` the other needs)"
            )),
            "{beside:#?}"
        );
        let suggested = format!(
            "[[caution]]\nid = \"try_retinol\"\nseverity = \"info\"\nwhen = [\"concerns.lines\"]\n\
             suggests = [\"retinoid\"]\nunless = [\"health.pregnant\"]\ntext = {}",
            text("A retinol serum helps.", "레티놀 세럼이 도움이 돼요.")
        );
        let problems = problems("cautions.toml", &suggested);
        let entry = format!("{FILE}: caution `try_retinol`");
        assert!(
            problems.contains(&format!(
                "{entry}: suggests `retinoid`, but it can show to a reader with `health.under_16`, whom the tag \
                 table keeps `retinoid` from (add it to `unless`, or suggest it in another caution)"
            )),
            "{problems:#?}"
        );
        assert!(
            problems.contains(&format!(
                "{entry}: suggests `retinoid`, but it can show beside the calm plan of caution \
                 `see_dermatologist_swelling`, which adds nothing (add its condition to `unless`)"
            )),
            "{problems:#?}"
        );
        assert!(
            !problems.iter().any(|p| p.contains("`health.pregnant`")),
            "{problems:#?}"
        );
    }
}
