//! Snapshot tests: each script in `tests/scripts/` runs in a fresh simulated session, as
//! `Rscript --vanilla` would run it; the snapshot pins its printed output (stdout and stderr in
//! order, the error if any) and its collections.

use rheap_core::{HeapConfig, Session, Stream};

fn run(code: &str) -> String {
    let mut s = Session::new(HeapConfig::default()).unwrap();
    let out = s.eval(code, true);
    let mut text = String::new();
    for (stream, chunk) in &out.output.chunks {
        for line in chunk.lines() {
            let tag = if *stream == Stream::Stdout { "  " } else { "! " };
            text.push_str(tag);
            text.push_str(line);
            text.push('\n');
        }
    }
    if let Some(e) = &out.error {
        text.push_str(&format!("ERROR {e}\n"));
    }
    text.push_str("\ncollections (n level trigger reason | N used V used | N trigger V trigger):\n");
    for e in s.events() {
        text.push_str(&format!(
            "{:>3} {} {:<10} {:<40} | {:>8} {:>10} | {:>8} {:>10}\n",
            e.n,
            e.level,
            e.trigger.label(),
            e.level_reason.label(),
            e.ncells_used,
            e.vcells_used,
            e.ncells_trigger,
            e.vcells_trigger
        ));
    }
    text
}

#[test]
fn scripts() {
    insta::glob!("scripts/*.R", |path| {
        let code = std::fs::read_to_string(path).unwrap();
        insta::assert_snapshot!(run(&code));
    });
}
