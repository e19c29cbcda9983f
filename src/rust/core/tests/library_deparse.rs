//! R's own closures deparse back to the text R wrote for them: `tools/library/extract.R` stored
//! every closure of base, stats, utils and methods as `deparse(f, width.cutoff = 500L, control =
//! c("keepInteger", "keepNA", "niceNames", "showAttributes"))` (with `(0+Xi)` written `Xi` so that
//! the text parses back); the simulator's parse of that text, deparsed with the same settings,
//! must give the same lines.

use rheap_core::lang::deparse::{Deparser, DEPARSE_DEFAULT_CONTROL};
use rheap_core::lang::library::{Kind, Namespace};

/// extract.R's `gsub("\\(0\\+([0-9.eE+-]+i)\\)", "\\1", text)`.
fn unwrap_imaginary(line: &str) -> String {
    let mut out = String::new();
    let mut rest = line;
    while let Some(i) = rest.find("(0+") {
        out.push_str(&rest[..i]);
        let tail = &rest[i + 3..];
        let k = tail.find(|c: char| !(c.is_ascii_digit() || ".eE+-".contains(c))).unwrap_or(tail.len());
        if k > 0 && tail[k..].starts_with("i)") {
            out.push_str(&tail[..k]);
            out.push('i');
            rest = &tail[k + 2..];
        } else {
            out.push_str("(0+");
            rest = tail;
        }
    }
    out.push_str(rest);
    out
}

#[test]
fn library_closures_deparse_as_r_wrote_them() {
    let (mut total, mut differ) = (0, Vec::new());
    for ns in Namespace::all() {
        let mut names: Vec<&str> =
            ns.names().filter(|(_, e)| matches!(e.kind, Kind::Closure { .. })).map(|(n, _)| n).collect();
        names.sort_unstable();
        for name in names {
            let want = ns.source(name).unwrap().trim_end_matches('\n');
            let f = ns.closure(name).unwrap();
            let mut d = Deparser::new(500, true, DEPARSE_DEFAULT_CONTROL, None);
            d.closure(&f);
            let got: Vec<String> = d.finish().iter().map(|l| unwrap_imaginary(l)).collect();
            total += 1;
            if got.join("\n") != want {
                differ.push(format!("{}::{name}\n--- R\n{want}\n--- rheap\n{}", ns.pkg.name(), got.join("\n")));
            }
        }
    }
    eprintln!("{total} closures, {} differ", differ.len());
    assert!(total > 3000);
    assert!(differ.is_empty(), "{}", differ.join("\n"));
}
