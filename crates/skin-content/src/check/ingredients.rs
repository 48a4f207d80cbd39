//! `ingredients.toml`: the families the product checker knows, each tied to a safety tag, and the ordinary
//! ingredients it knows as ordinary. No name may belong to two entries: an ingredient in two families says so in
//! `families`, never by being listed twice.

use super::*;
use skin_vocab::ingredient_name::key;
use std::collections::HashMap;

impl Checker {
    pub(super) fn ingredients(
        &mut self,
        file: IngredientsFile,
        refs: &Refs,
        tag_avoid_if: &[Vec<Condition>],
    ) -> Ingredients {
        let mut texts = Vec::new();
        for (key, raw) in file.text {
            let entry = format!("text `{key}`");
            if !is_id(&key, false) {
                self.error(&entry, "a key is lower_snake_case");
            }
            texts.push((key, self.text(&entry, "text", raw)));
        }
        // A key of `[text]`, as its index.
        let text_key = |checker: &mut Self, entry: &str, field: &str, key: &str| {
            let found = texts.iter().position(|(k, _)| k == key);
            if found.is_none() {
                checker.error(entry, format!("{field}: no text `{key}` in `[text]`"));
            }
            found
        };
        let mut calm = Vec::new();
        for (raw_condition, key) in &file.calm {
            let condition = self.condition("calm", "answer", raw_condition, refs);
            let field = format!("answer `{raw_condition}`");
            if let (Some(condition), Some(text)) = (condition, text_key(self, "calm", &field, key))
            {
                calm.push((condition, text));
            }
        }
        let mut seen = HashSet::new();
        let mut families = Vec::new();
        for raw in &file.family {
            let entry = self.id("family", &raw.id, false, &mut seen);
            let tag = self
                .tags(&entry, "tag", std::slice::from_ref(&raw.tag))
                .first()
                .copied();
            let mut conditions = |field: &str, list: &[String]| -> Vec<Condition> {
                let parsed: Vec<Condition> = list
                    .iter()
                    .filter_map(|c| self.condition(&entry, field, c, refs))
                    .collect();
                for (condition, raw_condition) in parsed.iter().zip(list) {
                    match tag {
                        Some(tag) if !tag_avoid_if[tag.index()].contains(condition) => self.error(
                            &entry,
                            format!(
                                "{field} `{raw_condition}` is not in tag `{}`'s `avoid_if` (tags.toml): a product \
                                 is flagged only by its tag's rules",
                                tag.id()
                            ),
                        ),
                        _ => {}
                    }
                }
                parsed
            };
            let avoid = conditions("avoid", &raw.avoid);
            let only = conditions("only", &raw.only);
            let own = conditions("own", raw.own.as_slice()).first().copied();
            let said_conditions: Vec<Option<Condition>> = raw
                .said
                .keys()
                .map(|c| conditions("said", std::slice::from_ref(c)).first().copied())
                .collect();
            let within = raw.within.and_then(|n| {
                u8::try_from(n).ok().filter(|&n| n > 0).or_else(|| {
                    self.error(&entry, format!("within = {n}: a count from 1 to 255"));
                    None
                })
            });
            let time = raw
                .time
                .as_deref()
                .and_then(|time| match Time::from_id(time) {
                    Some(Time::Both) | None => {
                        self.error(&entry, format!("time `{time}`: `am` or `pm`, or no time"));
                        None
                    }
                    found => found,
                });
            if !only.is_empty() {
                for (condition, raw_condition) in avoid.iter().zip(&raw.avoid) {
                    if !only.contains(condition) {
                        self.error(
                            &entry,
                            format!("avoid `{raw_condition}` is not in its `only`"),
                        );
                    }
                }
            }
            let everyone = raw.everyone.as_ref().and_then(|everyone| {
                let avoid = match everyone.level.as_str() {
                    "avoid" => true,
                    "caution" => false,
                    level => {
                        self.error(
                            &entry,
                            format!("everyone: level `{level}`: `avoid` or `caution`"),
                        );
                        return None;
                    }
                };
                let text = self.text(&entry, "everyone", RawText(everyone.text.0.clone()));
                let verdict = everyone
                    .verdict
                    .as_ref()
                    .and_then(|key| text_key(self, &entry, "everyone: verdict", key));
                Some(Everyone {
                    avoid,
                    text,
                    verdict,
                })
            });
            let said = said_conditions
                .into_iter()
                .zip(raw.said.values())
                .filter_map(|(condition, key)| {
                    let text = text_key(self, &entry, "said", key);
                    Some((condition?, text?))
                })
                .collect();
            if raw.ingredients.is_empty() {
                self.error(&entry, "a family with no ingredients");
            }
            families.push(Family {
                id: raw.id.clone(),
                tag: tag.unwrap_or(Tag::ALL[0]),
                name: self.text(&entry, "name", RawText(raw.name.0.clone())),
                avoid,
                within,
                time,
                only,
                own,
                everyone,
                said,
            });
        }
        let family_index = |id: &str| families.iter().position(|f| f.id == id);

        let mut entries = Vec::new();
        // Each key, and the index in `entries` of the ingredient it names.
        let mut owners: HashMap<String, usize> = HashMap::new();
        let lists = file
            .family
            .iter()
            .enumerate()
            .map(|(index, family)| (Some(index), None, family.trace, &family.ingredients))
            .chain(
                file.ordinary
                    .iter()
                    .map(|group| (None, group.step.as_deref(), group.trace, &group.ingredients)),
            );
        for group in file
            .ordinary
            .iter()
            .filter(|group| group.kind.trim().is_empty())
        {
            let first = group.ingredients.first().map_or("", |i| i.inci.as_str());
            self.error(
                &format!("ordinary group of `{first}`"),
                "`kind` says what the group holds",
            );
        }
        for (family, step_id, trace, list) in lists {
            let step = step_id.and_then(|id| {
                RoutineStep::from_id(id).or_else(|| {
                    self.error("ordinary", format!("unknown routine step `{id}`"));
                    None
                })
            });
            for raw in list {
                let entry = format!("ingredient `{}`", raw.inci);
                let mut in_families: Vec<usize> = family.into_iter().collect();
                for id in &raw.families {
                    match family_index(id) {
                        Some(index) if !in_families.contains(&index) => in_families.push(index),
                        Some(_) => self.error(&entry, format!("families: `{id}` is listed twice")),
                        None => self.error(&entry, format!("families: unknown family `{id}`")),
                    }
                }
                if family.is_some() && raw.ko.is_empty() {
                    self.error(
                        &entry,
                        "no Korean name (`ko`): a family's ingredients are named in both languages",
                    );
                }
                let mut keys: Vec<String> = Vec::new();
                for name in std::iter::once(&raw.inci).chain(&raw.names).chain(&raw.ko) {
                    let name_key = key(name);
                    if name_key.is_empty() {
                        self.error(
                            &entry,
                            format!("the name `{name}` has no letters or digits"),
                        );
                    } else if let Some(&owner) = owners
                        .get(&name_key)
                        .filter(|&&owner| owner != entries.len())
                    {
                        let owner: &Ingredient = &entries[owner];
                        self.error(
                            &entry,
                            format!(
                                "the name `{name}` is already a name of `{}`: an ingredient in two families \
                                 names the second in `families`",
                                owner.inci
                            ),
                        );
                    } else if !keys.contains(&name_key) {
                        owners.insert(name_key.clone(), entries.len());
                        keys.push(name_key);
                    }
                }
                if raw.adjuster && (trace || in_families.is_empty()) {
                    self.error(
                        &entry,
                        "`adjuster`: only an ingredient of a family whose group is not `trace` (its families count \
                         only above the 1% line)",
                    );
                }
                entries.push(Ingredient {
                    inci: raw.inci.clone(),
                    ko: raw.ko.clone(),
                    keys,
                    families: in_families,
                    step,
                    trace,
                    adjuster: raw.adjuster,
                });
            }
        }

        let mut clashes = Vec::new();
        for raw in file.clash {
            let entry = format!("clash `{}`", raw.families.join(" + "));
            let found: Vec<usize> = raw
                .families
                .iter()
                .filter_map(|id| {
                    family_index(id).or_else(|| {
                        self.error(&entry, format!("unknown family `{id}`"));
                        None
                    })
                })
                .collect();
            let text = self.text(&entry, "text", raw.text);
            match found[..] {
                [a, b] if a != b => clashes.push(Clash {
                    families: [a, b],
                    text,
                }),
                _ => self.error(&entry, "a clash names two different families"),
            }
        }

        let mut step_words = Vec::new();
        for raw in file.step {
            let entry = format!("step `{}`", raw.step);
            let Some(step) = RoutineStep::from_id(&raw.step) else {
                self.error(&entry, "unknown routine step");
                continue;
            };
            if raw.words.is_empty() || raw.words.iter().any(|w| w.trim().is_empty()) {
                self.error(&entry, "`words`: the words of a product's name, none blank");
            }
            step_words.push((step, raw.words.iter().map(|w| w.to_lowercase()).collect()));
        }

        // The ingredients file holds a text a line.
        let every_text = texts
            .iter()
            .map(|(key, text)| (format!("text `{key}`"), text))
            .chain(
                families
                    .iter()
                    .map(|f| (format!("family `{}`", f.id), &f.name)),
            )
            .chain(
                clashes
                    .iter()
                    .map(|c| (format!("clash of family {}", c.families[0]), &c.text)),
            )
            .chain(families.iter().filter_map(|f| {
                let everyone = f.everyone.as_ref()?;
                Some((format!("family `{}`", f.id), &everyone.text))
            }));
        let multiline: Vec<String> = every_text
            .filter(|(_, text)| text.0.iter().any(|t| t.contains('\n')))
            .map(|(entry, _)| entry)
            .collect();
        for entry in multiline {
            self.error(&entry, "the checker's texts are one line each");
        }
        Ingredients {
            texts,
            calm,
            families,
            entries,
            clashes,
            step_words,
        }
    }
}

#[cfg(test)]
mod tests {
    use super::super::testing::{edited, problems, text};

    #[test]
    fn a_name_in_two_entries_is_refused() {
        let problems = problems(
            "ingredients.toml",
            "[[ordinary]]\nkind = \"x\"\ningredients = [{ inci = \"RETINOL\" }]",
        );
        assert_eq!(
            problems,
            ["content/ingredients.toml: ingredient `RETINOL`: the name `RETINOL` is already a name of `Retinol`: an \
              ingredient in two families names the second in `families`"]
        );
    }

    #[test]
    fn a_family_is_tied_to_a_tag_and_flags_only_by_its_rules() {
        let problems = problems(
            "ingredients.toml",
            &format!(
                "[[family]]\nid = \"kelp\"\ntag = \"seaweed\"\nname = {}\navoid = [\"health.pregnant\"]\n\
                 ingredients = [{{ inci = \"Kelp\" }}]",
                text("kelp", "켈프")
            ),
        );
        assert_eq!(
            problems,
            [
                "content/ingredients.toml: family `kelp`: tag: unknown tag `seaweed` (expected one of heat, friction, \
                 firm_massage, massage, home_made, vitamin_c, new_product, essential_oil, egg, honey, dairy, ginseng, \
                 fragrance, retinoid, acid, benzoyl_peroxide, hydroquinone, drying_alcohol, cooling, steroid, mercury)",
                "content/ingredients.toml: ingredient `Kelp`: no Korean name (`ko`): a family's ingredients are named \
                 in both languages",
            ]
        );
        let problems = edited("ingredients.toml", |text| {
            text.replacen(
                "avoid = [\"allergies.honey\"]",
                "avoid = [\"health.pregnant\"]",
                1,
            )
        });
        assert_eq!(
            problems,
            ["content/ingredients.toml: family `honey`: avoid `health.pregnant` is not in tag `honey`'s `avoid_if` \
              (tags.toml): a product is flagged only by its tag's rules"]
        );
    }

    #[test]
    fn a_narrowed_row_what_every_reader_is_told_and_the_1_percent_line_are_checked() {
        let problems = problems(
            "ingredients.toml",
            &format!(
                "[[family]]\nid = \"kojic\"\ntag = \"acid\"\nname = {}\n\
                 only = [\"health.pregnant\"]\navoid = [\"conditions.acid\"]\nown = \"allergies.honey\"\n\
                 everyone = {{ level = \"maybe\", text = {}, verdict = \"verdict_gone\" }}\n\
                 said = {{ \"allergies.honey\" = \"prescribed\", \"conditions.acid\" = \"said_gone\" }}\n\
                 ingredients = [{{ inci = \"Kojic Dipalmitate\", ko = [\"코직다이팔미테이트\"] }}]\n\
                 [[ordinary]]\nkind = \"gums\"\ntrace = true\ningredients = [{{ inci = \"Kojic Gum\", adjuster = true }}]",
                text("kojic", "코직"),
                text("x", "x")
            ),
        );
        assert_eq!(
            problems,
            [
                "content/ingredients.toml: family `kojic`: only `health.pregnant` is not in tag `acid`'s `avoid_if` \
                 (tags.toml): a product is flagged only by its tag's rules",
                "content/ingredients.toml: family `kojic`: own `allergies.honey` is not in tag `acid`'s `avoid_if` \
                 (tags.toml): a product is flagged only by its tag's rules",
                "content/ingredients.toml: family `kojic`: said `allergies.honey` is not in tag `acid`'s `avoid_if` \
                 (tags.toml): a product is flagged only by its tag's rules",
                "content/ingredients.toml: family `kojic`: avoid `conditions.acid` is not in its `only`",
                "content/ingredients.toml: family `kojic`: everyone: level `maybe`: `avoid` or `caution`",
                "content/ingredients.toml: family `kojic`: said: no text `said_gone` in `[text]`",
                "content/ingredients.toml: ingredient `Kojic Gum`: `adjuster`: only an ingredient of a family whose \
                 group is not `trace` (its families count only above the 1% line)",
            ]
        );
    }

    #[test]
    fn calm_verdicts_and_said_texts_name_a_text_and_an_answer() {
        let problems = edited("ingredients.toml", |text| {
            text.replacen(
                "calm = { \"health.immune\" = \"verdict_immune\" }",
                "calm = { \"health.immune\" = \"verdict_gone\", \"health.tired\" = \"verdict_calm\" }",
                1,
            )
            .replacen(", verdict = \"verdict_medicine\"", ", verdict = \"verdict_gone\"", 1)
        });
        assert_eq!(
            problems,
            [
                "content/ingredients.toml: calm: answer `health.immune`: no text `verdict_gone` in `[text]`",
                "content/ingredients.toml: calm: answer `health.tired`: question `health` has no choice `tired`",
                "content/ingredients.toml: family `retinoid_medicine`: everyone: verdict: no text `verdict_gone` in \
                 `[text]`",
            ]
        );
    }

    #[test]
    fn clashes_and_steps_name_what_exists() {
        let problems = problems(
            "ingredients.toml",
            &format!(
                "[[clash]]\nfamilies = [\"retinoid\", \"retinoid\"]\ntext = {}\n\
                 [[step]]\nstep = \"bath\"\nwords = [\"bath\"]",
                text("x", "x")
            ),
        );
        assert_eq!(
            problems,
            [
                "content/ingredients.toml: clash `retinoid + retinoid`: a clash names two different families",
                "content/ingredients.toml: step `bath`: unknown routine step",
            ]
        );
    }
}
