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
                }
            })
            .collect()
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

    pub(super) fn placement(&mut self, entry: &str, raw: RawPlacement) -> Option<Placement> {
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
                    .any(|s| s.step == placement.step && s.time.includes(time))
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
