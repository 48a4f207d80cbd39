//! ARCHITECTURE.md's maps, checked against the code: maps that stay true.
//!
//! The crates: the diagram under "## The crates" draws one arrow a dependency (`a --> b`, a build dependency
//! `a -. build .-> b`), and each row of the table below it names a crate and, in its last column, the crates of this
//! workspace it may depend on, in backticks. Both are true when they say exactly what `cargo metadata` reports of the
//! workspace's manifests (normal and build dependencies; dev-dependencies serve tests only). The widget: each row of
//! the table under "## The widget (`src/`)" names exactly the modules its files use.

use std::collections::{BTreeMap, BTreeSet};
use std::path::Path;
use std::process::Command;

const ARCHITECTURE: &str = include_str!("../../ARCHITECTURE.md");

/// The names a table cell writes in backticks.
fn ticked(cell: &str) -> Vec<String> {
    cell.split('`')
        .skip(1)
        .step_by(2)
        .map(str::to_owned)
        .collect()
}

/// The "## The crates" section.
fn crates_section() -> &'static str {
    ARCHITECTURE
        .split("## The crates")
        .nth(1)
        .and_then(|rest| rest.split("\n## ").next())
        .expect("ARCHITECTURE.md has a `## The crates` section")
}

/// One dependency: (the crate, the workspace crate it depends on, whether only to build).
type Edge = (String, String, bool);

/// Every workspace crate, with its folder relative to the root, and every dependency between them outside
/// dev-dependencies, as `cargo metadata` reads the manifests.
fn workspace() -> (BTreeMap<String, String>, BTreeSet<Edge>) {
    let root = Path::new(env!("CARGO_MANIFEST_DIR"))
        .join("..")
        .canonicalize()
        .expect("the repository root");
    let cargo = std::env::var("CARGO").unwrap_or_else(|_| "cargo".to_owned());
    let output = Command::new(cargo)
        .args([
            "metadata",
            "--format-version",
            "1",
            "--no-deps",
            "--offline",
        ])
        .current_dir(&root)
        .output()
        .expect("cargo metadata runs");
    assert!(
        output.status.success(),
        "cargo metadata: {}",
        String::from_utf8_lossy(&output.stderr)
    );
    let metadata: serde_json::Value =
        serde_json::from_slice(&output.stdout).expect("cargo metadata writes JSON");
    let packages = metadata["packages"].as_array().expect("a package list");
    let text = |value: &serde_json::Value| value.as_str().unwrap_or_default().to_owned();
    let folders: BTreeMap<String, String> = packages
        .iter()
        .map(|package| {
            let manifest = Path::new(package["manifest_path"].as_str().unwrap_or_default());
            let folder = manifest
                .parent()
                .and_then(|folder| folder.strip_prefix(&root).ok())
                .map(|folder| folder.to_string_lossy().into_owned())
                .filter(|folder| !folder.is_empty())
                .unwrap_or_else(|| ".".to_owned());
            (text(&package["name"]), folder)
        })
        .collect();
    let mut edges = BTreeSet::new();
    for package in packages {
        for dependency in package["dependencies"].as_array().into_iter().flatten() {
            let name = text(&dependency["name"]);
            let kind = dependency["kind"].as_str();
            if folders.contains_key(&name) && kind != Some("dev") {
                edges.insert((text(&package["name"]), name, kind == Some("build")));
            }
        }
    }
    (folders, edges)
}

/// The arrows of the crate diagram (the ```mermaid block): `a --> b`, and `a -. build .-> b` for a build dependency.
fn drawn() -> BTreeSet<Edge> {
    let diagram = crates_section()
        .split("```mermaid")
        .nth(1)
        .and_then(|rest| rest.split("```").next())
        .expect("the crates section draws a ```mermaid diagram");
    let mut edges = BTreeSet::new();
    for line in diagram.lines().map(str::trim) {
        let arrow = [(" --> ", false), (" -. build .-> ", true)]
            .into_iter()
            .find_map(|(arrow, build)| line.split_once(arrow).map(|ends| (ends, build)));
        if let Some(((from, to), build)) = arrow {
            edges.insert((from.to_owned(), to.to_owned(), build));
        }
    }
    edges
}

#[test]
fn the_crate_diagram_draws_exactly_the_workspace_dependencies() {
    let (_, edges) = workspace();
    let drawn = drawn();
    let show = |edges: BTreeSet<&Edge>| -> Vec<String> {
        edges
            .into_iter()
            .map(|(from, to, build)| {
                let arrow = if *build { "-. build .->" } else { "-->" };
                format!("{from} {arrow} {to}")
            })
            .collect()
    };
    let missing = show(edges.difference(&drawn).collect());
    let invented = show(drawn.difference(&edges).collect());
    assert!(
        missing.is_empty() && invented.is_empty(),
        "ARCHITECTURE.md's crate diagram disagrees with `cargo metadata`:\n\
         arrows it lacks: {missing:?}\narrows no manifest has: {invented:?}"
    );
}

/// (crate, folder, the workspace crates its row says it may depend on), for every row of the crate table.
fn rows(workspace: &BTreeMap<String, String>) -> Vec<(String, String, BTreeSet<String>)> {
    crates_section()
        .lines()
        .filter(|line| line.starts_with("| `"))
        .map(|line| {
            let cells: Vec<&str> = line.split(" | ").collect();
            let first = ticked(cells[0]);
            let folder = first.get(1).cloned().unwrap_or_else(|| ".".to_owned());
            let may = ticked(cells.last().expect("a row has cells"))
                .into_iter()
                .filter(|name| workspace.contains_key(name))
                .collect();
            (first[0].clone(), folder, may)
        })
        .collect()
}

#[test]
fn the_crate_table_names_every_crate_and_exactly_its_workspace_dependencies() {
    let (folders, edges) = workspace();
    let rows = rows(&folders);
    for (name, folder) in &folders {
        if folder.starts_with("crates/") {
            assert_eq!(
                folder,
                &format!("crates/{name}"),
                "a crate's folder is named as its package"
            );
        }
        let (_, shown, may) = rows
            .iter()
            .find(|(crate_name, _, _)| crate_name == name)
            .unwrap_or_else(|| panic!("ARCHITECTURE.md's crate table has no row for `{name}`"));
        if folder != "." {
            assert_eq!(shown, folder, "the row of `{name}` names another folder");
        }
        let depends: BTreeSet<String> = edges
            .iter()
            .filter(|(from, _, _)| from == name)
            .map(|(_, to, _)| to.clone())
            .collect();
        assert_eq!(
            may, &depends,
            "ARCHITECTURE.md's row of `{name}` disagrees with {folder}/Cargo.toml"
        );
    }
    assert_eq!(
        rows.len(),
        folders.len(),
        "a row for a crate that does not exist"
    );
}

/// (the modules a row names, the widget's modules its "uses" column names), for every row of the widget's table.
/// A module is named as it is written: `state`, `hooks/`, `main.rs`, `bin/facade.rs`.
fn widget_rows() -> Vec<(Vec<String>, BTreeSet<String>)> {
    let table = ARCHITECTURE
        .split("## The widget (`src/`)")
        .nth(1)
        .and_then(|rest| rest.split("\n## ").next())
        .expect("ARCHITECTURE.md has a `## The widget (`src/`)` section");
    table
        .lines()
        .filter(|line| line.starts_with("| `"))
        .map(|line| {
            let cells: Vec<&str> = line.split(" | ").collect();
            let uses = ticked(cells.last().expect("a row has cells"))
                .iter()
                .map(|name| module_of(name))
                .collect();
            // The modules, before any note in brackets ("(feature `ssr`)").
            let named = cells[0].split(" (").next().unwrap_or_default();
            (ticked(named), uses)
        })
        .collect()
}

/// The widget module a name in the table stands for (`hooks/` → `hooks`), or the name itself.
fn module_of(name: &str) -> String {
    name.trim_end_matches('/')
        .trim_end_matches(".rs")
        .to_owned()
}

/// The `.rs` files of a module of `src/`: `src/<name>.rs`, or every file under `src/<name>/`.
fn module_files(src: &Path, name: &str) -> Vec<std::path::PathBuf> {
    let file = src.join(if name.ends_with(".rs") {
        name.to_owned()
    } else {
        format!("{}.rs", module_of(name))
    });
    if file.is_file() {
        return vec![file];
    }
    let mut files = Vec::new();
    let mut pending = vec![src.join(module_of(name))];
    while let Some(dir) = pending.pop() {
        for entry in
            std::fs::read_dir(&dir).unwrap_or_else(|_| panic!("no module `{name}` in src/"))
        {
            let path = entry.expect("a folder entry").path();
            if path.is_dir() {
                pending.push(path);
            } else if path.extension().is_some_and(|e| e == "rs") {
                files.push(path);
            }
        }
    }
    files
}

/// The widget's modules `code` uses through a path from the crate root (`crate::state`, `use crate::{config, share}`,
/// and from the bins, `skin_analysis::embed`), comments left out.
fn crate_uses(code: &str) -> BTreeSet<String> {
    let code: String = code
        .lines()
        .filter(|line| !line.trim_start().starts_with("//"))
        .collect::<Vec<_>>()
        .join("\n");
    let ident = |rest: &str| -> String {
        rest.chars()
            .take_while(|c| c.is_ascii_alphanumeric() || *c == '_')
            .collect()
    };
    let mut used = BTreeSet::new();
    for root in ["crate::", "skin_analysis::"] {
        for (at, _) in code.match_indices(root) {
            let before = code[..at].chars().next_back();
            if before.is_some_and(|c| c.is_ascii_alphanumeric() || c == '_' || c == '$') {
                continue; // `$crate::`, `my_crate::`
            }
            let rest = code[at + root.len()..].trim_start();
            match rest.strip_prefix('{') {
                // A group: the first name of each of its top-level items.
                Some(group) => {
                    let mut depth = 0;
                    let mut item_start = true;
                    for (index, c) in group.char_indices() {
                        match c {
                            '{' => depth += 1,
                            '}' if depth == 0 => break,
                            '}' => depth -= 1,
                            ',' if depth == 0 => item_start = true,
                            c if item_start && !c.is_whitespace() => {
                                used.insert(ident(&group[index..]));
                                item_start = false;
                            }
                            _ => {}
                        }
                    }
                }
                None => {
                    used.insert(ident(rest));
                }
            }
        }
    }
    used.retain(|name| !name.is_empty());
    used
}

#[test]
fn the_widget_table_names_every_module_and_exactly_the_modules_it_uses() {
    let src = Path::new(env!("CARGO_MANIFEST_DIR")).join("../src");
    let rows = widget_rows();
    let listed: BTreeSet<String> = rows
        .iter()
        .flat_map(|(modules, _)| modules.iter().map(|m| module_of(m)))
        .collect();
    let lib = std::fs::read_to_string(src.join("lib.rs")).expect("src/lib.rs");
    for module in lib.lines().filter_map(|line| line.strip_prefix("pub mod ")) {
        let module = module.trim_end_matches(';');
        assert!(
            listed.contains(module),
            "ARCHITECTURE.md's widget table has no row for `{module}`"
        );
    }
    let mut wrong = Vec::new();
    for (modules, uses) in rows {
        let files: Vec<_> = modules
            .iter()
            .filter(|name| *name != "build.rs")
            .flat_map(|name| module_files(&src, name))
            .collect();
        let mut used = BTreeSet::new();
        for file in &files {
            used.extend(crate_uses(
                &std::fs::read_to_string(file).expect("a source file"),
            ));
        }
        for module in &modules {
            used.remove(&module_of(module));
        }
        let said: BTreeSet<String> = uses.intersection(&listed).cloned().collect();
        if said != used {
            wrong.push(format!(
                "the row of {} says it uses {said:?}, but its `use crate::` lines use {used:?}",
                modules.join(", ")
            ));
        }
    }
    assert!(
        wrong.is_empty(),
        "ARCHITECTURE.md's widget table:\n{}",
        wrong.join("\n")
    );
}

#[test]
fn crate_uses_reads_paths_and_groups() {
    let code = "use crate::state::{Action, State};\nuse crate::{config::Config, share};\n\
                // crate::page in a comment\nlet x = crate::storage::key(&id);\nuse skin_analysis::embed;\n\
                use crate::{\n    events::{A, B},\n    hooks,\n};\n$crate::ignored";
    let expected = [
        "config", "embed", "events", "hooks", "share", "state", "storage",
    ];
    assert_eq!(crate_uses(code), expected.map(str::to_owned).into());
}
