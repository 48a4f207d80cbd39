//! `tags.toml`: the tag table, every tag exactly once with who must never see it and the words cautions name it by.

use super::*;

/// Per tag (indexed like [`Tag::ALL`]), the words a caution names its tips by when it says it left them out, lower
/// case, per language.
pub(super) type TagNames = Vec<PerLang<Vec<String>>>;

impl Checker {
    /// The tag table: every tag of [`Tag::ALL`] exactly once, with who must never see a tip carrying it, and its names.
    pub(super) fn tag_table(
        &mut self,
        file: TagsFile,
        refs: &Refs,
    ) -> (Vec<Vec<Condition>>, TagNames) {
        let mut table: Vec<Option<Vec<Condition>>> = vec![None; Tag::ALL.len()];
        let mut names: TagNames = vec![Default::default(); Tag::ALL.len()];
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
            names[index] = self.per_lang(&entry, "names", raw.names.0, |check, lang, words| {
                let words = words.unwrap_or_default();
                if words.is_empty() || words.iter().any(|w| w.trim().is_empty()) {
                    check.error(
                        &entry,
                        format!(
                            "`names.{}`: the words a caution names these tips by when it leaves them out, none blank",
                            lang.tag()
                        ),
                    );
                }
                words.iter().map(|w| w.to_lowercase()).collect()
            });
            let avoid_if = raw
                .avoid_if
                .iter()
                .filter_map(|c| self.condition(&entry, "avoid_if", c, refs))
                .collect();
            if table[index].replace(avoid_if).is_some() {
                self.error(&entry, "listed twice");
            }
        }
        let table = Tag::ALL
            .iter()
            .zip(table)
            .map(|(tag, rules)| {
                rules.unwrap_or_else(|| {
                    self.error(&format!("tag `{}`", tag.id()), "missing from the tag table");
                    Vec::new()
                })
            })
            .collect();
        (table, names)
    }
}

#[cfg(test)]
mod tests {
    use super::super::testing::{edited, per_language, problems};

    #[test]
    fn a_tag_is_a_word_of_the_vocabulary() {
        let sauna = format!(
            "[[tag]]\nid = \"sauna\"\nmeans = \"a sauna\"\nnames = {}\navoid_if = [\"health.pregnant\"]",
            per_language("[\"sauna\"]", "[\"사우나\"]")
        );
        assert_eq!(
            problems("tags.toml", &sauna),
            [
                "content/tags.toml: tag `sauna`: unknown tag (expected one of heat, friction, firm_massage, massage, \
                 home_made, vitamin_c, new_product, essential_oil, egg, honey, dairy, ginseng, fragrance, retinoid, \
                 acid, benzoyl_peroxide, hydroquinone, drying_alcohol, cooling, steroid, mercury; a new tag is a code change, see skin_rules::Tag)"
            ]
        );
    }

    #[test]
    fn every_tag_has_one_row_in_the_tag_table() {
        // Drop the ginseng row (up to the blank line after it); repeat the honey row.
        let problems = edited("tags.toml", |table| {
            let (before, ginseng) = table.split_once("[[tag]]\nid = \"ginseng\"").unwrap();
            let after = ginseng.split_once("\n\n").unwrap().1;
            format!(
                "{before}{after}\n[[tag]]\nid = \"honey\"\nmeans = \"honey\"\nnames = {}\n\
                 avoid_if = [\"allergies.honey\"]\n",
                per_language("[\"honey\"]", "[\"꿀\"]")
            )
        });
        // Tips tagged ginseng then lack its rule too, which the cautions' check reports: that depends on the content.
        for line in [
            "content/tags.toml: tag `honey`: listed twice",
            "content/tags.toml: tag `ginseng`: missing from the tag table",
        ] {
            assert!(
                problems.iter().any(|p| p == line),
                "{line}\nnot in {problems:#?}"
            );
        }
    }
}
