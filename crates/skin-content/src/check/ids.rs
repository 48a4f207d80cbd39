//! `released.toml` and `retired.toml`: ids are forever. Every id ever released keeps its permanent number, stays in
//! the questionnaire or is listed as retired (or renamed, `old -> new`), never changes kind and is never used again
//! once retired.

use super::*;

/// An answer code holds a question's choices as a 32-bit set.
const MAX_SLOT_CHOICES: usize = 32;

impl Checker {
    /// The permanent numbers of every question and choice, released ones first; `shown` names the files.
    pub(super) fn slots(
        &mut self,
        released: ReleasedFile,
        retired: RetiredFile,
        questions: &[Question],
        shown: &str,
    ) -> (Vec<Slot>, (u16, Vec<u8>)) {
        let current = |id: &str| questions.iter().position(|q| q.id == id);
        self.file = format!("{shown}/retired.toml");
        let ids = Ids {
            retired: retired.retired,
            renamed: retired.renamed,
        };
        // A retired id in the questionnaire again would read old answers under a new meaning.
        for old in ids.retired.iter().chain(ids.renamed.keys()) {
            let back = match old.split_once('.') {
                Some((q, c)) => {
                    current(q).is_some_and(|q| questions[q].choices.iter().any(|x| x.id == c))
                }
                None => current(old).is_some(),
            };
            if back {
                self.error(
                    &format!("`{old}`"),
                    "is retired and in questions.toml again: a released id never comes back with another meaning; \
                     give the question or choice a new id",
                );
            }
            let released_too = match old.split_once('.') {
                Some((q, c)) => released
                    .question
                    .iter()
                    .any(|r| r.id == q && r.choices.iter().any(|x| x == c)),
                None => released.question.iter().any(|r| r.id == *old),
            };
            if !released_too {
                self.error(
                    &format!("`{old}`"),
                    "was never released (released.toml): nothing to retire",
                );
            }
        }

        let mut slots = Vec::new();
        for raw in released.question {
            let entry = format!("question `{}`", raw.id);
            let question = ids.question(&raw.id, questions);
            let multi = raw.kind == "multi";
            if raw.kind != "single" && !multi {
                self.error(
                    &entry,
                    format!("released.toml: unknown kind `{}`", raw.kind),
                );
            }
            match question {
                None if !ids.retired.contains(&raw.id) => self.error(
                    &entry,
                    "was released (released.toml) and is not in questions.toml: a released id is never removed or \
                     renamed silently; list it in retired.toml (`retired`, or `renamed` to its new id)",
                ),
                Some(q) if questions[q].multi_max.is_some() != multi => self.error(
                    &entry,
                    format!(
                        "was released as a {} question and is a {} one now: a released question never changes \
                         kind; retire its id and give the question a new one",
                        raw.kind,
                        if multi { "single" } else { "multi" }
                    ),
                ),
                _ => {}
            }
            let mut choices = Vec::new();
            for choice in raw.choices {
                let key = format!("{}.{choice}", raw.id);
                let read_as = ids.choice(&raw.id, &choice, questions);
                if question.is_some() && read_as.is_none() && !ids.retired.contains(&key) {
                    self.error(
                        &format!("choice `{key}`"),
                        "was released (released.toml) and is not in questions.toml: a released id is never removed \
                         or renamed silently; list it in retired.toml (`retired`, or `renamed` to its new id)",
                    );
                }
                let choice_index = match (question, read_as) {
                    (Some(q), Some((into, c))) if into == q => Some(c),
                    (_, Some(_)) => {
                        self.error(
                            &format!("renamed `{key}`"),
                            "a choice is renamed within its question only",
                        );
                        None
                    }
                    _ => None,
                };
                choices.push((choice, choice_index));
            }
            slots.push(Slot {
                id: raw.id,
                multi,
                question,
                choices,
            });
        }
        // What is not released yet is new: it takes the next numbers.
        for (index, question) in questions.iter().enumerate() {
            let slot = match slots.iter().position(|s| s.id == question.id) {
                Some(slot) => slot,
                None => {
                    slots.push(Slot {
                        id: question.id.clone(),
                        multi: question.multi_max.is_some(),
                        question: Some(index),
                        choices: Vec::new(),
                    });
                    slots.len() - 1
                }
            };
            for (c, choice) in question.choices.iter().enumerate() {
                let known = &mut slots[slot].choices;
                if !known.iter().any(|(id, _)| *id == choice.id) {
                    known.push((choice.id.clone(), Some(c)));
                }
            }
        }
        self.file = format!("{shown}/questions.toml");
        for slot in &slots {
            if slot.choices.len() > MAX_SLOT_CHOICES {
                self.error(
                    &format!("question `{}`", slot.id),
                    format!(
                        "has had {} choices over its releases; an answer code holds {MAX_SLOT_CHOICES}: give the \
                         question a new id",
                        slot.choices.len()
                    ),
                );
            }
        }
        self.file = format!("{shown}/released.toml");
        let format_1 = released.format_1;
        let fits = format_1.choices.len() <= slots.len()
            && format_1
                .choices
                .iter()
                .zip(&slots)
                .all(|(&n, slot)| usize::from(n) <= slot.choices.len());
        if !fits {
            self.error(
                "format_1",
                "names more questions or choices than were released",
            );
        }
        (slots, (format_1.fingerprint, format_1.choices))
    }
}

/// The retirements and renames of `retired.toml`.
struct Ids {
    /// In file order, so problems are reported in it.
    retired: Vec<String>,
    renamed: BTreeMap<String, String>,
}

impl Ids {
    /// The question data naming question `id` is read as, following renames (a cycle reads as nothing).
    fn question(&self, id: &str, questions: &[Question]) -> Option<usize> {
        let mut id = id;
        for _ in 0..=self.renamed.len() {
            if let Some(q) = questions.iter().position(|q| q.id == id) {
                return Some(q);
            }
            id = self.renamed.get(id)?;
        }
        None
    }

    /// The (question, choice) data naming choice `question.choice` is read as: its own rename, else its question's.
    fn choice(
        &self,
        question: &str,
        choice: &str,
        questions: &[Question],
    ) -> Option<(usize, usize)> {
        let mut key = format!("{question}.{choice}");
        for _ in 0..=self.renamed.len() {
            let (q, c) = key.split_once('.')?;
            if let Some(found) = questions.iter().position(|x| x.id == q).and_then(|qi| {
                let ci = questions[qi].choices.iter().position(|x| x.id == c)?;
                Some((qi, ci))
            }) {
                return Some(found);
            }
            key = match self.renamed.get(&key) {
                Some(next) => next.clone(),
                None if self.retired.contains(&key) => return None,
                None => format!("{}.{c}", self.renamed.get(q)?),
            };
        }
        None
    }
}

#[cfg(test)]
mod tests {
    use super::super::testing::edited;

    const RETIRED: &str = "content/retired.toml";

    #[test]
    fn a_released_id_gone_without_its_retirement_is_refused() {
        let renamed = edited("questions.toml", |text| {
            text.replace("id = \"eczema\"", "id = \"atopic_eczema\"")
                .replace("id = \"travel\"", "id = \"flights\"")
        });
        // (The tips, tags and cautions naming the old ids are refused too, each in its file.)
        let ids: Vec<&String> = renamed.iter().filter(|p| p.starts_with(RETIRED)).collect();
        assert_eq!(
            ids,
            [
                &format!("{RETIRED}: choice `conditions.eczema`: was released (released.toml) and is not in questions.toml: a released id is never removed or renamed silently; list it in retired.toml (`retired`, or `renamed` to its new id)"),
                &format!("{RETIRED}: question `travel`: was released (released.toml) and is not in questions.toml: a released id is never removed or renamed silently; list it in retired.toml (`retired`, or `renamed` to its new id)"),
            ]
        );
    }

    #[test]
    fn a_retired_id_is_never_used_again() {
        let reused = edited("retired.toml", |text| {
            text.replace(
                "retired = []",
                "retired = [\"conditions.eczema\", \"stress\"]",
            )
        });
        assert_eq!(
            reused,
            [
                format!("{RETIRED}: `conditions.eczema`: is retired and in questions.toml again: a released id never comes back with another meaning; give the question or choice a new id"),
                format!("{RETIRED}: `stress`: is retired and in questions.toml again: a released id never comes back with another meaning; give the question or choice a new id"),
            ]
        );
    }

    #[test]
    fn a_rename_with_its_retirement_reads_old_data_as_the_new_id() {
        let content = crate::load_with("content", |name| {
            let text = std::fs::read_to_string(format!("{}/{name}", super::super::testing::DIR))?;
            Ok(match name {
                "questions.toml" => text.replace("id = \"some\"", "id = \"moderate_amount\""),
                "retired.toml" => text.replace(
                    "renamed = {}",
                    "renamed = { \"water.some\" = \"water.moderate_amount\" }",
                ),
                _ => text,
            })
        })
        .expect("a rename with its retirement is valid");
        let water = content.slots.iter().find(|s| s.id == "water").unwrap();
        let some = water.choices.iter().find(|(id, _)| id == "some").unwrap();
        let renamed = water
            .choices
            .iter()
            .position(|(id, _)| id == "moderate_amount");
        assert_eq!(
            some.1,
            Some(1),
            "old data naming `some` reads as `moderate_amount`"
        );
        assert_eq!(
            renamed,
            Some(water.choices.len() - 1),
            "the new id takes the next number"
        );
    }

    #[test]
    fn the_list_a_release_records_reads_back_the_same() {
        let dir = super::super::testing::DIR;
        let content = crate::load(std::path::Path::new(dir), "content").unwrap();
        let written = content.released_toml();
        let again = crate::load_with("content", |name| match name {
            "released.toml" => Ok(written.clone()),
            _ => std::fs::read_to_string(format!("{dir}/{name}")),
        })
        .unwrap();
        assert_eq!(again.released_toml(), written);
        assert_eq!(format!("{:?}", again.slots), format!("{:?}", content.slots));
    }

    #[test]
    fn a_released_question_never_changes_kind() {
        let changed = edited("questions.toml", |text| {
            text.replacen(
                "id = \"stress\"\nstep = \"lifestyle\"\nkind = \"single\"",
                "id = \"stress\"\nstep = \"lifestyle\"\nkind = \"multi\"",
                1,
            )
        });
        assert_eq!(
            changed,
            [format!("{RETIRED}: question `stress`: was released as a single question and is a multi one now: a released question never changes kind; retire its id and give the question a new one")]
        );
    }
}
