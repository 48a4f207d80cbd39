//! `tips.toml`: tips, their triggers, placement and inherited contraindications.

use super::*;

impl Checker {
    pub(super) fn tips(
        &mut self,
        file: TipsFile,
        refs: &Refs,
        tag_avoid_if: &[Vec<Condition>],
    ) -> Vec<Tip> {
        let mut seen = HashSet::new();
        file.tip
            .into_iter()
            .map(|raw| {
                let entry = self.id("tip", &raw.id, false, &mut seen);
                let source = refs
                    .articles
                    .iter()
                    .position(|a| a.id == raw.source)
                    .unwrap_or_else(|| {
                        self.error(
                            &entry,
                            format!("source: article `{}` does not exist", raw.source),
                        );
                        0
                    });
                let base = self.small(&entry, "base", raw.base);
                let placement = raw
                    .placement
                    .and_then(|placement| self.placement(&entry, placement));
                if raw.triggers.len() > MAX_TRIGGERS {
                    self.error(
                        &entry,
                        format!(
                            "has {} triggers; at most {MAX_TRIGGERS} are allowed",
                            raw.triggers.len()
                        ),
                    );
                }
                if !raw.triggers.iter().any(|t| t.weight > 0) {
                    self.error(
                        &entry,
                        "no answer can reach it: it needs a trigger with a positive weight",
                    );
                }
                let triggers: Vec<Trigger> = raw
                    .triggers
                    .iter()
                    .filter_map(|t| {
                        let condition = self.condition(&entry, "trigger", &t.condition, refs)?;
                        if t.weight == 0 {
                            self.error(
                                &entry,
                                format!("trigger `{}`: weight 0 has no effect", t.condition),
                            );
                        }
                        Some(Trigger {
                            condition,
                            weight: self.small(&entry, "weight", t.weight),
                        })
                    })
                    .collect();
                let own: Vec<Condition> = raw
                    .avoid_if
                    .iter()
                    .filter_map(|c| self.condition(&entry, "avoid_if", c, refs))
                    .collect();
                let tags = self.tags(&entry, "tags", &raw.tags);
                let safety = self.safety(&entry, raw.safety, &tags);
                let avoid_if = self.inherit(&entry, own, &tags, tag_avoid_if, refs.questions);
                for trigger in triggers.iter().filter(|t| t.weight > 0) {
                    if let Some(avoid) = avoid_if.iter().find(|&&a| covers(a, trigger.condition)) {
                        self.error(
                            &entry,
                            format!(
                                "trigger `{}` can never fire: the tip avoids `{}` (its own avoid_if or a tag's)",
                                describe(trigger.condition, refs.questions),
                                describe(*avoid, refs.questions)
                            ),
                        );
                    }
                }
                Tip {
                    title: self.text(&entry, "title", raw.title),
                    body: self.text(&entry, "body", raw.body),
                    caution: raw.caution.map(|c| self.text(&entry, "caution", c)),
                    id: raw.id,
                    source,
                    placement,
                    base,
                    triggers,
                    avoid_if,
                    tags,
                    safety,
                }
            })
            .collect()
    }

    /// A tip's safety properties: every one declared (no defaults), and the tags they stand for exactly the tip's
    /// tags of that kind, so a forgotten tag, or a tag without its property, is refused.
    fn safety(&mut self, entry: &str, raw: Option<RawSafety>, tags: &[Tag]) -> Safety {
        let every = Safety::NAMES.join(", ");
        let Some(raw) = raw else {
            self.error(
                entry,
                format!("safety: not declared (every tip declares every safety property: {every})"),
            );
            return Safety::CALM;
        };
        let mut missing = Vec::new();
        let mut flag = |name: &'static str, value: Option<bool>| {
            value.unwrap_or_else(|| {
                missing.push(name);
                false
            })
        };
        let heat = flag("heat", raw.heat);
        let friction = flag("friction", raw.friction);
        let new_product = flag("new_product", raw.new_product);
        let home_made = flag("home_made", raw.home_made);
        let occlusive = flag("occlusive", raw.occlusive);
        let touch = match raw.touch.as_deref().map(|id| (id, Touch::from_id(id))) {
            None => {
                missing.push("touch");
                Touch::None
            }
            Some((_, Some(touch))) => touch,
            Some((id, None)) => {
                self.error(
                    entry,
                    format!(
                        "safety.touch: unknown `{id}` (expected one of {})",
                        Touch::ALL.map(Touch::id).join(", ")
                    ),
                );
                Touch::None
            }
        };
        let active = match raw.active.as_deref().map(|id| (id, Active::from_id(id))) {
            None => {
                missing.push("active");
                Active::None
            }
            Some((_, Some(active))) => active,
            Some((id, None)) => {
                self.error(
                    entry,
                    format!(
                        "safety.active: unknown `{id}` (expected one of {})",
                        Active::ALL.map(Active::id).join(", ")
                    ),
                );
                Active::None
            }
        };
        let seconds = match raw.minutes {
            None => {
                missing.push("minutes");
                0
            }
            Some(minutes) => self.minutes(entry, Some(minutes)),
        };
        missing.sort_by_key(|name| Safety::NAMES.iter().position(|n| n == name));
        for name in missing {
            self.error(
                entry,
                format!("safety: `{name}` is not declared (every tip declares every safety property: {every})"),
            );
        }
        let safety = Safety {
            touch,
            heat,
            friction,
            new_product,
            home_made,
            active,
            occlusive,
            seconds,
        };
        let implied = safety.tags();
        for tag in Safety::PROPERTY_TAGS {
            match (implied.contains(&tag), tags.contains(&tag)) {
                (true, false) => self.error(
                    entry,
                    format!(
                        "safety says it is `{}`, but the tip is not tagged `{}`",
                        tag.id(),
                        tag.id()
                    ),
                ),
                (false, true) => self.error(
                    entry,
                    format!(
                        "tagged `{}`, but its safety properties do not say so",
                        tag.id()
                    ),
                ),
                _ => {}
            }
        }
        // Food on the skin is home-made, and an essential oil is put on the skin.
        for tag in [Tag::Egg, Tag::Honey, Tag::Dairy] {
            if tags.contains(&tag) && !safety.home_made {
                self.error(
                    entry,
                    format!("tagged `{}`, but safety.home_made is false", tag.id()),
                );
            }
        }
        if tags.contains(&Tag::EssentialOil) && safety.touch == Touch::None {
            self.error(
                entry,
                "tagged `essential_oil`, but safety.touch is \"none\"",
            );
        }
        safety
    }

    /// The minutes a routine line or tip takes (0 to 60, in half minutes), as seconds.
    pub(super) fn minutes(&mut self, entry: &str, raw: Option<f64>) -> u16 {
        match raw {
            Some(minutes) if (0.0..=60.0).contains(&minutes) && (minutes * 2.0).fract() == 0.0 => {
                (minutes * 60.0) as u16
            }
            Some(minutes) => {
                self.error(
                    entry,
                    format!("minutes = {minutes}: between 0 and 60, in half minutes"),
                );
                0
            }
            None => {
                self.error(
                    entry,
                    "minutes: not declared (the time budget counts every line)",
                );
                0
            }
        }
    }

    /// A tip's own `avoid_if` followed by its tags' rules. A condition a tag already carries is refused in the tip's
    /// own list, so each safety rule is written in one place.
    pub(super) fn inherit(
        &mut self,
        entry: &str,
        own: Vec<Condition>,
        tags: &[Tag],
        tag_avoid_if: &[Vec<Condition>],
        questions: &[Question],
    ) -> Vec<Condition> {
        let mut avoid_if = own.clone();
        for &tag in tags {
            for &condition in &tag_avoid_if[tag as usize] {
                if own.contains(&condition) {
                    self.error(
                        entry,
                        format!(
                            "avoid_if `{}` is already a rule of tag `{}` (tags.toml): keep it there only",
                            describe(condition, questions),
                            tag.id()
                        ),
                    );
                } else if !avoid_if.contains(&condition) {
                    avoid_if.push(condition);
                }
            }
        }
        avoid_if
    }

    pub(super) fn placement(&mut self, entry: &str, raw: RawPlacement) -> Option<Placement<Text>> {
        let (step, time) = self.step_and_time(entry, &raw.step, &raw.time)?;
        let through = raw.through.as_deref().and_then(|id| {
            let found = RoutineStep::from_id(id);
            match found {
                Some(through) if through > step => Some(through),
                Some(_) => {
                    self.error(
                        entry,
                        format!(
                            "placement.through `{id}` must be a later step than `{}`",
                            step.id()
                        ),
                    );
                    None
                }
                None => {
                    self.error(
                        entry,
                        format!("placement.through: unknown routine step `{id}`"),
                    );
                    None
                }
            }
        });
        let frequency = raw
            .frequency
            .map(|f| self.text(entry, "placement.frequency", f));
        if raw.note && (frequency.is_some() || through.is_some()) {
            self.error(
                entry,
                "a note is a daily technique on one step: no `frequency` or `through`",
            );
        }
        if frequency.is_some() && time != Time::Pm {
            self.error(
                entry,
                "an occasional item (with `frequency`) belongs in the evening: the week plan is of evenings",
            );
        }
        if step == RoutineStep::OilCleanse && time != Time::Pm {
            self.error(
                entry,
                "oil_cleanse is evening only (time = \"pm\"): the morning has one cleanse",
            );
        }
        let evenings = match (&frequency, raw.evenings) {
            (Some(_), Some(n)) if (0..=7).contains(&n) => n as u8,
            (Some(_), Some(n)) => {
                self.error(
                    entry,
                    format!("placement.evenings = {n}: a week has 0 to 7 evenings"),
                );
                0
            }
            (Some(_), None) => {
                self.error(
                    entry,
                    "placement.evenings: how many evenings of the week plan (0 for as needed)",
                );
                0
            }
            (None, Some(_)) => {
                self.error(entry, "placement.evenings needs a `frequency`");
                0
            }
            (None, None) => 0,
        };
        Some(Placement {
            step,
            through,
            time,
            note: raw.note,
            frequency,
            evenings,
        })
    }

    /// A note sits on its step's item, so that step must always have one: a staple at every time the note is for.
    pub(super) fn notes(&mut self, tips: &[Tip], staples: &[Staple]) {
        for tip in tips {
            let Some(placement) = tip.placement.as_ref().filter(|p| p.note) else {
                continue;
            };
            for time in [Time::Am, Time::Pm]
                .into_iter()
                .filter(|&t| placement.time.includes(t))
            {
                if !staples
                    .iter()
                    .any(|s| s.step == placement.step && s.time.includes(time) && s.when.is_empty())
                {
                    self.error(
                        &format!("tip `{}`", tip.id),
                        format!(
                            "a note on `{}` at {} needs a staple there to sit on",
                            placement.step.id(),
                            time.id()
                        ),
                    );
                }
            }
        }
    }

    /// Resolves a routine step and time, enforcing that sunscreen is for the morning and sleeping masks for the night.
    pub(super) fn step_and_time(
        &mut self,
        entry: &str,
        step: &str,
        time: &str,
    ) -> Option<(RoutineStep, Time)> {
        let found = RoutineStep::from_id(step);
        if found.is_none() {
            self.error(
                entry,
                format!(
                    "unknown routine step `{step}` (expected one of {})",
                    RoutineStep::ALL.map(RoutineStep::id).join(", ")
                ),
            );
        }
        let time = Time::from_id(time).or_else(|| {
            self.error(
                entry,
                format!(
                    "unknown time `{time}` (expected {})",
                    Time::ALL.map(Time::id).join(", ")
                ),
            );
            None
        });
        let (step, time) = (found?, time?);
        match (step, time) {
            (RoutineStep::Sunscreen, Time::Pm | Time::Both) => self.error(
                entry,
                "sunscreen belongs in the morning only (time = \"am\")",
            ),
            (RoutineStep::SleepingMask, Time::Am | Time::Both) => self.error(
                entry,
                "a sleeping mask belongs at night only (time = \"pm\")",
            ),
            _ => {}
        }
        Some((step, time))
    }
}

#[cfg(test)]
mod tests {
    use super::super::testing::{edited, problems, text, tip, CALM, TRIGGER};
    use crate::model::Lang;

    /// `problems` as reported for `tips.toml`.
    fn in_tips(problems: &[&str]) -> Vec<String> {
        problems
            .iter()
            .map(|problem| format!("content/tips.toml: {problem}"))
            .collect()
    }

    #[test]
    fn every_problem_is_reported_with_its_tip() {
        let tips = [
            tip(
                "bad_choice",
                &format!("{TRIGGER}\navoid_if = [\"sensitivity.reactve\"]"),
            ),
            tip("steam_session", TRIGGER),
            tip("no_korean", TRIGGER).replace(", ko = \"제목\"", ""),
            tip("klingon", TRIGGER).replace(", ko = \"본문.\"", ", ko = \"본문.\", tlh = \"Qo'\""),
            tip(
                "unreachable",
                "triggers = [{ if = \"stress.tense\", weight = -1 }]",
            ),
            tip(
                "ghost_question",
                "triggers = [{ if = \"breakout.rarely\", weight = 1 }]",
            ),
        ];
        assert_eq!(
            problems("tips.toml", &tips.concat()),
            in_tips(&[
                "tip `bad_choice`: avoid_if `sensitivity.reactve`: question `sensitivity` has no choice `reactve`",
                "tip `steam_session`: duplicate tip id",
                "tip `no_korean`: title: missing `ko` translation",
                &format!(
                    "tip `klingon`: body: unknown language `tlh` (expected {})",
                    Lang::ALL.map(Lang::tag).join(", ")
                ),
                "tip `unreachable`: no answer can reach it: it needs a trigger with a positive weight",
                "tip `ghost_question`: trigger `breakout.rarely`: question `breakout` does not exist",
            ])
        );
    }

    #[test]
    fn tips_are_checked_for_triggers_scores_and_placement() {
        let many: Vec<String> = (0..33)
            .map(|_| "{ if = \"stress.tense\", weight = 1 }".to_owned())
            .collect();
        let tips = [
            tip("crowded", &format!("triggers = [{}]", many.join(", "))),
            tip(
                "too_high",
                "triggers = [{ if = \"oiliness>=101\", weight = 1 }]",
            ),
            tip(
                "morning_mask",
                &format!("{TRIGGER}\nplacement = {{ step = \"sleeping_mask\", time = \"am\" }}"),
            ),
            tip("kebab-id", TRIGGER),
        ];
        assert_eq!(
            problems("tips.toml", &tips.concat()),
            in_tips(&[
                "tip `crowded`: has 33 triggers; at most 32 are allowed",
                "tip `too_high`: trigger `oiliness>=101`: `101` is not a score from 0 to 100",
                "tip `morning_mask`: a sleeping mask belongs at night only (time = \"pm\")",
                "tip `kebab-id`: id must be lower_snake_case",
            ])
        );
    }

    #[test]
    fn text_holds_no_control_character_but_line_breaks() {
        let tips = [
            tip("nul", TRIGGER).replacen("\"B.\"", "\"B\\u0000.\"", 1),
            tip("breaks", TRIGGER).replace("\"B.\"", "\"B.\\nC.\""),
        ];
        assert_eq!(
            problems("tips.toml", &tips.concat()),
            in_tips(&["tip `nul`: body: `en` text contains a control character"])
        );
    }

    #[test]
    fn tips_inherit_their_tags_rules_and_may_not_contradict_them() {
        // Repeats a heat rule in its own avoid_if, and is raised by an answer heat rules out: both refused.
        let hot_towel = tip(
            "hot_towel",
            &format!(
                "triggers = [{{ if = \"sensitivity.reactive\", weight = 2 }}, {{ if = \"concerns.dullness\", weight = 1 }}]\n\
                 avoid_if = [\"concerns.redness\"]\ntags = [\"heat\", \"sauna\"]\n{}",
                CALM.replace("heat = false", "heat = true")
            ),
        );
        assert_eq!(
            problems("tips.toml", &hot_towel),
            in_tips(&[
                "tip `hot_towel`: tags: unknown tag `sauna` (expected one of heat, friction, firm_massage, \
                 massage, home_made, vitamin_c, new_product, essential_oil, egg, honey, dairy, ginseng, fragrance, \
                 retinoid, acid, \
                 benzoyl_peroxide, hydroquinone, drying_alcohol, cooling, steroid, mercury)",
                "tip `hot_towel`: avoid_if `concerns.redness` is already a rule of tag `heat` (tags.toml): \
                 keep it there only",
                "tip `hot_towel`: trigger `sensitivity.reactive` can never fire: the tip avoids \
                 `sensitivity.reactive` (its own avoid_if or a tag's)",
            ])
        );
    }

    #[test]
    fn placements_keep_the_routine_sensible() {
        let placed =
            |id: &str, placement: &str| tip(id, &format!("{TRIGGER}\nplacement = {placement}"));
        let weekly = text("weekly", "주 1회");
        let tips = [
            placed("am_oil", "{ step = \"oil_cleanse\", time = \"both\" }"),
            placed(
                "backwards",
                "{ step = \"toner\", through = \"water_cleanse\", time = \"pm\" }",
            ),
            placed(
                "weekly_note",
                &format!(
                    "{{ step = \"moisturiser\", time = \"pm\", note = true, frequency = {weekly}, evenings = 1 }}"
                ),
            ),
            placed("floating_note", "{ step = \"toner\", time = \"am\", note = true }"),
            placed(
                "morning_mask",
                &format!("{{ step = \"mask\", time = \"am\", frequency = {weekly}, evenings = 1 }}"),
            ),
            placed(
                "unplanned",
                &format!("{{ step = \"mask\", time = \"pm\", frequency = {weekly} }}"),
            ),
        ];
        assert_eq!(
            problems("tips.toml", &tips.concat()),
            in_tips(&[
                "tip `am_oil`: oil_cleanse is evening only (time = \"pm\"): the morning has one cleanse",
                "tip `backwards`: placement.through `water_cleanse` must be a later step than `toner`",
                "tip `weekly_note`: a note is a daily technique on one step: no `frequency` or `through`",
                "tip `morning_mask`: an occasional item (with `frequency`) belongs in the evening: the week plan \
                 is of evenings",
                "tip `unplanned`: placement.evenings: how many evenings of the week plan (0 for as needed)",
                "tip `floating_note`: a note on `toner` at am needs a staple there to sit on",
            ])
        );
    }

    /// Issue 25: every tip declares every safety property, and its tags say exactly what its properties say.
    #[test]
    fn a_tip_declares_every_safety_property_and_its_tags_follow_them() {
        let without_heat = CALM.replace("heat = false, ", "");
        let tips = [
            tip("no_heat", &format!("{TRIGGER}\n{without_heat}")),
            tip("undeclared", &format!("{TRIGGER}\n# no safety")).replace(CALM, ""),
            tip(
                "untagged_steam",
                &format!("{TRIGGER}\n{}", CALM.replace("heat = false", "heat = true")),
            ),
            tip("tagged_rub", &format!("{TRIGGER}\ntags = [\"friction\"]")),
        ];
        let every = "touch, heat, friction, new_product, home_made, active, occlusive, minutes";
        assert_eq!(
            problems("tips.toml", &tips.concat()),
            in_tips(&[
                &format!("tip `no_heat`: safety: `heat` is not declared (every tip declares every safety property: {every})"),
                &format!("tip `undeclared`: safety: not declared (every tip declares every safety property: {every})"),
                "tip `untagged_steam`: safety says it is `heat`, but the tip is not tagged `heat`",
                "tip `tagged_rub`: tagged `friction`, but its safety properties do not say so",
            ])
        );
        // The real content: a tip that forgets a property is refused by the build.
        let forgot = edited("tips.toml", |text| {
            text.replacen(", occlusive = false, minutes = 5 }", ", minutes = 5 }", 1)
        });
        assert_eq!(
            forgot,
            in_tips(&[&format!(
                "tip `steam_session`: safety: `occlusive` is not declared (every tip declares every safety property: \
                 {every})"
            )])
        );
    }
}
