//! Printed output against real R: each `tests/fixtures/r-output/NAME.R` runs in a fresh simulated
//! session and its standard output and standard error must equal `NAME.out` and `NAME.err`, what
//! `Rscript --vanilla NAME.R` printed (recorded by `tools/calibrate/record_output.sh`).

use rheap_core::{HeapConfig, Session, Stream};

#[test]
fn output_matches_real_r() {
    let dir = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("../../../tests/fixtures/r-output");
    let mut scripts: Vec<_> = std::fs::read_dir(&dir)
        .expect("tests/fixtures/r-output")
        .filter_map(|e| e.ok().map(|e| e.path()))
        .filter(|p| p.extension().is_some_and(|x| x == "R"))
        .collect();
    scripts.sort();
    assert!(!scripts.is_empty());
    let mut problems = Vec::new();
    for script in &scripts {
        let mut s = Session::new(HeapConfig::default()).unwrap();
        let out = s.eval(&std::fs::read_to_string(script).unwrap(), true);
        if let Some(e) = &out.error {
            problems.push(format!("{}: error {e}", script.display()));
            continue;
        }
        for (stream, ext) in [(Stream::Stdout, "out"), (Stream::Stderr, "err")] {
            let want = std::fs::read_to_string(script.with_extension(ext)).expect("recorded output");
            let got: String = out.output.chunks.iter().filter(|(s, _)| *s == stream).map(|(_, c)| c.as_str()).collect();
            if got != want {
                problems.push(format!("{} ({ext}):\n--- R\n{want}--- rheap\n{got}", script.display()));
            }
        }
    }
    assert!(problems.is_empty(), "{}", problems.join("\n"));
}
