//! `questions.toml`: steps, questions and choices, and the choices the engine relies on.

use super::*;

impl Checker {
    pub(super) fn questions(&mut self, file: QuestionsFile) -> (Vec<Step>, Vec<Question>) {
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
        // The results name a question by its topic alone: two alike would be two answers the reader cannot tell apart.
        for (later, question) in questions.iter().enumerate() {
            if let Some(earlier) = questions[..later].iter().find(|q| {
                Lang::ALL
                    .into_iter()
                    .any(|lang| q.topic[lang] == question.topic[lang])
            }) {
                self.error(
                    &format!("question `{}`", question.id),
                    format!("topic is also question `{}`'s", earlier.id),
                );
            }
        }
        (steps, questions)
    }

    pub(super) fn question(
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
                    match (Axis::from_id(&axis), i8::try_from(points)) {
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
            topic: self.text(&entry, "topic", raw.topic),
            help: raw.help.map(|help| self.text(&entry, "help", help)),
            id: raw.id,
            step,
            multi_max,
            optional: raw.optional,
            choices,
        }
    }

    pub(super) fn engine_choices(
        &mut self,
        questions: &[Question],
    ) -> Vec<(&'static str, Condition)> {
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
}

#[cfg(test)]
mod tests {
    use super::super::testing::{problems, text};

    #[test]
    fn question_rules_are_enforced() {
        let (question, topic) = (text("Q", "질문"), text("q", "질문"));
        let (a, b) = (text("A", "답"), text("B", "답"));
        let extra = format!(
            "[[question]]\nid = \"lonely\"\nstep = \"skin\"\nkind = \"single\"\ntext = {question}\ntopic = {topic}\n\
             [[question.choice]]\nid = \"only\"\nlabel = {a}\nexclusive = true\n\
             [[question]]\nid = \"greedy\"\nstep = \"nowhere\"\nkind = \"multi\"\nmax = 3\ntext = {question}\ntopic = {topic}\n\
             [[question.choice]]\nid = \"a\"\nlabel = {a}\neffects = {{ shine = 1 }}\n\
             [[question.choice]]\nid = \"b\"\nlabel = {b}"
        );
        let file = "content/questions.toml";
        assert_eq!(
            problems("questions.toml", &extra),
            [
                format!("{file}: question `lonely`: a single-choice question needs at least 2 choices"),
                format!("{file}: question `lonely`: choice `only`: `exclusive` is only for multi questions"),
                format!("{file}: question `greedy`: step `nowhere` does not exist"),
                format!("{file}: question `greedy`: max = 3 must be between 1 and the number of choices (2)"),
                format!("{file}: question `greedy`: choice `a`: effects: unknown axis `shine`"),
                format!("{file}: question `greedy`: topic is also question `lonely`'s"),
            ]
        );
    }
}
