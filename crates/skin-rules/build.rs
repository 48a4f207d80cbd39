//! Compiles `content/*.toml`, loaded and validated by `skin_content`, into `$OUT_DIR/content.rs`: static data of the
//! types in `src/model.rs`, so the crate (and the wasm widget) carries no parser. A content problem fails the build,
//! listing every problem as `file: entry: problem`.
//!
//! `SKIN_RULES_CONTENT`, when set, names another content folder (an absolute path): the tests' next release, a copy
//! of `content/` with one question added and one choice retired (`cargo xtask test`, xtask/src/next.rs).

use skin_content::{Axis, Condition, Content, Lang, RoutineStep, Safety, Tag, Text, Time};
use std::cell::RefCell;
use std::fmt::Write;
use std::path::PathBuf;

/// Another content folder to compile in (see the top of this file).
const CONTENT_VAR: &str = "SKIN_RULES_CONTENT";

fn main() {
    println!("cargo:rerun-if-env-changed={CONTENT_VAR}");
    let (dir, shown) = match std::env::var(CONTENT_VAR) {
        Ok(dir) => (PathBuf::from(&dir), dir),
        Err(_) => (
            PathBuf::from("content"),
            "crates/skin-rules/content".to_owned(),
        ),
    };
    for file in skin_content::FILES {
        println!("cargo:rerun-if-changed={}", dir.join(file).display());
    }

    let content = match skin_content::load(&dir, &shown) {
        Ok(content) => content,
        Err(errors) => {
            // Cargo shows warnings above the failure; stderr keeps the list with the failed build's output.
            for error in &errors {
                println!("cargo:warning={error}");
            }
            eprintln!(
                "{} problem(s) in {shown}:\n{}",
                errors.len(),
                errors.join("\n")
            );
            std::process::exit(1);
        }
    };
    let out_dir =
        std::path::PathBuf::from(std::env::var_os("OUT_DIR").expect("cargo sets OUT_DIR"));
    let table = TextTable::default();
    let code = generate(&content, &table);
    std::fs::write(out_dir.join("content.rs"), code).expect("writing the generated content");
    std::fs::write(
        out_dir.join("ingredients.txt"),
        ingredients_file(&content.ingredients),
    )
    .expect("writing the ingredients file");
    let mut bundled = String::from("[\n");
    for (lang, file) in Lang::ALL.into_iter().zip(table.files()) {
        let name = format!("text-{}.txt", lang.tag());
        std::fs::write(out_dir.join(&name), file).expect("writing a text table");
        writeln!(
            bundled,
            "    include_str!(concat!(env!(\"OUT_DIR\"), \"/{name}\")),"
        )
        .unwrap();
    }
    bundled.push_str("]\n");
    std::fs::write(out_dir.join("bundled-text.rs"), bundled)
        .expect("writing the bundled text list");
}

/// Every string of the content, numbered in the order the generator meets them (an identical string, in every
/// language, gets one number). The generated code holds only the numbers (`Text(n)`); the strings go into one file
/// per language (see `src/text.rs` for the format), so a page loads only the language it shows.
#[derive(Default)]
struct TextTable(RefCell<Vec<Text>>);

impl TextTable {
    /// The code of `text`: `Text(n)`.
    fn code(&self, text: &Text) -> String {
        let mut strings = self.0.borrow_mut();
        let index = strings
            .iter()
            .position(|known| known == text)
            .unwrap_or_else(|| {
                strings.push(text.clone());
                strings.len() - 1
            });
        assert!(
            index <= usize::from(u16::MAX),
            "more strings than a text number holds"
        );
        format!("Text({index})")
    }

    fn option(&self, text: Option<&Text>) -> String {
        text.map_or_else(|| "None".to_owned(), |t| format!("Some({})", self.code(t)))
    }

    /// FNV-1a over every string of every language: the build a text file belongs to.
    fn fingerprint(&self) -> u32 {
        let mut hash: u32 = 0x811c_9dc5;
        for text in self.0.borrow().iter() {
            for byte in text.0.iter().flat_map(|string| string.bytes().chain([0])) {
                hash = (hash ^ u32::from(byte)).wrapping_mul(0x0100_0193);
            }
        }
        hash
    }

    /// The text file of each language of [`Lang::ALL`]: a header line, then the strings separated by NUL.
    fn files(&self) -> [String; Lang::ALL.len()] {
        let strings = self.0.borrow();
        // The content loader keeps control characters out of text; NUL is the separator.
        assert!(
            strings
                .iter()
                .all(|text| text.0.iter().all(|s| !s.contains('\0'))),
            "a content string contains NUL"
        );
        let fingerprint = self.fingerprint();
        Lang::ALL.map(|lang| {
            let body: Vec<&str> = strings.iter().map(|text| text[lang].as_str()).collect();
            format!(
                "skin-analysis text {} {fingerprint:08x}\n{}",
                lang.tag(),
                body.join("\0")
            )
        })
    }
}

fn generate(content: &Content, table: &TextTable) -> String {
    let mut out =
        String::from("// Generated by crates/skin-rules/build.rs from crates/skin-rules/content/*.toml. Do not edit.\n\n");
    let questions = &content.questions;

    let steps: Vec<String> = content
        .steps
        .iter()
        .map(|s| format!("Step {{ id: {:?}, title: {} }}", s.id, table.code(&s.title)))
        .collect();
    array(&mut out, "STEPS", "Step", &steps);

    let questions_code: Vec<String> = questions
        .iter()
        .map(|q| {
            let kind = match q.multi_max {
                None => "QuestionKind::Single".to_owned(),
                Some(max) => format!("QuestionKind::Multi {{ max: {max} }}"),
            };
            let choices: Vec<String> = q
                .choices
                .iter()
                .map(|c| {
                    let effects: Vec<String> =
                        c.effects.iter().map(|&(axis, points)| format!("(Axis::{axis:?}, {points})")).collect();
                    format!(
                        "Choice {{ id: {:?}, label: {}, exclusive: {}, effects: &[{}] }}",
                        c.id,
                        table.code(&c.label),
                        c.exclusive,
                        effects.join(", ")
                    )
                })
                .collect();
            format!(
                "Question {{ id: {:?}, step: {}, kind: {kind}, optional: {}, text: {}, topic: {}, help: {}, choices: &[\n        {},\n    ] }}",
                q.id,
                q.step,
                q.optional,
                table.code(&q.text),
                table.code(&q.topic),
                table.option(q.help.as_ref()),
                choices.join(",\n        ")
            )
        })
        .collect();
    writeln!(
        out,
        "pub const QUESTION_COUNT: usize = {};\n",
        questions.len()
    )
    .unwrap();
    array(&mut out, "QUESTIONS", "Question", &questions_code);

    let articles: Vec<String> = content
        .articles
        .iter()
        .map(|a| {
            format!(
                "Article {{ id: {:?}, title: {} }}",
                a.id,
                table.code(&a.title)
            )
        })
        .collect();
    array(&mut out, "ARTICLES", "Article", &articles);

    let tag_rules: Vec<String> = content
        .tag_avoid_if
        .iter()
        .map(|rules| format!("&[{}]", conditions(rules)))
        .collect();
    writeln!(
        out,
        "/// Who must never see a tip with the tag (`tags.toml`), indexed like `Tag::ALL`."
    )
    .unwrap();
    array(&mut out, "TAG_AVOID_IF", "&[Condition]", &tag_rules);

    let tips: Vec<String> = content
        .tips
        .iter()
        .map(|t| {
            let placement = match &t.placement {
                None => "None".to_owned(),
                Some(p) => format!(
                    "Some(Placement {{ step: RoutineStep::{:?}, through: {}, time: {}, note: {}, frequency: {}, \
                     evenings: {} }})",
                    p.step,
                    p.through.map_or_else(|| "None".to_owned(), |s| format!("Some(RoutineStep::{s:?})")),
                    time(p.time),
                    p.note,
                    table.option(p.frequency.as_ref()),
                    p.evenings
                ),
            };
            let triggers: Vec<String> = t
                .triggers
                .iter()
                .map(|tr| format!("Trigger {{ condition: {}, weight: {} }}", condition(tr.condition), tr.weight))
                .collect();
            format!(
                "Tip {{ id: {:?}, source: {}, title: {}, body: {}, caution: {}, placement: {placement}, base: {}, \
                 triggers: &[{}], avoid_if: &[{}], tags: &[{}], safety: {} }}",
                t.id,
                t.source,
                table.code(&t.title),
                table.code(&t.body),
                table.option(t.caution.as_ref()),
                t.base,
                triggers.join(", "),
                conditions(&t.avoid_if),
                tags(&t.tags),
                safety(&t.safety)
            )
        })
        .collect();
    array(&mut out, "TIPS", "Tip", &tips);

    let cautions: Vec<String> = content
        .cautions
        .iter()
        .map(|c| {
            format!(
                "Caution {{ id: {:?}, severity: Severity::{:?}, when: &[{}], when_all: &[{}], unless: &[{}], \
                 excludes: &[{}], calm: {}, text: {} }}",
                c.id,
                c.severity,
                conditions(&c.when),
                conditions(&c.when_all),
                conditions(&c.unless),
                tags(&c.excludes),
                c.calm,
                table.code(&c.text)
            )
        })
        .collect();
    array(&mut out, "CAUTIONS", "Caution", &cautions);
    writeln!(
        out,
        "/// The index in `CAUTIONS` of the disclaimer: the one caution without conditions.\npub const DISCLAIMER: usize = {};\n",
        content.disclaimer
    )
    .unwrap();

    let staples: Vec<String> = content
        .staples
        .iter()
        .map(|s| {
            format!(
                "Staple {{ id: {:?}, step: RoutineStep::{:?}, time: {}, seconds: {}, when: &[{}], unless: &[{}], text: {} }}",
                s.id,
                s.step,
                time(s.time),
                s.seconds,
                conditions(&s.when),
                conditions(&s.unless),
                table.code(&s.text)
            )
        })
        .collect();
    array(&mut out, "STAPLES", "Staple", &staples);

    ingredients_code(&mut out, &content.ingredients);

    let axis_max = content.axis_max();
    writeln!(
        out,
        "/// The highest raw score the questionnaire allows on each axis, in `Axis` order."
    )
    .unwrap();
    writeln!(
        out,
        "pub static AXIS_MAX: [i16; {}] = {axis_max:?};\n",
        axis_max.len()
    )
    .unwrap();

    slots(&mut out, content);

    for (name, condition_) in &content.engine_choices {
        writeln!(
            out,
            "pub const {name}: Condition = {};\n",
            condition(*condition_)
        )
        .unwrap();
    }

    // Every axis and step has its name (the content check guarantees it), in vocabulary order.
    for (name, ty, section, ids) in [
        (
            "AXIS_NAMES",
            "Axis",
            "axis",
            Axis::ALL.map(Axis::id).to_vec(),
        ),
        (
            "ROUTINE_STEP_NAMES",
            "RoutineStep",
            "routine_step",
            RoutineStep::ALL.map(RoutineStep::id).to_vec(),
        ),
    ] {
        let names: Vec<String> = ids
            .iter()
            .map(|id| {
                table.code(
                    content
                        .string(section, id)
                        .expect("checked by skin-content"),
                )
            })
            .collect();
        writeln!(
            out,
            "/// The display name of each `{ty}`, indexed by `{ty}::index`."
        )
        .unwrap();
        array(&mut out, name, "Text", &names);
    }

    out.push_str("/// The UI and profile strings of `crates/skin-rules/content/strings.toml`, one module per table.\npub mod strings {\n");
    for section in &content.strings {
        writeln!(
            out,
            "    /// The `[{}]` table of `strings.toml`.\n    pub mod {} {{",
            section.name, section.name
        )
        .unwrap();
        out.push_str("        use crate::Text;\n");
        for (key, value) in &section.entries {
            writeln!(
                out,
                "        /// {}",
                value[Lang::ALL[0]].replace('\n', " ")
            )
            .unwrap();
            writeln!(
                out,
                "        pub const {}: Text = {};",
                key.to_uppercase(),
                table.code(value)
            )
            .unwrap();
        }
        out.push_str("    }\n");
    }
    out.push_str("}\n\n");
    // Last, so every string above is numbered.
    writeln!(
        out,
        "/// How many strings each language's text file holds, and the build they belong to (see `src/text.rs`).\n\
         pub const TEXT_COUNT: usize = {};\npub const TEXT_FINGERPRINT: u32 = {:#010x};",
        table.0.borrow().len(),
        table.fingerprint()
    )
    .unwrap();
    out
}

/// The product checker's families, clashes and step words, compiled in; their texts and the names are in the
/// ingredients file, numbered as [`checker_texts`] lists them.
fn ingredients_code(out: &mut String, ingredients: &skin_content::Ingredients) {
    let numbered = checker_texts(ingredients);
    let number = |text: &Text| {
        let at = numbered
            .iter()
            .position(|known| std::ptr::eq(*known, text))
            .expect("listed");
        format!("CheckText({at})")
    };
    let keyed = |list: &[(Condition, usize)]| -> Vec<String> {
        list.iter()
            .map(|&(c, text)| format!("({}, {})", condition(c), number(&ingredients.texts[text].1)))
            .collect()
    };
    let families: Vec<String> = ingredients
        .families
        .iter()
        .map(|f| {
            format!(
                "Family {{ id: {:?}, tag: Tag::{:?}, name: {}, avoid: &[{}], within: {:?}, time: {}, only: &[{}], \
                 own: {}, everyone: {}, said: &[{}] }}",
                f.id,
                f.tag,
                number(&f.name),
                conditions(&f.avoid),
                f.within,
                f.time.map_or_else(|| "None".to_owned(), |t| format!("Some({})", time(t))),
                conditions(&f.only),
                f.own.map_or_else(|| "None".to_owned(), |c| format!("Some({})", condition(c))),
                f.everyone.as_ref().map_or_else(
                    || "None".to_owned(),
                    |e| format!(
                        "Some(Everyone {{ level: Level::{}, text: {}, verdict: {} }})",
                        if e.avoid { "Avoid" } else { "Caution" },
                        number(&e.text),
                        e.verdict.map_or_else(
                            || "None".to_owned(),
                            |v| format!("Some({})", number(&ingredients.texts[v].1))
                        )
                    )
                ),
                keyed(&f.said).join(", ")
            )
        })
        .collect();
    array(out, "FAMILIES", "Family", &families);
    array(
        out,
        "CALM_VERDICTS",
        "(Condition, CheckText)",
        &keyed(&ingredients.calm),
    );
    let clashes: Vec<String> = ingredients
        .clashes
        .iter()
        .map(|c| {
            format!(
                "Clash {{ families: {:?}, text: {} }}",
                c.families,
                number(&c.text)
            )
        })
        .collect();
    array(out, "CLASHES", "Clash", &clashes);
    let steps: Vec<String> = ingredients
        .step_words
        .iter()
        .map(|(step, words)| format!("(RoutineStep::{step:?}, &{words:?})"))
        .collect();
    array(out, "STEP_WORDS", "(RoutineStep, &[&str])", &steps);
    out.push_str("/// The `[text]` table of `ingredients.toml`: the checker's sentences, in the ingredients file.\npub mod check_text {\n    use crate::ingredients::CheckText;\n");
    for (key, text) in &ingredients.texts {
        writeln!(out, "    /// {}", text[Lang::ALL[0]]).unwrap();
        writeln!(
            out,
            "    pub const {}: CheckText = {};",
            key.to_uppercase(),
            number(text)
        )
        .unwrap();
    }
    out.push_str("}\n\n");
    writeln!(
        out,
        "/// How many texts the ingredients file holds, and the build it belongs to (see `src/ingredients/known.rs`).\n\
         pub const CHECK_TEXT_COUNT: usize = {};\npub const INGREDIENTS_FINGERPRINT: u32 = {:#010x};\n",
        numbered.len(),
        fnv(ingredients_body(ingredients).as_bytes())
    )
    .unwrap();
}

/// Every text of the checker, in the order the ingredients file holds them: the `[text]` table, the families' names,
/// the clashes' texts, what families say to every reader.
fn checker_texts(ingredients: &skin_content::Ingredients) -> Vec<&Text> {
    let texts = ingredients.texts.iter().map(|(_, text)| text);
    let names = ingredients.families.iter().map(|f| &f.name);
    let everyone = ingredients
        .families
        .iter()
        .filter_map(|f| f.everyone.as_ref().map(|e| &e.text));
    texts
        .chain(names)
        .chain(ingredients.clashes.iter().map(|c| &c.text))
        .chain(everyone)
        .collect()
}

/// The ingredients file (format: `src/ingredients/known.rs`): a header naming the build; one line per ingredient
/// (`inci TAB korean TAB families TAB step TAB amount`); a blank line; every key with its ingredient's line number, sorted; a
/// blank line; the checker's texts, one line each, a language after the other (`Lang::ALL`'s order, TAB between).
fn ingredients_file(ingredients: &skin_content::Ingredients) -> String {
    let body = ingredients_body(ingredients);
    format!(
        "skin-analysis ingredients {:08x}\n{body}",
        fnv(body.as_bytes())
    )
}

fn ingredients_body(ingredients: &skin_content::Ingredients) -> String {
    let mut out = String::new();
    let mut keys: Vec<(&str, usize)> = Vec::new();
    for (index, entry) in ingredients.entries.iter().enumerate() {
        let families: Vec<String> = entry.families.iter().map(usize::to_string).collect();
        let amount = match (entry.trace, entry.adjuster) {
            (true, _) => "trace",
            (false, true) => "adjuster",
            (false, false) => "",
        };
        writeln!(
            out,
            "{}\t{}\t{}\t{}\t{amount}",
            entry.inci,
            entry.ko.first().map_or("", String::as_str),
            families.join(","),
            entry.step.map_or("", RoutineStep::id)
        )
        .unwrap();
        keys.extend(entry.keys.iter().map(|key| (key.as_str(), index)));
    }
    keys.sort_unstable();
    out.push('\n');
    for (key, index) in keys {
        writeln!(out, "{key}\t{index}").unwrap();
    }
    out.push('\n');
    for text in checker_texts(ingredients) {
        writeln!(out, "{}", text.0.join("\t")).unwrap();
    }
    out
}

/// FNV-1a.
fn fnv(bytes: &[u8]) -> u32 {
    bytes.iter().fold(0x811c_9dc5, |hash: u32, &byte| {
        (hash ^ u32::from(byte)).wrapping_mul(0x0100_0193)
    })
}

/// Writes `pub static NAME: [Type; N] = [...];`.
fn array(out: &mut String, name: &str, ty: &str, items: &[String]) {
    writeln!(out, "pub static {name}: [{ty}; {}] = [", items.len()).unwrap();
    for item in items {
        writeln!(out, "    {item},").unwrap();
    }
    out.push_str("];\n\n");
}

fn time(time: Time) -> String {
    format!("Time::{time:?}")
}

fn tags(list: &[Tag]) -> String {
    list.iter()
        .map(|tag| format!("Tag::{tag:?}"))
        .collect::<Vec<_>>()
        .join(", ")
}

fn condition(condition: Condition) -> String {
    match condition {
        Condition::Picked { question, choice } => {
            format!("Condition::Picked {{ question: {question}, choice: {choice} }}")
        }
        Condition::AxisAtLeast { axis, min } => {
            format!("Condition::AxisAtLeast {{ axis: Axis::{axis:?}, min: {min} }}")
        }
    }
}

fn conditions(list: &[Condition]) -> String {
    list.iter()
        .map(|&c| condition(c))
        .collect::<Vec<_>>()
        .join(", ")
}

/// The permanent numbers answer codes name questions and choices by (`released.toml`, see `src/answers.rs`).
fn slots(out: &mut String, content: &Content) {
    let number =
        |n: usize| u8::try_from(n).expect("the content check bounds every permanent number");
    let option = |o: Option<usize>| o.map_or("None".to_owned(), |n| format!("Some({})", number(n)));
    let read_as: Vec<String> = content
        .slots
        .iter()
        .map(|slot| {
            let choices: Vec<String> = slot.choices.iter().map(|(_, c)| option(*c)).collect();
            format!(
                "Slot {{ id: {:?}, multi: {}, question: {}, choices: &[{}] }}",
                slot.id,
                slot.multi,
                option(slot.question),
                choices.join(", ")
            )
        })
        .collect();
    // Each question's own slot (the one with its id) and each choice's number in it.
    let own: Vec<String> = content
        .questions
        .iter()
        .map(|question| {
            let slot = content
                .slots
                .iter()
                .position(|s| s.id == question.id)
                .expect("every question has a slot");
            let choices: Vec<String> = question
                .choices
                .iter()
                .map(|choice| {
                    let n = content.slots[slot]
                        .choices
                        .iter()
                        .position(|(id, _)| *id == choice.id);
                    number(n.expect("every choice has a number")).to_string()
                })
                .collect();
            format!("({}, &[{}])", number(slot), choices.join(", "))
        })
        .collect();
    let (fingerprint, format_1) = &content.format_1;
    writeln!(
        out,
        "/// Every question id ever released and each new one, by permanent number: what data naming it is read as.\n\
         pub static SLOTS: [Slot; {}] = [{}];\n\n\
         /// Each question's permanent number and its choices' numbers, in questionnaire order.\n\
         pub static OWN_SLOTS: [(u8, &[u8]); QUESTION_COUNT] = [{}];\n\n\
         /// 0.1.0's answer code (format `1`): its questionnaire fingerprint and its questions' numbers of choices.\n\
         pub const FORMAT_1_FINGERPRINT: u16 = {fingerprint};\n\
         pub static FORMAT_1_CHOICES: [u8; {}] = {format_1:?};\n",
        read_as.len(),
        read_as.join(",\n    "),
        own.join(", "),
        format_1.len(),
    )
    .unwrap();
}

/// A tip's safety properties as code (spelled out: the derived `Debug` would write `touch: None`).
fn safety(s: &Safety) -> String {
    format!(
        "Safety {{ touch: Touch::{:?}, heat: {}, friction: {}, new_product: {}, home_made: {}, active: Active::{:?}, \
         occlusive: {}, seconds: {} }}",
        s.touch, s.heat, s.friction, s.new_product, s.home_made, s.active, s.occlusive, s.seconds
    )
}
