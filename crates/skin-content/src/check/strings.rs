//! `strings.toml`: the UI and profile strings, with a name for every axis and routine step of the vocabulary.

use super::*;

impl Checker {
    pub(super) fn strings(&mut self, file: StringsFile) -> Vec<StringTable> {
        let tables: Vec<StringTable> = file
            .into_iter()
            .map(|(name, entries)| {
                if !is_id(&name, false) {
                    self.error(
                        &format!("table `{name}`"),
                        "table names must be lower_snake_case",
                    );
                }
                let entries = entries
                    .into_iter()
                    .map(|(key, raw)| {
                        let entry = format!("`{name}.{key}`");
                        if !is_id(&key, false) {
                            self.error(&entry, "keys must be lower_snake_case");
                        }
                        (key, self.text(&entry, "text", raw))
                    })
                    .collect();
                StringTable { name, entries }
            })
            .collect();
        self.names("axis", &Axis::ALL.map(Axis::id), &tables);
        self.names(
            "routine_step",
            &RoutineStep::ALL.map(RoutineStep::id),
            &tables,
        );
        tables
    }

    /// `table` names each id of a vocabulary exactly once, so a variant added to `skin_vocab` needs only its name.
    fn names(&mut self, table: &str, ids: &[&str], tables: &[StringTable]) {
        let keys: Vec<&str> = tables
            .iter()
            .find(|t| t.name == table)
            .map(|t| t.entries.iter().map(|(key, _)| key.as_str()).collect())
            .unwrap_or_default();
        for id in ids.iter().filter(|id| !keys.contains(id)) {
            self.error(&format!("table `{table}`"), format!("no name for `{id}`"));
        }
        for key in keys.iter().filter(|key| !ids.contains(key)) {
            self.error(
                &format!("`{table}.{key}`"),
                format!("not in the vocabulary (expected one of {})", ids.join(", ")),
            );
        }
    }
}

#[cfg(test)]
mod tests {
    use super::super::testing::{edited, problems, text};

    #[test]
    fn every_string_has_both_languages_with_the_same_placeholders() {
        let extra = format!(
            "[extra]\nmismatch = {}\nblank = {}",
            text("{count} tips", "팁 {n}개"),
            text("Blank", "")
        );
        assert_eq!(
            problems("strings.toml", &extra),
            [
                // A table's entries are read in key order.
                "content/strings.toml: `extra.blank`: text: empty `ko` text",
                "content/strings.toml: `extra.mismatch`: text: placeholders differ: en has count, ko has n",
            ]
        );
    }

    #[test]
    fn every_axis_and_step_has_exactly_one_name() {
        let without_rinse = edited("strings.toml", |text| {
            text.replace("rinse = { en = \"Rinse\"", "rinse_off = { en = \"Rinse\"")
        });
        assert_eq!(
            without_rinse,
            [
                "content/strings.toml: table `routine_step`: no name for `rinse`",
                "content/strings.toml: `routine_step.rinse_off`: not in the vocabulary (expected one of before_cleanse, \
                 oil_cleanse, water_cleanse, exfoliate, wash_off_mask, rinse, toner, essence, mask, eye, moisturiser, \
                 sunscreen, sleeping_mask)",
            ]
        );
    }
}
