//! Deparsing against real R: the cases of `tests/fixtures/deparse/cases.R` (`deparse()` of code and
//! of values, `dput()`, `print()` of calls, symbols, formulas and functions) run in order in one
//! simulated session; each case's standard output and error must equal what `Rscript --vanilla`
//! printed for it (`expected.out`, `expected.err`, recorded by `tools/deparse/record.R`).
//! Pointer addresses (`<bytecode: 0x…>`, `<environment: 0x…>`) cannot match R's and are masked.

use rheap_core::{HeapConfig, Session, Stream};

fn fixture(name: &str) -> String {
    let dir = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("../../../tests/fixtures/deparse");
    std::fs::read_to_string(dir.join(name)).expect("tests/fixtures/deparse")
}

/// The cases as `record.R` reads them.
fn cases() -> Vec<String> {
    let mut cases = Vec::new();
    let mut block: Option<Vec<&str>> = None;
    let text = fixture("cases.R");
    for l in text.lines() {
        match (l, block.as_mut()) {
            ("#@{", _) => block = Some(Vec::new()),
            ("#@}", Some(b)) => {
                cases.push(b.join("\n"));
                block = None;
            }
            (l, Some(b)) => b.push(l),
            (l, None) if !l.is_empty() && !l.starts_with('#') => cases.push(l.to_string()),
            _ => {}
        }
    }
    cases
}

/// A recorded stream split at the `#@case N` markers.
fn split(text: &str, n: usize) -> Vec<String> {
    let mut parts = vec![String::new(); n];
    let mut cur: Option<usize> = None;
    for l in text.split_inclusive('\n') {
        if let Some(k) = l.strip_prefix("#@case ") {
            cur = Some(k.trim().parse::<usize>().unwrap() - 1);
        } else if let Some(k) = cur {
            parts[k].push_str(l);
        }
    }
    parts
}

/// `0x` followed by hex digits becomes `0x?`.
fn mask(s: &str) -> String {
    let mut out = String::with_capacity(s.len());
    let mut rest = s;
    while let Some(i) = rest.find("0x") {
        out.push_str(&rest[..i + 2]);
        let tail = &rest[i + 2..];
        let k = tail.find(|c: char| !c.is_ascii_hexdigit()).unwrap_or(tail.len());
        if k > 0 {
            out.push('?');
        }
        rest = &tail[k..];
    }
    out.push_str(rest);
    out
}

#[test]
fn deparse_matches_real_r() {
    let cases = cases();
    let want_out = split(&fixture("expected.out"), cases.len());
    let want_err = split(&fixture("expected.err"), cases.len());
    let mut s = Session::new(HeapConfig::default()).unwrap();
    let mut problems = Vec::new();
    for (i, code) in cases.iter().enumerate() {
        let out = s.eval(code, true);
        let text = |stream| -> String {
            out.output.chunks.iter().filter(|(s, _)| *s == stream).map(|(_, c)| c.as_str()).collect()
        };
        let mut got_err = text(Stream::Stderr);
        if let Some(e) = &out.error {
            got_err.push_str(&format!("<simulator error: {e}>\n"));
        }
        for (what, got, want) in [("out", text(Stream::Stdout), &want_out[i]), ("err", got_err, &want_err[i])] {
            if mask(&got) != mask(want) {
                problems.push(format!("case {} ({what}): {code}\n--- R\n{want}--- rheap\n{got}", i + 1));
            }
        }
    }
    eprintln!("{} cases, {} differ", cases.len(), problems.len());
    assert!(problems.is_empty(), "{}", problems.join("\n"));
}
