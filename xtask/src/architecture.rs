//! ARCHITECTURE.md's crate table, checked against the manifests: a map that stays true.
//!
//! Each row of the table under "## The crates" names a crate and, in its last column, the crates of this workspace
//! it may depend on, in backticks. A row is true when those are exactly the workspace crates its manifest depends
//! on (normal and build dependencies; dev-dependencies serve tests only).

use std::collections::BTreeSet;
use std::path::Path;

const ARCHITECTURE: &str = include_str!("../../ARCHITECTURE.md");

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
            let ticked = |cell: &str| -> Vec<String> {
                cell.split('`')
                    .skip(1)
                    .step_by(2)
                    .map(str::to_owned)
                    .collect()
            };
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
