//! ARCHITECTURE.md's crate table, checked against the manifests: a map that stays true.
//!
//! Each row of the table under "## The crates" names a crate and, in its last column, the crates of this workspace
//! it may depend on, in backticks. A row is true when those are exactly the workspace crates its manifest depends
//! on (normal and build dependencies; dev-dependencies serve tests only).

use std::collections::BTreeSet;
use std::path::Path;

const ARCHITECTURE: &str = include_str!("../../ARCHITECTURE.md");

/// The names a table cell writes in backticks.
fn ticked(cell: &str) -> Vec<String> {
    cell.split('`')
        .skip(1)
        .step_by(2)
        .map(str::to_owned)
        .collect()
}

/// (crate, folder, the workspace crates its row says it may depend on), for every row of the crate table.
fn rows(workspace: &BTreeSet<String>) -> Vec<(String, String, BTreeSet<String>)> {
    let table = ARCHITECTURE
        .split("## The crates")
        .nth(1)
        .and_then(|rest| rest.split("\n## ").next())
        .expect("ARCHITECTURE.md has a `## The crates` section");
    table
        .lines()
        .filter(|line| line.starts_with("| `"))
        .map(|line| {
            let cells: Vec<&str> = line.split(" | ").collect();
            let first = ticked(cells[0]);
            let folder = first.get(1).cloned().unwrap_or_else(|| ".".to_owned());
            let may = ticked(cells.last().expect("a row has cells"))
                .into_iter()
                .filter(|name| workspace.contains(name))
                .collect();
            (first[0].clone(), folder, may)
        })
        .collect()
}

/// The workspace crates `manifest` depends on outside its dev-dependencies.
fn depends_on(manifest: &str, workspace: &BTreeSet<String>) -> BTreeSet<String> {
    let mut section = "";
    let mut found = BTreeSet::new();
    for line in manifest.lines() {
        if line.starts_with('[') {
            section = line;
            continue;
        }
        let counts = section == "[dependencies]" || section == "[build-dependencies]";
        if let Some((name, _)) = line.split_once(" = ") {
            if counts && workspace.contains(name.trim()) {
                found.insert(name.trim().to_owned());
            }
        }
    }
    found
}

#[test]
fn the_crate_table_names_every_crate_and_exactly_its_workspace_dependencies() {
    let root = Path::new(env!("CARGO_MANIFEST_DIR")).join("..");
    let mut folders = vec![".".to_owned(), "xtask".to_owned()];
    for entry in std::fs::read_dir(root.join("crates")).expect("the crates folder") {
        let name = entry.expect("a folder entry").file_name();
        folders.push(format!("crates/{}", name.to_string_lossy()));
    }
    let manifest = |folder: &str| {
        std::fs::read_to_string(root.join(folder).join("Cargo.toml")).expect("a manifest")
    };
    let package = |folder: &str| -> String {
        let text = manifest(folder);
        let line = text
            .lines()
            .find_map(|line| line.strip_prefix("name = "))
            .expect("a package name");
        line.trim_matches('"').to_owned()
    };
    let workspace: BTreeSet<String> = folders.iter().map(|f| package(f)).collect();
    let rows = rows(&workspace);
    for folder in &folders {
        let name = package(folder);
        if folder.starts_with("crates/") {
            assert_eq!(
                folder,
                &format!("crates/{name}"),
                "a crate's folder is named as its package"
            );
        }
        let (_, shown, may) = rows
            .iter()
            .find(|(crate_name, _, _)| *crate_name == name)
            .unwrap_or_else(|| panic!("ARCHITECTURE.md's crate table has no row for `{name}`"));
        if folder != "." {
            assert_eq!(shown, folder, "the row of `{name}` names another folder");
        }
        assert_eq!(
            may,
            &depends_on(&manifest(folder), &workspace),
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
