//! No journey sleeps a fixed time: a wait of 200 ms or more in `e2e/` (`waitForTimeout`, `setTimeout`, `sleep`)
//! passes without checking when what it waits for comes late, and costs its time when it comes early. The journeys
//! wait on a signal instead (e2e/harness.mjs: `until`, `settled`, `loaderDecided`, `holdWasm`, `still`). A wait
//! that truly has none is marked with a `fixed-wait:` comment saying why, on its line or the line above.

use std::path::Path;

/// The shortest fixed wait refused, in milliseconds.
const LONGEST_ALLOWED: u64 = 199;
const CALLS: [&str; 3] = ["waitForTimeout(", "setTimeout(", "sleep("];
const MARKER: &str = "fixed-wait:";

/// (line, milliseconds) of each unmarked fixed wait of more than [`LONGEST_ALLOWED`] in `code`: a call in
/// [`CALLS`] whose last argument is a number, or a constant `code` sets to one.
fn fixed_waits(code: &str) -> Vec<(usize, u64)> {
    let lines: Vec<&str> = code.lines().collect();
    let mut found = Vec::new();
    for call in CALLS {
        for (at, _) in code.match_indices(call) {
            let before = code[..at].chars().next_back();
            if before.is_some_and(|c| c.is_ascii_alphanumeric() || c == '_' || c == '$') {
                continue; // `asleep(`, `mySetTimeout(`
            }
            let Some(ms) =
                last_argument(&code[at + call.len()..]).and_then(|arg| millis(code, arg))
            else {
                continue;
            };
            let line = code[..at].matches('\n').count();
            let marked = lines[line.saturating_sub(1)..=line]
                .iter()
                .any(|text| text.contains(MARKER));
            if ms > LONGEST_ALLOWED && !marked {
                found.push((line + 1, ms));
            }
        }
    }
    found.sort_unstable();
    found
}

/// The last top-level argument of a call whose arguments start `rest` (after its opening bracket), trimmed; a
/// trailing comma ends no argument.
fn last_argument(rest: &str) -> Option<&str> {
    let mut depth = 0;
    let (mut start, mut previous) = (0, "");
    for (index, c) in rest.char_indices() {
        match c {
            '(' | '[' | '{' => depth += 1,
            ')' if depth == 0 => {
                let last = rest[start..index].trim();
                return Some(if last.is_empty() { previous } else { last });
            }
            ')' | ']' | '}' => depth -= 1,
            ',' if depth == 0 => {
                previous = rest[start..index].trim();
                start = index + 1;
            }
            _ => {}
        }
    }
    None
}

/// The milliseconds `arg` stands for: a number (`1_500` too), or a name `code` declares `const NAME = <number>`.
fn millis(code: &str, arg: &str) -> Option<u64> {
    let number = |text: &str| text.trim().replace('_', "").parse::<u64>().ok();
    number(arg).or_else(|| {
        let declared = code.split(&format!("const {arg} = ")).nth(1)?;
        number(declared.split([';', '\n']).next()?)
    })
}

#[test]
fn finds_fixed_waits_of_200_ms_or_more_and_only_those() {
    let code = "\
await page.waitForTimeout(300);
await new Promise((resolve) => setTimeout(resolve, 1_500));
await wk.runAsync('setTimeout(arguments[0], 500);');
setTimeout(() => (location.hash = `x${f(1)}`), 50);
await page.waitForTimeout(199);
const SETTLE = 250;
await sleep(SETTLE);
setTimeout(() => resolve(null), timeout);
await page.waitForTimeout(200); // fixed-wait: nothing in the page says when the printer is done
// fixed-wait: the same, above the line
await sleep(400);
await asleep(400);
await page.waitForTimeout(
  1000,
);
";
    assert_eq!(
        fixed_waits(code),
        [(1, 300), (2, 1500), (3, 500), (7, 250), (13, 1000)]
    );
}

#[test]
fn no_journey_waits_a_fixed_time() {
    let e2e = Path::new(env!("CARGO_MANIFEST_DIR")).join("../e2e");
    let mut found = Vec::new();
    let mut scanned = 0;
    for entry in std::fs::read_dir(&e2e).expect("the e2e folder") {
        let path = entry.expect("a folder entry").path();
        if !path.extension().is_some_and(|e| e == "mjs" || e == "js") {
            continue;
        }
        let code = std::fs::read_to_string(&path).expect("an e2e file");
        let name = path.file_name().unwrap_or_default().to_string_lossy();
        scanned += 1;
        found.extend(
            fixed_waits(&code)
                .into_iter()
                .map(|(line, ms)| format!("e2e/{name}:{line}: a fixed wait of {ms} ms")),
        );
    }
    assert!(scanned > 10, "only {scanned} e2e files found in {e2e:?}");
    assert!(
        found.is_empty(),
        "wait for a signal instead (e2e/harness.mjs), or say why there is none in a `{MARKER}` comment:\n{}",
        found.join("\n")
    );
}
