//! Validation: turns the `raw` files into a [`Content`], resolving every reference, or lists every
//! problem as `file: entry: problem`. All problems are collected rather than stopping at the first, so an editor fixes
//! a file in one round.

use crate::model::*;
use crate::raw::*;
use std::collections::HashSet;

/// A `ChoiceSet` is a 16-bit mask, and a tip's fired triggers a 32-bit one.
const MAX_CHOICES: usize = 16;
const MAX_TRIGGERS: usize = 32;

/// Checks parsed files; problems name them `shown/<file>`.
pub(crate) fn check(files: Files, shown: &str) -> Result<Content, Vec<String>> {
    let mut check = Checker {
        errors: Vec::new(),
        file: String::new(),
    };
    check.file = format!("{shown}/articles.toml");
    let articles = check.articles(files.articles);
    check.file = format!("{shown}/questions.toml");
    let (steps, questions) = check.questions(files.questions);
    let engine_choices = check.engine_choices(&questions);
    let axis_max = axis_max(&questions);
    let refs = Refs {
        questions: &questions,
        articles: &articles,
        axis_max,
    };
    check.file = format!("{shown}/tags.toml");
    let tag_avoid_if = check.tag_table(files.tags, &refs);
    check.file = format!("{shown}/tips.toml");
    let tips = check.tips(files.tips, &refs, &tag_avoid_if);
    check.file = format!("{shown}/cautions.toml");
    let (cautions, disclaimer) = check.cautions(files.cautions, &refs);
    check.excludes(&cautions, &tips, &questions);
    check.file = format!("{shown}/staples.toml");
    let staples = check.staples(files.staples);
    check.file = format!("{shown}/tips.toml");
    check.notes(&tips, &staples);
    check.file = format!("{shown}/strings.toml");
    let strings = check.strings(files.strings);

    if check.errors.is_empty() {
        Ok(Content {
            articles,
            steps,
            questions,
            tag_avoid_if,
            tips,
            cautions,
            disclaimer,
            staples,
            strings,
            engine_choices,
        })
    } else {
        Err(check.errors)
    }
}

impl Condition {
    /// Whether this condition holding guarantees that `other` holds too (so avoiding this avoids `other`).
    fn covers(self, other: Condition) -> bool {
        match (self, other) {
            (Condition::AxisAtLeast(axis, min), Condition::AxisAtLeast(other_axis, other_min)) => {
                axis == other_axis && min <= other_min
            }
            _ => self == other,
        }
    }

    /// The condition as written in content files.
    fn describe(self, questions: &[Question]) -> String {
        match self {
            Condition::Picked(question, choice) => {
                let question = &questions[question];
                format!("{}.{}", question.id, question.choices[choice].id)
            }
            Condition::AxisAtLeast(axis, min) => format!("{}>={min}", axis.id()),
        }
    }
}

/// Whether two times share a morning or an evening.
fn overlap(a: Time, b: Time) -> bool {
    includes(a, b) || includes(b, a)
}

/// Whether something at time `a` happens at `b`: `Both` includes `Am` and `Pm`.
fn includes(a: Time, b: Time) -> bool {
    a == b || a == Time::Both
}

/// What tips and cautions may refer to.
struct Refs<'a> {
    questions: &'a [Question],
    articles: &'a [Article],
    axis_max: [i16; Axis::ALL.len()],
}

/// Collects problems for the file being checked.
struct Checker {
    errors: Vec<String>,
    file: String,
}

impl Checker {
    fn error(&mut self, entry: &str, problem: impl std::fmt::Display) {
        self.errors
            .push(format!("{}: {entry}: {problem}", self.file));
    }

    /// Checks an id's form and uniqueness among `seen`; `kind` names the entry (`tip`).
    fn id(&mut self, kind: &str, id: &str, kebab: bool, seen: &mut HashSet<String>) -> String {
        let entry = format!("{kind} `{id}`");
        if !is_id(id, kebab) {
            let form = if kebab {
                "lower_snake_case or kebab-case"
            } else {
                "lower_snake_case"
            };
            self.error(&entry, format!("id must be {form}"));
        }
        if !seen.insert(id.to_owned()) {
            self.error(&entry, format!("duplicate {kind} id"));
        }
        entry
    }

    fn text(&mut self, entry: &str, field: &str, raw: RawText) -> Text {
        let mut get = |lang: &str, value: Option<String>| match value {
            // Line breaks are the only control characters text may hold: the widget's text files separate strings
            // with NUL, and the others would be invisible on screen.
            Some(value) if value.chars().any(|c| c.is_control() && c != '\n') => {
                self.error(
                    entry,
                    format!("{field}: `{lang}` text contains a control character"),
                );
                String::new()
            }
            Some(value) if !value.trim().is_empty() => value,
            Some(_) => {
                self.error(entry, format!("{field}: empty `{lang}` text"));
                String::new()
            }
            None => {
                self.error(entry, format!("{field}: missing `{lang}` translation"));
                String::new()
            }
        };
        let text = Text {
            en: get("en", raw.en),
            ko: get("ko", raw.ko),
        };
        let (en, ko) = (placeholders(&text.en), placeholders(&text.ko));
        if !text.en.is_empty() && !text.ko.is_empty() && en != ko {
            let list = |names: &[&str]| {
                if names.is_empty() {
                    "none".to_owned()
                } else {
                    names.join(", ")
                }
            };
            self.error(
                entry,
                format!(
                    "{field}: placeholders differ: en has {}, ko has {}",
                    list(&en),
                    list(&ko)
                ),
            );
        }
        text
    }

    fn articles(&mut self, file: ArticlesFile) -> Vec<Article> {
        let mut seen = HashSet::new();
        let mut slugs_seen = HashSet::new();
        file.article
            .into_iter()
            .map(|raw| {
                let entry = self.id("article", &raw.id, true, &mut seen);
                if raw.slugs.is_empty() {
                    self.error(
                        &entry,
                        "no `slugs`: the page names the blog gives the article",
                    );
                }
                for slug in &raw.slugs {
                    if !is_id(slug, true) {
                        self.error(&entry, format!("slug `{slug}` is not lower kebab-case"));
                    } else if !slugs_seen.insert(slug.clone()) {
                        self.error(&entry, format!("slug `{slug}` is another article's too"));
                    }
                }
                if raw.original_title.trim().is_empty() {
                    self.error(
                        &entry,
                        "no `original_title`: the title it was published under",
                    );
                }
                Article {
                    title: self.text(&entry, "title", raw.title),
                    id: raw.id,
                    slugs: raw.slugs,
                    original_title: raw.original_title,
                }
            })
            .collect()
    }

    fn questions(&mut self, file: QuestionsFile) -> (Vec<Step>, Vec<Question>) {
        let mut seen = HashSet::new();
        let steps: Vec<Step> = file
            .step
            .into_iter()
            .map(|raw| {
                let entry = self.id("step", &raw.id, false, &mut seen);
                Step {
                    title: self.text(&entry, "title", raw.title),
                    id: raw.id,
                }
            })
            .collect();

        let mut seen = HashSet::new();
        let questions: Vec<Question> = file
            .question
            .into_iter()
            .map(|raw| self.question(raw, &steps, &mut seen))
            .collect();

        for (index, step) in steps.iter().enumerate() {
            if !questions.iter().any(|q| q.step == index) {
                self.error(&format!("step `{}`", step.id), "has no questions");
            }
        }
        (steps, questions)
    }

    fn question(
        &mut self,
        raw: RawQuestion,
        steps: &[Step],
        seen: &mut HashSet<String>,
    ) -> Question {
        let entry = self.id("question", &raw.id, false, seen);
        let step = steps
            .iter()
            .position(|s| s.id == raw.step)
            .unwrap_or_else(|| {
                self.error(&entry, format!("step `{}` does not exist", raw.step));
                0
            });
        let count = raw.choice.len();
        if count > MAX_CHOICES {
            self.error(
                &entry,
                format!("has {count} choices; at most {MAX_CHOICES} are allowed"),
            );
        }
        let multi_max = match raw.kind.as_str() {
            "single" => {
                if count < 2 {
                    self.error(&entry, "a single-choice question needs at least 2 choices");
                }
                if raw.max.is_some() {
                    self.error(&entry, "`max` is only for multi questions");
                }
                None
            }
            "multi" => {
                let max = raw.max.unwrap_or(count as i64);
                if count == 0 {
                    self.error(&entry, "has no choices");
                } else if !(1..=count as i64).contains(&max) {
                    self.error(
                        &entry,
                        format!(
                            "max = {max} must be between 1 and the number of choices ({count})"
                        ),
                    );
                }
                Some(u8::try_from(max.clamp(1, MAX_CHOICES as i64)).unwrap_or(1))
            }
            other => {
                self.error(
                    &entry,
                    format!("unknown kind `{other}` (expected single or multi)"),
                );
                None
            }
        };

        let mut seen_choices = HashSet::new();
        let choices = raw
            .choice
            .into_iter()
            .map(|choice| {
                let choice_entry = format!("{entry}: choice `{}`", choice.id);
                if !is_id(&choice.id, false) {
                    self.error(&choice_entry, "id must be lower_snake_case");
                }
                if !seen_choices.insert(choice.id.clone()) {
                    self.error(&choice_entry, "duplicate choice id");
                }
                if choice.exclusive && multi_max.is_none() {
                    self.error(&choice_entry, "`exclusive` is only for multi questions");
                }
                let mut effects = Vec::new();
                for (axis, points) in choice.effects {
                    match (
                        Axis::ALL.into_iter().find(|a| a.id() == axis),
                        i8::try_from(points),
                    ) {
                        (None, _) => {
                            self.error(&choice_entry, format!("effects: unknown axis `{axis}`"))
                        }
                        (_, Err(_)) => self.error(
                            &choice_entry,
                            format!("effects: {axis} = {points} is out of range"),
                        ),
                        (Some(axis), Ok(points)) => effects.push((axis, points)),
                    }
                }
                effects.sort_unstable();
                Choice {
                    label: self.text(&choice_entry, "label", choice.label),
                    id: choice.id,
                    exclusive: choice.exclusive,
                    effects,
                }
            })
            .collect();

        Question {
            text: self.text(&entry, "text", raw.text),
            help: raw.help.map(|help| self.text(&entry, "help", help)),
            id: raw.id,
            step,
            multi_max,
            optional: raw.optional,
            choices,
        }
    }

    fn engine_choices(&mut self, questions: &[Question]) -> Vec<(&'static str, Condition)> {
        ENGINE_CHOICES
            .iter()
            .filter_map(|&(name, id)| match resolve_choice(id, questions) {
                Ok(condition) => Some((name, condition)),
                Err(problem) => {
                    self.error(
                        "the engine's skin-type rule",
                        format!("needs choice `{id}`: {problem}"),
                    );
                    None
                }
            })
            .collect()
    }

    fn condition(&mut self, entry: &str, field: &str, raw: &str, refs: &Refs) -> Option<Condition> {
        let resolved = match raw.split_once(">=") {
            Some((axis, min)) => resolve_axis(axis.trim(), min.trim(), refs),
            None => resolve_choice(raw, refs.questions),
        };
        resolved
            .map_err(|problem| self.error(entry, format!("{field} `{raw}`: {problem}")))
            .ok()
    }

    /// The tag table: every tag of [`Tag::ALL`] exactly once, with who must never see a tip carrying it.
    fn tag_table(&mut self, file: TagsFile, refs: &Refs) -> Vec<Vec<Condition>> {
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

    fn tips(&mut self, file: TipsFile, refs: &Refs, tag_avoid_if: &[Vec<Condition>]) -> Vec<Tip> {
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
                    if let Some(avoid) = avoid_if.iter().find(|a| a.covers(trigger.condition)) {
                        self.error(
                            &entry,
                            format!(
                                "trigger `{}` can never fire: the tip avoids `{}` (its own avoid_if or a tag's)",
                                trigger.condition.describe(refs.questions),
                                avoid.describe(refs.questions)
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
    fn inherit(
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
                            condition.describe(questions),
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

    fn placement(&mut self, entry: &str, raw: RawPlacement) -> Option<Placement> {
        let (step, time) = self.step_and_time(entry, &raw.step, &raw.time)?;
        let through = raw.through.as_deref().and_then(|id| {
            let found = RoutineStep::ALL.into_iter().find(|s| s.id() == id);
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
    fn notes(&mut self, tips: &[Tip], staples: &[Staple]) {
        for tip in tips {
            let Some(placement) = tip.placement.as_ref().filter(|p| p.note) else {
                continue;
            };
            for time in [Time::Am, Time::Pm]
                .into_iter()
                .filter(|&t| includes(placement.time, t))
            {
                if !staples
                    .iter()
                    .any(|s| s.step == placement.step && includes(s.time, time))
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

    fn small(&mut self, entry: &str, field: &str, value: i64) -> i8 {
        i8::try_from(value).unwrap_or_else(|_| {
            self.error(
                entry,
                format!("{field} = {value} is out of range (-128 to 127)"),
            );
            0
        })
    }

    /// Resolves tag ids (in `field`), reporting unknown and repeated ones.
    fn tags(&mut self, entry: &str, field: &str, raw: &[String]) -> Vec<Tag> {
        let mut tags = Vec::new();
        for id in raw {
            match Tag::ALL.into_iter().find(|t| t.id() == id) {
                None => self.error(
                    entry,
                    format!(
                        "{field}: unknown tag `{id}` (expected one of {})",
                        Tag::ALL.map(Tag::id).join(", ")
                    ),
                ),
                Some(tag) if tags.contains(&tag) => {
                    self.error(entry, format!("{field}: tag `{id}` is listed twice"))
                }
                Some(tag) => tags.push(tag),
            }
        }
        tags
    }

    /// Resolves a routine step and time, enforcing that sunscreen is for the morning and sleeping masks for the night.
    fn step_and_time(
        &mut self,
        entry: &str,
        step: &str,
        time: &str,
    ) -> Option<(RoutineStep, Time)> {
        let found = RoutineStep::ALL.into_iter().find(|s| s.id() == step);
        if found.is_none() {
            self.error(
                entry,
                format!(
                    "unknown routine step `{step}` (expected one of {})",
                    RoutineStep::ALL.map(RoutineStep::id).join(", ")
                ),
            );
        }
        let time = Time::ALL.into_iter().find(|t| t.id() == time).or_else(|| {
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

    /// Resolves the cautions, and finds the disclaimer: the one caution without `when`, an `info` that every outcome
    /// shows (in small print, apart from the other cautions).
    fn cautions(&mut self, file: CautionsFile, refs: &Refs) -> (Vec<Caution>, usize) {
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
                let unless: Vec<Condition> = raw
                    .unless
                    .iter()
                    .filter_map(|c| self.condition(&entry, "unless", c, refs))
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
                    if !unless.is_empty() {
                        self.error(&entry, "`unless` needs `when`: the disclaimer is always shown");
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
    fn excludes(&mut self, cautions: &[Caution], tips: &[Tip], questions: &[Question]) {
        for caution in cautions {
            for &tag in &caution.excludes {
                for tip in tips.iter().filter(|t| t.tags.contains(&tag)) {
                    let missing: Vec<String> = caution
                        .when
                        .iter()
                        .filter(|&&when| !tip.avoid_if.iter().any(|a| a.covers(when)))
                        .map(|when| format!("`{}`", when.describe(questions)))
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

    fn staples(&mut self, file: StaplesFile) -> Vec<Staple> {
        let mut seen = HashSet::new();
        let mut staples: Vec<Staple> = Vec::new();
        for raw in file.staple {
            let entry = self.id("staple", &raw.id, false, &mut seen);
            let Some((step, time)) = self.step_and_time(&entry, &raw.step, &raw.time) else {
                continue;
            };
            // The routine takes the first staple for a step, so a second one for the same time would never be shown.
            if let Some(other) = staples
                .iter()
                .find(|s| s.step == step && overlap(s.time, time))
            {
                self.error(
                    &entry,
                    format!(
                        "staple `{}` already covers step `{}` at that time",
                        other.id, raw.step
                    ),
                );
            }
            staples.push(Staple {
                text: self.text(&entry, "text", raw.text),
                id: raw.id,
                step,
                time,
            });
        }
        staples
    }

    fn strings(&mut self, file: StringsFile) -> Vec<StringTable> {
        file.into_iter()
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
            .collect()
    }
}

fn resolve_choice(raw: &str, questions: &[Question]) -> Result<Condition, String> {
    let Some((question_id, choice_id)) = raw.split_once('.') else {
        return Err("expected `question.choice` or `axis>=N`".to_owned());
    };
    let Some(question) = questions.iter().position(|q| q.id == question_id) else {
        return Err(format!("question `{question_id}` does not exist"));
    };
    let Some(choice) = questions[question]
        .choices
        .iter()
        .position(|c| c.id == choice_id)
    else {
        return Err(format!(
            "question `{question_id}` has no choice `{choice_id}`"
        ));
    };
    Ok(Condition::Picked(question, choice))
}

fn resolve_axis(axis: &str, min: &str, refs: &Refs) -> Result<Condition, String> {
    let Some(found) = Axis::ALL.into_iter().find(|a| a.id() == axis) else {
        return Err(format!(
            "unknown axis `{axis}` (expected one of {})",
            Axis::ALL.map(Axis::id).join(", ")
        ));
    };
    let min = match min.parse::<u8>() {
        Ok(min) if min <= 100 => min,
        _ => return Err(format!("`{min}` is not a score from 0 to 100")),
    };
    if min > 0 && refs.axis_max[found.index()] == 0 {
        return Err(format!("can never hold: no answer raises {axis}"));
    }
    Ok(Condition::AxisAtLeast(found, min))
}

/// lower_snake_case, or also kebab-case: what can become a Rust identifier (or, for articles, a URL slug).
fn is_id(id: &str, kebab: bool) -> bool {
    let separator = |c: char| c == '_' || (kebab && c == '-');
    id.starts_with(|c: char| c.is_ascii_lowercase())
        && !id.ends_with(separator)
        && id
            .chars()
            .all(|c| c.is_ascii_lowercase() || c.is_ascii_digit() || separator(c))
}

/// The distinct `{name}` placeholders of a text, sorted.
fn placeholders(text: &str) -> Vec<&str> {
    let mut names: Vec<&str> = text
        .split('{')
        .skip(1)
        .filter_map(|rest| rest.split_once('}').map(|(name, _)| name))
        .filter(|name| {
            !name.is_empty() && name.chars().all(|c| c.is_ascii_alphanumeric() || c == '_')
        })
        .collect();
    names.sort_unstable();
    names.dedup();
    names
}

#[cfg(test)]
mod tests {
    use super::{is_id, placeholders};
    use crate::model::{Axis, Condition};

    const DIR: &str = concat!(env!("CARGO_MANIFEST_DIR"), "/../skin-rules/content");

    /// The problems of the real content with `extra` appended to `file`.
    fn problems(file: &str, extra: &str) -> Vec<String> {
        crate::load_with("content", |name| {
            let text = std::fs::read_to_string(format!("{DIR}/{name}"))?;
            Ok(if name == file {
                format!("{text}\n{extra}\n")
            } else {
                text
            })
        })
        .err()
        .unwrap_or_default()
    }

    /// A tip that passes every check, with `rest` added.
    fn tip(id: &str, rest: &str) -> String {
        format!(
            "[[tip]]\nid = \"{id}\"\nsource = \"glass-skin\"\ntitle = {{ en = \"T\", ko = \"제목\" }}\n\
             body = {{ en = \"B.\", ko = \"본문.\" }}\n{rest}\n"
        )
    }

    #[test]
    fn the_real_content_is_valid() {
        let content = crate::load(std::path::Path::new(DIR), "crates/skin-rules/content").unwrap();
        assert!(!content.tips.is_empty() && !content.questions.is_empty());
        assert!(content.cautions[content.disclaimer].when.is_empty());
        assert!(content.axis_max().iter().all(|&max| max > 0));
    }

    #[test]
    fn a_valid_addition_has_no_problems() {
        let triggers = "triggers = [{ if = \"stress.tense\", weight = 1 }]";
        assert_eq!(
            problems("tips.toml", &tip("fine", triggers)),
            Vec::<String>::new()
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
                "triggers = [{ if = \"stress.tense\", weight = 1 }]\n\
                 placement = { step = \"sleeping_mask\", time = \"am\" }",
            ),
            tip(
                "kebab-id",
                "triggers = [{ if = \"stress.tense\", weight = 1 }]",
            ),
        ];
        let file = "content/tips.toml";
        assert_eq!(
            problems("tips.toml", &tips.concat()),
            [
                format!("{file}: tip `crowded`: has 33 triggers; at most 32 are allowed"),
                format!(
                    "{file}: tip `too_high`: trigger `oiliness>=101`: `101` is not a score from 0 to 100"
                ),
                format!(
                    "{file}: tip `morning_mask`: a sleeping mask belongs at night only (time = \"pm\")"
                ),
                format!("{file}: tip `kebab-id`: id must be lower_snake_case"),
            ]
        );
    }

    #[test]
    fn text_holds_no_control_character_but_line_breaks() {
        let tips = [
            tip("nul", "triggers = [{ if = \"stress.tense\", weight = 1 }]")
                .replace("\"B.\"", "\"B\\u0000.\""),
            tip(
                "breaks",
                "triggers = [{ if = \"stress.tense\", weight = 1 }]",
            )
            .replace("\"B.\"", "\"B.\\nC.\""),
        ];
        assert_eq!(
            problems("tips.toml", &tips.concat()),
            ["content/tips.toml: tip `nul`: body: `en` text contains a control character"]
        );
    }

    #[test]
    fn two_staples_cannot_fill_one_step_at_one_time() {
        let extra = "[[staple]]\nid = \"second_sunscreen\"\nstep = \"sunscreen\"\ntime = \"am\"\n\
                     text = { en = \"x\", ko = \"x\" }";
        let problems = problems("staples.toml", extra);
        assert_eq!(problems.len(), 1, "{problems:?}");
        assert!(
            problems[0].starts_with("content/staples.toml: staple `second_sunscreen`: staple `")
                && problems[0].ends_with("` already covers step `sunscreen` at that time"),
            "{problems:?}"
        );
    }

    #[test]
    fn ids_are_snake_case_or_for_articles_kebab_case() {
        assert!(is_id("steam_session", false) && is_id("glass-skin", true));
        assert!(!is_id("glass-skin", false) && !is_id("Steam", false));
        assert!(
            !is_id("_x", false) && !is_id("x_", false) && !is_id("x-", true) && !is_id("", false)
        );
        assert!(is_id("step2", false) && !is_id("2step", false));
    }

    #[test]
    fn placeholders_are_the_distinct_names_in_braces() {
        assert_eq!(placeholders("{n} of {total}, {n}"), ["n", "total"]);
        assert_eq!(placeholders("{} {a b} { open"), Vec::<&str>::new());
    }

    #[test]
    fn avoiding_a_lower_axis_score_covers_a_higher_one() {
        let at = |min| Condition::AxisAtLeast(Axis::Sensitivity, min);
        assert!(at(40).covers(at(50)) && at(50).covers(at(50)) && !at(60).covers(at(50)));
        assert!(!Condition::AxisAtLeast(Axis::Dryness, 0).covers(at(50)));
        assert!(Condition::Picked(1, 2).covers(Condition::Picked(1, 2)));
        assert!(!Condition::Picked(1, 2).covers(Condition::Picked(1, 3)));
    }
}
