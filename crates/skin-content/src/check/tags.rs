//! `tags.toml`: the tag table, every tag exactly once with who must never see it.

use super::*;

impl Checker {
    /// The tag table: every tag of [`Tag::ALL`] exactly once, with who must never see a tip carrying it.
    pub(super) fn tag_table(&mut self, file: TagsFile, refs: &Refs) -> Vec<Vec<Condition>> {
        let mut table: Vec<Option<Vec<Condition>>> = vec![None; Tag::ALL.len()];
        for raw in file.tag {
            let entry = format!("tag `{}`", raw.id);
            let Some(index) = Tag::ALL.iter().position(|t| t.id() == raw.id) else {
                self.error(
                    &entry,
                    format!(
                        "unknown tag (expected one of {}; a new tag is a code change, see skin_rules::Tag)",
                        Tag::ALL.map(Tag::id).join(", ")
                    ),
                );
                continue;
            };
            if raw.means.trim().is_empty() {
                self.error(&entry, "`means` says what a tip with the tag involves");
            }
            if raw.avoid_if.is_empty() {
                self.error(
                    &entry,
                    "no `avoid_if`: a tag exists to keep its tips from someone",
                );
            }
            let avoid_if = raw
                .avoid_if
                .iter()
                .filter_map(|c| self.condition(&entry, "avoid_if", c, refs))
                .collect();
            if table[index].replace(avoid_if).is_some() {
                self.error(&entry, "listed twice");
            }
        }
        Tag::ALL
            .iter()
            .zip(table)
            .map(|(tag, rules)| {
                rules.unwrap_or_else(|| {
                    self.error(&format!("tag `{}`", tag.id()), "missing from the tag table");
                    Vec::new()
                })
            })
            .collect()
    }
}
