//! `skin-quiz lint` on a copy of the real content with mistakes injected: each problem is reported with its file,
//! entry and problem, all of them at once, with exit status 1.

use std::path::{Path, PathBuf};
use std::process::Command;

/// A scratch copy of `crates/skin-rules/content`, removed on drop.
struct Scratch(PathBuf);

impl Scratch {
    fn new(name: &str) -> Scratch {
        let dir =
            std::env::temp_dir().join(format!("skin-quiz-lint-{}-{name}", std::process::id()));
        let _ = std::fs::remove_dir_all(&dir);
        std::fs::create_dir_all(&dir).unwrap();
        let content = Path::new(env!("CARGO_MANIFEST_DIR")).join("../skin-rules/content");
        for entry in std::fs::read_dir(content).unwrap() {
            let path = entry.unwrap().path();
            std::fs::copy(&path, dir.join(path.file_name().unwrap())).unwrap();
        }
        Scratch(dir)
    }

    fn append(&self, file: &str, text: &str) {
        let path = self.0.join(file);
        let old = std::fs::read_to_string(&path).unwrap();
        std::fs::write(path, format!("{old}\n{text}\n")).unwrap();
    }

    /// Runs the lint; returns its exit code and the problems it printed.
    fn lint(&self) -> (i32, Vec<String>) {
        let output = Command::new(env!("CARGO_BIN_EXE_skin-quiz"))
            .arg("lint")
            .arg("--content")
            .arg(&self.0)
            .output()
            .unwrap();
        let stderr = String::from_utf8(output.stderr).unwrap();
        (
            output.status.code().unwrap(),
            stderr.lines().map(str::to_owned).collect(),
        )
    }

    fn file(&self, name: &str) -> String {
        format!("{}/{name}", self.0.display())
    }
}

impl Drop for Scratch {
    fn drop(&mut self) {
        let _ = std::fs::remove_dir_all(&self.0);
    }
}

/// A tip that passes every check, to be altered.
fn tip(id: &str, title: &str, triggers: &str, avoid_if: &str) -> String {
    format!(
        "[[tip]]\nid = \"{id}\"\nsource = \"glass-skin\"\ntitle = {title}\n\
         body = {{ en = \"Body.\", ko = \"본문.\" }}\ntriggers = [{triggers}]\navoid_if = [{avoid_if}]\n"
    )
}

const TITLE: &str = "{ en = \"Title\", ko = \"제목\" }";
const TRIGGER: &str = "{ if = \"stress.tense\", weight = 1 }";

#[test]
fn the_real_content_passes() {
    let (code, problems) = Scratch::new("clean").lint();
    assert_eq!(code, 0, "{problems:?}");
}

#[test]
fn every_problem_is_reported_with_file_entry_and_problem() {
    let scratch = Scratch::new("broken");
    scratch.append(
        "tips.toml",
        &tip("bad_choice", TITLE, TRIGGER, "\"sensitivity.reactve\""),
    );
    scratch.append("tips.toml", &tip("steam_session", TITLE, TRIGGER, ""));
    scratch.append(
        "tips.toml",
        &tip("no_korean", "{ en = \"Title\" }", TRIGGER, ""),
    );
    scratch.append(
        "tips.toml",
        &tip(
            "unreachable",
            TITLE,
            "{ if = \"stress.tense\", weight = -1 }",
            "",
        ),
    );
    scratch.append(
        "tips.toml",
        &tip(
            "ghost_question",
            TITLE,
            "{ if = \"breakout.rarely\", weight = 1 }",
            "",
        ),
    );
    scratch.append("staples.toml", "[[staple]]\nid = \"pm_sunscreen\"\nstep = \"sunscreen\"\ntime = \"pm\"\ntext = { en = \"x\", ko = \"x\" }");
    scratch.append("strings.toml", "[extra]\nmismatch = { en = \"{count} tips\", ko = \"팁 {n}개\" }\nblank = { en = \"\", ko = \"빈\" }");

    let (code, problems) = scratch.lint();
    assert_eq!(code, 1);
    let tips = scratch.file("tips.toml");
    let expected = [
        format!("{tips}: tip `bad_choice`: avoid_if `sensitivity.reactve`: question `sensitivity` has no choice `reactve`"),
        format!("{tips}: tip `steam_session`: duplicate tip id"),
        format!("{tips}: tip `no_korean`: title: missing `ko` translation"),
        format!("{tips}: tip `unreachable`: no answer can reach it: it needs a trigger with a positive weight"),
        format!("{tips}: tip `ghost_question`: trigger `breakout.rarely`: question `breakout` does not exist"),
        format!(
            "{}: staple `pm_sunscreen`: sunscreen belongs in the morning only (time = \"am\")",
            scratch.file("staples.toml")
        ),
        format!(
            "{}: `extra.mismatch`: text: placeholders differ: en has count, ko has n",
            scratch.file("strings.toml")
        ),
        format!("{}: `extra.blank`: text: empty `en` text", scratch.file("strings.toml")),
    ];
    for line in &expected {
        assert!(
            problems.contains(line),
            "missing:\n{line}\nin:\n{}",
            problems.join("\n")
        );
    }
    assert_eq!(
        problems.last().unwrap(),
        &format!("{} problem(s) found", expected.len())
    );
}

#[test]
fn question_rules_are_enforced() {
    let scratch = Scratch::new("questions");
    scratch.append(
        "questions.toml",
        "[[question]]\nid = \"lonely\"\nstep = \"skin\"\nkind = \"single\"\ntext = { en = \"Q\", ko = \"질문\" }\n\
         [[question.choice]]\nid = \"only\"\nlabel = { en = \"A\", ko = \"답\" }\nexclusive = true\n\
         [[question]]\nid = \"greedy\"\nstep = \"nowhere\"\nkind = \"multi\"\nmax = 3\ntext = { en = \"Q\", ko = \"질문\" }\n\
         [[question.choice]]\nid = \"a\"\nlabel = { en = \"A\", ko = \"답\" }\neffects = { shine = 1 }\n\
         [[question.choice]]\nid = \"b\"\nlabel = { en = \"B\", ko = \"답\" }",
    );
    let (code, problems) = scratch.lint();
    assert_eq!(code, 1);
    let file = scratch.file("questions.toml");
    for line in [
        format!("{file}: question `lonely`: a single-choice question needs at least 2 choices"),
        format!(
            "{file}: question `lonely`: choice `only`: `exclusive` is only for multi questions"
        ),
        format!("{file}: question `greedy`: step `nowhere` does not exist"),
        format!(
            "{file}: question `greedy`: max = 3 must be between 1 and the number of choices (2)"
        ),
        format!("{file}: question `greedy`: choice `a`: effects: unknown axis `shine`"),
    ] {
        assert!(
            problems.contains(&line),
            "missing:\n{line}\nin:\n{}",
            problems.join("\n")
        );
    }
}

#[test]
fn a_syntax_error_names_the_file() {
    let scratch = Scratch::new("syntax");
    scratch.append("cautions.toml", "[[caution]\nid = ");
    let (code, problems) = scratch.lint();
    assert_eq!(code, 1);
    let prefix = format!("{}: TOML parse error", scratch.file("cautions.toml"));
    assert!(problems[0].starts_with(&prefix), "{problems:?}");
}

#[test]
fn tips_inherit_their_tags_rules_and_may_not_contradict_them() {
    let scratch = Scratch::new("tags");
    // Repeats a heat rule in its own avoid_if, and is raised by an answer heat rules out: both refused.
    scratch.append(
        "tips.toml",
        &format!(
            "{}tags = [\"heat\", \"sauna\"]\n",
            tip(
                "hot_towel",
                TITLE,
                "{ if = \"sensitivity.reactive\", weight = 2 }, { if = \"concerns.dullness\", weight = 1 }",
                "\"concerns.redness\""
            )
        ),
    );
    // A caution excluding heat for an answer the heat row does not cover: its "left out" would be false.
    scratch.append(
        "cautions.toml",
        "[[caution]]\nid = \"humid_heat\"\nseverity = \"info\"\nwhen = [\"days.humid\"]\nexcludes = [\"heat\"]\n\
         text = { en = \"We left out heat.\", ko = \"열은 뺐어요.\" }\n\n\
         [[caution]]\nid = \"second_disclaimer\"\nseverity = \"warning\"\nexcludes = [\"egg\"]\n\
         text = { en = \"T\", ko = \"T\" }",
    );
    scratch.append(
        "tags.toml",
        "[[tag]]\nid = \"sauna\"\nmeans = \"a sauna\"\nnames = { en = [\"sauna\"], ko = [\"사우나\"] }\navoid_if = [\"health.pregnant\"]",
    );
    let (code, problems) = scratch.lint();
    assert_eq!(code, 1);
    let (tags, tips, cautions) = (
        scratch.file("tags.toml"),
        scratch.file("tips.toml"),
        scratch.file("cautions.toml"),
    );
    for line in [
        format!(
            "{tags}: tag `sauna`: unknown tag (expected one of heat, friction, firm_massage, massage, home_made, \
             vitamin_c, new_product, essential_oil, egg, honey, dairy, ginseng, fragrance, retinoid, acid; a new tag \
             is a code change, see skin_rules::Tag)"
        ),
        format!(
            "{tips}: tip `hot_towel`: tags: unknown tag `sauna` (expected one of heat, friction, firm_massage, \
             massage, home_made, vitamin_c, new_product, essential_oil, egg, honey, dairy, ginseng, fragrance, retinoid, \
             acid)"
        ),
        format!(
            "{tips}: tip `hot_towel`: avoid_if `concerns.redness` is already a rule of tag `heat` (tags.toml): \
             keep it there only"
        ),
        format!(
            "{tips}: tip `hot_towel`: trigger `sensitivity.reactive` can never fire: the tip avoids \
             `sensitivity.reactive` (its own avoid_if or a tag's)"
        ),
        format!(
            "{cautions}: caution `humid_heat`: excludes `heat`, but tip `steam_session` (tagged `heat`) does not \
             avoid_if `days.humid`"
        ),
        format!(
            "{cautions}: caution `second_disclaimer`: a caution without `when` is the disclaimer and must have \
             severity info"
        ),
        format!(
            "{cautions}: caution `second_disclaimer`: `excludes` needs `when`: the conditions under which the tips \
             are left out"
        ),
        format!(
            "{cautions}: cautions: only one caution may lack `when` (the disclaimer, `disclaimer`); also without: \
             `second_disclaimer`"
        ),
    ] {
        assert!(
            problems.contains(&line),
            "missing:\n{line}\nin:\n{}",
            problems.join("\n")
        );
    }
}

#[test]
fn every_tag_has_one_row_in_the_tag_table() {
    let scratch = Scratch::new("tag-table");
    let path = scratch.0.join("tags.toml");
    let table = std::fs::read_to_string(&path).unwrap();
    // Drop the ginseng row; repeat the honey row.
    let without = table
        .split("[[tag]]\nid = \"ginseng\"")
        .next()
        .unwrap()
        .to_owned();
    std::fs::write(&path, format!("{without}\n[[tag]]\nid = \"honey\"\nmeans = \"honey\"\nnames = {{ en = [\"honey\"], ko = [\"꿀\"] }}\navoid_if = [\"allergies.honey\"]\n")).unwrap();
    let (code, problems) = scratch.lint();
    assert_eq!(code, 1);
    let tags = scratch.file("tags.toml");
    for line in [
        format!("{tags}: tag `honey`: listed twice"),
        format!("{tags}: tag `ginseng`: missing from the tag table"),
    ] {
        assert!(
            problems.contains(&line),
            "missing:\n{line}\nin:\n{}",
            problems.join("\n")
        );
    }
}

#[test]
fn placements_keep_the_routine_sensible() {
    let scratch = Scratch::new("placements");
    let placed = |id: &str, placement: &str| {
        format!("{}placement = {placement}\n", tip(id, TITLE, TRIGGER, ""))
    };
    for text in [
        placed("am_oil", "{ step = \"oil_cleanse\", time = \"both\" }"),
        placed("backwards", "{ step = \"toner\", through = \"water_cleanse\", time = \"pm\" }"),
        placed(
            "weekly_note",
            "{ step = \"moisturiser\", time = \"pm\", note = true, frequency = { en = \"weekly\", ko = \"주 1회\" }, evenings = 1 }",
        ),
        placed("floating_note", "{ step = \"toner\", time = \"am\", note = true }"),
        placed("morning_mask", "{ step = \"mask\", time = \"am\", frequency = { en = \"weekly\", ko = \"주 1회\" }, evenings = 1 }"),
        placed("unplanned", "{ step = \"mask\", time = \"pm\", frequency = { en = \"weekly\", ko = \"주 1회\" } }"),
    ] {
        scratch.append("tips.toml", &text);
    }
    scratch.append(
        "cautions.toml",
        "[[caution]]\nid = \"both_and\"\nseverity = \"info\"\nwhen_all = [\"sensitivity.reactive\", \"concerns.redness\"]\n\
         excludes = [\"heat\"]\ntext = { en = \"T\", ko = \"T\" }",
    );
    let (code, problems) = scratch.lint();
    assert_eq!(code, 1);
    let (tips, cautions) = (scratch.file("tips.toml"), scratch.file("cautions.toml"));
    for line in [
        format!("{tips}: tip `am_oil`: oil_cleanse is evening only (time = \"pm\"): the morning has one cleanse"),
        format!("{tips}: tip `backwards`: placement.through `water_cleanse` must be a later step than `toner`"),
        format!("{tips}: tip `weekly_note`: a note is a daily technique on one step: no `frequency` or `through`"),
        format!("{tips}: tip `floating_note`: a note on `toner` at am needs a staple there to sit on"),
        format!(
            "{tips}: tip `morning_mask`: an occasional item (with `frequency`) belongs in the evening: the week plan \
             is of evenings"
        ),
        format!(
            "{tips}: tip `unplanned`: placement.evenings: how many evenings of the week plan (0 for as needed)"
        ),
        format!(
            "{cautions}: caution `both_and`: `excludes` takes `when` only: write the caution that leaves tips out \
             without `when_all`"
        ),
    ] {
        assert!(
            problems.contains(&line),
            "missing:\n{line}\nin:\n{}",
            problems.join("\n")
        );
    }
}

#[test]
fn articles_need_unique_kebab_slugs_and_their_original_title() {
    let scratch = Scratch::new("article-slugs");
    scratch.append(
        "articles.toml",
        "[[article]]\nid = \"no-slugs\"\ntitle = { en = \"A\", ko = \"가\" }\n\n\
         [[article]]\nid = \"bad-slugs\"\ntitle = { en = \"B\", ko = \"나\" }\n\
         slugs = [\"Glass_Skin\", \"glass-skin\"]\noriginal_title = \"B\"\n",
    );
    let (code, problems) = scratch.lint();
    assert_eq!(code, 1);
    let file = scratch.file("articles.toml");
    for expected in [
        format!(
            "{file}: article `no-slugs`: no `slugs`: the page names the blog gives the article"
        ),
        format!(
            "{file}: article `no-slugs`: no `original_title`: the title it was published under"
        ),
        format!("{file}: article `bad-slugs`: slug `Glass_Skin` is not lower kebab-case"),
        format!("{file}: article `bad-slugs`: slug `glass-skin` is another article's too"),
    ] {
        assert!(
            problems.contains(&expected),
            "{expected}\nnot in {problems:#?}"
        );
    }
}
